package dev.palimpsest.store.export;

import java.util.Map;

/** What an export wrote: articles, versions, and rows per output table (for JSON Lines: {@code "lines"}). */
public record ExportResult(long articles, long versions, Map<String, Long> rows) {

    public ExportResult {
        rows = Map.copyOf(rows);
    }

    /** Rows written to {@code table}, 0 when none. */
    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }
}
