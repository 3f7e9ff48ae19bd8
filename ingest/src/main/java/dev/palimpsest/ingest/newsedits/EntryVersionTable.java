package dev.palimpsest.ingest.newsedits;

import dev.palimpsest.ingest.IngestException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code entryversion} table of a NewsEdits archive, checked before any row is read. Required
 * columns: {@code entry_id}, {@code version}, {@code summary}; {@code title}, {@code created},
 * {@code url} and {@code source} are read when present. Other columns ({@code index},
 * {@code archive_url}, {@code num_versions}, {@code joint_key}, {@code id}) are ignored.
 */
final class EntryVersionTable {

    static final String TABLE = "entryversion";
    static final List<String> REQUIRED = List.of("entry_id", "version", "summary");
    static final List<String> OPTIONAL = List.of("title", "created", "url", "source");

    private final List<String> columns;

    private EntryVersionTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * @throws IngestException naming {@code file} when the table or a required column is missing
     */
    static EntryVersionTable check(Connection connection, String file) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.stream().noneMatch(TABLE::equalsIgnoreCase)) {
            throw new IngestException(file, "no table " + TABLE + " ("
                    + (tables.isEmpty() ? "no tables" : "tables: " + String.join(", ", tables)) + ")");
        }
        List<String> columns = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA table_info(" + TABLE + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        List<String> lower = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED.stream().filter(c -> !lower.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IngestException(file, "table " + TABLE + " is missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (columns: " + String.join(", ", columns) + ")");
        }
        return new EntryVersionTable(lower);
    }

    /** Reads every row in article order: entry_id, version, summary, title, created, url, source. */
    String query() {
        List<String> select = new ArrayList<>(REQUIRED);
        for (String c : OPTIONAL) {
            select.add(columns.contains(c) ? c : "NULL AS " + c);
        }
        return "SELECT " + String.join(", ", select.stream().map(EntryVersionTable::quote).toList())
                + " FROM " + TABLE + " ORDER BY entry_id, version";
    }

    private static String quote(String selectItem) {
        return selectItem.startsWith("NULL AS ") ? selectItem : "\"" + selectItem + "\"";
    }
}
