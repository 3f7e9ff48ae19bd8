package dev.palimpsest.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wording shared by the one-line descriptions of {@link Change}s. */
final class Describe {

    private Describe() {
    }

    static String quoted(String text) {
        String shown = text.length() <= Change.DESCRIBE_LIMIT ? text
                : text.substring(0, Change.DESCRIBE_LIMIT).stripTrailing() + "…";
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
