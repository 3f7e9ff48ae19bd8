package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, articles, show and search against a real SQLite file. */
class StoreCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("test.db").toString();
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(StoreCommandsTest.class.getResource("/history/libya-2011").toURI());
    }

    @Test
    void import_is_idempotent_and_reports_what_it_did() throws Exception {
        CliRunner.Result first = CliRunner.run("import", "--db", db, sample().toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("Imported 1 article(s)").contains("3 new versions");
        CliRunner.Result again = CliRunner.run("import", "--db", db, sample().toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("0 new versions").contains("3 already stored");
    }

    @Test
    void articles_show_and_search_read_what_was_imported() throws Exception {
        CliRunner.run("import", "--db", db, sample().toString());
        CliRunner.Result list = CliRunner.run("articles", "--db", db, "--format", "json");
        assertThat(list.status()).as(list.err()).isZero();
        JsonNode articles = MAPPER.readTree(list.out()).get("articles");
        assertThat(articles).hasSize(1);
        String id = articles.get(0).get("id").asText();
        assertThat(articles.get(0).get("versions").asInt()).isEqualTo(3);

        CliRunner.Result show = CliRunner.run("show", "--db", db, id, "--color", "never");
        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out()).contains("History of 3 versions").contains("Dateline changed: BREGA, Libya → TRIPOLI, Libya");

        CliRunner.Result showJson = CliRunner.run("show", "--db", db, id, "--format", "json");
        assertThat(MAPPER.readTree(showJson.out()).get("versions")).hasSize(3);

        CliRunner.Result deleted = CliRunner.run("search", "--db", db, "--deleted", "\"God will rescue Libya\"", "--format", "json");
        assertThat(deleted.status()).as(deleted.err()).isZero();
        JsonNode hits = MAPPER.readTree(deleted.out()).get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("presence").asText()).isEqualTo("deleted");
        assertThat(hits.get(0).get("version_number").asInt()).isZero();

        CliRunner.Result changed = CliRunner.run("articles", "--db", db, "--changed", "--since", "2011-03-31");
        assertThat(changed.out()).contains(id);
        CliRunner.Result none = CliRunner.run("articles", "--db", db, "--source", "Nobody");
        assertThat(none.out()).contains("No articles");
    }

    @Test
    void unknown_article_and_bad_options_fail_clearly() throws Exception {
        CliRunner.run("import", "--db", db, sample().toString());
        CliRunner.Result missing = CliRunner.run("show", "--db", db, "0000000000000000");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("no article 0000000000000000");
        assertThat(CliRunner.run("articles", "--db", db, "--limit", "0").status()).isEqualTo(2);
        assertThat(CliRunner.run("articles", "--db", db, "--since", "last week").status()).isEqualTo(2);
        assertThat(CliRunner.run("import", "--db", db, "--on-error", "maybe", sample().toString()).status()).isEqualTo(2);
    }

    @Test
    void bad_json_lines_are_skipped_and_counted_or_stop_the_import() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"article\": \"a1\", \"title\": \"Storm\", \"created\": \"2024-05-01T09:00:00Z\", \"text\": \"A storm neared the coast.\"}",
                "{\"article\": \"a1\", \"created\": \"2024-05-01T10:00:00Z\"}",
                "not json at all",
                "{\"article\": \"a1\", \"title\": \"Storm\", \"created\": \"2024-05-01T11:00:00Z\", \"text\": \"A storm hit the coast.\"}",
                ""));
        CliRunner.Result skip = CliRunner.run("import", "--db", db, jsonl.toString());
        assertThat(skip.status()).isEqualTo(1);
        assertThat(skip.err()).contains("in.jsonl:2").contains("in.jsonl:3");
        assertThat(skip.out()).contains("2 new versions").contains("2 bad inputs skipped");

        String other = dir.resolve("other.db").toString();
        CliRunner.Result stop = CliRunner.run("import", "--db", other, "--on-error", "stop", jsonl.toString());
        assertThat(stop.status()).isEqualTo(1);
        assertThat(stop.err()).contains("in.jsonl:2");
        assertThat(stop.out()).contains("stopped early");
    }

    @Test
    void a_corrupt_archive_is_reported_naming_the_file() throws Exception {
        Path bad = Files.write(dir.resolve("broken.db"), "SQLite format 3\u0000 but then garbage".getBytes());
        CliRunner.Result r = CliRunner.run("import", "--db", db, bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("broken.db");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void export_writes_json_lines_and_newsedits_tables() throws Exception {
        CliRunner.run("import", "--db", db, sample().toString());
        Path jsonl = dir.resolve("out.jsonl");
        CliRunner.Result r = CliRunner.run("export", "--db", db, jsonl.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(3);
        assertThat(CliRunner.run("export", "--db", db, jsonl.toString()).status()).isEqualTo(2);

        Path csv = dir.resolve("csv");
        CliRunner.Result c = CliRunner.run("export", "--db", db, "--as", "newsedits-csv", csv.toString());
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("split_sentences").contains("matched_sentences").contains("doc_level_stats");
        assertThat(Files.list(csv).map(p -> p.getFileName().toString()).toList())
                .contains("split_sentences.csv", "matched_sentences.csv", "doc_level_stats.csv");

        Path sqlite = dir.resolve("matched.db");
        assertThat(CliRunner.run("export", "--db", db, "--as", "newsedits-sqlite", sqlite.toString()).status()).isZero();
        assertThat(sqlite).exists();
        assertThat(CliRunner.run("export", "--db", db, "--as", "parquet", sqlite.toString()).status()).isEqualTo(2);
    }
}
