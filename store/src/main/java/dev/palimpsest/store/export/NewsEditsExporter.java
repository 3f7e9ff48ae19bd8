package dev.palimpsest.store.export;

import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoredHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes stored histories as NewsEdits' processed tables ({@link NewsEditsTables}; rows as
 * {@link NewsEditsRows} describes) into one SQLite file or a folder of CSV files. {@code entry_id}
 * is the article's key in its source, versions are numbered 0.. in history order (consecutive
 * identical observations are one version in the store, so numbers can differ from an archive's
 * {@code version} column), and pairs are consecutive versions. Articles with one version contribute
 * only to {@code split_sentences}.
 */
public final class NewsEditsExporter {

    private final Store store;

    public NewsEditsExporter(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * A new SQLite file, written as {@code <file>.part} and renamed when complete.
     *
     * @param source only this source's articles, or all
     * @throws IllegalArgumentException naming the file when it exists
     */
    public ExportResult toSqlite(Path file, Optional<String> source) throws IOException {
        try (TableSink sink = TableSink.sqlite(file, NewsEditsTables.ALL)) {
            return write(sink, source);
        }
    }

    /**
     * {@code split_sentences.csv}, {@code matched_sentences.csv} and {@code doc_level_stats.csv} in
     * {@code folder} (created if missing).
     *
     * @throws IllegalArgumentException naming the file when one of them exists
     */
    public ExportResult toCsv(Path folder, Optional<String> source) throws IOException {
        try (TableSink sink = TableSink.csv(folder, NewsEditsTables.ALL)) {
            return write(sink, source);
        }
    }

    private ExportResult write(TableSink sink, Optional<String> source) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        long articles = 0;
        long versions = 0;
        StoredArticles all = new StoredArticles(store, source);
        while (all.hasNext()) {
            StoredHistory h = all.next();
            NewsEditsRows rows = new NewsEditsRows(h.article().article().articleKey(), h.article().article().source(),
                    h.history());
            add(sink, NewsEditsTables.SPLIT_SENTENCES, rows.splitSentences(), counts);
            add(sink, NewsEditsTables.MATCHED_SENTENCES, rows.matchedSentences(), counts);
            add(sink, NewsEditsTables.DOC_LEVEL_STATS, rows.docLevelStats(), counts);
            articles++;
            versions += h.history().versions().size();
        }
        sink.finish();
        return new ExportResult(articles, versions, counts);
    }

    private static void add(TableSink sink, Table table, List<? extends List<?>> rows, Map<String, Long> counts)
            throws IOException {
        for (List<?> row : rows) {
            sink.add(table, row);
        }
        counts.merge(table.name(), (long) rows.size(), Long::sum);
    }
}
