package dev.palimpsest.core.analysis;

import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether the lede was rewritten.
 *
 * <p>The lede is the first paragraph with body text, at most its first {@value #MAX_SENTENCES}
 * sentences (a longer "paragraph" is text whose paragraph breaks were lost). Its new share is the
 * share of its words, dateline excluded, that the alignment shows as new: all words of an added
 * sentence, the inserted words of an edited, split or merged one, none of an unchanged one. The
 * lede is rewritten when at least {@link #REWRITE_SHARE} of it is new. So a paragraph moved to the
 * top unchanged is not a rewrite, and neither is a touched-up lede; a new opening is.
 */
final class LedeDetector {

    static final int MAX_SENTENCES = 2;

    /** At least half of the lede's words new: a journalist would call that a new lede. */
    static final double REWRITE_SHARE = 0.5;

    private LedeDetector() {
    }

    static List<Integer> lede(Document document) {
        List<Integer> lede = new ArrayList<>();
        int paragraph = -1;
        for (Sentence s : document.sentences()) {
            if (s.role() != SentenceRole.BODY) {
                continue;
            }
            if (paragraph >= 0 && s.paragraph() != paragraph) {
                break;
            }
            paragraph = s.paragraph();
            if (lede.size() < MAX_SENTENCES) {
                lede.add(s.index());
            }
        }
        return lede;
    }

    static Optional<Change.LedeRewritten> compare(Document older, Document newer, Map<Integer, Edit> editOfNew) {
        List<Integer> oldLede = lede(older);
        List<Integer> newLede = lede(newer);
        if (oldLede.isEmpty() || newLede.isEmpty()) {
            return Optional.empty();
        }
        int datelineEnd = newer.dateline().map(d -> d.span().end()).orElse(-1);
        int total = 0;
        int fresh = 0;
        for (int index : newLede) {
            Sentence s = newer.sentences().get(index);
            int skip = NameRecognizer.afterDateline(s, datelineEnd);
            int words = QuoteExtractor.wordCount(s.text().substring(skip));
            total += words;
            fresh += newWords(editOfNew.get(index), s, skip, words, newer);
        }
        if (total == 0) {
            return Optional.empty();
        }
        double share = (double) fresh / total;
        return share >= REWRITE_SHARE ? Optional.of(new Change.LedeRewritten(share, oldLede, newLede)) : Optional.empty();
    }

    private static int newWords(Edit edit, Sentence s, int skip, int words, Document newer) {
        if (edit instanceof Edit.Unchanged) {
            return 0;
        }
        if (edit instanceof Edit.Added) {
            return words;
        }
        JoinedSentences side = new JoinedSentences(edit.words().newText(), edit.newIndices(), newer);
        int[] range = side.rangeOf(s.index());
        return Math.min(words, new DiffSides(edit.words()).insertedWords(range[0] + skip, range[1]));
    }
}
