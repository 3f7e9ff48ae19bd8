package dev.palimpsest.core.align.internal;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordDiffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Turns matches into the edits of an {@link Alignment}: picks the edit kind, diffs the words, flags
 * moves ({@link NonCrossing}, weighted by text length) and fills in additions and deletions.
 * Shared by the aligner and the baselines, so all of them are scored on the same footing.
 */
public final class EditAssembler {

    /** An edited sentence is never reported as identical, even when its words fold to the same terms. */
    private static final double ALMOST_SAME = 0.999;

    private EditAssembler() {
    }

    /**
     * Edits in reading order: matched and added edits by their first new sentence; each deleted
     * sentence right after the edit that holds the old sentence before it (so runs of deletions stay
     * together), and deletions at the very start of the old version first.
     */
    public static Alignment assemble(List<String> oldSentences, List<String> newSentences,
                                     List<Match> matches, WordDiffer differ) {
        return assemble(oldSentences, newSentences, matches, differ, null);
    }

    /**
     * As above, with the similarity each matched edit reports taken from {@code similarity} (the
     * aligner's own judgement) instead of from the word diff.
     */
    public static Alignment assemble(List<String> oldSentences, List<String> newSentences,
                                     List<Match> matches, WordDiffer differ,
                                     @Nullable ToDoubleFunction<Match> similarity) {
        boolean[] moved = NonCrossing.moved(matches, m -> textLength(oldSentences, newSentences, m));
        int oldSize = oldSentences.size();
        int newSize = newSentences.size();
        Edit[] editOfOld = new Edit[oldSize];
        boolean[] newMatched = new boolean[newSize];
        // The loops are methods of their own: a long document gets a loop compiled on the fly, and
        // each such compilation then covers one loop instead of everything that follows it.
        List<Edit> inNewOrder = matchedEdits(oldSentences, newSentences, matches, moved, differ, similarity,
                editOfOld, newMatched);
        for (int n = 0; n < newSize; n++) {
            if (!newMatched[n]) {
                inNewOrder.add(new Edit.Added(n));
            }
        }
        inNewOrder = byFirstNewSentence(inNewOrder, newSize);
        return new Alignment(oldSize, newSize, withDeletions(inNewOrder, editOfOld));
    }

    /** The edits of the matches, in their order; fills in which edit holds each old sentence and which new ones are matched. */
    private static List<Edit> matchedEdits(List<String> oldSentences, List<String> newSentences,
                                           List<Match> matches, boolean[] moved, WordDiffer differ,
                                           @Nullable ToDoubleFunction<Match> similarity,
                                           Edit[] editOfOld, boolean[] newMatched) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            Edit e = edit(oldSentences, newSentences, m, moved[i], differ, similarity);
            edits.add(e);
            for (int o = m.oldStart(); o <= m.oldEnd(); o++) {
                editOfOld[o] = e;
            }
            for (int n = m.newStart(); n <= m.newEnd(); n++) {
                newMatched[n] = true;
            }
        }
        return edits;
    }

    /** {@code inNewOrder} with the deleted sentences put in: each after the edit holding the old sentence before it. */
    private static List<Edit> withDeletions(List<Edit> inNewOrder, Edit[] editOfOld) {
        int oldSize = editOfOld.length;
        List<List<Edit>> after = new ArrayList<>();
        for (int i = 0; i <= oldSize; i++) {
            after.add(new ArrayList<>());
        }
        int[] hangsOn = new int[oldSize];
        for (int o = 0; o < oldSize; o++) {
            if (editOfOld[o] == null) {
                hangsOn[o] = o == 0 ? -1 : (editOfOld[o - 1] == null ? hangsOn[o - 1] : o - 1);
                after.get(hangsOn[o] + 1).add(new Edit.Deleted(o));
            }
        }
        List<Edit> edits = new ArrayList<>(after.get(0));
        for (Edit e : inNewOrder) {
            edits.add(e);
            if (!e.oldIndices().isEmpty()) {
                int lastOld = e.oldIndices().get(e.oldIndices().size() - 1);
                edits.addAll(after.get(lastOld + 1));
            }
        }
        return edits;
    }

    /**
     * The edits ordered by their first new sentence, as a stable sort on it would. Each new sentence
     * starts at most one edit, so the edits drop into one slot each; a sort here (a comparator calling
     * every edit type) made {@link #assemble} costly for the JIT to compile.
     */
    private static List<Edit> byFirstNewSentence(List<Edit> edits, int newSize) {
        Edit[] slots = new Edit[newSize];
        for (Edit e : edits) {
            int first = e.newIndices().get(0);
            if (slots[first] != null) {
                // Two edits start at one sentence: overlapping matches, never made by the aligners.
                List<Edit> sorted = new ArrayList<>(edits);
                sorted.sort(Comparator.comparingInt(x -> x.newIndices().get(0)));
                return sorted;
            }
            slots[first] = e;
        }
        List<Edit> ordered = new ArrayList<>(edits.size());
        for (Edit e : slots) {
            if (e != null) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    /** The indices {@code from..to}, both included. */
    private static List<Integer> range(int from, int to) {
        List<Integer> indices = new ArrayList<>(to - from + 1);
        for (int i = from; i <= to; i++) {
            indices.add(i);
        }
        return indices;
    }

    private static Edit edit(List<String> oldSentences, List<String> newSentences, Match m, boolean moved,
                             WordDiffer differ, @Nullable ToDoubleFunction<Match> similarity) {
        String oldText = join(oldSentences, m.oldStart(), m.oldEnd());
        String newText = join(newSentences, m.newStart(), m.newEnd());
        WordDiff words = differ.diff(oldText, newText);
        double score = similarity == null ? words.similarity() : similarity.applyAsDouble(m);
        if (m.oldEnd() > m.oldStart()) {
            return new Edit.Merged(range(m.oldStart(), m.oldEnd()), m.newStart(), moved, score, words);
        }
        if (m.newEnd() > m.newStart()) {
            return new Edit.Split(m.oldStart(), range(m.newStart(), m.newEnd()), moved, score, words);
        }
        if (oldText.equals(newText)) {
            return new Edit.Unchanged(m.oldStart(), m.newStart(), moved, words);
        }
        return new Edit.Edited(m.oldStart(), m.newStart(), moved, Math.min(score, ALMOST_SAME), words);
    }

    /** Sentences of a split or merge are diffed as one text, joined by single spaces. */
    private static String join(List<String> sentences, int from, int to) {
        if (from == to) {
            return sentences.get(from);
        }
        StringBuilder joined = new StringBuilder(sentences.get(from));
        int end = to + 1;
        for (int i = from + 1; i < end; i++) {
            joined.append(' ').append(sentences.get(i));
        }
        return joined.toString();
    }

    /** The length of {@link #join}, without joining. */
    private static int joinedLength(List<String> sentences, int from, int to) {
        int length = to - from;
        int end = to + 1; // an exclusive bound: the compiled loop needs no overflow check on it
        for (int i = from; i < end; i++) {
            length += sentences.get(i).length();
        }
        return length;
    }

    private static double textLength(List<String> oldSentences, List<String> newSentences, Match m) {
        return 1.0 + joinedLength(oldSentences, m.oldStart(), m.oldEnd())
                + joinedLength(newSentences, m.newStart(), m.newEnd());
    }
}
