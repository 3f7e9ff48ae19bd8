package dev.palimpsest.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.jsonl.JsonLinesSource;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoredHistory;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path storeDir;

    private static Store store;

    @TempDir
    Path dir;

    @BeforeAll
    static void importSamples() throws IOException {
        store = ExportFixture.store(storeDir);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void writes_one_line_per_version_articles_together_oldest_first() throws IOException {
        Path file = dir.resolve("export.jsonl");

        ExportResult result = new JsonLinesExporter(store).toFile(file, Optional.empty());

        List<JsonNode> lines = lines(file);
        assertThat(result.articles()).isEqualTo(3);
        assertThat(result.versions()).isEqualTo(7);
        assertThat(result.rows(JsonLinesExporter.LINES)).isEqualTo(7);
        assertThat(lines).hasSize(7);
        List<String> order = lines.stream().map(l -> l.get("article").asText() + "/" + l.get("version").asInt()).toList();
        for (String article : List.of("nyt-2011-03-libya-defection", "300", "301")) {
            List<String> mine = order.stream().filter(o -> o.startsWith(article + "/")).toList();
            int first = order.indexOf(mine.get(0));
            assertThat(order.subList(first, first + mine.size())).as("consecutive, in version order")
                    .isEqualTo(java.util.stream.IntStream.range(0, mine.size()).mapToObj(v -> article + "/" + v).toList());
        }
        assertThat(dir.resolve("export.jsonl.part")).doesNotExist();
    }

    @Test
    void a_line_carries_the_version_its_text_and_its_sentences() throws IOException {
        StringWriter out = new StringWriter();

        new JsonLinesExporter(store).write(out, Optional.of("wire"));

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        JsonNode first = lines.stream().filter(l -> l.get("article").asText().equals("300") && l.get("version").asInt() == 0)
                .findFirst().orElseThrow();
        assertThat(first.get("source").asText()).isEqualTo("wire");
        assertThat(first.get("url").asText()).isEqualTo("https://example.org/300");
        assertThat(first.get("title").asText()).isEqualTo("Rebels retreat");
        assertThat(first.get("created").asText()).isEqualTo("2011-04-01T08:00:00Z");
        assertThat(first.get("format").asText()).isEqualTo("text");
        assertThat(first.get("article_id").asText()).matches("[0-9a-f]{16}");
        assertThat(first.get("version_id").asText()).matches("[0-9a-f]{16}");
        assertThat(first.get("text").asText()).startsWith("The rebels retreated from Brega on Wednesday under heavy shelling.\n\nMusa Ibrahim");
        assertThat(first.get("sentences")).hasSize(6);
        assertThat(first.get("sentences").get(1).get("paragraph").asInt()).isEqualTo(1);
        assertThat(first.get("sentences").get(1).get("text").asText()).startsWith("Musa Ibrahim, a government spokesman,");
        assertThat(first.get("edits").isNull()).isTrue();
        JsonNode second = lines.stream().filter(l -> l.get("article").asText().equals("300") && l.get("version").asInt() == 1)
                .findFirst().orElseThrow();
        assertThat(second.get("edits").get("split").asInt()).isEqualTo(1);
        assertThat(second.get("edits").get("merged").asInt()).isEqualTo(1);
        JsonNode brief = lines.stream().filter(l -> l.get("article").asText().equals("301")).findFirst().orElseThrow();
        assertThat(brief.get("url").isNull()).isTrue();
        assertThat(brief.get("text").asText()).isEqualTo("NATO took command of the air campaign on Thursday morning, officials said, \"as planned.\"");
        assertThat(lines).extracting(l -> l.get("source").asText()).containsOnly("wire");
    }

    @Test
    void an_export_imports_again_into_the_same_articles_and_sentences() throws IOException {
        Path file = dir.resolve("export.jsonl");
        new JsonLinesExporter(store).toFile(file, Optional.empty());

        List<List<IncomingVersion>> articles;
        try (Stream<List<IncomingVersion>> s = new JsonLinesSource(file).articles(ProblemHandler.stop())) {
            articles = s.toList();
        }
        assertThat(articles).extracting(a -> a.get(0).source() + "/" + a.get(0).articleKey() + ":" + a.size())
                .containsExactlyInAnyOrder("The New York Times/nyt-2011-03-libya-defection:3", "wire/300:3", "wire/301:1");

        try (Store again = Store.open(dir.resolve("again.db").toString())) {
            articles.forEach(again::importArticle);
            for (StoredHistory original : ExportFixture.histories(store)) {
                var a = original.article().article();
                StoredHistory copy = again.findHistory(again.findArticle(a.source(), a.articleKey()).orElseThrow().article().id())
                        .orElseThrow();
                assertThat(copy.history().documents()).extracting(d -> d.sentenceTexts())
                        .isEqualTo(original.history().documents().stream().map(d -> d.sentenceTexts()).toList());
                assertThat(copy.history().versions()).extracting(v -> v.time())
                        .isEqualTo(original.history().versions().stream().map(v -> v.time()).toList());
            }
        }
    }

    @Test
    void refuses_to_overwrite() throws IOException {
        Path file = Files.writeString(dir.resolve("export.jsonl"), "precious");

        assertThatThrownBy(() -> new JsonLinesExporter(store).toFile(file, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(file + ": already exists");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void json_strings_escape_quotes_backslashes_and_controls() {
        assertThat(JsonText.string(new StringBuilder(), "a \"b\" \\ c\n\t\u0001 é\u2028").toString())
                .isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\t\\u0001 é\\u2028\"");
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
