package dev.palimpsest.store.importer;

import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.store.ImportException;
import dev.palimpsest.store.ImportResult;
import dev.palimpsest.store.db.Database;
import dev.palimpsest.store.db.Dialect;
import dev.palimpsest.store.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Imports one article: {@link #prepare} (parse, load what is stored, plan; any thread) and
 * {@link #store} (check the plan is still current, re-plan if not, write; one transaction).
 * Thread-safe.
 */
public final class ArticleImporter {

    /** An article ready to be written. */
    public record Prepared(List<ParsedVersion> parsed, List<String> identities, Plan plan) {
    }

    private final Database db;
    private final PlanWriter writer;
    private final Clock clock;

    public ArticleImporter(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.writer = new PlanWriter(db.dialect());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Parses, plans and writes in one go, in the write transaction. */
    public ImportResult importArticle(List<IncomingVersion> versions) {
        List<ParsedVersion> parsed = VersionReader.readArticle(versions);
        List<String> identities = SnapshotLoader.identitiesOf(parsed);
        return db.write(c -> {
            lock(c, identities);
            Plan plan = plan(c, parsed, identities);
            writer.write(c, plan);
            return plan.result();
        });
    }

    /**
     * The part that needs no write lock: parse, read the stored article, plan.
     *
     * @throws ImportException when a version cannot be read or the article cannot be analysed
     */
    public Prepared prepare(List<IncomingVersion> versions) {
        List<ParsedVersion> parsed = VersionReader.readArticle(versions);
        List<String> identities = SnapshotLoader.identitiesOf(parsed);
        return new Prepared(parsed, identities, db.read(c -> plan(c, parsed, identities)));
    }

    /** Writes a prepared article, planning again if it was imported into meanwhile. */
    public ImportResult store(Prepared prepared) {
        return db.write(c -> {
            lock(c, prepared.identities());
            Plan plan = prepared.plan();
            if (!SnapshotLoader.isCurrent(c, plan.snapshot(), prepared.identities())) {
                plan = plan(c, prepared.parsed(), prepared.identities());
            }
            writer.write(c, plan);
            return plan.result();
        });
    }

    /**
     * Makes other processes' imports of the same article wait for this transaction. SQLite needs
     * nothing: its write transactions already exclude each other. PostgreSQL takes a transaction-level
     * advisory lock per identity, in a fixed order.
     */
    private void lock(Connection c, List<String> identities) throws SQLException {
        if (db.dialect() != Dialect.POSTGRES) {
            return;
        }
        for (long key : identities.stream().mapToLong(Hashes::lockKey).sorted().distinct().toArray()) {
            Sql.first(c, "SELECT pg_advisory_xact_lock(?)", rs -> 1, key);
        }
    }

    private Plan plan(Connection c, List<ParsedVersion> parsed, List<String> identities) throws SQLException {
        Snapshot snapshot = SnapshotLoader.load(c, identities);
        try {
            return Planner.plan(snapshot, parsed, textId -> SnapshotLoader.document(c, textId), clock.instant());
        } catch (IllegalArgumentException e) {
            // The aligner or analyser refused the texts (sizes are checked before, so this is rare).
            throw new ImportException(parsed.get(0).origin(), "cannot be aligned or analysed: " + e.getMessage(), e);
        }
    }
}
