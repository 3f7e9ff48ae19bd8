package dev.palimpsest.ingest.newsedits;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Builds NewsEdits-style SQLite archives for tests, with the release schema of the raw
 * {@code entryversion} table ({@code index, version, title, created, url, source, entry_id,
 * archive_url, num_versions, summary, joint_key, id}; pandas {@code to_sql} layout with its index on
 * {@code "index"}), bodies as paragraphs joined by {@code </p><p>} with the HTML entities the
 * crawlers kept. See {@code src/test/resources/README.md} for what each archive holds.
 */
public final class NewsEditsFixture {

    private static final String SCHEMA = """
            CREATE TABLE "entryversion" (
              "index" INTEGER, "version" INTEGER, "title" TEXT, "created" TEXT, "url" TEXT, "source" TEXT,
              "entry_id" INTEGER, "archive_url" TEXT, "num_versions" INTEGER, "summary" TEXT,
              "joint_key" TEXT, "id" TEXT)""";

    private static final DateTimeFormatter NEWSEDITS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private NewsEditsFixture() {
    }

    /** One row of {@code entryversion}; {@code title} may be NULL. */
    public record Row(long entryId, int version, Optional<String> title, String created, String url, String source,
            List<String> paragraphs) {

        public String summary() {
            return String.join("</p><p>", paragraphs);
        }
    }

    // ---- the AP-style archive ------------------------------------------------------------------

