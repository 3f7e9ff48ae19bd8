package dev.palimpsest.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Starts the embedded PostgreSQL 17 of the tests for manual runs (the store benchmark's {@code --pg}),
 * creates an empty database {@code bench}, prints its JDBC URL and runs until standard input closes.
 */
public final class PgServerMain {

    private PgServerMain() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE bench");
            }
            System.out.println(pg.getJdbcUrl("postgres", "bench"));
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until stdin closes.
            }
        }
    }
}
