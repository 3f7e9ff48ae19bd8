package dev.palimpsest.store.export;

import java.util.List;
import java.util.Objects;

/**
 * An output table: its name, its columns with their SQLite types ({@code INTEGER}, {@code REAL},
 * {@code TEXT}) and the column lists to index once it is written.
 */
public record Table(String name, List<Column> columns, List<List<String>> indexes) {

    /** One column; {@code type} is an SQLite type name. */
    public record Column(String name, String type) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        indexes = indexes.stream().map(List::copyOf).toList();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
