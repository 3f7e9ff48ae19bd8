package dev.palimpsest.core.group;

import java.util.Arrays;
import java.util.List;

/**
 * Folds text into the hashes the grouper compares: tokens are runs of letters and digits, lower-cased,
 * so that case, punctuation, quote style and spacing never tell two versions apart. All hashes are
 * 64-bit, seeded by constants and deterministic across runs and machines.
 */
final class TextFeatures {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private TextFeatures() {
    }

    /** The murmur3 64-bit finalizer: spreads every input bit over the whole output. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The token hashes of one sentence, in order. */
    static long[] tokenHashes(String sentence) {
        long[] out = new long[Math.max(4, sentence.length() / 5)];
        int count = 0;
        long h = FNV_OFFSET;
        boolean inToken = false;
        for (int i = 0; i < sentence.length(); ) {
            int cp = sentence.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inToken = true;
            } else if (inToken) {
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = mix(h);
                h = FNV_OFFSET;
                inToken = false;
            }
        }
        if (inToken) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count + 1);
            }
            out[count++] = mix(h);
        }
        return Arrays.copyOf(out, count);
    }

    /** Hash of a whole token sequence: equal exactly when the folded sentences are equal. */
    static long sequenceHash(long[] tokens) {
        long h = tokens.length;
        for (long t : tokens) {
            h = h * GOLDEN + t;
        }
        return mix(h);
    }

    /**
     * Hashes of the word {@code size}-grams of all sentences read as one token stream (so a shingle may
     * span a sentence boundary). A text shorter than one shingle yields one shingle of all its tokens;
     * an empty text yields none.
     */
    static long[] shingles(List<long[]> sentenceTokens, int size) {
        int total = 0;
        for (long[] tokens : sentenceTokens) {
            total += tokens.length;
        }
        long[] stream = new long[total];
        int at = 0;
        for (long[] tokens : sentenceTokens) {
            System.arraycopy(tokens, 0, stream, at, tokens.length);
            at += tokens.length;
        }
        if (total == 0) {
            return new long[0];
        }
        if (total < size) {
            return new long[] {sequenceHash(stream)};
        }
        long[] out = new long[total - size + 1];
        for (int start = 0; start < out.length; start++) {
            long h = size;
            for (int j = start; j < start + size; j++) {
                h = h * GOLDEN + stream[j];
            }
            out[start] = mix(h);
        }
        return out;
    }

    /** The distinct values of {@code values}, sorted. */
    static long[] sortedDistinct(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** Size of the intersection of two sorted distinct arrays. */
    static int intersectionSize(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    /** Exact Jaccard similarity of two sorted distinct arrays; 1 when both are empty. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int shared = intersectionSize(a, b);
        return (double) shared / (a.length + b.length - shared);
    }
}
