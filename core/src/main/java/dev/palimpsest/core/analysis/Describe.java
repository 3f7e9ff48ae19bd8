package dev.palimpsest.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wording shared by the one-line descriptions of {@link Change}s. */
final class Describe {

    /** Longest quoted text a one-line description shows in full. */
    static final int QUOTE_LIMIT = 160;

    private Describe() {
    }

    static String quoted(String text) {
        String shown = text.length() <= QUOTE_LIMIT ? text
                : text.substring(0, QUOTE_LIMIT).stripTrailing() + "…";
        return "“" + shown + "”";
    }

    static String addedRemoved(List<String> added, List<String> removed) {
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        return String.join("; ", parts);
    }

    static String kind(EntityKind kind) {
        return kind == EntityKind.OTHER ? "name" : kind.name().toLowerCase(Locale.ROOT);
    }
}
