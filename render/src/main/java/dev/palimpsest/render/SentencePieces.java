package dev.palimpsest.render;

import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.text.Dateline;
import dev.palimpsest.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts one side of a word diff into the sentences shown on that side, each a list of pieces marked
 * changed (deleted on the old side, inserted on the new) or not, and dateline or not. A split or merge
 * diffs the joined group, so the pieces of one diff are shared out over several sentences.
 */
final class SentencePieces {

    /** A run of sentence text; {@code changed} words are shown struck through or underlined. */
    record Piece(String text, boolean changed, boolean dateline) {
    }

    private SentencePieces() {
    }

    /**
     * @param oldSide whether {@code sentences} are the old side of {@code words}
     * @return one list of pieces per sentence, which together spell each sentence's text exactly
     */
    static List<List<Piece>> of(WordDiff words, boolean oldSide, List<Sentence> sentences, Optional<Dateline> dateline) {
        List<Piece> sidePieces = side(words, oldSide);
        String joined = join(sidePieces);
        List<List<Piece>> result = new ArrayList<>(sentences.size());
        int cursor = 0;
        for (Sentence s : sentences) {
            int at = joined.indexOf(s.text(), cursor);
            // A diff that does not spell these sentences (or no diff at all) still shows the text, unmarked.
            List<Piece> pieces = at < 0 || sidePieces.isEmpty()
                    ? List.of(new Piece(s.text(), false, false))
                    : slice(sidePieces, at, at + s.text().length());
            cursor = at < 0 ? cursor : at + s.text().length();
            result.add(markDateline(pieces, s, dateline));
        }
        return result;
    }

    private static List<Piece> side(WordDiff words, boolean oldSide) {
        WordOp.Kind skipped = oldSide ? WordOp.Kind.INSERT : WordOp.Kind.DELETE;
        List<Piece> pieces = new ArrayList<>();
        for (WordOp op : words.ops()) {
            if (op.op() != skipped) {
                pieces.add(new Piece(op.text(), op.op() != WordOp.Kind.EQUAL, false));
            }
        }
        return pieces;
    }

    private static List<Piece> markDateline(List<Piece> pieces, Sentence s, Optional<Dateline> dateline) {
        if (dateline.isEmpty()) {
            return pieces;
        }
        int start = dateline.get().span().start() - s.span().start();
        if (start < 0 || start >= s.text().length()) {
            return pieces;
        }
        int end = Math.min(dateline.get().span().end() - s.span().start(), s.text().length());
        // The dateline's span takes in the space after its dash; bold ends at the dash.
        end = start + s.text().substring(start, end).stripTrailing().length();
        List<Piece> marked = new ArrayList<>(slice(pieces, 0, start));
        for (Piece p : slice(pieces, start, end)) {
            marked.add(new Piece(p.text(), p.changed(), true));
        }
        marked.addAll(slice(pieces, end, s.text().length()));
        return List.copyOf(marked);
    }

    /** The pieces covering characters {@code [from, to)} of their joined text, cut at both ends. */
    private static List<Piece> slice(List<Piece> pieces, int from, int to) {
        List<Piece> out = new ArrayList<>();
        int offset = 0;
        for (Piece p : pieces) {
            int start = Math.max(from, offset);
            int end = Math.min(to, offset + p.text().length());
            if (start < end) {
                out.add(new Piece(p.text().substring(start - offset, end - offset), p.changed(), p.dateline()));
            }
            offset += p.text().length();
        }
        return List.copyOf(out);
    }

    private static String join(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(p.text());
        }
        return sb.toString();
    }
}
