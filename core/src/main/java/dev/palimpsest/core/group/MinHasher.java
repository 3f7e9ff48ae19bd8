package dev.palimpsest.core.group;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets. Hash function {@code i} is {@code x * a[i] + b[i]} (mod 2^64) over
 * the already mixed shingle hash {@code x}, with odd {@code a[i]}: one multiply-add per shingle and
 * function, and the same coefficients on every run (fixed seed). Immutable and thread-safe.
 */
final class MinHasher implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long SEED = 0x5EEDC0FFEE1L;

    private final long[] multipliers;
    private final long[] addends;

    MinHasher(int functions) {
        if (functions <= 0) {
            throw new IllegalArgumentException("need at least one hash function: " + functions);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        multipliers = new long[functions];
        addends = new long[functions];
        for (int i = 0; i < functions; i++) {
            multipliers[i] = random.nextLong() | 1L;
            addends[i] = random.nextLong();
        }
    }

    int functions() {
        return multipliers.length;
    }

    /** The signature of a non-empty shingle set (duplicates allowed: they do not change a minimum). */
    long[] signature(long[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("an empty shingle set has no signature");
        }
        long[] sig = new long[multipliers.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < sig.length; i++) {
                sig[i] = Math.min(sig[i], x * multipliers[i] + addends[i]);
            }
        }
        return sig;
    }

    /** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two sets. */
    static double estimateJaccard(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }
}
