package dev.palimpsest.store.read;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.EditType;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.store.ArticleDetail;
import dev.palimpsest.store.RawVersion;
import dev.palimpsest.store.StoredChange;
import dev.palimpsest.store.StoredHistory;
import dev.palimpsest.store.VersionSummary;
import dev.palimpsest.store.codec.EditCodec;
import dev.palimpsest.store.codec.IndexList;
import dev.palimpsest.store.db.Sql;
import dev.palimpsest.store.importer.StoreEngines;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Histories, raw versions and stored alignments. */
public final class HistoryReads {

    private HistoryReads() {
    }

    /**
     * The article's history, rebuilt from the stored raw versions with the engines that stored it: its
     * alignments and threads equal the stored ones.
     */
    public static Optional<StoredHistory> find(Connection c, String articlePublicId) throws SQLException {
        Optional<Long> id = Sql.first(c, "SELECT id FROM articles WHERE public_id = ?", rs -> rs.getLong(1), articlePublicId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        ArticleDetail detail = ArticleReads.detail(c, id.get());
        record Text(long textId, String body, InputFormat format) {
        }
        List<Text> texts = Sql.list(c, "SELECT t.id, t.raw_body, t.format FROM versions v JOIN texts t ON t.id = v.text_id "
                        + "WHERE v.article_id = ? ORDER BY v.seq",
                rs -> new Text(rs.getLong(1), rs.getString(2), InputFormat.valueOf(rs.getString(3))), id.get());
        Map<Long, Document> docs = new HashMap<>();
        List<HistoryBuilder.Input> inputs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Text t = texts.get(i);
            Document doc = docs.computeIfAbsent(t.textId(), k -> StoreEngines.PARSER.parse(t.body(), t.format()));
            VersionSummary v = detail.versions().get(i);
            inputs.add(new HistoryBuilder.Input(new VersionMeta(v.id(), v.seen(), v.title()), doc));
        }
        ArticleHistory history = StoreEngines.HISTORY.build(inputs);
        Map<String, List<StoredChange>> notesByVersion = new HashMap<>();
        for (var row : Sql.list(c, "SELECT v.public_id, c.kind, c.text, c.old_sentences, c.new_sentences FROM changes c "
                        + "JOIN versions v ON v.id = c.version_id WHERE v.article_id = ? ORDER BY v.seq, c.ord",
                rs -> Map.entry(rs.getString(1), new StoredChange(rs.getString(2), rs.getString(3),
                        IndexList.decode(rs.getString(4)), IndexList.decode(rs.getString(5)))), id.get())) {
            notesByVersion.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        List<List<StoredChange>> notes = detail.versions().stream()
                .map(v -> notesByVersion.getOrDefault(v.id(), List.of())).toList();
        return Optional.of(new StoredHistory(detail, history, notes));
    }

    public static Optional<RawVersion> raw(Connection c, String versionPublicId) throws SQLException {
        return Sql.first(c, "SELECT v.public_id, a.public_id, t.raw_body, t.format FROM versions v "
                        + "JOIN articles a ON a.id = v.article_id JOIN texts t ON t.id = v.text_id WHERE v.public_id = ?",
                rs -> new RawVersion(rs.getString(1), rs.getString(2), rs.getString(3), InputFormat.valueOf(rs.getString(4))),
                versionPublicId);
    }

    /** The stored alignment of a version with the one before it. */
    public static Optional<Alignment> alignment(Connection c, String versionPublicId) throws SQLException {
        record Pair(long alignmentId, long fromText, long toText, int fromSize, int toSize) {
        }
        Optional<Pair> pair = Sql.first(c, "SELECT al.id, fv.text_id, tv.text_id, ft.sentence_count, tt.sentence_count "
                        + "FROM alignments al JOIN versions tv ON tv.id = al.to_version_id "
                        + "JOIN versions fv ON fv.id = al.from_version_id JOIN texts ft ON ft.id = fv.text_id "
                        + "JOIN texts tt ON tt.id = tv.text_id WHERE tv.public_id = ?",
                rs -> new Pair(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)), versionPublicId);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        Pair p = pair.get();
        List<String> oldSentences = sentences(c, p.fromText());
        List<String> newSentences = sentences(c, p.toText());
        List<Edit> edits = Sql.list(c, "SELECT type, old_indices, new_indices, moved, similarity, words FROM edits "
                        + "WHERE alignment_id = ? ORDER BY ord",
                rs -> EditCodec.decode(new EditCodec.Row(EditType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getDouble(5), rs.getString(6)),
                        oldSentences, newSentences, StoreEngines.WORDS), p.alignmentId());
        return Optional.of(new Alignment(p.fromSize(), p.toSize(), edits));
    }

    static List<String> sentences(Connection c, long textId) throws SQLException {
        return Sql.list(c, "SELECT text FROM sentences WHERE text_id = ? ORDER BY idx", rs -> rs.getString(1), textId);
    }
}
