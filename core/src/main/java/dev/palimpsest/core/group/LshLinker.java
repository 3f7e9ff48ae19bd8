package dev.palimpsest.core.group;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * First linking stage: LSH banding over MinHash signatures finds candidate pairs without comparing all
 * pairs; a candidate is linked when its estimated Jaccard similarity reaches the threshold.
 *
 * <p>Each band's key is packed with the snapshot index into one long ({@code key} in the high 40 bits,
 * index in the low 24) and the band is sorted, so that a bucket is a run of equal keys. Two different
 * keys may share their high 40 bits; that only adds a candidate, which verification then rejects.
 * Because linking only unions sets, the result does not depend on the order in which pairs are seen,
 * and a pair already in one set is not verified again.
 */
final class LshLinker {

    static final int INDEX_BITS = 24;
    static final int MAX_SNAPSHOTS = 1 << INDEX_BITS;
    private static final long INDEX_MASK = MAX_SNAPSHOTS - 1;

    /** Buckets up to this size are compared all-pairs; larger ones (exact duplicates, templates) by a window. */
    private static final int ALL_PAIRS_BUCKET = 64;
    /** In a large bucket, each snapshot is compared with this many following ones. */
    private static final int WINDOW = 8;

    private LshLinker() {
    }

    static void link(List<Fingerprint> fingerprints, int bands, int rows, double minJaccard, UnionFind sets) {
        int[] withText = IntStream.range(0, fingerprints.size()).filter(i -> fingerprints.get(i).hasText()).toArray();
        // All band keys in one pass over the signatures (each read once, in order), then band by band.
        long[][] keys = new long[bands][withText.length];
        IntStream.range(0, withText.length).parallel().forEach(k -> {
            int index = withText[k];
            long[] sig = fingerprints.get(index).signature;
            for (int band = 0; band < bands; band++) {
                long key = band;
                for (int r = band * rows; r < (band + 1) * rows; r++) {
                    key = key * 0x9E3779B97F4A7C15L + sig[r];
                }
                keys[band][k] = (TextFeatures.mix(key) & ~INDEX_MASK) | index;
            }
        });
        for (long[] packed : keys) {
            Arrays.parallelSort(packed);
            int start = 0;
            for (int end = 1; end <= packed.length; end++) {
                if (end == packed.length || (packed[end] >>> INDEX_BITS) != (packed[start] >>> INDEX_BITS)) {
                    linkBucket(packed, start, end, fingerprints, minJaccard, sets);
                    start = end;
                }
            }
        }
    }

    private static void linkBucket(long[] packed, int start, int end, List<Fingerprint> fingerprints,
            double minJaccard, UnionFind sets) {
        int reach = end - start <= ALL_PAIRS_BUCKET ? end - start : WINDOW;
        for (int x = start; x < end; x++) {
            int a = (int) (packed[x] & INDEX_MASK);
            for (int y = x + 1; y < Math.min(end, x + 1 + reach); y++) {
                int b = (int) (packed[y] & INDEX_MASK);
                if (!sets.connected(a, b) && MinHasher.estimateJaccard(
                        fingerprints.get(a).signature, fingerprints.get(b).signature) >= minJaccard) {
                    sets.union(a, b);
                }
            }
        }
    }
}
