package dev.palimpsest.store.db;

/**
 * The two databases the store runs on. The logical schema is the same; they differ in key columns,
 * full-text search (SQLite FTS5 tables, PostgreSQL {@code tsvector} columns with GIN indexes) and
 * connection settings. Everything else is SQL both accept.
 */
public enum Dialect {
    SQLITE("db/migration/sqlite"),
    POSTGRES("db/migration/postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** Classpath folder of this dialect's Flyway migrations. */
    public String migrations() {
        return migrations;
    }
}
