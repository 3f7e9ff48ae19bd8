package dev.palimpsest.core.align.internal;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordDiffer;
import java.util.ArrayList;
import java.util.List;
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
     * together), and deletions at the very start of the old version first. Similarities come from
     * the word diffs.
     */
    public static Alignment assemble(List<String> oldSentences, List<String> newSentences,
                                     List<Match> matches, WordDiffer differ) {
        return assemble(oldSentences.toArray(new String[0]), newSentences.toArray(new String[0]), matches,
                null, null, differ);
    }

    /**
     * As above, with the similarity of match {@code i} taken from {@code similarity[i]} (the aligner's
     * own judgement) instead of from the word diff, and its texts known to be equal where
     * {@code sameText[i]} (false: not known, they are compared).
     */
    public static Alignment assemble(String[] oldSentences, String[] newSentences, List<Match> matches,
                                     double @Nullable [] similarity, boolean @Nullable [] sameText,
                                     WordDiffer differ) {
        int count = matches.size();
        double[] textLength = new double[count];
        for (int i = 0; i < count; i++) {
            textLength[i] = textLength(oldSentences, newSentences, matches.get(i));
        }
        boolean[] moved = NonCrossing.moved(matches, textLength);
        Edit[] matched = new Edit[count];
        for (int i = 0; i < count; i++) {
            matched[i] = edit(oldSentences, newSentences, matches.get(i), moved[i], differ,
                    similarity == null ? Double.NaN : similarity[i], sameText != null && sameText[i]);
        }
        return new Alignment(oldSentences.length, newSentences.length,
                inReadingOrder(matches, matched, oldSentences.length, newSentences.length));
    }

    /**
     * The edits by first new sentence (matches starting at one sentence in their given order), added
     * sentences where nothing is matched, and the deleted runs of old sentences each after the edit
     * that holds the old sentence just before them. One pass over the new sentences, no sort.
     */
    private static List<Edit> inReadingOrder(List<Match> matches, Edit[] matched, int oldSize, int newSize) {
        boolean[] oldCovered = new boolean[oldSize];
        boolean[] newCovered = new boolean[newSize];
        // Matches by first new sentence, as linked lists in match order.
        int[] firstStarting = new int[newSize];
        int[] lastStarting = new int[newSize];
        int[] nextStarting = new int[matches.size()];
        java.util.Arrays.fill(firstStarting, -1);
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            java.util.Arrays.fill(oldCovered, m.oldStart(), m.oldEnd() + 1, true);
            java.util.Arrays.fill(newCovered, m.newStart(), m.newEnd() + 1, true);
            nextStarting[i] = -1;
            if (firstStarting[m.newStart()] < 0) {
                firstStarting[m.newStart()] = i;
            } else {
                nextStarting[lastStarting[m.newStart()]] = i;
            }
            lastStarting[m.newStart()] = i;
        }
        List<Edit> edits = new ArrayList<>(oldSize + newSize);
        addDeletedAfter(-1, oldCovered, edits);
        for (int n = 0; n < newSize; n++) {
            for (int i = firstStarting[n]; i >= 0; i = nextStarting[i]) {
                edits.add(matched[i]);
                addDeletedAfter(matches.get(i).oldEnd(), oldCovered, edits);
            }
            if (!newCovered[n]) {
                edits.add(new Edit.Added(n));
            }
        }
        return edits;
    }

    /** The run of deleted old sentences right after old sentence {@code last} (-1: at the start). */
    private static void addDeletedAfter(int last, boolean[] oldCovered, List<Edit> edits) {
        for (int o = last + 1; o < oldCovered.length && !oldCovered[o]; o++) {
            edits.add(new Edit.Deleted(o));
        }
    }

    /** The indices {@code from..to}, both included. */
    private static List<Integer> range(int from, int to) {
        List<Integer> indices = new ArrayList<>(to - from + 1);
        for (int i = from; i <= to; i++) {
            indices.add(i);
        }
        return indices;
    }

    /** The edit of one match; {@code similarity} NaN to take it from the word diff. */
    private static Edit edit(String[] oldSentences, String[] newSentences, Match m, boolean moved,
                             WordDiffer differ, double similarity, boolean sameText) {
        // Most matches are one sentence left as it was: settled here, so that the diffing below is
        // not compiled into this, the caller of every match.
        if (m.oldStart() == m.oldEnd() && m.newStart() == m.newEnd()) {
            String oldText = oldSentences[m.oldStart()];
            if (sameText || oldText.equals(newSentences[m.newStart()])) {
                return new Edit.Unchanged(m.oldStart(), m.newStart(), moved, WordDiff.identity(oldText));
            }
        }
        return diffedEdit(oldSentences, newSentences, m, moved, differ, similarity);
    }

    private static Edit diffedEdit(String[] oldSentences, String[] newSentences, Match m, boolean moved,
                                   WordDiffer differ, double similarity) {
        String oldText = join(oldSentences, m.oldStart(), m.oldEnd());
        String newText = join(newSentences, m.newStart(), m.newEnd());
        boolean same = oldText.equals(newText);
        WordDiff words = same ? WordDiff.identity(oldText) : differ.diff(oldText, newText);
        double score = Double.isNaN(similarity) ? words.similarity() : similarity;
        if (m.oldEnd() > m.oldStart()) {
            return new Edit.Merged(range(m.oldStart(), m.oldEnd()), m.newStart(), moved, score, words);
        }
        if (m.newEnd() > m.newStart()) {
            return new Edit.Split(m.oldStart(), range(m.newStart(), m.newEnd()), moved, score, words);
        }
        if (same) {
            return new Edit.Unchanged(m.oldStart(), m.newStart(), moved, words);
        }
        return new Edit.Edited(m.oldStart(), m.newStart(), moved, Math.min(score, ALMOST_SAME), words);
    }

    /** Sentences of a split or merge are diffed as one text, joined by single spaces. */
    private static String join(String[] sentences, int from, int to) {
        return from == to ? sentences[from] : joinSeveral(sentences, from, to);
    }

    // Apart from join, so that the builder is not compiled into every caller of the one-sentence case.
    private static String joinSeveral(String[] sentences, int from, int to) {
        StringBuilder joined = new StringBuilder(sentences[from]);
        int end = to + 1;
        for (int i = from + 1; i < end; i++) {
            joined.append(' ').append(sentences[i]);
        }
        return joined.toString();
    }

    /** The length of {@link #join}, without joining. */
    private static int joinedLength(String[] sentences, int from, int to) {
        int length = to - from;
        int end = to + 1; // an exclusive bound: the compiled loop needs no overflow check on it
        for (int i = from; i < end; i++) {
            length += sentences[i].length();
        }
        return length;
    }

    private static double textLength(String[] oldSentences, String[] newSentences, Match m) {
        return 1.0 + joinedLength(oldSentences, m.oldStart(), m.oldEnd())
                + joinedLength(newSentences, m.newStart(), m.newEnd());
    }
}
