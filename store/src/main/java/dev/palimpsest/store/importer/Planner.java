package dev.palimpsest.store.importer;

import dev.palimpsest.core.analysis.Change;
import dev.palimpsest.core.analysis.VersionText;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.store.EventKind;
import dev.palimpsest.store.ImportResult;
import dev.palimpsest.store.StoredChange;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Works out what an import writes, from the stored snapshot and the parsed versions; no database
 * access except loading stored documents when a history must be rebuilt.
 *
 * <ol>
 *   <li>An incoming version is a duplicate when the article already has as many observations of the
 *       same content and time (or no time) as this one is the n-th of in the batch.</li>
 *   <li>New observations are merged with the stored ones in time order (an observation without a
 *       time takes the import time, so it goes after everything stored; ties keep arrival order).</li>
 *   <li>Runs of consecutive observations with the same content are versions: the first observation of
 *       a run is FIRST_SEEN, CHANGED or REVERTED (its content was an earlier version's), the others
 *       UNCHANGED.</li>
 *   <li>Stored versions are kept up to the first that differs; everything after is rebuilt. When the
 *       versions changed, the history (alignments, threads, stability) is rebuilt over all versions and
 *       change notes are computed for every version that is new.</li>
 * </ol>
 */
public final class Planner {

    /** Loads the document of a stored text. */
    @FunctionalInterface
    public interface StoredDocuments {
        Document load(long textId) throws SQLException;
    }

    private Planner() {
    }

    /** One observation during planning: a stored one or a new one. */
    private record Obs(Optional<Long> eventId, Optional<EventKind> storedKind, Optional<String> storedVersion,
            String hash, Optional<Instant> seen, long sortAt, int occurrence, Optional<String> url, String origin,
            long arrival) {
    }

    private record Key(String hash, Optional<Instant> seen) {
    }

    /** Step 1's outcome: stored and new observations in time order, and the first new version of each content. */
    private record Merged(List<Obs> observations, int fresh, int duplicates, Map<String, ParsedVersion> byHash) {
    }

    /** Step 2's outcome: the versions, and every observation of {@link Merged} with its kind and version. */
    private record Derived(List<Plan.PlannedVersion> versions, List<Plan.PlannedObservation> observations) {
    }

    public static Plan plan(Snapshot snap, List<ParsedVersion> parsed, StoredDocuments stored, Instant now)
            throws SQLException {
        ParsedVersion first = parsed.get(0);
        String source = first.incoming().source();
        String key = first.incoming().articleKey();
        String articleId = snap.article().map(Snapshot.Article::publicId).orElseGet(() -> Hashes.article(source, key));
        List<String> newIdentities = SnapshotLoader.identitiesOf(parsed).stream()
                .filter(id -> !snap.identities().contains(id)).toList();

        Merged merged = merge(snap, parsed, now);
        if (merged.fresh() == 0) {
            return new Plan(snap, source, key, articleId, newIdentities, List.of(), List.of(), snap.versions().size(),
                    List.of(), List.of(), Optional.empty(), Map.of(), now,
                    new ImportResult(articleId, false, 0, 0, 0, merged.duplicates(), false));
        }
        Derived derived = derive(merged, articleId, snap.texts());
        List<Plan.PlannedVersion> versions = derived.versions();
        int kept = keepStored(versions, snap.versions());

        // Stored observations whose kind or version changed, or whose version is rebuilt, are rewritten.
        Set<String> keptIds = new HashSet<>();
        versions.subList(0, kept).forEach(v -> keptIds.add(v.publicId()));
        List<Plan.PlannedObservation> newObservations = new ArrayList<>();
        List<Plan.PlannedObservation> changedObservations = new ArrayList<>();
        for (int i = 0; i < merged.observations().size(); i++) {
            Obs o = merged.observations().get(i);
            Plan.PlannedObservation p = derived.observations().get(i);
            if (o.eventId().isEmpty()) {
                newObservations.add(p);
            } else if (!o.storedKind().equals(Optional.of(p.kind()))
                    || !o.storedVersion().equals(Optional.of(p.versionPublicId()))
                    || !keptIds.contains(p.versionPublicId())) {
                changedObservations.add(p);
            }
        }
        List<ParsedVersion> newTexts = merged.byHash().values().stream()
                .filter(p -> !snap.texts().containsKey(p.contentHash())).toList();
        boolean reordered = kept < snap.versions().size();
        int storedReverts = (int) snap.observations().stream().filter(o -> o.kind() == EventKind.REVERTED).count();
        int reverts = (int) versions.stream().filter(v -> v.revertOf().isPresent()).count();
        int unchanged = (int) newObservations.stream().filter(o -> o.kind() == EventKind.UNCHANGED).count();
        ImportResult result = new ImportResult(articleId, snap.article().isEmpty(),
                Math.max(0, versions.size() - snap.versions().size()), Math.max(0, reverts - storedReverts), unchanged,
                merged.duplicates(), reordered);
        if (kept == versions.size() && !reordered) {
            return new Plan(snap, source, key, articleId, newIdentities, newTexts, versions, kept, newObservations,
                    changedObservations, Optional.empty(), Map.of(), now, result);
        }
        ArticleHistory history = history(versions, merged.byHash(), snap.texts(), stored);
        Map<Integer, List<StoredChange>> changes = new HashMap<>();
        for (int v = Math.max(1, kept); v < versions.size(); v++) {
            changes.put(v, StoreEngines.ANALYZER.analyze(text(history, v - 1), text(history, v),
                    history.steps().get(v - 1)).changes().stream().map(Planner::note).toList());
        }
        return new Plan(snap, source, key, articleId, newIdentities, newTexts, versions, kept, newObservations,
                changedObservations, Optional.of(history), changes, now, result);
    }

    /** Step 1: drops duplicates and merges the new observations with the stored ones in time order. */
    private static Merged merge(Snapshot snap, List<ParsedVersion> parsed, Instant now) {
        Map<Key, Integer> storedCounts = new HashMap<>();
        List<Obs> merged = new ArrayList<>();
        for (Snapshot.Observation o : snap.observations()) {
            if (o.contentHash().isPresent()) {
                storedCounts.merge(new Key(o.contentHash().get(), o.seen()), 1, Integer::sum);
                merged.add(new Obs(Optional.of(o.eventId()), Optional.of(o.kind()), o.versionPublicId(),
                        o.contentHash().get(), o.seen(), o.sortAt(), o.occurrence(), o.url(), o.origin(), o.eventId()));
            }
        }
        Map<Key, Integer> batchCounts = new HashMap<>();
        Map<String, ParsedVersion> byHash = new LinkedHashMap<>();
        int duplicates = 0;
        int fresh = 0;
        long arrival = Long.MAX_VALUE / 2; // after every stored event id
        for (ParsedVersion p : parsed) {
            Key k = new Key(p.contentHash(), p.seen());
            int n = batchCounts.merge(k, 1, Integer::sum);
            if (n <= storedCounts.getOrDefault(k, 0)) {
                duplicates++;
                continue;
            }
            byHash.putIfAbsent(p.contentHash(), p);
            merged.add(new Obs(Optional.empty(), Optional.empty(), Optional.empty(), p.contentHash(), p.seen(),
                    p.seen().orElse(now).toEpochMilli(), n, p.url(), p.origin(), arrival++));
            fresh++;
        }
        merged.sort(Comparator.comparingLong(Obs::sortAt).thenComparingLong(Obs::arrival));
        return new Merged(merged, fresh, duplicates, byHash);
    }

    /** Step 2: runs of the same content are versions; each observation gets its kind. */
    private static Derived derive(Merged merged, String articleId, Map<String, Snapshot.Text> texts) {
        List<Plan.PlannedVersion> versions = new ArrayList<>();
        List<Plan.PlannedObservation> planned = new ArrayList<>();
        Map<String, String> latestVersionOfHash = new HashMap<>();
        for (Obs o : merged.observations()) {
            Plan.PlannedVersion current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            EventKind kind;
            if (current != null && current.contentHash().equals(o.hash())) {
                kind = EventKind.UNCHANGED;
            } else {
                Optional<String> revertOf = Optional.ofNullable(latestVersionOfHash.get(o.hash()));
                kind = current == null ? EventKind.FIRST_SEEN : revertOf.isPresent() ? EventKind.REVERTED : EventKind.CHANGED;
                String publicId = Hashes.version(articleId, o.hash(), o.seen(), o.occurrence());
                Optional<String> title = texts.containsKey(o.hash()) ? texts.get(o.hash()).title()
                        : merged.byHash().get(o.hash()).title();
                current = new Plan.PlannedVersion(publicId, versions.size(), o.hash(), o.seen(), o.sortAt(), o.url(),
                        o.origin(), revertOf, title, Optional.empty());
                versions.add(current);
                latestVersionOfHash.put(o.hash(), publicId);
            }
            planned.add(new Plan.PlannedObservation(o.eventId(), kind, o.hash(), o.seen(), o.sortAt(), o.occurrence(),
                    o.url(), o.origin(), current.publicId()));
        }
        return new Derived(versions, planned);
    }

    /** Step 3: stored versions stay up to the first that differs (their row ids are noted); returns how many. */
    private static int keepStored(List<Plan.PlannedVersion> versions, List<Snapshot.Version> stored) {
        int kept = 0;
        while (kept < stored.size() && kept < versions.size()
                && stored.get(kept).publicId().equals(versions.get(kept).publicId())) {
            Plan.PlannedVersion v = versions.get(kept);
            versions.set(kept, new Plan.PlannedVersion(v.publicId(), v.seq(), v.contentHash(), v.seen(), v.sortAt(),
                    v.url(), v.origin(), v.revertOf(), v.title(), Optional.of(stored.get(kept).id())));
            kept++;
        }
        return kept;
    }

    /** Step 4: the history over all versions, from new documents and stored ones parsed again. */
    private static ArticleHistory history(List<Plan.PlannedVersion> versions, Map<String, ParsedVersion> byHash,
            Map<String, Snapshot.Text> texts, StoredDocuments stored) throws SQLException {
        Map<String, Document> docs = new HashMap<>();
        List<HistoryBuilder.Input> inputs = new ArrayList<>();
        for (Plan.PlannedVersion v : versions) {
            Document doc = docs.get(v.contentHash());
            if (doc == null) {
                doc = texts.containsKey(v.contentHash()) ? stored.load(texts.get(v.contentHash()).id())
                        : byHash.get(v.contentHash()).document();
                docs.put(v.contentHash(), doc);
            }
            inputs.add(new HistoryBuilder.Input(new VersionMeta(v.publicId(), v.seen(), v.title()), doc));
        }
        ArticleHistory history = StoreEngines.HISTORY.build(inputs);
        checkOrder(history, versions);
        return history;
    }

    /** The history builder orders by time itself; it must agree with the store's order. */
    private static void checkOrder(ArticleHistory history, List<Plan.PlannedVersion> versions) {
        for (int i = 0; i < versions.size(); i++) {
            if (!history.versions().get(i).label().equals(versions.get(i).publicId())) {
                throw new IllegalStateException("history order differs from store order at version " + i);
            }
        }
    }

    private static VersionText text(ArticleHistory history, int v) {
        Document doc = history.documents().get(v);
        return history.versions().get(v).title().map(t -> VersionText.of(doc, t)).orElseGet(() -> VersionText.of(doc));
    }

    static StoredChange note(Change change) {
        return new StoredChange(kind(change), change.describe(), change.oldSentences(), change.newSentences());
    }

    /** "QuoteAdded" → "quote_added" (the same names the CLI uses). */
    static String kind(Change change) {
        Objects.requireNonNull(change, "change");
        return change.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
