package dev.palimpsest.store.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import java.util.stream.Collectors;

/** Writes the tables into a new SQLite file: first {@code <file>.part}, renamed when finished. */
final class SqliteTableSink implements TableSink {

    private static final int BATCH = 2000;

    private final Path file;
    private final Path part;
    private final List<Table> tables;
    private final Connection connection;
    private final Map<String, PreparedStatement> inserts = new HashMap<>();
    private final Map<String, Integer> pending = new HashMap<>();
    private boolean finished;

    private SqliteTableSink(Path file, Path part, List<Table> tables, Connection connection) {
        this.file = file;
        this.part = part;
        this.tables = List.copyOf(tables);
        this.connection = connection;
    }

    static SqliteTableSink create(Path file, List<Table> tables) throws IOException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + ": already exists");
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + part.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                // A half-written .part file is deleted, never used: no journal, no syncs.
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                for (Table t : tables) {
                    s.execute("CREATE TABLE " + quote(t.name()) + " (" + t.columns().stream()
                            .map(col -> quote(col.name()) + " " + col.type()).collect(Collectors.joining(", ")) + ")");
                }
            }
            c.setAutoCommit(false);
            return new SqliteTableSink(file, part, tables, c);
        } catch (SQLException e) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            Files.deleteIfExists(part);
            throw new IOException(part + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void add(Table table, List<? extends @Nullable Object> row) throws IOException {
        if (row.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + ": " + row.size() + " cells for " + table.columns().size() + " columns");
        }
        try {
            PreparedStatement insert = insert(table);
            for (int i = 0; i < row.size(); i++) {
                bind(insert, i + 1, row.get(i));
            }
            insert.addBatch();
            if (pending.merge(table.name(), 1, Integer::sum) >= BATCH) {
                insert.executeBatch();
                pending.put(table.name(), 0);
            }
        } catch (SQLException e) {
            throw new IOException(part + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            for (PreparedStatement insert : inserts.values()) {
                insert.executeBatch();
            }
            try (Statement s = connection.createStatement()) {
                for (Table t : tables) {
                    for (List<String> index : t.indexes()) {
                        s.execute("CREATE INDEX " + quote("ix_" + t.name() + "_" + String.join("_", index)) + " ON "
                                + quote(t.name()) + " (" + index.stream().map(SqliteTableSink::quote)
                                .collect(Collectors.joining(", ")) + ")");
                    }
                }
            }
            connection.commit();
            closeConnection();
        } catch (SQLException e) {
            throw new IOException(part + ": " + e.getMessage(), e);
        }
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
    }

    @Override
    public void close() throws IOException {
        try {
            closeConnection();
        } finally {
            if (!finished) {
                Files.deleteIfExists(part);
            }
        }
    }

    private void closeConnection() throws IOException {
        try {
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
            inserts.clear();
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IOException(part + ": " + e.getMessage(), e);
        }
    }

    private PreparedStatement insert(Table table) throws SQLException {
        PreparedStatement insert = inserts.get(table.name());
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO " + quote(table.name()) + " VALUES ("
                    + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")");
            inserts.put(table.name(), insert);
        }
        return insert;
    }

    private static void bind(PreparedStatement insert, int at, @Nullable Object cell) throws SQLException {
        if (cell == null) {
            insert.setNull(at, Types.NULL);
        } else if (cell instanceof Double || cell instanceof Float) {
            insert.setDouble(at, ((Number) cell).doubleValue());
        } else if (cell instanceof Number n) {
            insert.setLong(at, n.longValue());
        } else {
            insert.setString(at, cell.toString());
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
