package dev.palimpsest.store.read;

import dev.palimpsest.store.ArticleDetail;
import dev.palimpsest.store.ArticleQuery;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.EventKind;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.StoreCounts;
import dev.palimpsest.store.StoredEvent;
import dev.palimpsest.store.VersionSummary;
import dev.palimpsest.store.db.Sql;
import dev.palimpsest.store.importer.SnapshotLoader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles, their versions and events. */
public final class ArticleReads {

    private ArticleReads() {
    }

    public static Page<ArticleSummary> list(Connection c, ArticleQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + Rows.ARTICLE_COLUMNS + Rows.ARTICLE_FROM + "WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.source().isPresent()) {
            sql.append(" AND src.name = ?");
            params.add(q.source().get());
        }
        if (q.from().isPresent()) {
            sql.append(" AND a.last_changed >= ?");
            params.add(q.from().get());
        }
        if (q.to().isPresent()) {
            sql.append(" AND a.last_changed < ?");
            params.add(q.to().get());
        }
        if (q.changedOnly()) {
            sql.append(" AND a.version_count > 1");
        }
        sql.append(" ORDER BY a.sort_at DESC, a.id DESC LIMIT ? OFFSET ?");
        params.add(q.limit() + 1);
        params.add(q.offset());
        List<ArticleSummary> rows = Sql.list(c, sql.toString(), Rows::article, params.toArray());
        return page(rows, q.offset(), q.limit());
    }

    static <T> Page<T> page(List<T> rowsPlusOne, int offset, int limit) {
        boolean more = rowsPlusOne.size() > limit;
        return new Page<>(more ? rowsPlusOne.subList(0, limit) : rowsPlusOne, offset, limit, more);
    }

    public static Optional<ArticleDetail> find(Connection c, String publicId) throws SQLException {
        Optional<Long> id = Sql.first(c, "SELECT id FROM articles WHERE public_id = ?", rs -> rs.getLong(1), publicId);
        return id.isEmpty() ? Optional.empty() : Optional.of(detail(c, id.get()));
    }

    public static Optional<ArticleDetail> findByKey(Connection c, String source, String articleKey) throws SQLException {
        Optional<Long> id = Sql.first(c, "SELECT article_id FROM identities WHERE identity = ?", rs -> rs.getLong(1),
                SnapshotLoader.keyIdentity(source, articleKey));
        return id.isEmpty() ? Optional.empty() : Optional.of(detail(c, id.get()));
    }

    static ArticleDetail detail(Connection c, long articleRowId) throws SQLException {
        ArticleSummary article = Sql.first(c, "SELECT " + Rows.ARTICLE_COLUMNS + Rows.ARTICLE_FROM + "WHERE a.id = ?",
                Rows::article, articleRowId).orElseThrow(() -> new SQLException("article " + articleRowId + " is gone"));
        return new ArticleDetail(article, versions(c, articleRowId));
    }

    static List<VersionSummary> versions(Connection c, long articleRowId) throws SQLException {
        return Sql.list(c, "SELECT " + Rows.VERSION_COLUMNS + Rows.VERSION_FROM + "WHERE v.article_id = ? ORDER BY v.seq",
                Rows::version, articleRowId);
    }

    public static List<StoredEvent> events(Connection c, String articlePublicId) throws SQLException {
        return Sql.list(c, "SELECT e.kind, e.seen_at, v.public_id AS version_public_id, e.origin, e.recorded_at "
                        + "FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN versions v ON v.id = e.version_id "
                        + "WHERE a.public_id = ? ORDER BY e.sort_at, e.id",
                rs -> new StoredEvent(EventKind.valueOf(rs.getString("kind")), Sql.optMillis(rs, "seen_at"),
                        Sql.optText(rs, "version_public_id"), rs.getString("origin"),
                        Instant.ofEpochMilli(rs.getLong("recorded_at"))),
                articlePublicId);
    }

    public static List<ArticleSummary> mostEdited(Connection c, Optional<String> source, int limit) throws SQLException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        String where = source.isPresent() ? "WHERE src.name = ? " : "";
        Object[] params = source.isPresent() ? new Object[] {source.get(), limit} : new Object[] {limit};
        return Sql.list(c, "SELECT " + Rows.ARTICLE_COLUMNS + Rows.ARTICLE_FROM + where
                + "ORDER BY a.version_count DESC, a.sort_at DESC, a.id DESC LIMIT ?", Rows::article, params);
    }

    public static List<String> sources(Connection c) throws SQLException {
        return Sql.list(c, "SELECT name FROM sources ORDER BY name", rs -> rs.getString(1));
    }

    public static StoreCounts counts(Connection c) throws SQLException {
        return new StoreCounts(count(c, "sources"), count(c, "articles"), count(c, "versions"), count(c, "texts"),
                count(c, "sentences"), count(c, "alignments"), count(c, "edits"), count(c, "threads"),
                count(c, "thread_steps"), count(c, "changes"), count(c, "events"));
    }

    private static long count(Connection c, String table) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM " + table);
    }
}
