package dev.palimpsest.core.segment;

/** Character classes used by the splitter. Straight quotes count as both opening and closing. */
final class Chars {

    /** Flags in {@link #features}: what a text holds that sends the splitter down a slower path. */
    static final int LINE_BREAK = 1;
    static final int OPEN_BRACKET = 2;
    static final int BULLET = 4;

    /** The flags above for every char, so a text is surveyed by one table load per character. */
    private static final byte[] FEATURES = new byte[Character.MAX_VALUE + 1];

    static {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int flags = (isLineBreak(c) ? LINE_BREAK : 0) | (c == '(' || c == '[' || c == '{' ? OPEN_BRACKET : 0)
                    | (isBullet(c) ? BULLET : 0);
            FEATURES[c] = (byte) flags;
        }
    }

    private Chars() {
    }

    /** The {@link #LINE_BREAK}, {@link #OPEN_BRACKET} and {@link #BULLET} flags of all of {@code text}. */
    static int features(char[] text) {
        int flags = 0;
        for (char c : text) {
            flags |= FEATURES[c];
        }
        return flags;
    }

    /** The characters {@code text[from, to)} as a string. */
    static String string(char[] text, int from, int to) {
        return new String(text, from, to - from);
    }

    /** The first index of {@code c} in {@code text} at or after {@code from}, or -1. */
    static int indexOf(char[] text, char c, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    static boolean isSpace(char c) {
        // Asked of nearly every character: printable ASCII is answered by two comparisons, the rest
        // of ASCII without the two table lookups below.
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        }
        return c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** {@link Character#isLetter(char)}, answering ASCII without a table lookup. */
    static boolean isLetter(char c) {
        if (c < 0x80) {
            return (char) ((c | 0x20) - 'a') < 26;
        }
        return Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, answering ASCII without a table lookup. */
    static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isLineBreak(char c) {
        if (c <= '\r') {
            return c == '\n' || c == '\r';
        }
        return c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /** Horizontal whitespace: spaces and tabs, not line breaks. */
    static boolean isBlank(char c) {
        return isSpace(c) && !isLineBreak(c);
    }

    /** Punctuation that can end a sentence. */
    static boolean isTerminal(char c) {
        if (c < 0x80) { // asked of every character: answer ASCII at once
            return c == '.' || c == '!' || c == '?';
        }
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
