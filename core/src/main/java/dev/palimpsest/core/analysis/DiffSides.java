package dev.palimpsest.core.analysis;

import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each op of a word diff sits in the old and in the new text, and the changed stretches
 * ("hunks") between unchanged words.
 */
final class DiffSides {

    /**
     * A stretch of deletions and insertions between two unchanged words.
     *
     * @param deletedWords words (not punctuation) deleted; {@code insertedWords} likewise
     */
    record Hunk(int oldStart, int oldEnd, int newStart, int newEnd, int deletedWords, int insertedWords) {
    }

    private final List<WordOp> ops;
    private final int[] oldAt;
    private final int[] newAt;

    DiffSides(WordDiff diff) {
        this.ops = diff.ops();
        this.oldAt = new int[ops.size() + 1];
        this.newAt = new int[ops.size() + 1];
        for (int i = 0; i < ops.size(); i++) {
            WordOp op = ops.get(i);
            int length = op.text().length();
            oldAt[i + 1] = oldAt[i] + (op.op() == WordOp.Kind.INSERT ? 0 : length);
            newAt[i + 1] = newAt[i] + (op.op() == WordOp.Kind.DELETE ? 0 : length);
        }
    }

    List<Hunk> hunks() {
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).op() == WordOp.Kind.EQUAL) {
                i++;
                continue;
            }
            int start = i;
            int deleted = 0;
            int inserted = 0;
            while (i < ops.size() && ops.get(i).op() != WordOp.Kind.EQUAL) {
                int words = QuoteExtractor.wordCount(ops.get(i).text());
                if (ops.get(i).op() == WordOp.Kind.DELETE) {
                    deleted += words;
                } else {
                    inserted += words;
                }
                i++;
            }
            hunks.add(new Hunk(oldAt[start], oldAt[i], newAt[start], newAt[i], deleted, inserted));
        }
        return hunks;
    }

    /** Inserted words whose first character lies in {@code [from, to)} of the new text. */
    int insertedWords(int from, int to) {
        int count = 0;
        for (int i = 0; i < ops.size(); i++) {
            WordOp op = ops.get(i);
            int at = newAt[i] + (op.text().length() - op.text().stripLeading().length());
            if (op.op() == WordOp.Kind.INSERT && at >= from && at < to) {
                count += QuoteExtractor.wordCount(op.text());
            }
        }
        return count;
    }
}
