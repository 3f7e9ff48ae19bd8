package dev.palimpsest.core.analysis;

import dev.palimpsest.core.text.Span;
import java.util.Objects;

/**
 * A number as written, where it is, and its value in a comparable form: "three" and "3" have the
 * same value, so rewriting one as the other is no change.
 */
public record NumberMention(String text, NumberKind kind, Span span, String value) {

    public NumberMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
    }
}
