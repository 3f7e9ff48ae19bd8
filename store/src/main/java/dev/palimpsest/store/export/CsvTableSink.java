package dev.palimpsest.store.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code <table>.csv} per table into a folder: RFC 4180 quoting (only where needed), a header
 * line, {@code \n} line ends, UTF-8, NULL as an empty cell, numbers in plain notation. Each file is
 * written as {@code <table>.csv.part} and renamed when finished.
 */
final class CsvTableSink implements TableSink {

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, Path> parts = new LinkedHashMap<>();
    private final Map<String, Writer> writers = new LinkedHashMap<>();
    private boolean finished;

    private CsvTableSink() {
    }

    static CsvTableSink create(Path folder, List<Table> tables) throws IOException {
        for (Table t : tables) {
            Path file = folder.resolve(t.name() + ".csv");
            if (Files.exists(file)) {
                throw new IllegalArgumentException(file + ": already exists");
            }
        }
        Files.createDirectories(folder);
        CsvTableSink sink = new CsvTableSink();
        try {
            for (Table t : tables) {
                Path file = folder.resolve(t.name() + ".csv");
                Path part = folder.resolve(t.name() + ".csv.part");
                sink.files.put(t.name(), file);
                sink.parts.put(t.name(), part);
                Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                sink.writers.put(t.name(), w);
                line(w, t.columnNames());
            }
        } catch (IOException | RuntimeException e) {
            sink.close();
            throw e;
        }
        return sink;
    }

    @Override
    public void add(Table table, List<? extends @Nullable Object> row) throws IOException {
        if (row.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + ": " + row.size() + " cells for " + table.columns().size() + " columns");
        }
        Writer w = writers.get(table.name());
        if (w == null) {
            throw new IllegalArgumentException("no table " + table.name() + " in this export");
        }
        line(w, row);
    }

    @Override
    public void finish() throws IOException {
        for (Writer w : writers.values()) {
            w.close();
        }
        for (Map.Entry<String, Path> part : parts.entrySet()) {
            Files.move(part.getValue(), files.get(part.getKey()), StandardCopyOption.ATOMIC_MOVE);
        }
        finished = true;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Writer w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (!finished) {
            for (Path part : parts.values()) {
                Files.deleteIfExists(part);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void line(Writer w, List<? extends @Nullable Object> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        w.write(line.append('\n').toString());
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        String s = value.toString();
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
