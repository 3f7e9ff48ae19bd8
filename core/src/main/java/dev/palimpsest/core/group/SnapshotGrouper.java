package dev.palimpsest.core.group;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups snapshots without URLs into articles by their text, and orders each article's versions.
 *
 * <ol>
 *   <li>Fingerprint each snapshot (in parallel): a MinHash signature of its word shingles (tokens
 *       lower-cased, punctuation dropped), its sentence hashes and passage anchors.
 *   <li>Link versions that share much of their text: LSH banding proposes candidate pairs, a pair is
 *       linked when its estimated Jaccard similarity reaches {@code minJaccard} ({@link LshLinker}).
 *   <li>Find boilerplate, sentences held by more than {@code maxSentenceClusters} of the sets linked
 *       so far ({@link Boilerplate}); fingerprint the snapshots holding some again without it, and
 *       link again.
 *   <li>Link heavy rewrites that share several long sentences verbatim, ignoring boilerplate and
 *       refusing hub-like links ({@link SentenceLinker}).
 *   <li>Each connected set is a chain; order it by time or by similarity ({@link ChainOrderer}).
 * </ol>
 * No step compares all pairs: the work grows with the number of snapshots and of true candidate pairs.
 * Immutable, thread-safe and serializable; build once with {@link #builder()} or {@link #standard()}.
 */
public final class SnapshotGrouper implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int bands;
    private final int rows;
    private final double minJaccard;
    private final int maxSentenceClusters;
    private final Fingerprinter fingerprinter;
    private final SentenceLinker sentenceLinker;
    private final ChainOrderer orderer;

    private SnapshotGrouper(Builder b) {
        this.bands = b.bands;
        this.rows = b.hashFunctions / b.bands;
        this.minJaccard = b.minJaccard;
        this.maxSentenceClusters = b.maxSentenceClusters;
        this.fingerprinter = new Fingerprinter(new MinHasher(b.hashFunctions), b.shingleSize, b.minSentenceWords);
        this.sentenceLinker = new SentenceLinker(
                b.minSharedSentences, b.minSharedShare, b.maxSentenceClusters, b.maxSentencePartners);
        this.orderer = new ChainOrderer(b.exactOrderLimit);
    }

    public static SnapshotGrouper standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Groups the snapshots into chains. Equal inputs in any order give equal results.
     *
     * @throws IllegalArgumentException if two snapshots share an id, or there are more than 2^24
     */
    public Grouping group(List<Snapshot> snapshots) {
        if (snapshots.size() > LshLinker.MAX_SNAPSHOTS) {
            throw new IllegalArgumentException("too many snapshots: " + snapshots.size() + " > " + LshLinker.MAX_SNAPSHOTS);
        }
        Set<String> ids = new HashSet<>();
        for (Snapshot s : snapshots) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate snapshot id: '" + s.id() + "'");
            }
        }
        List<Snapshot> byId = new ArrayList<>(snapshots);
        byId.sort(Comparator.comparing(Snapshot::id));
        int[] label = link(byId).labels();
        int chainCount = byId.isEmpty() ? 0 : IntStream.of(label).max().orElseThrow() + 1;
        List<List<Snapshot>> members = new ArrayList<>(chainCount);
        for (int c = 0; c < chainCount; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < byId.size(); i++) {
            members.get(label[i]).add(byId.get(i));
        }
        // Labels follow the smallest index, so chains come out by their smallest id.
        return new Grouping(members.parallelStream().map(orderer::order).toList());
    }

    private UnionFind link(List<Snapshot> byId) {
        List<Fingerprint> fingerprints = IntStream.range(0, byId.size()).parallel()
                .mapToObj(i -> fingerprinter.of(byId.get(i).sentences()))
                .toList();
        UnionFind sets = new UnionFind(byId.size());
        LshLinker.link(fingerprints, bands, rows, minJaccard, sets);
        // A long tagline shared by short articles can link them: find such sentences by how many
        // separate sets hold them, then link again without them.
        Boilerplate boilerplate = Boilerplate.find(fingerprints, sets, maxSentenceClusters);
        if (!boilerplate.isEmpty()) {
            List<Fingerprint> first = fingerprints;
            fingerprints = IntStream.range(0, byId.size()).parallel()
                    .mapToObj(i -> boilerplate.touches(first.get(i).sentences)
                            ? fingerprinter.of(byId.get(i).sentences(), boilerplate) : first.get(i))
                    .toList();
            sets = new UnionFind(byId.size());
            LshLinker.link(fingerprints, bands, rows, minJaccard, sets);
        }
        sentenceLinker.link(fingerprints, sets);
        return sets;
    }

    /** The Jaccard similarity at which a pair becomes an LSH candidate with probability 1/2, roughly. */
    public double candidateThreshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** Settings for a {@link SnapshotGrouper}; the defaults are the ones measured by the benchmark. */
    public static final class Builder {

        private int shingleSize = 5;
        private int hashFunctions = 128;
        private int bands = 64;
        private double minJaccard = 0.3;
        private int minSentenceWords = 6;
        private int minSharedSentences = 3;
        private double minSharedShare = 0.1;
        private int maxSentenceClusters = 4;
        private int maxSentencePartners = 2;
        private int exactOrderLimit = 10;

        private Builder() {
        }

        /** Words per shingle for grouping (default 5). */
        public Builder shingleSize(int words) {
            this.shingleSize = positive("shingleSize", words);
            return this;
        }

        /** MinHash values per signature (default 128): a power of two and a multiple of {@link #bands}. */
        public Builder hashFunctions(int count) {
            this.hashFunctions = positive("hashFunctions", count);
            return this;
        }

        /**
         * LSH bands (default 64, so 2 rows each): more bands catch less similar pairs and cost more
         * candidates; see {@link SnapshotGrouper#candidateThreshold()}.
         */
        public Builder bands(int count) {
            this.bands = positive("bands", count);
            return this;
        }

        /** Estimated Jaccard similarity of word shingles from which two snapshots are versions of one article. */
        public Builder minJaccard(double similarity) {
            if (!(similarity > 0.0 && similarity <= 1.0)) {
                throw new IllegalArgumentException("minJaccard must be in (0, 1]: " + similarity);
            }
            this.minJaccard = similarity;
            return this;
        }

        /** Sentences shorter than this many words never count as shared evidence (default 6). */
        public Builder minSentenceWords(int words) {
            this.minSentenceWords = positive("minSentenceWords", words);
            return this;
        }

        /**
         * Long sentences two snapshots must share verbatim to be linked as versions despite low overall
         * similarity (default 3), and the least share of the shorter snapshot's long sentences these must
         * make (default 0.1).
         */
        public Builder sharedSentences(int count, double share) {
            this.minSharedSentences = positive("sharedSentences", count);
            if (!(share >= 0.0 && share <= 1.0)) {
                throw new IllegalArgumentException("share must be in [0, 1]: " + share);
            }
            this.minSharedShare = share;
            return this;
        }

        /** A sentence found in more than this many otherwise separate articles is boilerplate (default 4). */
        public Builder maxSentenceClusters(int count) {
            if (count < 2) {
                throw new IllegalArgumentException("maxSentenceClusters must be at least 2: " + count);
            }
            this.maxSentenceClusters = count;
            return this;
        }

        /** Sentence links each article keeps, strongest first (default 2). */
        public Builder maxSentencePartners(int count) {
            this.maxSentencePartners = positive("maxSentencePartners", count);
            return this;
        }

        /** Chains up to this size are ordered by an exact search, longer ones heuristically (default 10, at most 16). */
        public Builder exactOrderLimit(int size) {
            if (size < 2 || size > 16) {
                throw new IllegalArgumentException("exactOrderLimit must be in [2, 16]: " + size);
            }
            this.exactOrderLimit = size;
            return this;
        }

        public SnapshotGrouper build() {
            if (hashFunctions % bands != 0) {
                throw new IllegalArgumentException(
                        "hashFunctions " + hashFunctions + " is not a multiple of bands " + bands);
            }
            return new SnapshotGrouper(this);
        }

        private static int positive(String name, int value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