    /** Three AP-style stories: a 4-version quake story, a 2-version business story (one title NULL), a 1-version brief. */
    public static List<Row> apRows() {
        String quake = "https://apnews.com/article/7f3c1a9e2b5d4c6e8a0f1b2c3d4e5f60";
        String rates = "https://apnews.com/article/0a1b2c3d4e5f60718293a4b5c6d7e8f9";
        String brief = "https://apnews.com/article/5e6f708192a3b4c5d6e7f8091a2b3c4d";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(101, 0, Optional.of("Magnitude 6.1 quake shakes southern Peru"), "2019-08-01 04:12:07", quake, "ap",
                List.of(
                        "LIMA, Peru (AP) &#8212; A magnitude 6.1 earthquake shook southern Peru early Thursday, rattling homes in the city of Arequipa and sending residents into the streets.",
                        "The U.S. Geological Survey said the quake struck at 11:37 p.m. local time Wednesday at a depth of 35 kilometers (22 miles).",
                        "There were no immediate reports of damage or injuries.")));
        rows.add(new Row(101, 1, Optional.of("Quake damages homes in southern Peru"), "2019-08-01 05:02:44", quake, "ap",
                List.of(
                        "LIMA, Peru (AP) &#8212; A magnitude 6.1 earthquake shook southern Peru early Thursday, damaging dozens of adobe homes in the city of Arequipa and sending residents into the streets.",
                        "The U.S. Geological Survey said the quake struck at 11:37 p.m. local time Wednesday at a depth of 35 kilometers (22 miles).",
                        "Peru&#8217;s civil defense institute said at least 40 homes were damaged in three provinces and two people suffered minor injuries.",
                        "&quot;We felt it strongly, the whole building moved,&quot; said Rosa Quispe, a 54-year-old shopkeeper.")));
        rows.add(new Row(101, 2, Optional.of("Quake damages dozens of homes in southern Peru"), "2019-08-01 07:30:00", quake, "ap",
                List.of(
                        "LIMA, Peru (AP) &#8212; A strong earthquake damaged dozens of adobe homes in southern Peru early Thursday and sent residents of Arequipa, the country&#8217;s second-largest city, running into the streets.",
                        "The U.S. Geological Survey said the magnitude 6.1 quake struck at 11:37 p.m. local time Wednesday at a depth of 35 kilometers (22 miles).",
                        "Peru&#8217;s civil defense institute said at least 58 homes were damaged in three provinces. Two people suffered minor injuries, it said.",
                        "&quot;We felt it strongly, the whole building moved,&quot; said Rosa Quispe, a 54-year-old shopkeeper.",
                        "Peru sits on the Pacific &quot;Ring of Fire,&quot; an arc of volcanoes and fault lines circling the Pacific Basin.")));
        rows.add(new Row(101, 3, Optional.of("Quake damages dozens of homes in southern Peru"), "2019-08-01 13:15:00", quake, "ap",
                List.of(
                        "LIMA, Peru (AP) &#8212; A strong earthquake damaged dozens of adobe homes in southern Peru early Thursday and sent residents of Arequipa, the country&#8217;s second-largest city, running into the streets.",
                        "The U.S. Geological Survey said the magnitude 6.1 quake struck at 11:37 p.m. local time Wednesday at a depth of 35 kilometers (22 miles).",
                        "Peru&#8217;s civil defense institute said at least 58 homes were damaged in three provinces. Two people suffered minor injuries, it said.",
                        "&quot;We felt it strongly, the whole building moved,&quot; said Rosa Quispe, a 54-year-old shopkeeper.",
                        "Peru sits on the Pacific &quot;Ring of Fire,&quot; an arc of volcanoes and fault lines circling the Pacific Basin.",
                        "Associated Press writer Franklin Brice&#241;o contributed to this report.")));
        rows.add(new Row(102, 0, Optional.of("Stocks drift lower as Fed minutes loom"), "2019-08-20 14:05:31", rates, "ap",
                List.of(
                        "NEW YORK (AP) &#8212; Stocks drifted lower in afternoon trading on Wall Street Tuesday as investors waited for the minutes of the Federal Reserve&#8217;s latest meeting.",
                        "The S&amp;P 500 slipped 0.4% and the Dow Jones Industrial Average fell 120 points, or 0.5%.",
                        "Bond yields edged lower. The yield on the 10-year Treasury fell to 1.56% from 1.60% late Monday.")));
        rows.add(new Row(102, 1, Optional.empty(), "2019-08-20 20:41:09", rates, "ap",
                List.of(
                        "NEW YORK (AP) &#8212; Stocks closed lower on Wall Street Tuesday as investors waited for the minutes of the Federal Reserve&#8217;s latest meeting, due out Wednesday.",
                        "The S&amp;P 500 fell 0.8% and the Dow Jones Industrial Average lost 173 points, or 0.7%.",
                        "Bond yields edged lower. The yield on the 10-year Treasury fell to 1.55% from 1.60% late Monday.",
                        "Retailers were among the biggest losers after Kohl&#8217;s cut its profit forecast.")));
        rows.add(new Row(103, 0, Optional.of("Bolivia opens border crossing after protests"), "2019-09-02 09:00:00", brief, "ap",
                List.of("LA PAZ, Bolivia (AP) &#8212; Bolivian officials reopened the main border crossing with Peru on Monday after a week of protests by truck drivers.")));
        return rows;
    }

    /** The AP-style archive, rows inserted out of order (as a crawl would), ids 101-103. */
    public static Path writeAp(Path db) {
        List<Row> rows = new ArrayList<>(apRows());
        List<Row> shuffled = new ArrayList<>(List.of(rows.get(5), rows.get(2), rows.get(6), rows.get(0), rows.get(4),
                rows.get(3), rows.get(1)));
        return write(db, shuffled);
    }

    // ---- the Guardian-style archive (newssniffer) ------------------------------------------------

    /** One Guardian-style story in three versions, created times in ISO form with a zone. */
    public static List<Row> guardianRows() {
        String url = "https://www.theguardian.com/uk-news/2014/feb/10/thames-flood-barrier-closed-record";
        return List.of(
                new Row(4711, 0, Optional.of("Thames barrier closed for record 20th time this winter"), "2014-02-10T08:02:00+00:00", url,
                        "guardian", List.of(
                                "The Thames barrier has been closed for a record 20th time this winter as high tides and heavy rain threaten homes along the river.",
                                "The Environment Agency said the barrier would stay shut until the afternoon high tide had passed.",
                                "More than 1,000 properties in Surrey and Berkshire have already been flooded.")),
                new Row(4711, 1, Optional.of("Thames barrier closed for record 20th time this winter"), "2014-02-10T11:47:00+00:00", url,
                        "guardian", List.of(
                                "The Thames barrier has been closed for a record 20th time this winter as high tides and heavy rain threaten homes along the river.",
                                "The Environment Agency said the barrier would stay shut until the afternoon high tide had passed, and warned that river levels could rise further on Tuesday.",
                                "More than 1,000 properties in Surrey and Berkshire have already been flooded.",
                                "Soldiers have been filling sandbags in Datchet and Wraysbury since Sunday.")),
                new Row(4711, 2, Optional.of("Thames barrier shut for 20th time as floods spread"), "2014-02-10T16:20:00+00:00", url,
                        "guardian", List.of(
                                "The Thames barrier has been closed for a record 20th time this winter, as flooding spread to more towns upstream of London.",
                                "More than 1,000 properties in Surrey and Berkshire have already been flooded.",
                                "The Environment Agency said the barrier would stay shut until the afternoon high tide had passed, and warned that river levels could rise further on Tuesday.",
                                "Soldiers have been filling sandbags in Datchet and Wraysbury since Sunday.",
                                "&#8220;It&#8217;s the worst I&#8217;ve seen in 30 years,&#8221; said one resident.")));
    }

    public static Path writeGuardian(Path db) {
        return write(db, guardianRows());
    }

    // ---- the bundled sample as a NewsEdits archive -----------------------------------------------

    /** The three versions of {@code samples/libya-2011}, oldest first, paragraphs (one a line) joined by {@code </p><p>}. */
    public static List<Row> libyaRows() {
        Path dir = samplesDir().resolve("libya-2011");
        String[][] versions = {
            {"002_12d0a6ac5ab71e0b.txt", "2011-03-30T21:00:00-04:00"},
            {"001_a28352500c04e153.txt", "2011-03-31T09:00:00-04:00"},
            {"000_ed93c6f79b7e7cd8.txt", "2011-03-31T15:00:00-04:00"},
        };
        String url = "http://www.nytimes.com/2011/03/31/world/africa/31libya.html";
        List<Row> rows = new ArrayList<>();
        for (int v = 0; v < versions.length; v++) {
            String created = OffsetDateTime.parse(versions[v][1]).withOffsetSameInstant(ZoneOffset.UTC).format(NEWSEDITS_TIME);
            rows.add(new Row(300, v, Optional.of(v < 2 ? "Libyan Foreign Minister Defects to Britain" : "Qaddafi Government Anxious After Defections"),
                    created, url, "nyt", paragraphs(read(dir.resolve(versions[v][0])))));
        }
        return rows;
    }

    public static Path writeLibya(Path db) {
        return write(db, libyaRows());
    }

    /** A sample file's paragraphs (each non-blank line; the samples are not hard wrapped), entities kept as the crawler stored them. */
    public static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public static Path samplesDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples/libya-2011"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("samples/libya-2011 not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("samples");
    }

    // ---- bad archives ------------------------------------------------------------------------

    /** The right table name with the wrong columns: the body is in {@code body}, there is no {@code summary}. */
    public static Path writeWrongColumns(Path db) {
        execute(db, "CREATE TABLE entryversion (entry_id INTEGER, version INTEGER, title TEXT, body TEXT)",
                "INSERT INTO entryversion VALUES (1, 0, 'A title', 'Some text.')");
        return db;
    }

    /** A SQLite database of another kind: diffengine-style tables but no {@code entryversion}. */
    public static Path writeNoTable(Path db) {
        execute(db, "CREATE TABLE entry (id INTEGER PRIMARY KEY, url TEXT)",
                "CREATE TABLE diff (id INTEGER PRIMARY KEY, old_id INTEGER, new_id INTEGER)");
        return db;
    }

    /** A file named like an archive that is not one: the start of an HTML error page. */
    public static Path writeNotSqlite(Path file) {
        write(file, "<html><head><title>404 Not Found</title></head><body>Not Found</body></html>\n"
                .getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** A real archive cut off after its first page: the header is right, the rows are gone. */
    public static Path writeTruncated(Path db) {
        Path full = db.resolveSibling(db.getFileName() + ".full");
        writeAp(full);
        try {
            byte[] bytes = Files.readAllBytes(full);
            Files.delete(full);
            return write(db, Arrays.copyOf(bytes, 4096 + 100));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The AP archive plus bad rows: an empty summary (102 v2), an unreadable created time (103 v1),
     * a repeated entry_id and version (101 v1 again) and a NULL entry_id.
     */
    public static Path writeWithBadRows(Path db) {
        List<Row> rows = new ArrayList<>(apRows());
        rows.add(new Row(102, 2, Optional.of("Stocks close lower"), "2019-08-21 09:00:00", rows.get(4).url(), "ap", List.of()));
        rows.add(new Row(103, 1, Optional.of("Bolivia opens border"), "yesterday at noon", rows.get(6).url(), "ap",
                rows.get(6).paragraphs()));
        rows.add(rows.get(1));
        write(db, rows);
        execute(db, "INSERT INTO entryversion (version, summary) VALUES (0, 'No entry id.')");
        return db;
    }

    /** A large archive: {@code articles} articles of {@code versionsEach} versions with short bodies. */
    public static Path writeLarge(Path db, int articles, int versionsEach) {
        try (Connection c = create(db)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(insertSql())) {
                int index = 0;
                for (int a = 0; a < articles; a++) {
                    for (int v = 0; v < versionsEach; v++) {
                        Row row = new Row(1_000_000 + a, v, Optional.of("Story " + a), "2020-01-01 00:00:00",
                                "https://example.org/" + a, "ap",
                                List.of("Paragraph one of story " + a + ", version " + v + ".", "Paragraph two."));
                        bind(insert, index++, row, versionsEach);
                        insert.addBatch();
                    }
                    if (a % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    /** Gzips {@code db} into {@code gz}, as the NewsEdits release ships its archives. */
    public static Path gzip(Path db, Path gz) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(db, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gz;
    }

    // ---- writing -------------------------------------------------------------------------------

    public static Path write(Path db, List<Row> rows) {
        try (Connection c = create(db)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(insertSql())) {
                for (int i = 0; i < rows.size(); i++) {
                    Row r = rows.get(i);
                    long versions = rows.stream().filter(o -> o.entryId() == r.entryId()).count();
                    bind(insert, i, r, (int) versions);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    private static Connection create(Path db) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute(SCHEMA);
            s.execute("CREATE INDEX \"ix_entryversion_index\" ON \"entryversion\" (\"index\")");
        }
        return c;
    }

    private static String insertSql() {
        return "INSERT INTO entryversion (\"index\", version, title, created, url, source, entry_id, archive_url,"
                + " num_versions, summary, joint_key, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    private static void bind(PreparedStatement insert, int index, Row r, int numVersions) throws SQLException {
        String jointKey = r.entryId() + "-" + r.version();
        insert.setInt(1, index);
        insert.setInt(2, r.version());
        if (r.title().isPresent()) {
            insert.setString(3, r.title().orElseThrow());
        } else {
            insert.setNull(3, Types.VARCHAR);
        }
        insert.setString(4, r.created());
        insert.setString(5, r.url());
        insert.setString(6, r.source());
        insert.setLong(7, r.entryId());
        String digits = r.created().replaceAll("\\D", "");
        insert.setString(8, "https://web.archive.org/web/" + digits.substring(0, Math.min(14, digits.length())) + "/" + r.url());
        insert.setInt(9, numVersions);
        insert.setString(10, r.summary());
        insert.setString(11, jointKey);
        insert.setString(12, jointKey);
    }

    private static void execute(Path db, String... sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
