package dev.palimpsest.core.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into the tokens of a word diff: words (with internal apostrophes and hyphens, as
 * in {@code east’s} or {@code el-Qaddafi}), dotted abbreviations ({@code U.S.}), numbers with their
 * separators and unit ({@code 9,000,200.00}, {@code 3.5%}, {@code 21st}) and single punctuation marks.
 *
 * <p>Each token carries the whitespace before it; whitespace after the last token is kept on the last
 * token. So the tokens of a text always concatenate back to that text, and no token is empty. A text
 * of whitespace only is one token; an empty text has none.
 *
 * <p>A hand-written scanner for what used to be the regular expression
 * <pre>
 * \s*(?:ABBREVIATION|NUMBER|WORD|\S)
 * ABBREVIATION = \p{L}(?:\.\p{L})+\.
 * NUMBER       = \p{N}+(?:[.,:/]\p{N}+)*(?:%|[\p{L}\p{M}]+)?(?:[-‐‑][\p{L}\p{M}\p{N}]+)*
 * WORD         = [\p{L}\p{M}\p{N}]+(?:['’-‐‑][\p{L}\p{M}\p{N}]+)*
 * </pre>
 * with the same results, the first alternative that matches winning; {@code \s} is ASCII whitespace
 * only, and letters, marks and numbers are Unicode general categories of whole code points.
 */
public final class WordTokenizer {

    private WordTokenizer() {
    }

    /**
     * The tokens of {@code text}, each with its preceding whitespace; they concatenate to {@code text}.
     * A new list, the caller's own.
     */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        // Scanned as a char array: String.charAt checks the string's coder on every call.
        char[] chars = text.toCharArray();
        int length = chars.length;
        int start = 0;
        while (true) {
            int pos = start;
            while (pos < length && isSpace(chars[pos])) {
                pos++;
            }
            if (pos == length) {
                break;
            }
            int end = tokenEnd(chars, pos);
            tokens.add(text.substring(start, end));
            start = end;
        }
        if (start < length) {
            String trailing = text.substring(start);
            if (tokens.isEmpty()) {
                tokens.add(trailing);
            } else {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + trailing);
            }
        }
        return tokens;
    }

    /** End of the token that starts with the non-whitespace character at {@code pos}. */
    private static int tokenEnd(char[] text, int pos) {
        char c = text[pos];
        int kind;
        int next;
        if (c < 0x80) {
            kind = asciiKind(c);
            next = pos + 1;
        } else {
            int cp = Character.codePointAt(text, pos);
            kind = kindOf(Character.getType(cp));
            next = pos + Character.charCount(cp);
        }
        if (kind == NUMBER) {
            return numberEnd(text, next);
        }
        if (kind == LETTER) {
            int end = abbreviationEnd(text, next);
            if (end >= 0) {
                return end;
            }
        }
        if (kind == LETTER || kind == MARK) {
            return wordEnd(text, next);
        }
        return next;
    }

    /** ABBREVIATION after its first letter, or -1 if it does not match there. */
    private static int abbreviationEnd(char[] text, int pos) {
        // (?:\.\p{L})+ takes as many dot-letter pairs as there are, then needs a dot; if none follows,
        // giving back the last pair leaves its dot to end the match, so long as one pair remains.
        int pairs = 0;
        int lastPairStart = -1;
        while (pos < text.length && text[pos] == '.') {
            int letterEnd = skipIf(text, pos + 1, LETTER);
            if (letterEnd < 0) {
                break;
            }
            pairs++;
            lastPairStart = pos;
            pos = letterEnd;
        }
        if (pairs == 0) {
            return -1;
        }
        if (pos < text.length && text[pos] == '.') {
            return pos + 1;
        }
        return pairs >= 2 ? lastPairStart + 1 : -1;
    }

    /** NUMBER after its first digit. */
    private static int numberEnd(char[] text, int pos) {
        pos = skipAll(text, pos, NUMBER);
        while (pos < text.length && isNumberSeparator(text[pos])) {
            int digitEnd = skipIf(text, pos + 1, NUMBER);
            if (digitEnd < 0) {
                break;
            }
            pos = skipAll(text, digitEnd, NUMBER);
        }
        if (pos < text.length && text[pos] == '%') {
            pos++;
        } else {
            pos = skipAll(text, pos, LETTER | MARK);
        }
        return joinedEnd(text, pos, false);
    }

    /** WORD after its first character. */
    private static int wordEnd(char[] text, int pos) {
        return joinedEnd(text, skipAll(text, pos, LETTER | MARK | NUMBER), true);
    }

    /** Extends over parts {@code [-‐‑][\p{L}\p{M}\p{N}]+} (and {@code ['’]} too if {@code apostrophes}). */
    private static int joinedEnd(char[] text, int pos, boolean apostrophes) {
        while (pos < text.length && (isHyphen(text[pos]) || apostrophes && isApostrophe(text[pos]))) {
            int partEnd = skipIf(text, pos + 1, LETTER | MARK | NUMBER);
            if (partEnd < 0) {
                break;
            }
            pos = skipAll(text, partEnd, LETTER | MARK | NUMBER);
        }
        return pos;
    }

    private static final int LETTER = 1;
    private static final int MARK = 2;
    private static final int NUMBER = 4;

    /** The end of the code point at {@code pos} if it is of one of the {@code kinds}, else -1. */
    private static int skipIf(char[] text, int pos, int kinds) {
        if (pos >= text.length) {
            return -1;
        }
        char c = text[pos];
        if (c < 0x80) {
            return (asciiKind(c) & kinds) != 0 ? pos + 1 : -1;
        }
        int cp = Character.codePointAt(text, pos);
        return (kindOf(Character.getType(cp)) & kinds) != 0 ? pos + Character.charCount(cp) : -1;
    }

    /** The end of the run of code points of the {@code kinds} starting at {@code pos}. */
    private static int skipAll(char[] text, int pos, int kinds) {
        int end;
        while ((end = skipIf(text, pos, kinds)) >= 0) {
            pos = end;
        }
        return pos;
    }

    /** {@link #kindOf} an ASCII char, without a Unicode table lookup: letters and digits are the only ones. */
    private static int asciiKind(char c) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            return LETTER;
        }
        return c >= '0' && c <= '9' ? NUMBER : 0;
    }

    private static int kindOf(int type) {
        if (isLetter(type)) {
            return LETTER;
        }
        if (isMark(type)) {
            return MARK;
        }
        return isNumber(type) ? NUMBER : 0;
    }

    private static boolean isLetter(int type) {
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER;
    }

    private static boolean isMark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isNumber(int type) {
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code \s} of a regular expression without flags: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
