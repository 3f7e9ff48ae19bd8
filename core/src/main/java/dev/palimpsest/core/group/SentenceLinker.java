package dev.palimpsest.core.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Second linking stage: joins the sets left by {@link LshLinker} when their snapshots share several
 * long sentences verbatim or nearly so. A heavy rewrite looks unrelated to whole-text shingles but
 * keeps its quotes and key facts word for word: the seeds 001 and 000 share two sentences exactly and
 * two more as long runs inside edited sentences, and little else.
 *
 * <p>A sentence counts as shared when it shares a passage anchor ({@link Passages}, a run of at least
 * 8 words) with the other snapshot. Candidates come from an inverted index of anchors, so only pairs
 * that share something are ever compared. Guards against merging different stories on one topic:
 * <ul>
 *   <li>Boilerplate: an anchor found in more than {@code maxSentenceClusters} first-stage sets (a credit
 *       line, a stock phrase, a standard background sentence) says nothing about identity and is
 *       ignored. Sets, not snapshots, are counted, because an article repeats its text in every version.
 *   <li>Evidence per snapshot pair: at least {@code minShared} sentences of each must be shared, and
 *       these must be at least {@code minShare} of the shorter one's long sentences.
 *   <li>Drift: single linkage would let A–B and B–C join A and C though they are different stories. Each
 *       set keeps only its {@code maxPartners} strongest sentence links, and a link is used only when
 *       both ends keep it, so a set that shares quotes with many stories cannot pull them together.
 * </ul>
 */
final class SentenceLinker {

    private static final int INDEX_BITS = LshLinker.INDEX_BITS;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    /** A set with hundreds of versions (a live story) is represented by its first holders of an anchor. */
    private static final int MAX_PER_SET = 32;

    private record Link(int a, int b, double strength) {
    }

    private final int minShared;
    private final double minShare;
    private final int maxSentenceClusters;
    private final int maxPartners;

    SentenceLinker(int minShared, double minShare, int maxSentenceClusters, int maxPartners) {
        this.minShared = minShared;
        this.minShare = minShare;
        this.maxSentenceClusters = maxSentenceClusters;
        this.maxPartners = maxPartners;
    }

    void link(List<Fingerprint> fingerprints, UnionFind sets) {
        int n = fingerprints.size();
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = sets.find(i);
        }
        LongList boilerplate = new LongList();
        long[] candidates = candidatePairs(fingerprints, cluster, boilerplate);
        List<Link> links = verifiedLinks(candidates, fingerprints, cluster, boilerplate.sorted());
        for (Link link : mutualStrongest(links)) {
            sets.union(link.a(), link.b());
        }
    }

    /**
     * Pairs of snapshots in different sets that share at least {@code minShared} anchors, each once,
     * sorted. Fills {@code boilerplate} with the (index-masked) anchors found in too many sets.
     */
    private long[] candidatePairs(List<Fingerprint> fingerprints, int[] cluster, LongList boilerplate) {
        LongList postings = new LongList();
        for (int i = 0; i < fingerprints.size(); i++) {
            for (long anchor : TextFeatures.sortedDistinct(fingerprints.get(i).anchors)) {
                postings.add((anchor & ~INDEX_MASK) | i);
            }
        }
        long[] sorted = postings.sorted();
        LongList pairs = new LongList();
        int[] clusters = new int[maxSentenceClusters + 1];
        int start = 0;
        for (int end = 1; end <= sorted.length; end++) {
            if (end < sorted.length && (sorted[end] >>> INDEX_BITS) == (sorted[start] >>> INDEX_BITS)) {
                continue;
            }
            int distinct = 0;
            for (int x = start; x < end && distinct <= maxSentenceClusters; x++) {
                int c = cluster[(int) (sorted[x] & INDEX_MASK)];
                boolean seen = false;
                for (int k = 0; k < distinct; k++) {
                    seen |= clusters[k] == c;
                }
                if (!seen) {
                    clusters[distinct++] = c;
                }
            }
            if (distinct > maxSentenceClusters) {
                boilerplate.add(sorted[start] & ~INDEX_MASK);
            } else if (distinct >= 2) {
                int[] members = cappedPerSet(sorted, start, end, cluster);
                for (int x = 0; x < members.length; x++) {
                    for (int y = x + 1; y < members.length; y++) {
                        if (cluster[members[x]] != cluster[members[y]]) {
                            pairs.add(((long) Math.min(members[x], members[y]) << 32) | Math.max(members[x], members[y]));
                        }
                    }
                }
            }
            start = end;
        }
        long[] all = pairs.sorted();
        LongList frequent = new LongList();
        start = 0;
        for (int end = 1; end <= all.length; end++) {
            if (end == all.length || all[end] != all[start]) {
                if (end - start >= minShared) {
                    frequent.add(all[start]);
                }
                start = end;
            }
        }
        return frequent.toArray();
    }

    // The first MAX_PER_SET holders of an anchor in each set, by index: the same ones for every anchor.
    private static int[] cappedPerSet(long[] sorted, int start, int end, int[] cluster) {
        Map<Integer, Integer> taken = new HashMap<>();
        int[] out = new int[end - start];
        int n = 0;
        for (int x = start; x < end; x++) {
            int index = (int) (sorted[x] & INDEX_MASK);
            if (taken.merge(cluster[index], 1, Integer::sum) <= MAX_PER_SET) {
                out[n++] = index;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Candidates whose shared sentences pass the test, reduced to the strongest link per pair of sets. */
    private List<Link> verifiedLinks(long[] candidates, List<Fingerprint> fingerprints, int[] cluster, long[] boilerplate) {
        Map<Long, Link> strongest = new HashMap<>();
        for (long pair : candidates) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            Fingerprint fa = fingerprints.get(a);
            Fingerprint fb = fingerprints.get(b);
            int shared = Math.min(
                    fa.sentencesSharing(TextFeatures.sortedDistinct(fb.anchors), boilerplate, INDEX_MASK),
                    fb.sentencesSharing(TextFeatures.sortedDistinct(fa.anchors), boilerplate, INDEX_MASK));
            double share = (double) shared / Math.min(fa.longSentenceCount(), fb.longSentenceCount());
            if (shared < minShared || share < minShare) {
                continue;
            }
            int ca = Math.min(cluster[a], cluster[b]);
            int cb = Math.max(cluster[a], cluster[b]);
            strongest.merge(((long) ca << 32) | cb, new Link(ca, cb, shared + share),
                    (x, y) -> x.strength() >= y.strength() ? x : y);
        }
        return new ArrayList<>(strongest.values());
    }

    private List<Link> mutualStrongest(List<Link> links) {
        Map<Integer, List<Link>> bySet = new HashMap<>();
        for (Link link : links) {
            bySet.computeIfAbsent(link.a(), k -> new ArrayList<>()).add(link);
            bySet.computeIfAbsent(link.b(), k -> new ArrayList<>()).add(link);
        }
        Comparator<Link> strongestFirst = Comparator.comparingDouble(Link::strength).reversed()
                .thenComparingInt(Link::a).thenComparingInt(Link::b);
        Map<Link, Integer> keptBy = new HashMap<>();
        for (List<Link> own : bySet.values()) {
            own.sort(strongestFirst);
            for (Link link : own.subList(0, Math.min(maxPartners, own.size()))) {
                keptBy.merge(link, 1, Integer::sum);
            }
        }
        List<Link> kept = new ArrayList<>();
        keptBy.forEach((link, count) -> {
            if (count == 2) {
                kept.add(link);
            }
        });
        kept.sort(strongestFirst);
        return kept;
    }
}
