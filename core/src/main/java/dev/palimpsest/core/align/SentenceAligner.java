package dev.palimpsest.core.align;

import java.util.List;

/** Anything that aligns the sentences of two versions: the {@link Aligner} and the baselines it is measured against. */
@FunctionalInterface
public interface SentenceAligner {

    /** Aligns {@code oldSentences} with {@code newSentences}; every sentence of both ends up in exactly one edit. */
    Alignment align(List<String> oldSentences, List<String> newSentences);
}
