package dev.palimpsest.core.align.internal;

import java.util.Arrays;

/**
 * Finds which old sentences are worth comparing with each new sentence without comparing all pairs:
 * an inverted index over the old sentences' content words and word pairs, where a word shared by more
 * than {@code maxPosting} old sentences is too common to help and is skipped, and each new sentence
 * keeps its {@code perSentence} best old sentences by summed rarity (log inverse frequency) of what
 * they share. Cost is about (sentences × words × maxPosting), independent of the number of pairs.
 */
public final class CandidatePairs {

    private CandidatePairs() {
    }

    /**
     * Candidate pairs {@code (old, new)} among the sentences still free on each side, as
     * {@code long}s encoded by {@link #encode}, in ascending order of new then old index.
     */
    public static long[] find(SentenceTable table, boolean[] oldTaken, boolean[] newTaken,
                              int perSentence, int maxPosting) {
        // Small steps in methods of their own: one method holding all the loops was compiled over
        // and over, each time in full.
        Postings postings = Postings.of(table, oldTaken);
        // Rarity depends only on the posting size, at most maxPosting: each is computed once.
        double[] rarityOfSize = new double[Math.min(maxPosting, postings.freeOld()) + 1];
        double[] score = new double[table.oldSize()];
        int[] touched = new int[table.oldSize()];
        long[] out = new long[16];
        int outCount = 0;
        for (int n = 0; n < table.newSize(); n++) {
            if (newTaken[n]) {
                continue;
            }
            int touchedCount = score(table.newLookupKeys(n), postings, maxPosting, rarityOfSize, score, touched);
            int[] best = topByScore(touched, touchedCount, score, perSentence);
            if (outCount + best.length > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, outCount + best.length));
            }
            for (int o : best) {
                out[outCount++] = encode(o, n);
            }
            for (int i = 0; i < touchedCount; i++) {
                score[touched[i]] = 0;
            }
        }
        return Arrays.copyOf(out, outCount);
    }

    /**
     * Adds to {@code score} the rarity of each lookup key a new sentence shares with old sentences,
     * listing the old sentences first scored in {@code touched}; returns how many.
     */
    private static int score(int[] keys, Postings postings, int maxPosting, double[] rarityOfSize,
                             double[] score, int[] touched) {
        int touchedCount = 0;
        for (int key : keys) {
            int from = postings.start()[key];
            int size = postings.start()[key + 1] - from;
            if (size == 0 || size > maxPosting) {
                continue;
            }
            double rarity = rarityOfSize[size];
            if (rarity == 0) {
                rarity = Math.log(1.0 + (double) postings.freeOld() / size);
                rarityOfSize[size] = rarity;
            }
            for (int p = from; p < from + size; p++) {
                int o = postings.olds()[p];
                if (score[o] == 0) {
                    touched[touchedCount++] = o;
                }
                score[o] += rarity;
            }
        }
        return touchedCount;
    }

    /**
     * The free old sentences with each lookup key, ascending: key {@code k}'s are
     * {@code olds[start[k], start[k+1])} (keys are numbered densely, so one array sliced per key).
     */
    private record Postings(int[] start, int[] olds, int freeOld) {

        static Postings of(SentenceTable table, boolean[] oldTaken) {
            int keyCount = table.lookupKeyCount();
            int[] start = new int[keyCount + 1];
            int freeOld = 0;
            for (int o = 0; o < table.oldSize(); o++) {
                if (!oldTaken[o]) {
                    freeOld++;
                    for (int key : table.oldLookupKeys(o)) {
                        start[key + 1]++;
                    }
                }
            }
            for (int key = 0; key < keyCount; key++) {
                start[key + 1] += start[key];
            }
            int[] olds = new int[start[keyCount]];
            int[] filled = Arrays.copyOf(start, keyCount);
            for (int o = 0; o < table.oldSize(); o++) {
                if (!oldTaken[o]) {
                    for (int key : table.oldLookupKeys(o)) {
                        olds[filled[key]++] = o;
                    }
                }
            }
            return new Postings(start, olds, freeOld);
        }
    }

    public static long encode(int oldIndex, int newIndex) {
        return ((long) newIndex << 32) | oldIndex;
    }

    public static int oldOf(long pair) {
        return (int) pair;
    }

    public static int newOf(long pair) {
        return (int) (pair >>> 32);
    }

    /**
     * The {@code k} highest-scoring touched indices, ties to the lower index, returned in index order.
     * No boxing or comparator sort: this runs for every new sentence, and a sort inlined here made
     * {@link #find} one of the most expensive methods for the JIT to compile.
     */
    private static int[] topByScore(int[] touched, int count, double[] score, int k) {
        if (count <= k) {
            int[] all = Arrays.copyOf(touched, count); // all of them qualify
            sortAscending(all);
            return all;
        }
        int[] best = new int[k];
        int size = 0;
        for (int t = 0; t < count && k > 0; t++) {
            int o = touched[t];
            if (size == k && !ranksAbove(o, best[k - 1], score)) {
                continue;
            }
            int i = size < k ? size++ : k - 1; // when full, the last one drops out
            while (i > 0 && ranksAbove(o, best[i - 1], score)) {
                best[i] = best[i - 1];
                i--;
            }
            best[i] = o;
        }
        sortAscending(best);
        return best;
    }

    /**
     * Insertion sort for the usual handful ({@code perSentence} values at most), so that no library
     * sort is compiled into {@link #find}.
     */
    private static void sortAscending(int[] a) {
        if (a.length > 64) {
            Arrays.sort(a);
            return;
        }
        for (int i = 1; i < a.length; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** Higher score first, then the lower index (touched indices are distinct). */
    private static boolean ranksAbove(int a, int b, double[] score) {
        return score[a] != score[b] ? score[a] > score[b] : a < b;
    }
}
