package dev.palimpsest.store.importer;

import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.store.EventKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store holds of one article when an import starts: enough to tell duplicates, place new
 * observations and notice (by {@code revision}) that someone else wrote the article meanwhile.
 *
 * @param article the stored article, or empty for a new one
 * @param identities every identity the article already has (empty for a new article)
 * @param observations content observations and other events, in time order
 * @param versions stored versions in order
 * @param texts stored texts by content hash
 */
public record Snapshot(Optional<Article> article, List<String> identities, List<Observation> observations,
        List<Version> versions, Map<String, Text> texts) {

    public Snapshot {
        Objects.requireNonNull(article, "article");
        identities = List.copyOf(identities);
        observations = List.copyOf(observations);
        versions = List.copyOf(versions);
        texts = Map.copyOf(texts);
    }

    public static Snapshot empty() {
        return new Snapshot(Optional.empty(), List.of(), List.of(), List.of(), Map.of());
    }

    /** The article row. */
    public record Article(long id, String publicId, long revision) {
    }

    /** One stored event. {@code contentHash} is empty for GONE and CAME_BACK. */
    public record Observation(long eventId, EventKind kind, Optional<String> contentHash, Optional<Instant> seen,
            long sortAt, int occurrence, Optional<String> url, String origin, Optional<String> versionPublicId) {
    }

    /** One stored version. */
    public record Version(long id, String publicId, int seq, String contentHash) {
    }

    /** One stored text (its body is loaded only when a history must be rebuilt). */
    public record Text(long id, String contentHash, Optional<String> title, Optional<String> byline,
            InputFormat format) {
    }
}
