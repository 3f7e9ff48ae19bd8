package dev.palimpsest.ingest.newsedits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Normalizer;
import dev.palimpsest.ingest.Collect;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.IngestProblem;
import dev.palimpsest.ingest.OnError;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.ProblemLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsEditsSourceTest {

    private static final DocumentParser PARSER =
            new DocumentParser(Normalizer.standard(), NewsSentenceSplitter.create(), DocumentParser.DEFAULT_MAX_CHARS);

    @TempDir
    Path dir;

    private final ProblemLog skip = new ProblemLog(OnError.SKIP);

    @Test
    void reads_one_article_per_entry_in_entry_id_and_version_order() {
        Path db = NewsEditsFixture.writeAp(dir.resolve("ap.db"));

        List<List<IncomingVersion>> articles = Collect.articles(new NewsEditsSource(db), skip);

        assertThat(Collect.keys(articles)).containsExactly("101", "102", "103");
        assertThat(articles).extracting(List::size).containsExactly(4, 2, 1);
        assertThat(articles.get(0)).extracting(IncomingVersion::origin).containsExactly(
                db + ":entry_id=101,version=0", db + ":entry_id=101,version=1",
                db + ":entry_id=101,version=2", db + ":entry_id=101,version=3");
        assertThat(articles).flatMap(a -> a).allSatisfy(v -> {
            assertThat(v.source()).isEqualTo("ap");
            assertThat(v.format()).isEqualTo(InputFormat.HTML);
            assertThat(v.url()).get().asString().startsWith("https://apnews.com/article/");
        });
        assertThat(skip.count()).isZero();
    }

    @Test
    void reads_titles_times_and_a_null_title() {
        Path db = NewsEditsFixture.writeAp(dir.resolve("ap.db"));

        List<List<IncomingVersion>> articles = Collect.articles(new NewsEditsSource(db), skip);

        IncomingVersion first = articles.get(0).get(0);
        assertThat(first.title()).contains("Magnitude 6.1 quake shakes southern Peru");
        assertThat(first.seen()).contains(Instant.parse("2019-08-01T04:12:07Z"));
        assertThat(articles.get(0).get(3).seen()).contains(Instant.parse("2019-08-01T13:15:00Z"));
        assertThat(articles.get(1).get(0).title()).contains("Stocks drift lower as Fed minutes loom");
        assertThat(articles.get(1).get(1).title()).isEmpty();
    }

    @Test
    void reads_created_times_with_a_zone() {
        Path db = NewsEditsFixture.writeGuardian(dir.resolve("newssniffer-guardian.db"));

        List<List<IncomingVersion>> articles = Collect.articles(new NewsEditsSource(db), skip);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0)).extracting(IncomingVersion::seen).containsExactly(
                Optional.of(Instant.parse("2014-02-10T08:02:00Z")), Optional.of(Instant.parse("2014-02-10T11:47:00Z")),
                Optional.of(Instant.parse("2014-02-10T16:20:00Z")));
        assertThat(articles.get(0).get(0).articleKey()).isEqualTo("4711");
        assertThat(articles.get(0).get(0).source()).isEqualTo("guardian");
    }

    @Test
    void source_defaults_to_the_file_name_when_the_column_is_missing() throws IOException {
        Path db = dir.resolve("newssniffer-bbc.db");
        NewsEditsFixture.writeGuardian(db);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("ALTER TABLE entryversion DROP COLUMN source");
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }

        List<List<IncomingVersion>> articles = Collect.articles(new NewsEditsSource(db), skip);

        assertThat(articles.get(0)).extracting(IncomingVersion::source).containsOnly("newssniffer-bbc");
    }

    @Test
    void paragraphs_joined_by_p_tags_parse_into_paragraphs_with_entities_decoded() {
        Path db = NewsEditsFixture.writeAp(dir.resolve("ap.db"));
        IncomingVersion v2 = Collect.articles(new NewsEditsSource(db), skip).get(0).get(2);

        Document doc = PARSER.parse(v2.body(), v2.format());

        assertThat(v2.body()).contains("</p><p>");
        assertThat(doc.paragraphCount()).isEqualTo(5);
        assertThat(doc.sentences().get(0).text()).startsWith("LIMA, Peru (AP) — A strong earthquake")
                .contains("the country’s second-largest city");
        assertThat(doc.dateline()).isPresent();
        assertThat(doc.sentences()).filteredOn(s -> s.paragraph() == 2).extracting(s -> s.text()).containsExactly(
                "Peru’s civil defense institute said at least 58 homes were damaged in three provinces.",
                "Two people suffered minor injuries, it said.");
        assertThat(doc.sentences()).filteredOn(s -> s.paragraph() == 4).extracting(s -> s.text())
                .containsExactly("Peru sits on the Pacific \"Ring of Fire,\" an arc of volcanoes and fault lines circling the Pacific Basin.");
    }

    @Test
    void the_bundled_sample_as_an_archive_reads_like_the_sample_files() throws IOException {
        Path db = NewsEditsFixture.writeLibya(dir.resolve("newssniffer-nytimes.db"));
        List<IncomingVersion> versions = Collect.articles(new NewsEditsSource(db), skip).get(0);
        Path sample = NewsEditsFixture.samplesDir().resolve("libya-2011");
        List<String> files = List.of("002_12d0a6ac5ab71e0b.txt", "001_a28352500c04e153.txt", "000_ed93c6f79b7e7cd8.txt");

        assertThat(versions).hasSize(3);
        for (int v = 0; v < 3; v++) {
            String text = Files.readString(sample.resolve(files.get(v)), StandardCharsets.UTF_8);
            Document fromFile = PARSER.parse(text, InputFormat.TEXT);
            Document fromArchive = PARSER.parse(versions.get(v).body(), versions.get(v).format());
            assertThat(fromArchive.sentenceTexts()).isEqualTo(fromFile.sentenceTexts());
            assertThat(fromArchive.paragraphCount()).isEqualTo(fromFile.paragraphCount());
        }
        assertThat(versions.get(0).seen()).contains(Instant.parse("2011-03-31T01:00:00Z"));
    }

    @Test
    void gzipped_archive_is_read_through_a_temporary_copy_that_is_deleted_on_close() throws IOException {
        Path db = NewsEditsFixture.writeAp(dir.resolve("ap.db"));
        Path gz = NewsEditsFixture.gzip(db, dir.resolve("ap.db.gz"));
        long before = temporaryCopies();

        try (Stream<List<IncomingVersion>> s = new NewsEditsSource(gz).articles(skip)) {
            Iterator<List<IncomingVersion>> it = s.iterator();
            List<IncomingVersion> first = it.next();
            assertThat(temporaryCopies()).isEqualTo(before + 1);
            assertThat(first).hasSize(4);
            assertThat(first.get(0).source()).isEqualTo("ap");
            assertThat(first.get(0).origin()).isEqualTo(gz + ":entry_id=101,version=0");
        }
        assertThat(temporaryCopies()).isEqualTo(before);

        assertThat(Collect.keys(Collect.articles(new NewsEditsSource(gz), skip))).containsExactly("101", "102", "103");
        assertThat(temporaryCopies()).as("deleted at the end of the rows, too").isEqualTo(before);
    }

    @Test
    void wrong_columns_are_refused_before_any_row_naming_the_file_and_the_missing_column() {
        Path db = NewsEditsFixture.writeWrongColumns(dir.resolve("ap.db"));

        List<List<IncomingVersion>> articles = Collect.articles(new NewsEditsSource(db), skip);

        assertThat(articles).isEmpty();
        assertThat(skip.problems()).containsExactly(new IngestProblem(db.toString(),
                "table entryversion is missing column summary (columns: entry_id, version, title, body)"));
    }

    @Test
    void wrong_columns_with_stop_throw_the_same_message() {
        Path db = NewsEditsFixture.writeWrongColumns(dir.resolve("ap.db"));

        assertThatThrownBy(() -> Collect.articles(new NewsEditsSource(db), ProblemHandler.stop()))
                .isInstanceOf(IngestException.class)
                .hasMessage(db + ": table entryversion is missing column summary (columns: entry_id, version, title, body)");
    }

    @Test
    void a_database_without_the_table_is_refused_listing_its_tables() {
        Path db = NewsEditsFixture.writeNoTable(dir.resolve("diffengine.db"));

        assertThat(Collect.articles(new NewsEditsSource(db), skip)).isEmpty();
        assertThat(skip.problems()).containsExactly(new IngestProblem(db.toString(), "no table entryversion (tables: diff, entry)"));
    }

    @Test
    void a_file_that_is_not_sqlite_is_refused_plain_or_gzipped() {
        Path plain = NewsEditsFixture.writeNotSqlite(dir.resolve("ap.db"));
        Path gz = NewsEditsFixture.gzip(plain, dir.resolve("reuters.db.gz"));

        assertThat(Collect.articles(new NewsEditsSource(plain), skip)).isEmpty();
        assertThat(Collect.articles(new NewsEditsSource(gz), skip)).isEmpty();

        assertThat(skip.problems()).containsExactly(new IngestProblem(plain.toString(), "not a SQLite database"),
                new IngestProblem(gz.toString(), "not a SQLite database"));
    }

    @Test
    void an_empty_file_is_not_a_sqlite_database() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));

        assertThatThrownBy(() -> Collect.articles(new NewsEditsSource(empty), ProblemHandler.stop()))
                .hasMessage(empty + ": not a SQLite database");
    }

    @Test
    void a_truncated_gzip_file_is_refused_as_broken() throws IOException {
        Path gz = NewsEditsFixture.gzip(NewsEditsFixture.writeAp(dir.resolve("ap.db")), dir.resolve("ap.db.gz"));
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(Collect.articles(new NewsEditsSource(gz), skip)).isEmpty();
        assertThat(skip.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(gz.toString());
            assertThat(p.message()).startsWith("broken gzip file: ");
        });
    }

    @Test
    void a_truncated_database_is_reported_as_unreadable() {
        Path db = NewsEditsFixture.writeTruncated(dir.resolve("ap.db"));

        assertThat(Collect.articles(new NewsEditsSource(db), skip)).isEmpty();
        assertThat(skip.problems()).singleElement().satisfies(p -> {
            assertThat(p.origin()).isEqualTo(db.toString());
            assertThat(p.message()).startsWith("cannot read");
        });
    }

    @Test
    void a_missing_file_is_a_problem_not_a_new_database() {
        Path db = dir.resolve("nope.db");

        assertThat(Collect.articles(new NewsEditsSource(db), skip)).isEmpty();
        assertThat(skip.problems()).containsExactly(new IngestProblem(db.toString(), "no such file"));
        assertThat(db).doesNotExist();
    }

    @Test
    void bad_rows_are_skipped_and_named_by_entry_id_and_version() {
        Path db = NewsEditsFixture.writeWithBadRows(dir.resolve("ap.db"));

        List<List<IncomingVersion>> articles = Collect.articles(new NewsEditsSource(db), skip);

        assertThat(Collect.keys(articles)).containsExactly("101", "102", "103");
        assertThat(articles).extracting(List::size).containsExactly(4, 2, 1);
        assertThat(skip.problems()).containsExactly(
                new IngestProblem(db + ":entry_id=NULL,version=0", "entry_id is empty"),
                new IngestProblem(db + ":entry_id=101,version=1",
                        "duplicate row (same entry_id and version as the row before)"),
                new IngestProblem(db + ":entry_id=102,version=2", "empty summary"),
                new IngestProblem(db + ":entry_id=103,version=1",
                        "created: unreadable time \"yesterday at noon\" (use ISO 8601, e.g. 2011-03-31T09:00:00-04:00)"));
        assertThat(skip.count()).isEqualTo(4);
    }

    @Test
    void bad_rows_with_stop_end_the_stream_at_the_first_one() {
        Path db = NewsEditsFixture.writeWithBadRows(dir.resolve("ap.db"));
        ProblemLog stop = new ProblemLog(OnError.STOP);

        try (Stream<List<IncomingVersion>> s = new NewsEditsSource(db).articles(stop)) {
            Iterator<List<IncomingVersion>> it = s.iterator();
            assertThatThrownBy(it::hasNext).isInstanceOf(IngestException.class)
                    .hasMessage(db + ":entry_id=NULL,version=0: entry_id is empty");
        }
        assertThat(stop.count()).isEqualTo(1);
    }

    @Test
    void a_large_archive_is_streamed_not_loaded() {
        Path db = NewsEditsFixture.writeLarge(dir.resolve("large.db"), 5_000, 4);
        AtomicLong rows = new AtomicLong();

        try (Stream<List<IncomingVersion>> s = new NewsEditsSource(db).withProgress(rows::set).articles(skip)) {
            Iterator<List<IncomingVersion>> it = s.iterator();
            List<IncomingVersion> first = it.next();
            assertThat(first).hasSize(4);
            // One article plus the one row read ahead to see that the article ended.
            assertThat(rows.get()).isEqualTo(5);
            long count = 1;
            while (it.hasNext()) {
                assertThat(it.next()).hasSize(4);
                count++;
            }
            assertThat(count).isEqualTo(5_000);
        }
        assertThat(rows.get()).isEqualTo(20_000);
    }

    private static long temporaryCopies() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("palimpsest-newsedits-")).count();
        }
    }
}
