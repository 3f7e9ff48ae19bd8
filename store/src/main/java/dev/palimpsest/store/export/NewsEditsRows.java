package dev.palimpsest.store.export;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.ArticleHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article's history as rows of the NewsEdits tables. Pure: no I/O.
 *
 * <p>{@code matched_sentences}, for each consecutive pair of versions ({@code version_y =
 * version_x + 1}, as NewsEdits): an unchanged or edited sentence is one row with both indices and
 * distance {@code 1 - similarity} on both sides (0 when unchanged); an added sentence has
 * {@code sent_idx_x} NULL, a deleted one {@code sent_idx_y} NULL, both with NULL distances; a split
 * is one row per new sentence (the old index repeats), a merge one row per old sentence. So every
 * sentence of both versions appears, once, except the old side of a split and the new side of a
 * merge.
 *
 * <p>{@code doc_level_stats}, per pair: {@code num_edited_x}/{@code _y} count the sentences on each
 * side of edited, split and merged edits; {@code num_split} and {@code num_merged} count split and
 * merge edits; {@code num_refactors} the matched edits flagged as moved (the minimal set of links whose
 * removal leaves no crossing, NewsEdits' refactor); {@code avg_sentence_distance_x}/{@code _y} the mean
 * distance over matched sentences of each side and {@code mean_dist_overall} over all matched rows
 * (NULL when nothing matched).
 */
public final class NewsEditsRows {

    private final String entryId;
    private final String source;
    private final ArticleHistory history;

    /**
     * @param entryId the article's key in its source (a NewsEdits entry_id)
     * @param history its versions, numbered by their position in it (as the store numbers them)
     */
    public NewsEditsRows(String entryId, String source, ArticleHistory history) {
        this.entryId = Objects.requireNonNull(entryId, "entryId");
        this.source = Objects.requireNonNull(source, "source");
        this.history = Objects.requireNonNull(history, "history");
    }

    /** {@code split_sentences}: every sentence of every version. */
    public List<List<@Nullable Object>> splitSentences() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int v = 0; v < history.documents().size(); v++) {
            Document doc = history.documents().get(v);
            for (int i = 0; i < doc.sentences().size(); i++) {
                rows.add(Arrays.asList(entryId, v, i, doc.sentences().get(i).text(), source));
            }
        }
        return rows;
    }

    /** {@code matched_sentences}: every pair of consecutive versions. */
    public List<List<@Nullable Object>> matchedSentences() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int y = 1; y < history.documents().size(); y++) {
            for (Edit e : history.steps().get(y - 1).edits()) {
                @Nullable Double d = e instanceof Edit.Added || e instanceof Edit.Deleted ? null : 1.0 - e.similarity();
                for (@Nullable Integer ix : sides(e.oldIndices())) {
                    for (@Nullable Integer iy : sides(e.newIndices())) {
                        rows.add(Arrays.asList(entryId, y - 1, y, ix, iy, d, d, source));
                    }
                }
            }
        }
        return rows;
    }

    /** {@code doc_level_stats}: one row per pair of consecutive versions. */
    public List<List<@Nullable Object>> docLevelStats() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int y = 1; y < history.documents().size(); y++) {
            rows.add(stats(y - 1, y, history.steps().get(y - 1)));
        }
        return rows;
    }

    private List<@Nullable Object> stats(int x, int y, Alignment a) {
        int unchanged = 0;
        int editedX = 0;
        int editedY = 0;
        int deleted = 0;
        int added = 0;
        int merged = 0;
        int split = 0;
        int refactors = 0;
        double sumX = 0;
        int matchedX = 0;
        double sumY = 0;
        int matchedY = 0;
        double sumRows = 0;
        int matchedRows = 0;
        for (Edit e : a.edits()) {
            if (e instanceof Edit.Added) {
                added++;
                continue;
            }
            if (e instanceof Edit.Deleted) {
                deleted++;
                continue;
            }
            double d = 1.0 - e.similarity();
            int nx = e.oldIndices().size();
            int ny = e.newIndices().size();
            if (e instanceof Edit.Unchanged) {
                unchanged++;
            } else {
                editedX += nx;
                editedY += ny;
            }
            if (e instanceof Edit.Split) {
                split++;
            }
            if (e instanceof Edit.Merged) {
                merged++;
            }
            if (e.moved()) {
                refactors++;
            }
            sumX += d * nx;
            matchedX += nx;
            sumY += d * ny;
            matchedY += ny;
            sumRows += d * nx * ny;
            matchedRows += nx * ny;
        }
        return Arrays.asList(entryId, x, y, mean(sumX, matchedX), mean(sumY, matchedY), unchanged, editedX, editedY,
                deleted, added, merged, split, a.oldSize(), a.newSize(), refactors, mean(sumRows, matchedRows), source);
    }

    private static @Nullable Double mean(double sum, int n) {
        return n == 0 ? null : sum / n;
    }

    /** The indices of one side of an edit, or a single NULL for the missing side. */
    private static List<@Nullable Integer> sides(List<Integer> indices) {
        List<@Nullable Integer> missing = new ArrayList<>();
        missing.add(null);
        return indices.isEmpty() ? missing : List.copyOf(indices);
    }
}
