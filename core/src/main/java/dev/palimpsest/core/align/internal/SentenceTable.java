package dev.palimpsest.core.align.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparable form of both versions of one alignment: folded keys, each sentence's distinct terms as
 * sorted ids with weights, and the words and word pairs used to look up candidates. Sentences are
 * numbered old first ({@code 0..oldSize-1}), then new ({@code oldSize..}). Built once per alignment.
 */
public final class SentenceTable {

    /** Function words weigh this much in similarity; content words weigh 1. */
    static final double STOP_WORD_WEIGHT = 0.25;

    /** Terms in more sentences per version than this start to weigh less. */
    static final double DAMPING_START = 3.0;

    private final int oldSize;
    private final String[] keys;
    private final int[][] terms;
    private final int[][] lookupKeys;
    private double[] termWeight = new double[0];

    private static final int[] NONE = new int[0];

    public SentenceTable(List<String> oldSentences, List<String> newSentences) {
        oldSize = oldSentences.size();
        int total = oldSize + newSentences.size();
        keys = new String[total];
        terms = new int[total][];
        lookupKeys = new int[total][];
        for (int s = 0; s < total; s++) {
            keys[s] = TextFolding.fold(s < oldSize ? oldSentences.get(s) : newSentences.get(s - oldSize));
        }
    }

    /**
     * Computes terms and lookup keys of the sentences still to be matched, those not skipped. Sentences
     * matched exactly by their keys need neither, and in news most sentences are (the reason this is
     * a step of its own: it is most of the table's cost).
     */
    public void index(boolean[] oldSkip, boolean[] newSkip) {
        int total = keys.length;
        // Ids are handed out in order of first appearance, so nothing depends on hash iteration order.
        Map<String, Integer> termIds = new HashMap<>();
        Map<Long, Integer> lookupIds = new HashMap<>();
        double[] weights = new double[64];
        int[] lookups = new int[64];
        for (int s = 0; s < total; s++) {
            boolean skip = s < oldSize ? oldSkip[s] : newSkip[s - oldSize];
            if (skip) {
                terms[s] = NONE;
                lookupKeys[s] = NONE;
                continue;
            }
            List<String> words = TextFolding.terms(keys[s]);
            int[] ids = new int[words.size()];
            if (lookups.length < 2 * ids.length) {
                lookups = new int[2 * ids.length]; // at most a word and a pair per word
            }
            int lookupCount = 0;
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                Integer id = termIds.get(word);
                if (id == null) {
                    id = termIds.size();
                    termIds.put(word, id);
                    if (id == weights.length) {
                        weights = Arrays.copyOf(weights, id * 2);
                    }
                    weights[id] = TextFolding.isStopWord(word) ? STOP_WORD_WEIGHT : 1.0;
                }
                ids[w] = id;
                if (weights[id] == 1.0) {
                    lookups[lookupCount++] = lookupId(lookupIds, lookupKey(0, id));
                }
                if (w > 0) {
                    // Word pairs find sentences made only of common words ("it was not the first time").
                    lookups[lookupCount++] = lookupId(lookupIds, lookupKey(ids[w - 1] + 1, id));
                }
            }
            terms[s] = sortedDistinct(ids, ids.length);
            lookupKeys[s] = sortedDistinct(lookups, lookupCount);
        }
        termWeight = Arrays.copyOf(weights, termIds.size());
        dampFrequentTerms();
    }

    /** The id of a lookup key, a new one (the next number) on first sight. */
    private static int lookupId(Map<Long, Integer> lookupIds, long key) {
        Integer id = lookupIds.get(key);
        if (id == null) {
            id = lookupIds.size();
            lookupIds.put(key, id);
        }
        return id;
    }

    /**
     * The distinct values of {@code values[0, count)} in ascending order. Written out rather than as
     * an IntStream pipeline: inlined streams made {@link #index} costly for the JIT to compile.
     */
    static int[] sortedDistinct(int[] values, int count) {
        int[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == count ? sorted : Arrays.copyOf(sorted, distinct);
    }

    /**
     * A word ({@code first} 0) or word pair as one long. Multiplying by an odd constant is a bijection,
     * so keys stay distinct, and it spreads them over Long's hash codes (plain {@code a << 32 | b}
     * collides on {@code a ^ b} and turned HashMap buckets into trees).
     */
    private static long lookupKey(int first, int second) {
        return (((long) first << 32) | second) * 0x9E3779B97F4A7C15L;
    }

    // A name the sentences still to be matched keep repeating ("Koussa", "Qaddafi") says little about
    // which is which: content terms found in many of them weigh less, like inverse document frequency.
    private void dampFrequentTerms() {
        int[] df = new int[termWeight.length];
        for (int[] ids : terms) {
            for (int id : ids) {
                df[id]++;
            }
        }
        for (int id = 0; id < termWeight.length; id++) {
            double perVersion = df[id] / 2.0;
            if (perVersion > DAMPING_START) {
                termWeight[id] *= Math.sqrt(DAMPING_START / perVersion);
            }
        }
    }

    public int oldSize() {
        return oldSize;
    }

    public int newSize() {
        return keys.length - oldSize;
    }

    public String oldKey(int oldIndex) {
        return keys[oldIndex];
    }

    public String newKey(int newIndex) {
        return keys[oldSize + newIndex];
    }

    int[] oldLookupKeys(int oldIndex) {
        return lookupKeys[oldIndex];
    }

    int[] newLookupKeys(int newIndex) {
        return lookupKeys[oldSize + newIndex];
    }

    /** Weighted Dice similarity of old sentences {@code oldFrom..oldTo} and new {@code newFrom..newTo}. */
    public double similarity(int oldFrom, int oldTo, int newFrom, int newTo) {
        return dice(oldTerms(oldFrom, oldTo), newTerms(newFrom, newTo));
    }

    /** Sorted distinct term ids of old sentences {@code from..to} (inclusive) taken together. */
    public int[] oldTerms(int from, int to) {
        return union(from, to);
    }

    /** Sorted distinct term ids of new sentences {@code from..to} (inclusive) taken together. */
    public int[] newTerms(int from, int to) {
        return union(oldSize + from, oldSize + to);
    }

    /** Weighted Dice coefficient of two term sets: 2·w(a∩b) / (w(a) + w(b)), 0 if both are empty. */
    public double dice(int[] a, int[] b) {
        double total = weight(a) + weight(b);
        return total == 0 ? 0 : 2 * sharedWeight(a, b) / total;
    }

    /** Share of {@code part}'s weight that also occurs in {@code whole}; 0 for an empty part. */
    public double coverage(int[] part, int[] whole) {
        double w = weight(part);
        return w == 0 ? 0 : sharedWeight(part, whole) / w;
    }

    private double weight(int[] ids) {
        double w = 0;
        for (int id : ids) {
            w += termWeight[id];
        }
        return w;
    }

    private double sharedWeight(int[] a, int[] b) {
        double w = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                w += termWeight[a[i]];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return w;
    }

    private int[] union(int from, int to) {
        if (from == to) {
            return terms[from];
        }
        int count = 0;
        for (int s = from; s <= to; s++) {
            count += terms[s].length;
        }
        int[] all = new int[count];
        int at = 0;
        for (int s = from; s <= to; s++) {
            System.arraycopy(terms[s], 0, all, at, terms[s].length);
            at += terms[s].length;
        }
        return sortedDistinct(all, count);
    }
}
