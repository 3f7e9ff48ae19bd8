package dev.palimpsest.store.export;

import dev.palimpsest.store.export.Table.Column;
import java.util.List;

/**
 * The processed tables of a NewsEdits release ({@code <src>-matched-sentences.db}), column for
 * column, plus a trailing {@code source} column (a store can hold several sources; NewsEdits ships
 * one file per source). {@code entry_id} has INTEGER affinity: numeric article keys (NewsEdits'
 * own entry ids) are stored as integers and join with the raw archive, other keys stay text.
 */
public final class NewsEditsTables {

    public static final Table SPLIT_SENTENCES = new Table("split_sentences", List.of(
            new Column("entry_id", "INTEGER"), new Column("version", "INTEGER"), new Column("sent_idx", "INTEGER"),
            new Column("sentence", "TEXT"), new Column("source", "TEXT")),
            List.of(List.of("entry_id", "version")));

    public static final Table MATCHED_SENTENCES = new Table("matched_sentences", List.of(
            new Column("entry_id", "INTEGER"), new Column("version_x", "INTEGER"), new Column("version_y", "INTEGER"),
            new Column("sent_idx_x", "INTEGER"), new Column("sent_idx_y", "INTEGER"),
            new Column("avg_sentence_distance_x", "REAL"), new Column("avg_sentence_distance_y", "REAL"),
            new Column("source", "TEXT")),
            List.of(List.of("entry_id", "version_x", "version_y")));

    public static final Table DOC_LEVEL_STATS = new Table("doc_level_stats", List.of(
            new Column("entry_id", "INTEGER"), new Column("version_x", "INTEGER"), new Column("version_y", "INTEGER"),
            new Column("avg_sentence_distance_x", "REAL"), new Column("avg_sentence_distance_y", "REAL"),
            new Column("num_unchanged", "INTEGER"), new Column("num_edited_x", "INTEGER"),
            new Column("num_edited_y", "INTEGER"), new Column("num_deleted", "INTEGER"), new Column("num_added", "INTEGER"),
            new Column("num_merged", "INTEGER"), new Column("num_split", "INTEGER"),
            new Column("num_sentences_x", "INTEGER"), new Column("num_sentences_y", "INTEGER"),
            new Column("num_refactors", "INTEGER"), new Column("mean_dist_overall", "REAL"), new Column("source", "TEXT")),
            List.of(List.of("entry_id", "version_x", "version_y")));

    public static final List<Table> ALL = List.of(SPLIT_SENTENCES, MATCHED_SENTENCES, DOC_LEVEL_STATS);

    private NewsEditsTables() {
    }
}
