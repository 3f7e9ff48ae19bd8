package dev.palimpsest.store.importer;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.store.EventKind;
import dev.palimpsest.store.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads an article's {@link Snapshot}, and stored documents on demand. */
public final class SnapshotLoader {

    private SnapshotLoader() {
    }

    /** The identity of an article key within a source: {@code key:<length of source>:<source>:<key>}. */
    public static String keyIdentity(String source, String articleKey) {
        return "key:" + source.length() + ":" + source + ":" + articleKey;
    }

    /** The identity of a url. */
    public static String urlIdentity(String url) {
        return "url:" + UrlKey.of(url);
    }

    /** The identities the parsed versions name: their source and key first, then their urls. */
    public static List<String> identitiesOf(List<ParsedVersion> parsed) {
        List<String> ids = new ArrayList<>();
        ParsedVersion first = parsed.get(0);
        ids.add(keyIdentity(first.incoming().source(), first.incoming().articleKey()));
        for (ParsedVersion p : parsed) {
            p.url().map(SnapshotLoader::urlIdentity).filter(id -> !ids.contains(id)).ifPresent(ids::add);
        }
        return ids;
    }

    /** The article that any of {@code identities} names (the first that names one wins), and what it holds. */
    public static Snapshot load(Connection c, List<String> identities) throws SQLException {
        Optional<Snapshot.Article> article = Optional.empty();
        for (String identity : identities) {
            article = Sql.first(c, "SELECT a.id, a.public_id, a.revision FROM identities i "
                            + "JOIN articles a ON a.id = i.article_id WHERE i.identity = ?",
                    rs -> new Snapshot.Article(rs.getLong(1), rs.getString(2), rs.getLong(3)), identity);
            if (article.isPresent()) {
                break;
            }
        }
        if (article.isEmpty()) {
            return Snapshot.empty();
        }
        long id = article.get().id();
        List<String> known = Sql.list(c, "SELECT identity FROM identities WHERE article_id = ?", rs -> rs.getString(1), id);
        List<Snapshot.Observation> observations = Sql.list(c,
                "SELECT e.id, e.kind, e.content_hash, e.seen_at, e.sort_at, e.occurrence, e.url, e.origin, v.public_id "
                        + "FROM events e LEFT JOIN versions v ON v.id = e.version_id "
                        + "WHERE e.article_id = ? ORDER BY e.sort_at, e.id",
                rs -> new Snapshot.Observation(rs.getLong(1), EventKind.valueOf(rs.getString(2)),
                        Optional.ofNullable(rs.getString(3)), Sql.optMillis(rs, "seen_at"), rs.getLong(5), rs.getInt(6),
                        Optional.ofNullable(rs.getString(7)), rs.getString(8), Optional.ofNullable(rs.getString(9))),
                id);
        List<Snapshot.Version> versions = Sql.list(c,
                "SELECT v.id, v.public_id, v.seq, t.content_hash FROM versions v JOIN texts t ON t.id = v.text_id "
                        + "WHERE v.article_id = ? ORDER BY v.seq",
                rs -> new Snapshot.Version(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)), id);
        Map<String, Snapshot.Text> texts = new HashMap<>();
        for (Snapshot.Text t : Sql.list(c, "SELECT id, content_hash, title, byline, format FROM texts WHERE article_id = ?",
                rs -> new Snapshot.Text(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)), InputFormat.valueOf(rs.getString(5))), id)) {
            texts.put(t.contentHash(), t);
        }
        return new Snapshot(article, known, observations, versions, texts);
    }

    /** The document of a stored text, parsed again from its raw body with the store's engines. */
    public static Document document(Connection c, long textId) throws SQLException {
        return Sql.first(c, "SELECT raw_body, format FROM texts WHERE id = ?",
                        rs -> StoreEngines.PARSER.parse(rs.getString(1), InputFormat.valueOf(rs.getString(2))), textId)
                .orElseThrow(() -> new SQLException("text " + textId + " is gone"));
    }

    /** Whether the article is still as {@code snapshot} saw it (nobody imported into it meanwhile). */
    public static boolean isCurrent(Connection c, Snapshot snapshot, List<String> identities) throws SQLException {
        if (snapshot.article().isPresent()) {
            Snapshot.Article a = snapshot.article().get();
            return Sql.first(c, "SELECT revision FROM articles WHERE id = ?", rs -> rs.getLong(1), a.id())
                    .map(r -> r == a.revision()).orElse(false);
        }
        for (String identity : identities) {
            if (Sql.count(c, "SELECT COUNT(*) FROM identities WHERE identity = ?", identity) > 0) {
                return false;
            }
        }
        return true;
    }
}
