package dev.palimpsest.core.analysis;

import dev.palimpsest.core.document.Document;
import java.util.Objects;
import java.util.Optional;

/** One version as the analyzer sees it: its document, and its headline when the source gave one. */
public record VersionText(Document document, Optional<String> title) {

    public VersionText {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
    }

    public static VersionText of(Document document) {
        return new VersionText(document, Optional.empty());
    }

    public static VersionText of(Document document, String title) {
        return new VersionText(document, Optional.of(title));
    }
}
