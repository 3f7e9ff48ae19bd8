package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void json_output_has_the_documented_shape() throws IOException {
        Path a = write("a.txt", "The east’s oil fields fell. Rebels fled to Ajdabiya.\n\nNATO said nothing.");
        Path b = write("b.txt", "NATO said nothing.\n\nThe region’s oil fields fell. Rebels fled to Ajdabiya. A new sentence appears here.");
        CliRunner.Result r = CliRunner.run("diff", a.toString(), b.toString(), "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("old").get("sentences")).hasSize(3);
        assertThat(json.get("new").get("sentences")).hasSize(4);
        JsonNode first = json.get("old").get("sentences").get(0);
        assertThat(first.get("index").asInt()).isZero();
        assertThat(first.get("paragraph").asInt()).isZero();
        assertThat(first.get("text").asText()).isEqualTo("The east’s oil fields fell.");
        boolean sawEdited = false;
        for (JsonNode edit : json.get("edits")) {
            assertThat(edit.get("type").asText()).isIn("UNCHANGED", "EDITED", "ADDED", "DELETED", "SPLIT", "MERGED");
            if (edit.get("type").asText().equals("EDITED")) {
                sawEdited = true;
                assertThat(edit.get("old").get(0).asInt()).isZero();
                assertThat(edit.get("new").get(0).asInt()).isEqualTo(1);
                assertThat(edit.get("similarity").asDouble()).isBetween(0.0, 1.0);
                StringBuilder rebuilt = new StringBuilder();
                for (JsonNode w : edit.get("words")) {
                    if (!w.get("op").asText().equals("DELETE")) {
                        rebuilt.append(w.get("text").asText());
                    }
                }
                assertThat(rebuilt.toString()).isEqualTo("The region’s oil fields fell.");
            }
            if (edit.get("type").asText().equals("ADDED")) {
                assertThat(edit.get("old")).isEmpty();
                assertThat(edit.has("moved")).isFalse();
            }
        }
        assertThat(sawEdited).isTrue();
        JsonNode summary = json.get("summary");
        assertThat(summary.get("edited").asInt()).isEqualTo(1);
        assertThat(summary.get("added").asInt()).isEqualTo(1);
        assertThat(summary.get("unchanged").asInt()).isEqualTo(2);
        assertThat(summary.get("moved").asInt()).isEqualTo(1);
    }

    @Test
    void text_output_marks_word_changes_without_colour_off_a_terminal() throws IOException {
        Path a = write("a.txt", "Forty people were killed in the attack.");
        Path b = write("b.txt", "Forty-two people were killed in the attack.");
        CliRunner.Result r = CliRunner.run("diff", a.toString(), b.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("[-Forty-]").contains("{+Forty-two+}").doesNotContain("\u001b[");
        assertThat(r.out()).contains("0 unchanged, 1 edited");
    }

    @Test
    void colour_always_uses_ansi_with_strike_and_underline() throws IOException {
        Path a = write("a.txt", "Forty people were killed in the attack.");
        Path b = write("b.txt", "Forty-two people were killed in the attack.");
        CliRunner.Result r = CliRunner.run("diff", a.toString(), b.toString(), "--color", "always");
        assertThat(r.out()).contains("\u001b[31;9m").contains("\u001b[32;4m");
    }

    @Test
    void html_output_is_one_self_contained_page() throws IOException {
        Path a = write("a.html", "<p>Old <script>alert(1)</script>text here.</p>");
        Path b = write("b.html", "<p>New text here &lt;script&gt;.</p>");
        CliRunner.Result r = CliRunner.run("diff", a.toString(), b.toString(), "--format", "html");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void identical_files_are_all_unchanged() throws IOException {
        Path a = write("a.txt", "One sentence. Another one.");
        CliRunner.Result r = CliRunner.run("diff", a.toString(), a.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("2 unchanged, 0 edited, 0 added, 0 deleted, 0 moved");
    }
}
