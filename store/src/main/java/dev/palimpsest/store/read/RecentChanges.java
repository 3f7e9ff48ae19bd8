package dev.palimpsest.store.read;

import dev.palimpsest.store.Page;
import dev.palimpsest.store.RecentChange;
import dev.palimpsest.store.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The newest changes across all articles: a home page, an Atom feed. */
public final class RecentChanges {

    private RecentChanges() {
    }

    public static Page<RecentChange> list(Connection c, Optional<String> source, int offset, int limit)
            throws SQLException {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        List<Object> params = new ArrayList<>();
        String where = "WHERE v.seq > 0";
        if (source.isPresent()) {
            where += " AND src.name = ?";
            params.add(source.get());
        }
        params.add(limit + 1);
        params.add(offset);
        List<RecentChange> rows = Sql.list(c, "SELECT v.public_id, a.public_id AS article_public_id, src.name, t.title, "
                        + "v.url, v.seen_at, v.seq, r.seq AS revert_seq, al.edited, al.added, al.deleted, al.moved, "
                        + "al.split, al.merged, "
                        + "(SELECT ch.text FROM changes ch WHERE ch.version_id = v.id ORDER BY ch.ord LIMIT 1) AS first_note "
                        + "FROM versions v JOIN articles a ON a.id = v.article_id JOIN sources src ON src.id = a.source_id "
                        + "JOIN texts t ON t.id = v.text_id LEFT JOIN versions r ON r.id = v.revert_of "
                        + "LEFT JOIN alignments al ON al.to_version_id = v.id "
                        + where + " ORDER BY v.sort_at DESC, v.id DESC LIMIT ? OFFSET ?",
                RecentChanges::row, params.toArray());
        return ArticleReads.page(rows, offset, limit);
    }

    private static RecentChange row(ResultSet rs) throws SQLException {
        Optional<Long> revertSeq = Sql.optLong(rs, "revert_seq");
        return new RecentChange(rs.getString("public_id"), rs.getString("article_public_id"), rs.getString("name"),
                Sql.optText(rs, "title"), Sql.optText(rs, "url"), Sql.optMillis(rs, "seen_at"), rs.getInt("seq"),
                revertSeq.isPresent(), summary(rs, revertSeq));
    }

    /** Versions are numbered from 1 for people. */
    private static String summary(ResultSet rs, Optional<Long> revertSeq) throws SQLException {
        String note = rs.getString("first_note");
        String counts = counts(rs);
        if (revertSeq.isPresent()) {
            return "Reverted to the text of version " + (revertSeq.get() + 1) + (note != null ? "; " + note : "");
        }
        return note != null ? note : counts;
    }

    private static String counts(ResultSet rs) throws SQLException {
        List<String> parts = new ArrayList<>();
        String[] columns = {"edited", "added", "deleted", "moved", "split", "merged"};
        for (String column : columns) {
            int n = rs.getInt(column);
            if (n > 0) {
                parts.add(n + " " + column);
            }
        }
        return parts.isEmpty() ? "Title or layout changed" : "Sentences: " + String.join(", ", parts);
    }
}
