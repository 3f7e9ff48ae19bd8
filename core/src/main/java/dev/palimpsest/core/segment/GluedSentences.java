package dev.palimpsest.core.segment;

/**
 * Sentence starts that no punctuation marks, found where a caption, headline or date was glued to
 * the next sentence during text extraction. One instance per block and call.
 */
final class GluedSentences {

    private final String text;
    private final int blockStart;
    private final int blockEnd;
    /** The block's characters, for the word scan below (see {@link Chars#copy}). */
    private final char[] block;
    private final Lexicon lexicon;

    GluedSentences(String text, int blockStart, int blockEnd, Lexicon lexicon) {
        this.text = text;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.block = Chars.copy(text, blockStart, blockEnd);
        this.lexicon = lexicon;
    }

    /**
     * Whether a sentence starts at the word at {@code at} although no punctuation precedes it:
     * a credit label ("Belle Image: Nick Moreau.") or a closed-class word written with a capital
     * in mid-text before a lower-case word ("Ann Chiang of DAB In the Kowloon West ..."), which
     * only happens when a caption or headline was glued to the next sentence.
     */
    boolean startsAt(int at, int sentenceStart) {
        if (at <= sentenceStart || !Chars.isSpace(text.charAt(at - 1))) {
            return false;
        }
        int before = at - 1;
        while (before > sentenceStart && Chars.isSpace(text.charAt(before))) {
            before--;
        }
        if (!Character.isLetterOrDigit(text.charAt(before))) {
            return false;
        }
        if (at >= blockEnd || !lexicon.mayOpenGlued(text.charAt(at))) {
            return false; // neither a credit label nor a capital opener: no need to look further
        }
        int w = at;
        while (w < blockEnd && Character.isLetter(block[w - blockStart])) {
            w++;
        }
        String word = text.substring(at, w);
        if (word.isEmpty()) {
            return false;
        }
        if (lexicon.isCreditLabel(word)) {
            return w < blockEnd && text.charAt(w) == ':';
        }
        if (!lexicon.isCapitalOpener(word) || w >= blockEnd || !Chars.isSpace(text.charAt(w))) {
            return false;
        }
        Next next = Next.read(text, w, blockEnd);
        return next.kind() == Next.Kind.LOWER || next.kind() == Next.Kind.DIGIT
                || lexicon.isTimeFollower(next.word());
    }
}
