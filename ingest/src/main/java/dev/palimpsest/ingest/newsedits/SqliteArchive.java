package dev.palimpsest.ingest.newsedits;

import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.internal.Inputs;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sqlite.SQLiteConfig;

/**
 * A SQLite file ready to read: checked to be one, and when gzipped ({@code .db.gz}, recognised by
 * its bytes) decompressed to a temporary file that {@link #close()} deletes.
 */
final class SqliteArchive implements AutoCloseable {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int GZIP_MAGIC = 0x1f8b;

    private final Path database;
    private final Optional<Path> temporary;

    private SqliteArchive(Path database, Optional<Path> temporary) {
        this.database = database;
        this.temporary = temporary;
    }

    /**
     * @throws IngestException naming {@code file} when it is missing, unreadable, a broken gzip file
     *     or not a SQLite database
     */
    static SqliteArchive open(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new IngestException(name, Files.exists(file) ? "is not a file" : "no such file");
        }
        try {
            byte[] head = head(file, SQLITE_MAGIC.length);
            if (head.length >= 2 && ((head[0] & 0xFF) << 8 | (head[1] & 0xFF)) == GZIP_MAGIC) {
                Path temp = gunzip(file);
                try {
                    checkSqlite(head(temp, SQLITE_MAGIC.length), name);
                } catch (IngestException e) {
                    Files.deleteIfExists(temp);
                    throw e;
                }
                return new SqliteArchive(temp, Optional.of(temp));
            }
            checkSqlite(head, name);
            return new SqliteArchive(file, Optional.empty());
        } catch (IOException e) {
            throw new IngestException(name, "cannot read: " + Inputs.describe(e));
        }
    }

    /** Whether the file is gzip-compressed (and would have to be unpacked to be read). */
    static boolean isCompressed(Path file) {
        try {
            byte[] head = head(file, 2);
            return head.length >= 2 && ((head[0] & 0xFF) << 8 | (head[1] & 0xFF)) == GZIP_MAGIC;
        } catch (IOException e) {
            return false;
        }
    }

    /** A read-only connection to the database. */
    Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
    }

    /** Deletes the decompressed copy, if any. */
    @Override
    public void close() {
        temporary.ifPresent(t -> {
            try {
                Files.deleteIfExists(t);
            } catch (IOException e) {
                t.toFile().deleteOnExit();
            }
        });
    }

    private static void checkSqlite(byte[] head, String name) {
        if (!Arrays.equals(head, SQLITE_MAGIC)) {
            throw new IngestException(name, "not a SQLite database");
        }
    }

    private static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    private static Path gunzip(Path file) throws IOException {
        Path temp = Files.createTempFile("palimpsest-newsedits-", ".db");
        temp.toFile().deleteOnExit();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
                OutputStream out = Files.newOutputStream(temp)) {
            in.transferTo(out);
        } catch (ZipException | EOFException e) {
            Files.deleteIfExists(temp);
            throw new IngestException(file.toString(), "broken gzip file: " + Inputs.describe(e));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}
