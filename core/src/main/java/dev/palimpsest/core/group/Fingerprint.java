package dev.palimpsest.core.group;

import java.util.Arrays;

/**
 * What the grouper keeps of one snapshot: the MinHash signature of its word shingles (empty when the
 * text has no word), the hashes of its sentences, and the passage anchors of its long sentences
 * ({@link Passages}). The text itself is not kept, so 100,000 snapshots fit in memory.
 */
final class Fingerprint {

    final long[] signature;
    /** Hash of every sentence with a word, in order: to find boilerplate. */
    final long[] sentences;
    /** Passage anchors of the long sentences, sentence after sentence. */
    final long[] anchors;
    /** For long sentence {@code k}, its anchors end at {@code anchors[sentenceEnds[k]]} (exclusive). */
    final int[] sentenceEnds;

    Fingerprint(long[] signature, long[] sentences, long[] anchors, int[] sentenceEnds) {
        this.signature = signature;
        this.sentences = sentences;
        this.anchors = anchors;
        this.sentenceEnds = sentenceEnds;
    }

    boolean hasText() {
        return signature.length > 0;
    }

    int longSentenceCount() {
        return sentenceEnds.length;
    }

    /**
     * How many long sentences have an anchor in {@code others} (sorted) that {@code ignore} (sorted, and
     * compared on the bits above {@code ignoreMask}) does not hold.
     */
    int sentencesSharing(long[] others, long[] ignore, long ignoreMask) {
        int matched = 0;
        int from = 0;
        for (int end : sentenceEnds) {
            for (int k = from; k < end; k++) {
                long anchor = anchors[k];
                if (Arrays.binarySearch(others, anchor) >= 0
                        && Arrays.binarySearch(ignore, anchor & ~ignoreMask) < 0) {
                    matched++;
                    break;
                }
            }
            from = end;
        }
        return matched;
    }
}
