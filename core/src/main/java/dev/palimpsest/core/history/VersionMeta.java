package dev.palimpsest.core.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What is known about one version besides its text: a label (file name, id) and when it was seen. */
public record VersionMeta(String label, Optional<Instant> time, Optional<String> title) {

    public VersionMeta {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(title, "title");
    }

    public static VersionMeta of(String label) {
        return new VersionMeta(label, Optional.empty(), Optional.empty());
    }
}
