package dev.palimpsest.core.segment;

import dev.palimpsest.core.text.Span;

/**
 * Attributions are not sentences. A pull quote is a block made of one quotation and the name of
 * its speaker ({@code "So far, it's 1:0. But it's a long game." - Matthew Ingram}) and stays one
 * unit. A block that ends in a bare name after a sentence end ("... she was suppressive. Valeska
 * Paris") keeps that name with the sentence it attributes.
 */
final class Attributions {

    private static final int MAX_NAME_WORDS = 4;

    private Attributions() {
    }

    /** Whether the block is a quotation followed by an attribution without a sentence end. */
    static boolean isPullQuote(char[] text, Span block) {
        char open = text[block.start()];
        if (open != '"' && open != '“') {
            return false;
        }
        char close = open == '"' ? '"' : '”';
        int c = Chars.indexOf(text, close, block.start() + 1);
        if (c < 0 || c + 1 >= block.end() || !Chars.isTerminal(text[c - 1])) {
            return false;
        }
        String tail = Chars.string(text, c + 1, block.end()).strip();
        return !tail.isEmpty() && tail.chars().noneMatch(ch -> Chars.isTerminal((char) ch));
    }

    /**
     * Whether {@code piece}, the last piece of a block, is a bare name: one to four capitalized
     * words with no sentence-final punctuation.
     */
    static boolean isTrailingName(char[] text, Span piece) {
        // A hand-written scan (this runs on the last piece of every block) giving what
        // split("\\s+") then a check of each word would; the piece is trimmed, so no word is empty.
        int words = 0;
        int i = piece.start();
        while (i < piece.end()) {
            if (++words > MAX_NAME_WORDS || !Chars.isUpper(text[i])) {
                return false;
            }
            while (i < piece.end() && !isRegexSpace(text[i])) {
                char ch = text[i];
                if (!Chars.isLetter(ch) && ch != '-') {
                    return false;
                }
                i++;
            }
            while (i < piece.end() && isRegexSpace(text[i])) {
                i++;
            }
        }
        return true;
    }

    /** What {@code \s} matches: ASCII whitespace only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
