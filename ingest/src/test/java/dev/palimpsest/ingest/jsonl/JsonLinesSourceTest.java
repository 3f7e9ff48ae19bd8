package dev.palimpsest.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.ingest.Collect;
import dev.palimpsest.ingest.Fixtures;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.IngestProblem;
import dev.palimpsest.ingest.OnError;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.ProblemLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSourceTest {

    private static final Path NEWS = Fixtures.resource("jsonl/news.jsonl");
    private static final Path BAD = Fixtures.resource("jsonl/bad.jsonl");

    @TempDir
    Path dir;

    private final ProblemLog skip = new ProblemLog(OnError.SKIP);

    @Test
    void groups_lines_of_one_article_that_are_not_adjacent_in_order_of_first_appearance() {
        List<List<IncomingVersion>> articles = Collect.articles(new JsonLinesSource(NEWS), skip);

        assertThat(Collect.keys(articles)).containsExactly("ap-101",
                "https://www.theguardian.com/uk-news/2014/feb/10/thames-flood-barrier-closed-record", "9001");
        assertThat(articles).extracting(List::size).containsExactly(3, 2, 2);
        assertThat(skip.count()).isZero();
    }

    @Test
    void versions_are_oldest_first_when_all_have_times_else_in_line_order() {
        List<List<IncomingVersion>> articles = Collect.articles(new JsonLinesSource(NEWS), skip);

        assertThat(articles.get(0)).extracting(IncomingVersion::origin).containsExactly(NEWS + ":1", NEWS + ":6", NEWS + ":3");
        assertThat(articles.get(0)).extracting(IncomingVersion::seen).containsExactly(
                Optional.of(Instant.parse("2019-08-01T04:12:07Z")), Optional.of(Instant.parse("2019-08-01T05:02:44Z")),
                Optional.of(Instant.parse("2019-08-01T07:30:00Z")));
        assertThat(articles.get(2)).extracting(IncomingVersion::origin).containsExactly(NEWS + ":7", NEWS + ":8");
        assertThat(articles.get(2)).extracting(IncomingVersion::seen).containsOnly(Optional.empty());
    }

    @Test
    void reads_source_url_title_and_format_with_defaults() {
        List<List<IncomingVersion>> articles = Collect.articles(new JsonLinesSource(NEWS), skip);

        IncomingVersion ap = articles.get(0).get(0);
        assertThat(ap.source()).isEqualTo("ap");
        assertThat(ap.url()).contains("https://apnews.com/article/7f3c1a9e2b5d4c6e8a0f1b2c3d4e5f60");
        assertThat(ap.title()).contains("Magnitude 6.1 quake shakes southern Peru");
        assertThat(ap.format()).isEqualTo(InputFormat.HTML);
        IncomingVersion guardian = articles.get(1).get(1);
        assertThat(guardian.source()).as("no \"source\": the file name").isEqualTo("news");
        assertThat(guardian.url()).contains(guardian.articleKey());
        assertThat(guardian.seen()).as("no zone: UTC").contains(Instant.parse("2014-02-10T16:20:00Z"));
        assertThat(guardian.format()).isEqualTo(InputFormat.TEXT);
        assertThat(guardian.body()).contains("\n\nMore than 1,000 properties");
        IncomingVersion council = articles.get(2).get(0);
        assertThat(council.url()).isEmpty();
        assertThat(council.articleKey()).as("a number as the article id").isEqualTo("9001");
    }

    @Test
    void the_default_source_can_be_given() {
        List<List<IncomingVersion>> articles = Collect.articles(new JsonLinesSource(NEWS, "wire"), skip);

        assertThat(articles.get(0).get(0).source()).isEqualTo("ap");
        assertThat(articles.get(2).get(0).source()).isEqualTo("wire");
    }

    @Test
    void bad_lines_are_skipped_and_named_by_file_and_line() {
        List<List<IncomingVersion>> articles = Collect.articles(new JsonLinesSource(BAD), skip);

        assertThat(Collect.keys(articles)).containsExactly("a", "b");
        assertThat(articles.get(0)).extracting(IncomingVersion::origin).containsExactly(BAD + ":1", BAD + ":9");
        assertThat(skip.problems()).extracting(IngestProblem::origin).containsExactly(
                BAD + ":2", BAD + ":3", BAD + ":4", BAD + ":5", BAD + ":6", BAD + ":7", BAD + ":8");
        List<IngestProblem> problems = skip.problems();
        assertThat(problems.get(0).message()).isEqualTo("missing \"text\"");
        assertThat(problems.get(1).message()).isEqualTo("missing \"article\" (or \"url\")");
        assertThat(problems.get(2).message())
                .isEqualTo("\"created\": unreadable time \"last Tuesday\" (use ISO 8601, e.g. 2011-03-31T09:00:00-04:00)");
        assertThat(problems.get(3).message()).startsWith("not valid JSON: ");
        assertThat(problems.get(4).message()).isEqualTo("expected a JSON object");
        assertThat(problems.get(5).message()).isEqualTo("empty \"text\"");
        assertThat(problems.get(6).message()).isEqualTo("\"article\" must be a string, not object");
        assertThat(skip.count()).isEqualTo(7);
    }

    @Test
    void with_stop_the_first_bad_line_ends_the_import_before_any_article() {
        assertThatThrownBy(() -> Collect.articles(new JsonLinesSource(BAD), ProblemHandler.stop()))
                .isInstanceOf(IngestException.class)
                .hasMessage(BAD + ":2: missing \"text\"")
                .satisfies(e -> assertThat(((IngestException) e).origin()).isEqualTo(BAD + ":2"));
    }

    @Test
    void invalid_utf8_and_oversized_lines_are_problems() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"article\": \"a\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 'a', 'r', 't', 'i', 'c', 'l', 'e', '"', ':', '"', (byte) 0xC3, '"', '}', '\r', '\n'});
        bytes.writeBytes(("{\"article\": \"a\", \"text\": \"" + "x".repeat(300) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"article\": \"a\", \"text\": \"Also fine.\"}".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());

        List<List<IncomingVersion>> articles = Collect.articles(new JsonLinesSource(file, "x", 200), skip);

        assertThat(articles).singleElement().satisfies(a ->
                assertThat(a).extracting(IncomingVersion::body).containsExactly("Fine.", "Also fine."));
        assertThat(skip.problems()).containsExactly(
                new IngestProblem(file + ":2", "is not valid UTF-8 (bad byte at offset 12)"),
                new IngestProblem(file + ":3", "line is 328 bytes, above the limit of 200 bytes"));
    }

    @Test
    void crlf_line_ends_and_a_missing_final_newline_are_fine() throws IOException {
        Path file = Files.writeString(dir.resolve("crlf.jsonl"),
                "{\"article\": \"a\", \"text\": \"One.\"}\r\n\r\n{\"article\": \"a\", \"text\": \"Two.\"}");

        List<List<IncomingVersion>> articles = Collect.articles(new JsonLinesSource(file), skip);

        assertThat(articles).singleElement().satisfies(a -> assertThat(a).extracting(IncomingVersion::origin)
                .containsExactly(file + ":1", file + ":3"));
        assertThat(skip.count()).isZero();
    }

    @Test
    void a_missing_file_is_a_problem() {
        Path file = dir.resolve("nope.jsonl");

        assertThat(Collect.articles(new JsonLinesSource(file), skip)).isEmpty();
        assertThat(skip.problems()).containsExactly(new IngestProblem(file.toString(), "no such file"));
    }
}
