package dev.palimpsest.bench;

import java.util.Locale;

/** How the versions of a pair are written: as texts for the aligner to segment, or as sentence arrays. */
enum InputMode {
    TEXT, SENTENCES, MIXED;

    static InputMode parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mode must be text, sentences or mixed, not '" + value + "'", e);
        }
    }

    /** Whether pair {@code id} is written as text; {@code MIXED} alternates, even ids as text. */
    boolean asText(long id) {
        return this == TEXT || (this == MIXED && id % 2 == 0);
    }
}
