package dev.palimpsest.core.segment;

/**
 * Sentence starts that no punctuation marks, found where a caption, headline or date was glued to
 * the next sentence during text extraction. One instance per block and call.
 */
final class GluedSentences {

    private final char[] text;
    private final int blockStart;
    private final int blockEnd;
    private final Lexicon lexicon;

    GluedSentences(char[] text, int blockStart, int blockEnd, Lexicon lexicon) {
        this.text = text;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.lexicon = lexicon;
    }

    /** A cheap necessary condition of {@link #startsAt}, whatever the sentence start. */
    boolean mayStartAt(int at) {
        return lexicon.mayOpenGlued(text[at]) && at > blockStart && Chars.isSpace(text[at - 1]);
    }

    /**
     * Whether a sentence starts at the word at {@code at} although no punctuation precedes it:
     * a credit label ("Belle Image: Nick Moreau.") or a closed-class word written with a capital
     * in mid-text before a lower-case word ("Ann Chiang of DAB In the Kowloon West ..."), which
     * only happens when a caption or headline was glued to the next sentence.
     */
    boolean startsAt(int at, int sentenceStart) {
        // The cheap necessary conditions first.
        if (at <= sentenceStart || at >= blockEnd || !mayStartAt(at)) {
            return false;
        }
        int before = at - 1;
        while (before > sentenceStart && Chars.isSpace(text[before])) {
            before--;
        }
        if (!Chars.isLetterOrDigit(text[before])) {
            return false;
        }
        int w = at;
        while (w < blockEnd && Chars.isLetter(text[w])) {
            w++;
        }
        if (!lexicon.mayBeGluedWord(text, at, w)) {
            return false; // neither a credit label nor a capital opener, found without a copy
        }
        String word = Chars.string(text, at, w);
        if (word.isEmpty()) {
            return false;
        }
        if (lexicon.isCreditLabel(word)) {
            return w < blockEnd && text[w] == ':';
        }
        if (!lexicon.isCapitalOpener(word) || w >= blockEnd || !Chars.isSpace(text[w])) {
            return false;
        }
        Next next = Next.read(text, w, blockEnd);
        return next.kind() == Next.Kind.LOWER || next.kind() == Next.Kind.DIGIT
                || lexicon.isTimeFollower(next.word());
    }
}
