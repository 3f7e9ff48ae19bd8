package dev.palimpsest.core.text;

import java.util.Objects;

/**
 * One sentence of a document: its position, the paragraph it belongs to, its text as the reader saw
 * it (normalized), and where it sits in the normalized text.
 */
public record Sentence(int index, int paragraph, String text, Span span, SentenceRole role) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(role, "role");
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("negative index or paragraph: " + index + ", " + paragraph);
        }
    }

    public Sentence withRole(SentenceRole newRole) {
        return newRole == role ? this : new Sentence(index, paragraph, text, span, newRole);
    }
}
