package dev.palimpsest.core.align.internal;

import java.util.Arrays;

/**
 * The comparable form of the sentences of both versions still to be matched: each one's distinct terms
 * as sorted ids with weights, and the words and word pairs used to look up candidates. Sentences are
 * numbered old first ({@code 0..oldSize-1}), then new ({@code oldSize..}). Built once per alignment.
 */
public final class SentenceTable {

    /** Function words weigh this much in similarity; content words weigh 1. */
    static final double STOP_WORD_WEIGHT = 0.25;

    /** Terms in more sentences per version than this start to weigh less. */
    static final double DAMPING_START = 3.0;

    private final int oldSize;
    private final int[][] terms;
    private final int[][] lookupKeys;
    private final int lookupKeyCount;
    private final double[] termWeight;

    private static final int[] NONE = new int[0];

    /**
     * Computes terms and lookup keys of the sentences not skipped. Sentences matched exactly by their
     * keys need neither, and in news most sentences are.
     */
    public SentenceTable(String[] oldSentences, String[] newSentences, boolean[] oldSkip, boolean[] newSkip) {
        oldSize = oldSentences.length;
        int total = oldSize + newSentences.length;
        terms = new int[total][];
        lookupKeys = new int[total][];
        // Ids are handed out in order of first appearance, so nothing depends on hash order.
        int chars = 0;
        for (int s = 0; s < total; s++) {
            if (!(s < oldSize ? oldSkip[s] : newSkip[s - oldSize])) {
                chars += s < oldSize ? oldSentences[s].length() : newSentences[s - oldSize].length();
            }
        }
        // News text runs about six chars a word, a word and a word pair each a lookup key.
        TermIds termIds = new TermIds(chars / 6);
        LongIds lookupIds = new LongIds(chars / 3);
        double[] weights = new double[64];
        int[] bounds = new int[64];
        int[] ids = new int[32];
        int[] lookups = new int[64];
        for (int s = 0; s < total; s++) {
            boolean skip = s < oldSize ? oldSkip[s] : newSkip[s - oldSize];
            if (skip) {
                terms[s] = NONE;
                lookupKeys[s] = NONE;
                continue;
            }
            char[] key = TextFolding.fold(s < oldSize ? oldSentences[s] : newSentences[s - oldSize]).toCharArray();
            if (bounds.length < key.length + 1) {
                bounds = new int[key.length + 1];
            }
            int words = TextFolding.terms(key, bounds);
            if (ids.length < words) {
                ids = new int[words];
                lookups = new int[2 * words]; // at most a word and a pair per word
            }
            int lookupCount = 0;
            for (int w = 0; w < words; w++) {
                int from = bounds[2 * w];
                int to = bounds[2 * w + 1];
                int known = termIds.size();
                int id = termIds.idOf(key, from, to);
                if (id == known) {
                    if (id == weights.length) {
                        weights = Arrays.copyOf(weights, id * 2);
                    }
                    weights[id] = TextFolding.isStopWord(key, from, to) ? STOP_WORD_WEIGHT : 1.0;
                }
                ids[w] = id;
                if (weights[id] == 1.0) {
                    lookups[lookupCount++] = lookupIds.idOf(lookupKey(0, id));
                }
                if (w > 0) {
                    // Word pairs find sentences made only of common words ("it was not the first time").
                    lookups[lookupCount++] = lookupIds.idOf(lookupKey(ids[w - 1] + 1, id));
                }
            }
            terms[s] = sortedDistinct(ids, words);
            lookupKeys[s] = sortedDistinct(lookups, lookupCount);
        }
        lookupKeyCount = lookupIds.size();
        termWeight = Arrays.copyOf(weights, termIds.size());
        dampFrequentTerms();
    }

    /**
     * The distinct values of {@code values[0, count)} in ascending order. Written out rather than as
     * an IntStream pipeline: inlined streams made {@link #index} costly for the JIT to compile.
     */
    static int[] sortedDistinct(int[] values, int count) {
        int[] sorted = Arrays.copyOf(values, count);
        if (count > 48) {
            Arrays.sort(sorted);
        } else {
            insertionSort(sorted); // what Arrays.sort does too for so few, minus its dispatch
        }
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == count ? sorted : Arrays.copyOf(sorted, distinct);
    }

    private static void insertionSort(int[] a) {
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

    /** A word ({@code first} 0) or word pair (first word's id + 1, second word's id) as one long. */
    private static long lookupKey(int first, int second) {
        return ((long) first << 32) | second;
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
        return terms.length - oldSize;
    }

    /** Lookup keys are numbered {@code 0..lookupKeyCount()-1}. */
    int lookupKeyCount() {
        return lookupKeyCount;
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
