package dev.palimpsest.store.importer;

import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.store.EventKind;
import dev.palimpsest.store.ImportResult;
import dev.palimpsest.store.StoredChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one import writes for one article, worked out before the write transaction starts.
 *
 * @param snapshot what the plan was made from; the writer re-plans when the article changed since
 * @param source the source name
 * @param articleKey the incoming article key
 * @param articleId the article's public id
 * @param newIdentities identities to add to the article
 * @param newTexts contents not stored yet, each with the first version that brought it
 * @param versions every version of the article after the import, in order
 * @param keptVersions how many leading stored versions stay as they are
 * @param newObservations observations to add, in time order, each with its kind and version
 * @param changedObservations stored observations whose kind or version changed (after a reorder)
 * @param history the rebuilt history when versions changed (threads and alignments come from it)
 * @param changes change notes of every version from {@code max(1, keptVersions)} on, by position
 * @param recordedAt when the import ran
 * @param result what the import did
 */
public record Plan(Snapshot snapshot, String source, String articleKey, String articleId, List<String> newIdentities,
        List<ParsedVersion> newTexts, List<PlannedVersion> versions, int keptVersions,
        List<PlannedObservation> newObservations, List<PlannedObservation> changedObservations,
        Optional<ArticleHistory> history, Map<Integer, List<StoredChange>> changes, Instant recordedAt,
        ImportResult result) {

    public Plan {
        Objects.requireNonNull(snapshot, "snapshot");
        newIdentities = List.copyOf(newIdentities);
        newTexts = List.copyOf(newTexts);
        versions = List.copyOf(versions);
        newObservations = List.copyOf(newObservations);
        changedObservations = List.copyOf(changedObservations);
        Objects.requireNonNull(history, "history");
        changes = Map.copyOf(changes);
    }

    /** Whether the plan writes nothing (every observation was already stored). */
    public boolean isEmpty() {
        return newObservations.isEmpty() && newIdentities.isEmpty();
    }

    /**
     * A version after the import.
     *
     * @param storedId the row id when the version is kept from the snapshot
     * @param revertOf public id of the latest earlier version with the same content
     */
    public record PlannedVersion(String publicId, int seq, String contentHash, Optional<Instant> seen, long sortAt,
            Optional<String> url, String origin, Optional<String> revertOf, Optional<String> title,
            Optional<Long> storedId) {
    }

    /**
     * An observation with its derived kind and version.
     *
     * @param eventId the stored event's id; empty for a new observation
     */
    public record PlannedObservation(Optional<Long> eventId, EventKind kind, String contentHash,
            Optional<Instant> seen, long sortAt, int occurrence, Optional<String> url, String origin,
            String versionPublicId) {
    }
}
