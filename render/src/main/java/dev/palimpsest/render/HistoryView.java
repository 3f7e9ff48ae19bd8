package dev.palimpsest.render;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.history.ArticleHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Everything the history page needs: the history, how to name the article, the change summary of
 * each version, how the versions were put in order, and the alignments of the pairs of versions
 * offered for comparison besides consecutive ones (those come from {@link ArticleHistory#steps()}).
 *
 * <p>The page is static, so every diff it can show is computed before rendering. {@link #of} offers
 * every pair of versions when there are at most {@value #ALL_PAIRS_UP_TO} versions, and beyond that
 * the consecutive pairs plus first against last.
 *
 * @param label names the article when no version has a title (a folder, a URL)
 * @param notes one list per version (index = version; version 0's is empty); their evidence indices
 *        are sentences of version {@code v-1} (old) and {@code v} (new)
 * @param orderSource how the order was established, for people ("timestamps from versions.json")
 * @param comparisons alignments of non-consecutive pairs {@code from < to}, each of exactly those two
 *        versions' documents
 */
public record HistoryView(String label, ArticleHistory history, List<List<ChangeNote>> notes, String orderSource,
        Map<VersionPair, Alignment> comparisons) {

    /** Up to this many versions, {@link #of} offers every pair; beyond, consecutive and first to last. */
    public static final int ALL_PAIRS_UP_TO = 8;

    /** Two versions to compare, older first. */
    public record VersionPair(int from, int to) implements Comparable<VersionPair> {

        public VersionPair {
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("version pair must have 0 <= from < to: " + from + " -> " + to);
            }
        }

        public boolean consecutive() {
            return to == from + 1;
        }

        @Override
        public int compareTo(VersionPair o) {
            return from != o.from ? Integer.compare(from, o.from) : Integer.compare(to, o.to);
        }
    }

    public HistoryView {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(orderSource, "orderSource");
        notes = notes.stream().map(List::copyOf).toList();
        comparisons = Map.copyOf(comparisons);
        int versions = history.versions().size();
        if (notes.size() != versions) {
            throw new IllegalArgumentException("notes for " + notes.size() + " versions, history has " + versions);
        }
        for (int v = 0; v < versions; v++) {
            for (ChangeNote note : notes.get(v)) {
                checkEvidence(history, v, note);
            }
        }
        comparisons.forEach((pair, alignment) -> checkComparison(history, pair, alignment));
    }

    /**
     * A view offering the pairs {@link #offeredPairs} chooses, aligning the non-consecutive ones with
     * {@code compare} (for instance {@code (a, b) -> builder.compare(history, a, b)}).
     */
    public static HistoryView of(String label, ArticleHistory history, List<List<ChangeNote>> notes,
            String orderSource, BiFunction<Integer, Integer, Alignment> compare) {
        Map<VersionPair, Alignment> comparisons = new LinkedHashMap<>();
        for (VersionPair pair : offeredPairs(history.versions().size())) {
            if (!pair.consecutive()) {
                comparisons.put(pair, compare.apply(pair.from(), pair.to()));
            }
        }
        return new HistoryView(label, history, notes, orderSource, comparisons);
    }

    /** The pairs a page for {@code versions} versions offers: see the class comment. */
    public static List<VersionPair> offeredPairs(int versions) {
        List<VersionPair> pairs = new ArrayList<>();
        for (int from = 0; from < versions; from++) {
            for (int to = from + 1; to < versions; to++) {
                if (versions <= ALL_PAIRS_UP_TO || to == from + 1 || from == 0 && to == versions - 1) {
                    pairs.add(new VersionPair(from, to));
                }
            }
        }
        return pairs;
    }

    /** Every pair the page can show, in order: consecutive ones and the given comparisons. */
    public List<VersionPair> pairs() {
        List<VersionPair> pairs = new ArrayList<>(comparisons.keySet());
        for (int v = 1; v < history.versions().size(); v++) {
            pairs.add(new VersionPair(v - 1, v));
        }
        pairs.sort(null);
        return List.copyOf(pairs);
    }

    /** The alignment of {@code pair}: the history's step for consecutive versions, else the given one. */
    public Alignment alignment(VersionPair pair) {
        if (pair.consecutive() && pair.to() < history.versions().size()) {
            return history.steps().get(pair.from());
        }
        Alignment a = comparisons.get(pair);
        if (a == null) {
            throw new IllegalArgumentException("no alignment for versions " + pair.from() + " -> " + pair.to());
        }
        return a;
    }

    private static void checkEvidence(ArticleHistory history, int v, ChangeNote note) {
        int oldSize = v == 0 ? 0 : history.documents().get(v - 1).sentences().size();
        int newSize = history.documents().get(v).sentences().size();
        for (int i : note.oldSentences()) {
            if (i < 0 || i >= oldSize) {
                throw new IllegalArgumentException("note \"" + note.text() + "\" of version " + v
                        + " cites old sentence " + i + "; version " + (v - 1) + " has " + oldSize);
            }
        }
        for (int i : note.newSentences()) {
            if (i < 0 || i >= newSize) {
                throw new IllegalArgumentException("note \"" + note.text() + "\" of version " + v
                        + " cites new sentence " + i + "; version " + v + " has " + newSize);
            }
        }
    }

    private static void checkComparison(ArticleHistory history, VersionPair pair, Alignment alignment) {
        int versions = history.versions().size();
        if (pair.to() >= versions) {
            throw new IllegalArgumentException("comparison " + pair.from() + " -> " + pair.to() + " of a history of "
                    + versions + " versions");
        }
        if (pair.consecutive()) {
            throw new IllegalArgumentException("comparison " + pair.from() + " -> " + pair.to()
                    + " is a consecutive pair: the history's own step is shown");
        }
        int oldSize = history.documents().get(pair.from()).sentences().size();
        int newSize = history.documents().get(pair.to()).sentences().size();
        if (alignment.oldSize() != oldSize || alignment.newSize() != newSize) {
            throw new IllegalArgumentException("comparison " + pair.from() + " -> " + pair.to() + " aligns "
                    + alignment.oldSize() + " -> " + alignment.newSize() + " sentences; the versions have "
                    + oldSize + " -> " + newSize);
        }
    }
}
