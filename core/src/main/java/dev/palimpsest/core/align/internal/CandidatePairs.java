package dev.palimpsest.core.align.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<Integer, List<Integer>> postings = new HashMap<>();
        int freeOld = 0;
        for (int o = 0; o < table.oldSize(); o++) {
            if (oldTaken[o]) {
                continue;
            }
            freeOld++;
            for (int key : table.oldLookupKeys(o)) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }
        double[] score = new double[table.oldSize()];
        int[] touched = new int[table.oldSize()];
        List<Long> out = new ArrayList<>();
        for (int n = 0; n < table.newSize(); n++) {
            if (newTaken[n]) {
                continue;
            }
            int touchedCount = 0;
            for (int key : table.newLookupKeys(n)) {
                List<Integer> olds = postings.get(key);
                if (olds == null || olds.size() > maxPosting) {
                    continue;
                }
                double rarity = Math.log(1.0 + (double) freeOld / olds.size());
                for (int o : olds) {
                    if (score[o] == 0) {
                        touched[touchedCount++] = o;
                    }
                    score[o] += rarity;
                }
            }
            int[] best = topByScore(touched, touchedCount, score, perSentence);
            for (int o : best) {
                out.add(encode(o, n));
            }
            for (int i = 0; i < touchedCount; i++) {
                score[touched[i]] = 0;
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
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

    /** The {@code k} highest-scoring touched indices, ties to the lower index, returned in index order. */
    private static int[] topByScore(int[] touched, int count, double[] score, int k) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = touched[i];
        }
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        int[] best = new int[Math.min(k, count)];
        for (int i = 0; i < best.length; i++) {
            best[i] = order[i];
        }
        Arrays.sort(best);
        return best;
    }
}
