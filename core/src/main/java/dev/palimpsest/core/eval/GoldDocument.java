package dev.palimpsest.core.eval;

import dev.palimpsest.core.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * A document with gold sentence spans, e.g. one GUM news article.
 *
 * @param id the document id
 * @param text the full text
 * @param sentences the gold sentences as spans of {@code text}
 */
public record GoldDocument(String id, String text, List<Span> sentences) {

    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        for (Span span : sentences) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("sentence span " + span + " beyond text of " + text.length()
                        + " chars in " + id);
            }
        }
    }
}
