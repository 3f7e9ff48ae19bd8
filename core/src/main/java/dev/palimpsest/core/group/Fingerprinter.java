package dev.palimpsest.core.group;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Computes {@link Fingerprint}s with fixed settings. Immutable and thread-safe. */
final class Fingerprinter implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long[] NONE = new long[0];

    private final MinHasher hasher;
    private final int shingleSize;
    private final int minSentenceWords;

    Fingerprinter(MinHasher hasher, int shingleSize, int minSentenceWords) {
        this.hasher = hasher;
        this.shingleSize = shingleSize;
        this.minSentenceWords = minSentenceWords;
    }

    Fingerprint of(List<String> sentences) {
        return of(sentences, Boilerplate.NONE);
    }

    /** The fingerprint of the text without its boilerplate sentences. */
    Fingerprint of(List<String> sentences, Boilerplate boilerplate) {
        List<long[]> kept = new ArrayList<>(sentences.size());
        long[] hashes = new long[sentences.size()];
        int count = 0;
        LongList anchors = new LongList(sentences.size() * 8);
        int[] ends = new int[sentences.size()];
        int longCount = 0;
        for (String sentence : sentences) {
            long[] tokens = TextFeatures.tokenHashes(sentence);
            if (tokens.length == 0) {
                continue;
            }
            long hash = TextFeatures.sequenceHash(tokens);
            hashes[count++] = hash;
            if (boilerplate.contains(hash)) {
                continue;
            }
            kept.add(tokens);
            if (tokens.length >= minSentenceWords) {
                Passages.anchors(tokens, anchors);
                ends[longCount++] = anchors.size();
            }
        }
        long[] shingles = TextFeatures.shingles(kept, shingleSize);
        long[] signature = shingles.length == 0 ? NONE : hasher.signature(shingles);
        return new Fingerprint(signature, Arrays.copyOf(hashes, count), anchors.toArray(), Arrays.copyOf(ends, longCount));
    }
}
