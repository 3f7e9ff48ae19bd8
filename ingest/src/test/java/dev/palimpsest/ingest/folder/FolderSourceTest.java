package dev.palimpsest.ingest.folder;

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
import dev.palimpsest.ingest.newsedits.NewsEditsFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

    private static final Path NEWSROOM = Fixtures.resource("folders/newsroom");
    private static final Path LIBYA = NewsEditsFixture.samplesDir().resolve("libya-2011");

    @TempDir
    Path dir;

    private final ProblemLog skip = new ProblemLog(OnError.SKIP);

    @Test
    void the_sample_folder_is_one_article_ordered_by_its_manifest_times() {
        List<List<IncomingVersion>> articles = Collect.articles(new FolderSource(LIBYA), skip);

        assertThat(articles).singleElement().satisfies(versions -> {
            assertThat(versions).extracting(v -> Path.of(v.origin()).getFileName().toString()).containsExactly(
                    "002_12d0a6ac5ab71e0b.txt", "001_a28352500c04e153.txt", "000_ed93c6f79b7e7cd8.txt");
            assertThat(versions).extracting(IncomingVersion::seen).containsExactly(
                    Optional.of(Instant.parse("2011-03-31T01:00:00Z")), Optional.of(Instant.parse("2011-03-31T13:00:00Z")),
                    Optional.of(Instant.parse("2011-03-31T19:00:00Z")));
            assertThat(versions).allSatisfy(v -> {
                assertThat(v.articleKey()).isEqualTo("nyt-2011-03-libya-defection");
                assertThat(v.source()).isEqualTo("The New York Times");
                assertThat(v.format()).isEqualTo(InputFormat.TEXT);
                assertThat(v.url()).isEmpty();
            });
            assertThat(versions.get(0).body()).startsWith("\nBREGA, Libya &mdash;");
        });
        assertThat(skip.count()).isZero();
    }

    @Test
    void a_folder_of_folders_gives_one_article_per_folder_with_versions_in_path_order() {
        List<List<IncomingVersion>> articles = Collect.articles(new FolderSource(NEWSROOM), skip);

        assertThat(Collect.keys(articles)).containsExactly("ap-floods", "empty-version", "guardian-budget", "misc/untimed");
        assertThat(articles).extracting(List::size).containsExactly(2, 1, 2, 2);
        assertThat(articles).flatMap(a -> a).extracting(IncomingVersion::source).containsOnly("newsroom");
    }

    @Test
    void html_versions_take_time_and_title_from_their_metadata() {
        List<IncomingVersion> floods = Collect.articles(new FolderSource(NEWSROOM), skip).get(0);

        assertThat(floods).extracting(v -> Path.of(v.origin()).getFileName().toString()).containsExactly("b.html", "a.html");
        assertThat(floods).extracting(IncomingVersion::seen).containsExactly(
                Optional.of(Instant.parse("2020-07-14T04:10:00Z")), Optional.of(Instant.parse("2020-07-14T06:30:00Z")));
        assertThat(floods).extracting(IncomingVersion::title).containsExactly(
                Optional.of("Floods leave 1 million stranded in Bangladesh"), Optional.of("Floods force thousands from homes in Bangladesh"));
        assertThat(floods).extracting(IncomingVersion::format).containsOnly(InputFormat.HTML);
    }

    @Test
    void a_csv_manifest_gives_times_and_quoted_titles() {
        List<IncomingVersion> budget = Collect.articles(new FolderSource(NEWSROOM), skip).get(2);

        assertThat(budget).extracting(IncomingVersion::title).containsExactly(
                Optional.of("Budget 2014: pensions shake-up"), Optional.of("Budget 2014: pensions shake-up, savings boost"));
        assertThat(budget).extracting(IncomingVersion::seen).containsExactly(
                Optional.of(Instant.parse("2014-03-19T12:31:00Z")), Optional.of(Instant.parse("2014-03-19T14:05:00Z")));
    }

    @Test
    void untimed_versions_keep_file_name_order() {
        List<IncomingVersion> untimed = Collect.articles(new FolderSource(NEWSROOM), skip).get(3);

        assertThat(untimed).extracting(v -> Path.of(v.origin()).getFileName().toString()).containsExactly("v1.txt", "v2.txt");
        assertThat(untimed).extracting(IncomingVersion::seen).containsOnly(Optional.empty());
        assertThat(untimed).extracting(IncomingVersion::title).containsOnly(Optional.empty());
    }

    @Test
    void a_broken_manifest_skips_its_article_and_an_empty_file_skips_its_version() {
        Collect.articles(new FolderSource(NEWSROOM), skip);

        assertThat(skip.problems()).hasSize(2);
        IngestProblem manifest = skip.problems().get(0);
        assertThat(manifest.origin()).isEqualTo(NEWSROOM.resolve("broken/versions.json").toString());
        assertThat(manifest.message()).startsWith("unreadable manifest: ");
        assertThat(skip.problems().get(1)).isEqualTo(
                new IngestProblem(NEWSROOM.resolve("empty-version/one.txt").toString(), "is empty"));
    }

    @Test
    void with_stop_the_broken_manifest_ends_the_stream_after_the_articles_before_it() {
        ProblemLog stop = new ProblemLog(OnError.STOP);
        List<String> seen = new java.util.ArrayList<>();

        assertThatThrownBy(() -> new FolderSource(NEWSROOM).articles(stop).forEach(a -> seen.add(a.get(0).articleKey())))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(NEWSROOM.resolve("broken/versions.json") + ": unreadable manifest: ");
        assertThat(seen).containsExactly("ap-floods");
    }

    @Test
    void a_binary_file_is_a_problem_naming_the_file() throws IOException {
        Path article = Files.createDirectories(dir.resolve("story"));
        Files.write(article.resolve("1.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});
        Files.writeString(article.resolve("2.txt"), "A readable version.");

        List<List<IncomingVersion>> articles = Collect.articles(new FolderSource(article, "local"), skip);

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a).singleElement().satisfies(v -> assertThat(v.body()).isEqualTo("A readable version."));
            assertThat(a.get(0).articleKey()).isEqualTo("story");
            assertThat(a.get(0).source()).isEqualTo("local");
        });
        assertThat(skip.problems()).containsExactly(
                new IngestProblem(article.resolve("1.txt").toString(), "looks like a binary file (NUL byte at offset 6)"));
    }

    @Test
    void a_missing_folder_is_a_problem() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> Collect.articles(new FolderSource(missing), ProblemHandler.stop()))
                .hasMessage(missing + ": no such folder");
    }
}
