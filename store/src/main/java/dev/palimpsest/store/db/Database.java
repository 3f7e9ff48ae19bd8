package dev.palimpsest.store.db;

import dev.palimpsest.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * Connections to one database, migrated to the current schema on open. Writes go through one writer
 * connection, one transaction at a time ({@link #write}); reads borrow one of a few reader
 * connections and run in a read-only transaction, so that every read sees one committed state
 * ({@link #read}). Thread-safe.
 *
 * <p>SQLite runs in WAL mode (readers never block the writer), with foreign keys enforced, a busy
 * timeout for other processes holding the file, {@code synchronous=NORMAL} (a killed process loses
 * nothing committed) and write transactions that take the write lock up front ({@code BEGIN IMMEDIATE}).
 */
public final class Database implements AutoCloseable {

    /** Reader connections kept at most: one per import worker (one per core) and a few for other reads. */
    public static final int MAX_READERS = Math.max(8, Runtime.getRuntime().availableProcessors() + 4);
    /** How long SQLite waits for another process's lock before failing. */
    public static final int BUSY_TIMEOUT_MILLIS = 30_000;
    /** SQLite: a WAL file larger than this is checkpointed and truncated after a write. */
    public static final long WAL_LIMIT_BYTES = 64L * 1024 * 1024;
    /** SQLite: how many writes between two looks at the WAL file's size. */
    private static final int WAL_CHECK_EVERY = 64;

    // Flyway logs through java.util.logging here; its INFO lines would end up in CLI output. Held so
    // the level is not lost when the logger is garbage-collected.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final DbTarget target;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(MAX_READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile boolean closed;
    private int writesSinceWalCheck;

    private Database(DbTarget target, Connection writer) {
        this.target = target;
        this.writer = writer;
    }

    /**
     * Opens (and for SQLite creates) the database and migrates it to the current schema.
     *
     * @throws StoreException naming the database when it cannot be opened or migrated
     */
    public static Database open(DbTarget target) {
        Objects.requireNonNull(target, "target");
        if (target.dialect() == Dialect.SQLITE) {
            createParentFolder(target);
        }
        migrate(target);
        try {
            return new Database(target, connect(target, true));
        } catch (SQLException e) {
            throw new StoreException(target.description() + ": cannot open the database: " + e.getMessage(), e);
        }
    }

    public Dialect dialect() {
        return target.dialect();
    }

    /** The database as messages name it: a file path, or the URL without its password. */
    public String description() {
        return target.description();
    }

    /**
     * Runs {@code work} in one write transaction: committed when it returns, rolled back when it throws.
     * Writers queue up; there is only one at a time.
     *
     * @throws StoreException wrapping a database failure
     */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            checkOpen();
            // Autocommit between writes: with SQLite a connection outside autocommit would hold the write
            // lock from one commit to the next, shutting other processes out.
            try {
                writer.setAutoCommit(false);
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException e) {
                rollbackQuietly(writer, e);
                throw failure(e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(writer, e);
                throw e;
            } finally {
                try {
                    writer.setAutoCommit(true);
                    limitWal();
                } catch (SQLException e) {
                    throw failure(e);
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * SQLite checkpoints on its own, but cannot start the WAL file over while readers keep reading (a
     * bulk import's workers always are), so the file grows without bound. Past {@link #WAL_LIMIT_BYTES},
     * a TRUNCATE checkpoint waits for the readers of the moment and empties it.
     */
    private void limitWal() throws SQLException {
        if (dialect() != Dialect.SQLITE || ++writesSinceWalCheck < WAL_CHECK_EVERY) {
            return;
        }
        writesSinceWalCheck = 0;
        Path wal = Path.of(sqliteFile() + "-wal");
        try {
            if (Files.exists(wal) && Files.size(wal) > WAL_LIMIT_BYTES) {
                try (Statement s = writer.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
        } catch (IOException e) {
            throw new StoreException(description() + ": cannot read the size of " + wal + ": " + e.getMessage(), e);
        }
    }

    private Path sqliteFile() {
        return Path.of(target.jdbcUrl().substring("jdbc:sqlite:".length()));
    }

    /**
     * Runs {@code work} in one read-only transaction on a reader connection: it sees one committed state.
     *
     * @throws StoreException wrapping a database failure
     */
    public <T> T read(SqlWork<T> work) {
        Connection c = borrow();
        boolean healthy = true;
        try {
            // One transaction per read and none between reads, so an idle reader holds no snapshot
            // (which would keep SQLite from starting its WAL file over).
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            healthy = rollbackQuietly(c, e);
            throw failure(e);
        } catch (RuntimeException | Error e) {
            healthy = rollbackQuietly(c, e);
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                healthy = false;
            }
            giveBack(c, healthy);
        }
    }

    /** Bytes the database takes on disk (SQLite: file plus WAL; PostgreSQL: {@code pg_database_size}). */
    public long sizeOnDisk() {
        if (dialect() == Dialect.SQLITE) {
            Path file = sqliteFile();
            long size = 0;
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Path p = Path.of(file + suffix);
                    size += Files.exists(p) ? Files.size(p) : 0;
                } catch (IOException e) {
                    throw new StoreException(description() + ": cannot read the file size: " + e.getMessage(), e);
                }
            }
            return size;
        }
        return read(c -> Sql.first(c, "SELECT pg_database_size(current_database())", r -> r.getLong(1)).orElse(0L));
    }

    /** A StoreException naming this database. */
    public StoreException failure(SQLException e) {
        return new StoreException(description() + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(writer);
            synchronized (allReaders) {
                allReaders.forEach(Database::closeQuietly);
                allReaders.clear();
            }
        } finally {
            writeLock.unlock();
        }
    }

    private Connection borrow() {
        checkOpen();
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        synchronized (allReaders) {
            if (allReaders.size() < MAX_READERS) {
                try {
                    Connection fresh = connect(target, false);
                    fresh.setReadOnly(dialect() == Dialect.POSTGRES);
                    if (dialect() == Dialect.POSTGRES) {
                        fresh.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    }
                    allReaders.add(fresh);
                    return fresh;
                } catch (SQLException e) {
                    throw failure(e);
                }
            }
        }
        try {
            Connection waited = idleReaders.poll(BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            if (waited == null) {
                throw new StoreException(description() + ": no free reader connection after " + BUSY_TIMEOUT_MILLIS + " ms");
            }
            return waited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(description() + ": interrupted waiting for a connection", e);
        }
    }

    private void giveBack(Connection c, boolean healthy) {
        if (healthy && !closed) {
            idleReaders.offer(c);
            return;
        }
        synchronized (allReaders) {
            allReaders.remove(c);
        }
        closeQuietly(c);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(description() + " is closed");
        }
    }

    private static Connection connect(DbTarget target, boolean forWriting) throws SQLException {
        if (target.dialect() == Dialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setCacheSize(-32_000); // 32 MB page cache per connection
            config.setTransactionMode(forWriting ? SQLiteConfig.TransactionMode.IMMEDIATE
                    : SQLiteConfig.TransactionMode.DEFERRED);
            return DriverManager.getConnection(target.jdbcUrl(), config.toProperties());
        }
        Properties props = new Properties();
        target.user().ifPresent(u -> props.setProperty("user", u));
        target.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("reWriteBatchedInserts", "true");
        props.setProperty("ApplicationName", "palimpsest");
        return DriverManager.getConnection(target.jdbcUrl(), props);
    }

    private static void migrate(DbTarget target) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(target.jdbcUrl(), target.user().orElse(null), target.password().orElse(null))
                    .locations("classpath:" + target.dialect().migrations())
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(target.description() + ": cannot migrate the schema: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static void createParentFolder(DbTarget target) {
        Path file = Path.of(target.jdbcUrl().substring("jdbc:sqlite:".length()));
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new StoreException(target.description() + ": cannot create folder " + parent + ": " + e.getMessage(), e);
            }
        }
    }

    /** @return whether the connection is still usable */
    private static boolean rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            cause.addSuppressed(e);
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing after use: nothing left to save.
        }
    }
}
