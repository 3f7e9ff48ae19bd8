package dev.palimpsest.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file. */
class SqliteStoreTest extends StoreContract {

    @TempDir
    Path dir;

    private final AtomicInteger files = new AtomicInteger();
    private Path file;

    @Override
    Store openStore() {
        Path f = dir.resolve("store-" + files.incrementAndGet() + ".db");
        if (file == null) {
            file = f;
        }
        return Store.open(f.toString());
    }

    @Override
    Store reopen() {
        return Store.open(file.toString());
    }

    @Override
    void failOnThirdVersionThreads() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fail_steps BEFORE INSERT ON thread_steps WHEN NEW.seq = 2 "
                    + "BEGIN SELECT RAISE(ABORT, 'test failure'); END");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
