package dev.palimpsest.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Words a document puts in quotation marks, who it says spoke them, and the sentences they span.
 *
 * @param speaker a full name ("William Hague" for "Mr. Hague said"), or a description of an unnamed
 *     source ("one senior American official"); empty when the text does not say
 */
public record Quote(String text, Optional<String> speaker, List<Integer> sentences) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("quote outside any sentence: " + text);
        }
    }

    public Quote withSpeaker(Optional<String> newSpeaker) {
        return new Quote(text, newSpeaker, sentences);
    }
}
