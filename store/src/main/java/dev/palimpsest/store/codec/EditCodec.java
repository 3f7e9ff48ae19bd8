package dev.palimpsest.store.codec;

import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.EditType;
import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordDiffer;
import java.util.List;

/**
 * One edit as stored: type, index lists, moved flag, similarity and word diff. The word diff of an
 * UNCHANGED edit is not stored (it would repeat the sentence); it is computed again from the sentence
 * with the aligner's word differ, which gives the same diff.
 */
public final class EditCodec {

    /** An edit as columns. */
    public record Row(EditType type, String oldIndices, String newIndices, boolean moved, double similarity,
            String words) {
    }

    private EditCodec() {
    }

    public static Row encode(Edit edit) {
        boolean keepWords = edit.type() == EditType.EDITED || edit.type() == EditType.SPLIT
                || edit.type() == EditType.MERGED;
        return new Row(edit.type(), IndexList.encode(edit.oldIndices()), IndexList.encode(edit.newIndices()),
                edit.moved(), edit.similarity(), keepWords ? WordDiffCodec.encode(edit.words()) : "");
    }

    /**
     * @param oldSentences the older version's sentence texts
     * @param newSentences the newer version's sentence texts
     * @param differ the word differ the aligner used
     */
    public static Edit decode(Row row, List<String> oldSentences, List<String> newSentences, WordDiffer differ) {
        List<Integer> olds = IndexList.decode(row.oldIndices());
        List<Integer> news = IndexList.decode(row.newIndices());
        return switch (row.type()) {
            case UNCHANGED -> new Edit.Unchanged(olds.get(0), news.get(0), row.moved(),
                    differ.diff(oldSentences.get(olds.get(0)), newSentences.get(news.get(0))));
            case EDITED -> new Edit.Edited(olds.get(0), news.get(0), row.moved(), row.similarity(), words(row));
            case ADDED -> new Edit.Added(news.get(0));
            case DELETED -> new Edit.Deleted(olds.get(0));
            case SPLIT -> new Edit.Split(olds.get(0), news, row.moved(), row.similarity(), words(row));
            case MERGED -> new Edit.Merged(olds, news.get(0), row.moved(), row.similarity(), words(row));
        };
    }

    private static WordDiff words(Row row) {
        return WordDiffCodec.decode(row.words());
    }
}
