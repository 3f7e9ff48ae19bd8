package dev.palimpsest.store.read;

import dev.palimpsest.store.db.Dialect;
import dev.palimpsest.store.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what every import must leave behind, whatever happened to the process: the database file is
 * sound (SQLite), every article has versions numbered 0..n-1 with an alignment between each
 * consecutive pair, threads that cover its latest version, one version-starting event per version,
 * and nothing points nowhere or is pointed at by nothing.
 */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    /** The problems found, one line each; empty when the store is consistent. */
    public static List<String> run(Connection c, Dialect dialect) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (dialect == Dialect.SQLITE) {
            // FTS5's own check first: it also refreshes the connection's cached index structure, which
            // PRAGMA integrity_check would otherwise read stale after other connections' writes.
            for (String fts : List.of("sentence_fts", "title_fts")) {
                try {
                    Sql.list(c, "INSERT INTO " + fts + " (" + fts + ") VALUES ('integrity-check') RETURNING 1", rs -> 1);
                } catch (SQLException e) {
                    problems.add(fts + ": " + e.getMessage());
                }
            }
            List<String> integrity = Sql.list(c, "PRAGMA integrity_check", rs -> rs.getString(1));
            if (!integrity.equals(List.of("ok"))) {
                problems.add("integrity_check: " + String.join("; ", integrity));
            }
            long badKeys = Sql.list(c, "PRAGMA foreign_key_check", rs -> rs.getString(1)).size();
            if (badKeys > 0) {
                problems.add(badKeys + " rows break foreign keys");
            }
        }
        check(problems, c, "articles whose version count or numbering is off",
                "SELECT COUNT(*) FROM articles a WHERE a.version_count <> (SELECT COUNT(*) FROM versions v WHERE v.article_id = a.id) "
                        + "OR a.version_count - 1 <> (SELECT COALESCE(MAX(v.seq), -1) FROM versions v WHERE v.article_id = a.id)");
        check(problems, c, "articles without versions",
                "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.article_id = a.id)");
        check(problems, c, "articles whose latest version is wrong",
                "SELECT COUNT(*) FROM articles a WHERE a.latest_version_id IS NULL OR NOT EXISTS (SELECT 1 FROM versions v "
                        + "WHERE v.id = a.latest_version_id AND v.article_id = a.id AND v.seq = a.version_count - 1)");
        check(problems, c, "versions after the first without an alignment to the one before",
                "SELECT COUNT(*) FROM versions v WHERE v.seq > 0 AND NOT EXISTS (SELECT 1 FROM alignments al "
                        + "JOIN versions f ON f.id = al.from_version_id WHERE al.to_version_id = v.id "
                        + "AND f.article_id = v.article_id AND f.seq = v.seq - 1)");
        check(problems, c, "alignments that do not join consecutive versions",
                "SELECT COUNT(*) FROM alignments al JOIN versions f ON f.id = al.from_version_id "
                        + "JOIN versions t ON t.id = al.to_version_id WHERE f.article_id <> t.article_id OR f.seq + 1 <> t.seq "
                        + "OR al.article_id <> t.article_id");
        check(problems, c, "alignments without edits",
                "SELECT COUNT(*) FROM alignments al WHERE NOT EXISTS (SELECT 1 FROM edits e WHERE e.alignment_id = al.id)");
        check(problems, c, "latest versions whose sentences are not all on a thread",
                "SELECT COUNT(*) FROM articles a JOIN versions v ON v.id = a.latest_version_id JOIN texts t ON t.id = v.text_id "
                        + "WHERE t.sentence_count <> (SELECT COUNT(*) FROM thread_steps s WHERE s.version_id = v.id "
                        + "AND s.sentence_idx >= 0)");
        check(problems, c, "versions without the event that started them",
                "SELECT COUNT(*) FROM versions v WHERE 1 <> (SELECT COUNT(*) FROM events e WHERE e.version_id = v.id "
                        + "AND e.kind IN ('FIRST_SEEN', 'CHANGED', 'REVERTED'))");
        check(problems, c, "content events without a version",
                "SELECT COUNT(*) FROM events e WHERE e.content_hash IS NOT NULL AND e.version_id IS NULL");
        check(problems, c, "texts no version uses",
                "SELECT COUNT(*) FROM texts t WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.text_id = t.id)");
        check(problems, c, "texts whose sentence count is off",
                "SELECT COUNT(*) FROM texts t WHERE t.sentence_count <> (SELECT COUNT(*) FROM sentences s WHERE s.text_id = t.id)");
        check(problems, c, "reverts to a later or another article's version",
                "SELECT COUNT(*) FROM versions v JOIN versions r ON r.id = v.revert_of "
                        + "WHERE r.article_id <> v.article_id OR r.seq >= v.seq OR r.text_id <> v.text_id");
        return problems;
    }

    private static void check(List<String> problems, Connection c, String what, String countSql) throws SQLException {
        long n = Sql.count(c, countSql);
        if (n > 0) {
            problems.add(n + " " + what);
        }
    }
}
