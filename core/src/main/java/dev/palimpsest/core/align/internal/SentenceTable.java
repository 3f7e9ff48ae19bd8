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
    /** The weight of each sentence's terms, once they are damped. */
    private final double[] sentenceWeight;

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
        int chars = 0;
        int longest = 0;
        for (int s = 0; s < total; s++) {
            if (!(s < oldSize ? oldSkip[s] : newSkip[s - oldSize])) {
                int length = s < oldSize ? oldSentences[s].length() : newSentences[s - oldSize].length();
                chars += length;
                longest = Math.max(longest, length);
            }
        }
        SentenceIndexer indexer = new SentenceIndexer(chars, longest);
        for (int s = 0; s < total; s++) {
            if (s < oldSize ? oldSkip[s] : newSkip[s - oldSize]) {
                terms[s] = NONE;
                lookupKeys[s] = NONE;
            } else {
                terms[s] = indexer.index(s < oldSize ? oldSentences[s] : newSentences[s - oldSize]);
                lookupKeys[s] = indexer.lastLookupKeys();
            }
        }
        lookupKeyCount = indexer.lookupKeyCount();
        termWeight = indexer.weights();
        dampFrequentTerms();
        sentenceWeight = new double[total];
        for (int s = 0; s < total; s++) {
            sentenceWeight[s] = weight(terms[s]);
        }
    }

    /** The distinct values of {@code values[0, count)} in ascending order. */
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

    /** The total weight of old sentence {@code o}'s terms. */
    public double oldWeight(int o) {
        return sentenceWeight[o];
    }

    /** The total weight of new sentence {@code n}'s terms. */
    public double newWeight(int n) {
        return sentenceWeight[oldSize + n];
    }

    /** {@link #dice} from its parts: the shared weight and the two total weights. */
    public static double dice(double shared, double weightA, double weightB) {
        double total = weightA + weightB;
        return total == 0 ? 0 : 2 * shared / total;
    }

    /** {@link #coverage} from its parts: the shared weight and the part's total weight. */
    public static double coverage(double shared, double partWeight) {
        return partWeight == 0 ? 0 : shared / partWeight;
    }

    private double weight(int[] ids) {
        double w = 0;
        for (int id : ids) {
            w += termWeight[id];
        }
        return w;
    }

    /** The weight of the terms in both {@code a} and {@code b}, summed in id order. */
    public double sharedWeight(int[] a, int[] b) {
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
