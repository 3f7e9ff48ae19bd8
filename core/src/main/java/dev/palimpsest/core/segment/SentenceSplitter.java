package dev.palimpsest.core.segment;

import dev.palimpsest.core.text.Span;
import java.util.List;

/**
 * Splits a text into sentences. Returned spans are in text order, do not overlap, and exclude
 * leading and trailing whitespace of each sentence. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface SentenceSplitter {

    List<Span> split(String text);

    /** As {@link #split(String)}, of a text given as characters (the whole array). */
    default List<Span> split(char[] text) {
        return split(new String(text));
    }
}
