package dev.palimpsest.store.importer;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.SentenceThread;
import dev.palimpsest.core.history.StepKind;
import dev.palimpsest.core.history.ThreadStep;
import dev.palimpsest.core.history.VersionStats;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.store.StoredChange;
import dev.palimpsest.store.codec.EditCodec;
import dev.palimpsest.store.codec.IndexList;
import dev.palimpsest.store.db.Batch;
import dev.palimpsest.store.db.Dialect;
import dev.palimpsest.store.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Plan} inside the caller's transaction. Stored versions after the kept prefix are
 * deleted with everything that hangs off them and written again, so an article is always a
 * consecutive run of versions with an alignment between each pair, threads over all of them, and
 * change notes for each but the first.
 */
public final class PlanWriter {

    private final Dialect dialect;

    public PlanWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    public void write(Connection c, Plan plan) throws SQLException {
        if (plan.isEmpty()) {
            return;
        }
        long now = plan.recordedAt().toEpochMilli();
        long sourceId = sourceId(c, plan.source(), now);
        long articleId;
        if (plan.snapshot().article().isPresent()) {
            articleId = plan.snapshot().article().get().id();
        } else {
            articleId = Sql.insert(c, "INSERT INTO articles (public_id, source_id, article_key, sort_at, version_count, "
                    + "revert_count, revision, created_at) VALUES (?, ?, ?, ?, 0, 0, 0, ?) RETURNING id",
                    plan.articleId(), sourceId, plan.articleKey(), now, now);
        }
        for (String identity : plan.newIdentities()) {
            Sql.update(c, "INSERT INTO identities (identity, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    identity, articleId);
        }
        if (plan.newObservations().isEmpty()) {
            return;
        }
        Map<String, Long> textIds = new HashMap<>();
        plan.snapshot().texts().forEach((hash, t) -> textIds.put(hash, t.id()));
        for (ParsedVersion p : plan.newTexts()) {
            long textId = insertText(c, articleId, p);
            textIds.put(p.contentHash(), textId);
        }
        boolean versionsChanged = plan.history().isPresent();
        if (versionsChanged) {
            deleteFrom(c, articleId, plan);
        }
        Map<String, Long> versionIds = new HashMap<>();
        for (Plan.PlannedVersion v : plan.versions()) {
            if (v.storedId().isPresent()) {
                versionIds.put(v.publicId(), v.storedId().get());
            } else {
                long id = Sql.insert(c, "INSERT INTO versions (public_id, article_id, seq, text_id, seen_at, sort_at, url, "
                                + "revert_of, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        v.publicId(), articleId, v.seq(), textIds.get(v.contentHash()), Sql.millis(v.seen()), v.sortAt(),
                        Sql.text(v.url()), Sql.id(v.revertOf().map(versionIds::get)), v.origin());
                versionIds.put(v.publicId(), id);
            }
        }
        writeObservations(c, articleId, plan, versionIds, now);
        if (versionsChanged) {
            ArticleHistory history = plan.history().get();
            writeAlignments(c, articleId, plan, history, versionIds);
            writeChanges(c, plan, versionIds);
            writeThreads(c, articleId, plan, history, versionIds);
        }
        updateArticle(c, articleId, plan, versionIds);
    }

    /** The source's row, created if missing; another process may be creating it at the same moment. */
    private static long sourceId(Connection c, String name, long now) throws SQLException {
        Optional<Long> id = Sql.first(c, "SELECT id FROM sources WHERE name = ?", rs -> rs.getLong(1), name);
        if (id.isPresent()) {
            return id.get();
        }
        Sql.update(c, "INSERT INTO sources (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", name, now);
        return Sql.first(c, "SELECT id FROM sources WHERE name = ?", rs -> rs.getLong(1), name)
                .orElseThrow(() -> new SQLException("source \"" + name + "\" vanished"));
    }

    private long insertText(Connection c, long articleId, ParsedVersion p) throws SQLException {
        long textId = Sql.insert(c, "INSERT INTO texts (article_id, content_hash, title, byline, raw_body, format, "
                        + "normalized_text, sentence_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                articleId, p.contentHash(), Sql.text(p.title()), Sql.text(p.byline()), p.incoming().body(),
                p.incoming().format(), p.document().text().text(), p.document().sentences().size());
        try (Batch b = new Batch(c, "INSERT INTO sentences (text_id, idx, paragraph, role, start_offset, end_offset, text) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Sentence s : p.document().sentences()) {
                b.add(textId, s.index(), s.paragraph(), s.role(), s.span().start(), s.span().end(), s.text());
            }
        }
        if (dialect == Dialect.SQLITE) {
            Sql.update(c, "INSERT INTO sentence_fts (rowid, text) SELECT id, text FROM sentences WHERE text_id = ?", textId);
            Sql.update(c, "INSERT INTO title_fts (rowid, title) SELECT id, title FROM texts WHERE id = ? AND title IS NOT NULL",
                    textId);
        }
        return textId;
    }

    /** Deletes the stored versions after the kept prefix, and every thread of the article. */
    private static void deleteFrom(Connection c, long articleId, Plan plan) throws SQLException {
        Sql.update(c, "DELETE FROM thread_steps WHERE article_id = ?", articleId);
        Sql.update(c, "DELETE FROM threads WHERE article_id = ?", articleId);
        List<Snapshot.Version> stale = plan.snapshot().versions().subList(plan.keptVersions(),
                plan.snapshot().versions().size());
        if (stale.isEmpty()) {
            return;
        }
        int fromSeq = plan.keptVersions();
        Sql.update(c, "DELETE FROM changes WHERE version_id IN (SELECT id FROM versions WHERE article_id = ? AND seq >= ?)",
                articleId, fromSeq);
        Sql.update(c, "DELETE FROM edits WHERE alignment_id IN (SELECT a.id FROM alignments a "
                + "JOIN versions v ON v.id = a.to_version_id WHERE v.article_id = ? AND v.seq >= ?)", articleId, fromSeq);
        Sql.update(c, "DELETE FROM alignments WHERE to_version_id IN (SELECT id FROM versions WHERE article_id = ? "
                + "AND seq >= ?)", articleId, fromSeq);
        Sql.update(c, "UPDATE events SET version_id = NULL WHERE version_id IN (SELECT id FROM versions WHERE article_id = ? "
                + "AND seq >= ?)", articleId, fromSeq);
        Sql.update(c, "UPDATE versions SET revert_of = NULL WHERE article_id = ? AND seq >= ?", articleId, fromSeq);
        Sql.update(c, "DELETE FROM versions WHERE article_id = ? AND seq >= ?", articleId, fromSeq);
    }

    private static void writeObservations(Connection c, long articleId, Plan plan, Map<String, Long> versionIds, long now)
            throws SQLException {
        try (Batch update = new Batch(c, "UPDATE events SET kind = ?, version_id = ? WHERE id = ?")) {
            for (Plan.PlannedObservation o : plan.changedObservations()) {
                update.add(o.kind(), versionIds.get(o.versionPublicId()), o.eventId().orElseThrow());
            }
        }
        try (Batch insert = new Batch(c, "INSERT INTO events (article_id, version_id, kind, content_hash, seen_at, sort_at, "
                + "occurrence, url, origin, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Plan.PlannedObservation o : plan.newObservations()) {
                insert.add(articleId, versionIds.get(o.versionPublicId()), o.kind(), o.contentHash(), Sql.millis(o.seen()),
                        o.sortAt(), o.occurrence(), Sql.text(o.url()), o.origin(), now);
            }
        }
    }

    private static void writeAlignments(Connection c, long articleId, Plan plan, ArticleHistory history,
            Map<String, Long> versionIds) throws SQLException {
        try (Batch edits = new Batch(c, "INSERT INTO edits (alignment_id, ord, type, old_indices, new_indices, moved, "
                + "similarity, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int v = Math.max(1, plan.keptVersions()); v < plan.versions().size(); v++) {
                Alignment alignment = history.steps().get(v - 1);
                AlignmentSummary s = alignment.summary();
                VersionStats stats = history.stats().get(v);
                long alignmentId = Sql.insert(c, "INSERT INTO alignments (article_id, from_version_id, to_version_id, "
                                + "unchanged, edited, added, deleted, moved, split, merged, carried_over, churn) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        articleId, versionIds.get(plan.versions().get(v - 1).publicId()),
                        versionIds.get(plan.versions().get(v).publicId()), s.unchanged(), s.edited(), s.added(),
                        s.deleted(), s.moved(), s.split(), s.merged(), stats.carriedOver(), stats.churn());
                int ord = 0;
                for (Edit e : alignment.edits()) {
                    EditCodec.Row r = EditCodec.encode(e);
                    edits.add(alignmentId, ord++, r.type(), r.oldIndices(), r.newIndices(), r.moved(), r.similarity(),
                            r.words());
                }
            }
        }
    }

    private static void writeChanges(Connection c, Plan plan, Map<String, Long> versionIds) throws SQLException {
        try (Batch b = new Batch(c, "INSERT INTO changes (version_id, ord, kind, text, old_sentences, new_sentences) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Integer, List<StoredChange>> e : plan.changes().entrySet()) {
                long versionId = versionIds.get(plan.versions().get(e.getKey()).publicId());
                int ord = 0;
                for (StoredChange ch : e.getValue()) {
                    b.add(versionId, ord++, ch.kind(), ch.text(), IndexList.encode(ch.oldSentences()),
                            IndexList.encode(ch.newSentences()));
                }
            }
        }
    }

    private static void writeThreads(Connection c, long articleId, Plan plan, ArticleHistory history,
            Map<String, Long> versionIds) throws SQLException {
        Map<String, Integer> numbers = new HashMap<>();
        for (SentenceThread t : history.threads()) {
            numbers.put(t.id(), numbers.size());
        }
        try (Batch threads = new Batch(c, "INSERT INTO threads (article_id, thread_no, first_seq, forked_from, survives) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            for (SentenceThread t : history.threads()) {
                threads.add(articleId, numbers.get(t.id()), t.firstVersion(), threadNo(t.forkedFrom(), numbers),
                        t.survives());
            }
        }
        try (Batch steps = new Batch(c, "INSERT INTO thread_steps (article_id, thread_no, seq, version_id, kind, "
                + "sentence_idx, moved, other_thread) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SentenceThread t : history.threads()) {
                int no = numbers.get(t.id());
                for (ThreadStep s : t.steps()) {
                    if (s.kind() != StepKind.ABSENT) {
                        steps.add(articleId, no, s.version(), versionIds.get(plan.versions().get(s.version()).publicId()),
                                s.kind(), s.sentence(), s.moved(), threadNo(s.otherThread(), numbers));
                    }
                }
            }
        }
    }

    private static Object threadNo(Optional<String> threadId, Map<String, Integer> numbers) {
        return threadId.isPresent() ? (Object) numbers.get(threadId.get()) : Sql.NULL_INT;
    }

    private static void updateArticle(Connection c, long articleId, Plan plan, Map<String, Long> versionIds)
            throws SQLException {
        List<Plan.PlannedVersion> versions = plan.versions();
        Plan.PlannedVersion first = versions.get(0);
        Plan.PlannedVersion latest = versions.get(versions.size() - 1);
        Optional<Instant> lastChecked = Stream.concat(
                        plan.snapshot().observations().stream().map(Snapshot.Observation::seen),
                        plan.newObservations().stream().map(Plan.PlannedObservation::seen))
                .flatMap(Optional::stream).max(Instant::compareTo);
        Optional<String> url = Optional.empty();
        for (Plan.PlannedObservation o : plan.newObservations()) {
            if (o.url().isPresent()) {
                url = o.url();
            }
        }
        long reverts = versions.stream().filter(v -> v.revertOf().isPresent()).count();
        Sql.update(c, "UPDATE articles SET url = COALESCE(?, url), title = ?, first_seen = ?, last_changed = ?, "
                        + "last_checked = ?, sort_at = ?, version_count = ?, revert_count = ?, latest_version_id = ?, "
                        + "revision = revision + 1 WHERE id = ?",
                Sql.text(url), Sql.text(latest.title()), Sql.millis(first.seen()), Sql.millis(latest.seen()),
                Sql.millis(lastChecked), latest.sortAt(), versions.size(), (int) reverts,
                versionIds.get(latest.publicId()), articleId);
    }
}
