package dev.palimpsest.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 17 per test JVM (zonky's embedded binaries, unpacked into the temp folder),
 * started on first use and stopped by its shutdown hook. Every test gets a fresh database.
 */
final class EmbeddedPg {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedPg() {
    }

    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }

    /** A new empty database; its JDBC URL, with the user in it. */
    static String newDatabase() {
        String name = "palimpsest_test_" + DATABASES.incrementAndGet();
        try (Connection c = Holder.SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return Holder.SERVER.getJdbcUrl("postgres", name);
    }
}
