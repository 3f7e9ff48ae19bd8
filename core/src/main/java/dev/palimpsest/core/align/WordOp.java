package dev.palimpsest.core.align;

import java.util.Objects;

/**
 * One step of a word diff. {@code text} is a token (word, number or punctuation) together with the
 * whitespace that precedes it in its sentence, so that concatenating the EQUAL and DELETE texts gives
 * the old sentence and concatenating the EQUAL and INSERT texts gives the new one, exactly.
 */
public record WordOp(Kind op, String text) {

    public enum Kind { EQUAL, DELETE, INSERT }

    public WordOp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty word op");
        }
    }

    /** The token without its leading whitespace. */
    public String token() {
        return text.strip();
    }
}
