package dev.palimpsest.core.group;

import java.io.Serializable;
import java.util.Arrays;

/**
 * MinHash signatures of shingle sets by one-permutation hashing with optimal densification (Li, Owen
 * and Zhang 2012; Shrivastava 2017): each shingle hash falls into one of {@code bins} bins by its top
 * bits and a bin keeps its smallest hash; an empty bin borrows the value of a non-empty bin chosen by
 * a fixed sequence of probes, the same for every set. Two sets then agree in a bin with probability
 * equal to their Jaccard similarity, as with {@code bins} independent hash functions, for one hash
 * per shingle instead of {@code bins}. Immutable and thread-safe.
 */
final class MinHasher implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long SEED = 0x5EEDC0FFEE1L;
    private static final long EMPTY = Long.MAX_VALUE;

    private final int bins;
    private final int shift;

    MinHasher(int bins) {
        if (bins < 2 || Integer.bitCount(bins) != 1) {
            throw new IllegalArgumentException("the number of hash functions must be a power of two, at least 2: " + bins);
        }
        this.bins = bins;
        this.shift = Long.SIZE - Integer.numberOfTrailingZeros(bins);
    }

    /** The signature of a non-empty set of (already mixed) shingle hashes; duplicates are allowed. */
    long[] signature(long[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("an empty shingle set has no signature");
        }
        long[] sig = new long[bins];
        Arrays.fill(sig, EMPTY);
        for (long x : shingles) {
            int bin = (int) (x >>> shift);
            long value = x == EMPTY ? EMPTY - 1 : x;
            if (value < sig[bin]) {
                sig[bin] = value;
            }
        }
        boolean[] filled = new boolean[bins];
        for (int i = 0; i < bins; i++) {
            filled[i] = sig[i] != EMPTY;
        }
        for (int i = 0; i < bins; i++) {
            if (filled[i]) {
                continue;
            }
            for (long attempt = 1; ; attempt++) {
                int donor = (int) (TextFeatures.mix(SEED + i * 0x9E3779B97F4A7C15L + attempt) >>> shift);
                if (filled[donor]) {
                    sig[i] = sig[donor];
                    break;
                }
            }
        }
        return sig;
    }

    /** Share of equal positions: an estimate of the Jaccard similarity of the two sets. */
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
