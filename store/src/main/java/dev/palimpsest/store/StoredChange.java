package dev.palimpsest.store;

import java.util.List;
import java.util.Objects;

/**
 * One stored change note of a version against the one before it: what
 * {@link dev.palimpsest.core.analysis.ChangeAnalyzer} found, as stored.
 *
 * @param kind snake_case name of the change type: {@code headline_changed}, {@code quote_added}, …
 * @param text the one-line description
 * @param oldSentences evidence in the previous version (sentence indices)
 * @param newSentences evidence in this version (sentence indices)
 */
public record StoredChange(String kind, String text, List<Integer> oldSentences, List<Integer> newSentences) {

    public StoredChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        oldSentences = List.copyOf(oldSentences);
        newSentences = List.copyOf(newSentences);
    }
}
