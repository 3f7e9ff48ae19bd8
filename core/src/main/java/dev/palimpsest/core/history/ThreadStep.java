package dev.palimpsest.core.history;

import dev.palimpsest.core.align.WordDiff;
import java.util.Objects;
import java.util.Optional;

/**
 * A thread in one version: what happened, the sentence index when present ({@code -1} when not),
 * whether it moved, the word diff from its previous text, and the other thread involved in a fork or
 * merge.
 */
public record ThreadStep(int version, StepKind kind, int sentence, boolean moved, WordDiff words,
        Optional<String> otherThread) {

    public ThreadStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(otherThread, "otherThread");
        if (kind.present() != (sentence >= 0)) {
            throw new IllegalArgumentException(kind + " step with sentence " + sentence);
        }
    }

    static ThreadStep absent(int version, StepKind kind) {
        return new ThreadStep(version, kind, -1, false, WordDiff.EMPTY, Optional.empty());
    }
}
