package dev.palimpsest.store.read;

import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.VersionSummary;
import dev.palimpsest.store.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Shared select lists and row mappers. */
final class Rows {

    /** Columns of {@link #article}; needs {@code articles a JOIN sources src}. */
    static final String ARTICLE_COLUMNS = "a.public_id, src.name AS source_name, a.article_key, a.url, a.title, "
            + "a.first_seen, a.last_changed, a.version_count, a.revert_count";

    static final String ARTICLE_FROM = " FROM articles a JOIN sources src ON src.id = a.source_id ";

    /** Columns of {@link #version}; needs {@link #VERSION_FROM}. */
    static final String VERSION_COLUMNS = "v.public_id, v.seq, v.seen_at, t.title, t.byline, v.url, t.content_hash, "
            + "r.public_id AS revert_public_id, t.sentence_count, al.id AS alignment_id, al.unchanged, al.edited, "
            + "al.added, al.deleted, al.moved, al.split, al.merged, al.churn, v.origin";

    static final String VERSION_FROM = " FROM versions v JOIN texts t ON t.id = v.text_id "
            + "LEFT JOIN versions r ON r.id = v.revert_of LEFT JOIN alignments al ON al.to_version_id = v.id ";

    private Rows() {
    }

    static ArticleSummary article(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getString("public_id"), rs.getString("source_name"), rs.getString("article_key"),
                Sql.optText(rs, "url"), Sql.optText(rs, "title"), Sql.optMillis(rs, "first_seen"),
                Sql.optMillis(rs, "last_changed"), rs.getInt("version_count"), rs.getInt("revert_count"));
    }

    static VersionSummary version(ResultSet rs) throws SQLException {
        Optional<AlignmentSummary> edits = Sql.optLong(rs, "alignment_id").isEmpty() ? Optional.empty()
                : Optional.of(new AlignmentSummary(rs.getInt("unchanged"), rs.getInt("edited"), rs.getInt("added"),
                        rs.getInt("deleted"), rs.getInt("moved"), rs.getInt("split"), rs.getInt("merged")));
        return new VersionSummary(rs.getString("public_id"), rs.getInt("seq"), Sql.optMillis(rs, "seen_at"),
                Sql.optText(rs, "title"), Sql.optText(rs, "byline"), Sql.optText(rs, "url"), rs.getString("content_hash"),
                Sql.optText(rs, "revert_public_id"), rs.getInt("sentence_count"), edits,
                edits.isPresent() ? rs.getDouble("churn") : 0.0, rs.getString("origin"));
    }
}
