package dev.palimpsest.core.segment;

/** Character classes used by the splitter. Straight quotes count as both opening and closing. */
final class Chars {

    private Chars() {
    }

    /**
     * A copy of {@code text[from, to)}. Hot loops scan such a copy rather than the string: a
     * compiled loop over String.charAt speculates on the string's coder (Latin-1 or UTF-16), and
     * each text of the other kind then threw the whole compiled splitter away to be compiled again.
     */
    static char[] copy(String text, int from, int to) {
        char[] chars = new char[to - from];
        text.getChars(from, to, chars, 0);
        return chars;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Horizontal whitespace: spaces and tabs, not line breaks. */
    static boolean isBlank(char c) {
        return isSpace(c) && !isLineBreak(c);
    }

    /** Punctuation that can end a sentence. */
    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '‼' || c == '⁇' || c == '⁈' || c == '⁉'
                || isFullwidthTerminal(c);
    }

    /** CJK-style terminals are written without a following space, so they always end a sentence. */
    static boolean isFullwidthTerminal(char c) {
        return c == '．' || c == '。' || c == '！' || c == '？';
    }

    /** Closing quotes and brackets that belong to the sentence they follow: {@code end.” Next}. */
    static boolean isCloser(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || c == '’' || c == '»' || c == '›';
    }

    /** Opening quotes and brackets skipped when looking at the first word of the next sentence. */
    static boolean isOpener(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || c == '`' || c == '«' || c == '‹' || c == '¿' || c == '¡';
    }

    static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == '―' || c == '‒';
    }

    /** List bullets; a bullet after whitespace always starts a new item. */
    static boolean isBullet(char c) {
        return c == '•' || c == '◦' || c == '▪' || c == '‣' || c == '⁃' || c == '●' || c == '∙' || c == '■'
                || c == '□' || c == '➢' || c == '►';
    }

    static boolean isUpper(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }
}
