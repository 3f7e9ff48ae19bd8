package dev.palimpsest.core.group;

import java.util.Arrays;
import java.util.List;

/**
 * Sentences that say nothing about which article a snapshot belongs to: found verbatim in more than a
 * few otherwise separate articles (an outlet's tagline, a newsletter plug, a standard background
 * sentence). Counted in sets of versions, not in snapshots, since an article repeats its own sentences
 * in every version. Left in, a long tagline makes short unrelated articles look alike.
 */
final class Boilerplate {

    static final Boilerplate NONE = new Boilerplate(new long[0]);

    private static final int INDEX_BITS = LshLinker.INDEX_BITS;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    /** Sentence hashes with their low {@code INDEX_BITS} bits cleared, sorted. */
    private final long[] masked;

    private Boilerplate(long[] masked) {
        this.masked = masked;
    }

    /** Sentences found in more than {@code maxClusters} of the sets of {@code sets}. */
    static Boilerplate find(List<Fingerprint> fingerprints, UnionFind sets, int maxClusters) {
        LongList postings = new LongList();
        for (int i = 0; i < fingerprints.size(); i++) {
            for (long h : fingerprints.get(i).sentences) {
                postings.add((h & ~INDEX_MASK) | i);
            }
        }
        long[] sorted = postings.sorted();
        LongList found = new LongList();
        int[] clusters = new int[maxClusters + 1];
        int start = 0;
        for (int end = 1; end <= sorted.length; end++) {
            if (end < sorted.length && (sorted[end] >>> INDEX_BITS) == (sorted[start] >>> INDEX_BITS)) {
                continue;
            }
            if (end - start > maxClusters && distinctClusters(sorted, start, end, sets, clusters) > maxClusters) {
                found.add(sorted[start] & ~INDEX_MASK);
            }
            start = end;
        }
        return new Boilerplate(found.toArray());
    }

    // Counts distinct sets among the holders, stopping once past the limit (clusters.length - 1).
    private static int distinctClusters(long[] sorted, int start, int end, UnionFind sets, int[] clusters) {
        int distinct = 0;
        for (int x = start; x < end && distinct < clusters.length; x++) {
            int c = sets.find((int) (sorted[x] & INDEX_MASK));
            boolean seen = false;
            for (int k = 0; k < distinct; k++) {
                seen |= clusters[k] == c;
            }
            if (!seen) {
                clusters[distinct++] = c;
            }
        }
        return distinct;
    }

    boolean isEmpty() {
        return masked.length == 0;
    }

    boolean contains(long sentenceHash) {
        return masked.length > 0 && Arrays.binarySearch(masked, sentenceHash & ~INDEX_MASK) >= 0;
    }

    /** Whether any of the sentence hashes is boilerplate. */
    boolean touches(long[] sentenceHashes) {
        for (long h : sentenceHashes) {
            if (contains(h)) {
                return true;
            }
        }
        return false;
    }
}
