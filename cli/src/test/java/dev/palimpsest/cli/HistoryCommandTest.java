package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path tmp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(HistoryCommandTest.class.getResource("/history/" + name).toURI());
    }

    @Test
    void the_sample_history_matches_the_reviewed_golden_file() throws Exception {
        Path dir = fixture("libya-2011");
        CliRunner.Result r = CliRunner.run("history", dir.toString(), "--color", "never");
        assertThat(r.status()).as(r.err()).isZero();
        String actual = r.out().replace(System.lineSeparator(), "\n");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources/history/libya-2011.expected"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(dir.resolveSibling("libya-2011.expected"), StandardCharsets.UTF_8));
    }

    @Test
    void the_sample_history_reports_what_the_issue_asks_for() throws Exception {
        CliRunner.Result r = CliRunner.run("history", fixture("libya-2011").toString(), "--color", "never");
        assertThat(r.out())
                .contains("order: timestamps from the versions manifest")
                .contains("Dateline changed: BREGA, Libya → TRIPOLI, Libya")
                .contains("New quote from Tommy Vietor").contains("New quote from Ali Aujali")
                .contains("Ali Abdussalam el-Treki").contains("Abdullah Senussi")
                .contains("added Marlise Simons");
        assertThat(r.out().split("Lede rewritten", -1)).hasSize(3);
    }

    @Test
    void json_lists_versions_steps_threads_and_blame_consistently() throws Exception {
        CliRunner.Result r = CliRunner.run("history", fixture("libya-2011").toString(), "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("order").asText()).isEqualTo("timestamps");
        assertThat(json.get("versions")).hasSize(3);
        assertThat(json.get("steps")).hasSize(2);
        Set<String> threadIds = new HashSet<>();
        json.get("threads").forEach(t -> threadIds.add(t.get("id").asText()));
        for (JsonNode version : json.get("versions")) {
            Set<String> seen = new HashSet<>();
            for (JsonNode s : version.get("sentences")) {
                assertThat(threadIds).contains(s.get("thread").asText());
                assertThat(seen.add(s.get("thread").asText())).isTrue();
                assertThat(s.get("introduced_in").asInt()).isLessThanOrEqualTo(s.get("last_changed_in").asInt());
            }
            for (JsonNode change : version.get("changes")) {
                assertThat(change.get("kind").asText()).isNotBlank();
                assertThat(change.get("text").asText()).isNotBlank();
            }
        }
        assertThat(json.get("versions").get(2).get("changes").toString()).contains("dateline_changed");
    }

    @Test
    void a_csv_manifest_orders_the_versions_and_gives_titles() throws Exception {
        CliRunner.Result r = CliRunner.run("history", fixture("csv-manifest").toString(), "--color", "never");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("v0  a.txt", "v1  b.txt", "v2  c.txt")
                .contains("title: Storm hits coast; 3 dead")
                .contains("Headline changed")
                .contains("New quote from Ana Ruiz")
                .contains("Correction");
    }

    @Test
    void without_timestamps_the_command_line_order_is_used_and_said() throws IOException {
        Path a = Files.writeString(tmp.resolve("first.txt"), "One sentence here. Two sentences here.");
        Path b = Files.writeString(tmp.resolve("second.txt"), "One sentence here. Two short sentences here.");
        CliRunner.Result r = CliRunner.run("history", b.toString(), a.toString(), "--color", "never");
        assertThat(r.out()).contains("order: the order given on the command line")
                .containsSubsequence("v0  second.txt", "v1  first.txt");
    }

    @Test
    void from_and_to_compare_any_two_versions() throws Exception {
        CliRunner.Result r = CliRunner.run("history", fixture("libya-2011").toString(), "--from", "0", "--to", "2",
                "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("old").get("sentences")).hasSize(35);
        assertThat(json.get("new").get("sentences")).hasSize(30);
        assertThat(CliRunner.run("history", fixture("libya-2011").toString(), "--to", "3").status()).isEqualTo(2);
    }

    @Test
    void html_is_one_self_contained_page() throws Exception {
        CliRunner.Result r = CliRunner.run("history", fixture("libya-2011").toString(), "--format", "html");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy").contains("TRIPOLI")
                .doesNotContain("src=\"http");
    }

    @Test
    void a_bad_manifest_time_is_reported_naming_the_entry() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "Some text.");
        Files.writeString(tmp.resolve("versions.csv"), "file,seen\na.txt,yesterday\n");
        CliRunner.Result r = CliRunner.run("history", tmp.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("versions.csv:2").contains("unreadable time \"yesterday\"");
    }
}
