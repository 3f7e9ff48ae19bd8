package dev.palimpsest.store.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where exported rows go: one SQLite file, or a folder with one CSV file per table. Nothing is
 * visible under the final names until {@link #finish()} succeeds; closing without finishing removes
 * what was written. Cells are {@code null}, {@link Number}s or {@link String}s.
 */
public interface TableSink extends AutoCloseable {

    /** Adds one row; {@code row} has one cell per column of {@code table}. */
    void add(Table table, List<? extends @Nullable Object> row) throws IOException;

    /** Completes the output (indexes, commit, renames into place). */
    void finish() throws IOException;

    /** Releases resources; removes partial output when {@link #finish()} did not run. */
    @Override
    void close() throws IOException;

    /**
     * One SQLite file holding every table.
     *
     * @throws IllegalArgumentException naming the file when it already exists
     */
    static TableSink sqlite(Path file, List<Table> tables) throws IOException {
        return SqliteTableSink.create(file, tables);
    }

    /**
     * A folder (created if missing) with {@code <table>.csv} per table, header line first.
     *
     * @throws IllegalArgumentException naming the file when one of the CSV files already exists
     */
    static TableSink csv(Path folder, List<Table> tables) throws IOException {
        return CsvTableSink.create(folder, tables);
    }
}
