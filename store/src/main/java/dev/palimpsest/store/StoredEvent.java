package dev.palimpsest.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One observation of an article, in the article's time order.
 *
 * @param kind what it found
 * @param seen when, if the input said
 * @param versionId the version it found (empty for GONE and CAME_BACK)
 * @param origin where it was read from
 * @param recorded when it was written into the store
 */
public record StoredEvent(EventKind kind, Optional<Instant> seen, Optional<String> versionId, String origin,
        Instant recorded) {

    public StoredEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(recorded, "recorded");
    }
}
