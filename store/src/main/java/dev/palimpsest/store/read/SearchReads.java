package dev.palimpsest.store.read;

import dev.palimpsest.store.Page;
import dev.palimpsest.store.SearchHit;
import dev.palimpsest.store.SearchQuery;
import dev.palimpsest.store.db.Dialect;
import dev.palimpsest.store.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Full-text search over every sentence and title ever stored. A hit is one distinct text per article
 * (a sentence kept across five versions is one hit), at the last version that had it; hits are
 * listed by their article's latest change, newest first. SQLite matches with FTS5 (porter stemmer),
 * PostgreSQL with {@code tsvector} columns ({@code english} configuration): the same words match, up
 * to stemmer and stop-word differences.
 */
public final class SearchReads {

    private SearchReads() {
    }

    private record Row(long articleRowId, String articleId, String source, Optional<String> articleTitle,
            long latestVersionRowId, SearchHit.Field field, String text, int seq) {
    }

    public static Page<SearchHit> search(Connection c, Dialect dialect, SearchQuery q) throws SQLException {
        SearchTerms terms = SearchTerms.parse(q.text());
        if (terms.isEmpty()) {
            return new Page<>(List.of(), q.offset(), q.limit(), false);
        }
        List<Object> params = new ArrayList<>();
        String sentenceMatch;
        String titleMatch;
        if (dialect == Dialect.SQLITE) {
            sentenceMatch = "sentences s JOIN texts t ON t.id = s.text_id "
                    + "WHERE s.id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)";
            titleMatch = "texts t WHERE t.id IN (SELECT rowid FROM title_fts WHERE title_fts MATCH ?)";
            params.add(terms.fts5());
            params.add(terms.fts5());
        } else {
            String tsquery = tsquery(terms);
            sentenceMatch = "sentences s JOIN texts t ON t.id = s.text_id WHERE s.tsv @@ " + tsquery;
            titleMatch = "texts t WHERE t.title_tsv @@ " + tsquery;
            params.addAll(terms.all());
            params.addAll(terms.all());
        }
        // One row per article, field and text: the last version that had it.
        StringBuilder sql = new StringBuilder()
                .append("SELECT h.article_id, a.public_id, src.name, a.title, a.latest_version_id, h.field, h.text, ")
                .append("MAX(h.seq) AS seq FROM (")
                .append("SELECT t.article_id AS article_id, 'SENTENCE' AS field, s.text AS text, ")
                .append("(SELECT MAX(v.seq) FROM versions v WHERE v.text_id = t.id) AS seq FROM ").append(sentenceMatch)
                .append(" UNION ALL ")
                .append("SELECT t.article_id, 'TITLE', t.title, (SELECT MAX(v.seq) FROM versions v WHERE v.text_id = t.id) ")
                .append("FROM ").append(titleMatch)
                .append(") h JOIN articles a ON a.id = h.article_id JOIN sources src ON src.id = a.source_id WHERE 1 = 1");
        if (q.source().isPresent()) {
            sql.append(" AND src.name = ?");
            params.add(q.source().get());
        }
        if (q.deletedOnly()) {
            sql.append(" AND ((h.field = 'SENTENCE' AND NOT EXISTS (SELECT 1 FROM versions lv JOIN sentences ls ")
                    .append("ON ls.text_id = lv.text_id WHERE lv.id = a.latest_version_id AND ls.text = h.text)) ")
                    .append("OR (h.field = 'TITLE' AND (a.title IS NULL OR a.title <> h.text)))");
        }
        sql.append(" GROUP BY h.article_id, a.public_id, src.name, a.title, a.latest_version_id, a.sort_at, h.field, h.text")
                .append(" ORDER BY a.sort_at DESC, h.article_id DESC, h.field DESC, MAX(h.seq) DESC, h.text LIMIT ? OFFSET ?");
        params.add(q.limit() + 1);
        params.add(q.offset());
        List<Row> rows = Sql.list(c, sql.toString(), rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                Optional.ofNullable(rs.getString(4)), rs.getLong(5), SearchHit.Field.valueOf(rs.getString(6)),
                rs.getString(7), rs.getInt(8)), params.toArray());
        Page<Row> page = ArticleReads.page(rows, q.offset(), q.limit());
        List<String> words = terms.highlightWords();
        List<SearchHit> hits = new ArrayList<>();
        for (Row r : page.items()) {
            Snippets.Snippet snippet = Snippets.of(r.text(), words);
            String versionId = Sql.first(c, "SELECT public_id FROM versions WHERE article_id = ? AND seq = ?",
                    rs -> rs.getString(1), r.articleRowId(), r.seq()).orElseThrow();
            hits.add(new SearchHit(r.articleId(), r.source(), r.articleTitle(), versionId, r.seq(), r.field(), r.text(),
                    presence(c, r), snippet.text(), snippet.highlights()));
        }
        return new Page<>(hits, page.offset(), page.limit(), page.hasMore());
    }

    /** {@code (plainto_tsquery(…) && phraseto_tsquery(…) && …)}, one bound parameter per term. */
    private static String tsquery(SearchTerms terms) {
        List<String> parts = new ArrayList<>();
        terms.words().forEach(w -> parts.add("plainto_tsquery('english', ?)"));
        terms.phrases().forEach(p -> parts.add("phraseto_tsquery('english', ?)"));
        return "(" + String.join(" && ", parts) + ")";
    }

    private static SearchHit.Presence presence(Connection c, Row r) throws SQLException {
        if (r.field() == SearchHit.Field.TITLE) {
            return r.articleTitle().equals(Optional.of(r.text())) ? SearchHit.Presence.PRESENT : SearchHit.Presence.DELETED;
        }
        long present = Sql.count(c, "SELECT COUNT(*) FROM versions v JOIN sentences s ON s.text_id = v.text_id "
                + "WHERE v.id = ? AND s.text = ?", r.latestVersionRowId(), r.text());
        if (present > 0) {
            return SearchHit.Presence.PRESENT;
        }
        Optional<Boolean> survives = Sql.first(c, "SELECT th.survives FROM versions v "
                        + "JOIN sentences s ON s.text_id = v.text_id "
                        + "JOIN thread_steps ts ON ts.version_id = v.id AND ts.sentence_idx = s.idx "
                        + "JOIN threads th ON th.article_id = ts.article_id AND th.thread_no = ts.thread_no "
                        + "WHERE v.article_id = ? AND v.seq = ? AND s.text = ?",
                rs -> rs.getBoolean(1), r.articleRowId(), r.seq(), r.text());
        return survives.orElse(false) ? SearchHit.Presence.REWRITTEN : SearchHit.Presence.DELETED;
    }
}
