package dev.palimpsest.ingest.newsedits;

import java.sql.Statement;
import java.util.OptionalLong;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.IngestProblem;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.VersionSource;
import dev.palimpsest.ingest.internal.Inputs;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.nio.file.Path;

/**
 * A NewsEdits archive: a SQLite file, or a gzipped one ({@code ap.db.gz}, decompressed to a
 * temporary file that is deleted when the stream is closed), with the raw table
 * {@code entryversion(entry_id, version, title, created, url, source, summary, ...)}.
 *
 * <p>Rows are streamed in {@code entry_id, version} order (SQLite sorts on disk, not in our heap)
 * and grouped into one article per {@code entry_id}: the key is the entry_id, the source the
 * {@code source} column (else the file name without extensions, e.g. {@code ap}), the body the
 * {@code summary} read as HTML (paragraphs joined by {@code </p><p>}), the time {@code created}
 * (ISO 8601; no zone means UTC). Versions keep the archive's {@code version} order.
 *
 * <p>Problems: the whole file, when it is not a SQLite database, the table or a required column is
 * missing ({@code "table entryversion is missing column summary (columns: ...)"}), or it is corrupt;
 * one row ({@code "ap.db:entry_id=7,version=2: empty summary"}) when entry_id, version or summary is
 * empty, created is unreadable, or the row repeats an entry_id and version.
 */
public final class NewsEditsSource implements VersionSource {

    private final Path file;
    private final String defaultSource;
    private final LongConsumer rowsRead;

    public NewsEditsSource(Path file) {
        this(file, Inputs.baseName(file));
    }

    public NewsEditsSource(Path file, String defaultSource) {
        this(file, defaultSource, n -> { });
    }

    private NewsEditsSource(Path file, String defaultSource, LongConsumer rowsRead) {
        this.file = Objects.requireNonNull(file, "file");
        this.defaultSource = Objects.requireNonNull(defaultSource, "defaultSource");
        this.rowsRead = Objects.requireNonNull(rowsRead, "rowsRead");
    }

    /** The same source, telling {@code rowsRead} the number of rows read so far after each row (for progress). */
    public NewsEditsSource withProgress(LongConsumer rowsRead) {
        return new NewsEditsSource(file, defaultSource, rowsRead);
    }

    /** The row count of an uncompressed archive; a {@code .gz} would have to be unpacked first. */
    @Override
    public OptionalLong estimatedVersions() {
        if (SqliteArchive.isCompressed(file)) {
            return OptionalLong.empty();
        }
        try (SqliteArchive archive = SqliteArchive.open(file)) {
            try (Connection c = archive.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM entryversion")) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (IngestException | SQLException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public Stream<List<IncomingVersion>> articles(ProblemHandler problems) {
        Objects.requireNonNull(problems, "problems");
        List<AutoCloseable> open = new ArrayList<>();
        Runnable closeAll = () -> closeAll(open);
        try {
            SqliteArchive archive = SqliteArchive.open(file);
            open.add(archive);
            Connection connection = archive.connect();
            open.add(connection);
            EntryVersionTable table = EntryVersionTable.check(connection, file.toString());
            PreparedStatement statement = connection.prepareStatement(table.query());
            open.add(statement);
            ResultSet rows = statement.executeQuery();
            open.add(rows);
            EntryRows articles = new EntryRows(rows, file.toString(), defaultSource, problems, rowsRead, closeAll);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(articles,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(closeAll);
        } catch (IngestException e) {
            closeAll.run();
            problems.report(e.problem());
        } catch (SQLException e) {
            closeAll.run();
            problems.report(new IngestProblem(file.toString(), "cannot read the database: " + Inputs.describe(e)));
        } catch (RuntimeException e) {
            closeAll.run();
            throw e;
        }
        return Stream.empty();
    }

    /** Closes in reverse order of opening; safe to call twice. */
    private static void closeAll(List<AutoCloseable> open) {
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (Exception e) {
                // Closing a read-only connection or deleting a temporary copy: nothing to recover.
            }
        }
        open.clear();
    }
}
