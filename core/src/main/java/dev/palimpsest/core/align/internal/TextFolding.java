package dev.palimpsest.core.align.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How sentences are compared (never how they are shown): case, curly versus straight quotes, the
 * dash family and runs of whitespace are folded away, and similarity looks at crudely stemmed words.
 */
public final class TextFolding {


    /** Function words: they count a quarter in similarity and are never used to find candidates. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was",
            "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "with", "as",
            "by", "from", "i", "we", "you", "he", "she", "they", "them", "their", "our", "my", "your",
            "his", "her", "not", "no", "so", "do", "does", "did", "have", "has", "had", "will", "would",
            "can", "could", "should", "may", "might", "than", "then", "there", "here", "which", "who",
            "whom", "what", "when", "where", "why", "how", "also", "all", "any", "some", "such", "into",
            "about", "over", "more", "most", "very", "just", "if", "said");

    private TextFolding() {
    }

    /**
     * The comparison key: two sentences with equal keys count as the same sentence. One pass (this
     * runs on every sentence of every version): fold quotes, dashes and spaces, collapse whitespace,
     * lower-case.
     */
    public static String fold(String text) {
        char[] folded = new char[text.length()];
        int length = 0;
        boolean pendingSpace = false;
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80 || c == '`') {
                c = foldChar(c);
                ascii &= c < 0x80;
            }
            if (c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && Character.isWhitespace(c)) {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                folded[length++] = ' ';
                pendingSpace = false;
            }
            folded[length++] = c;
        }
        String key = new String(folded, 0, length);
        // ASCII was lower-cased on the way; anything else goes through the full Unicode rules.
        return ascii ? key : key.toLowerCase(Locale.ROOT);
    }

    /**
     * The words of a folded text, crudely de-pluralized, in order, with repeats: runs of letters,
     * marks and digits, a possessive ({@code 's}) kept on its word, hyphenated compounds as their parts.
     */
    public static List<String> terms(String folded) {
        List<String> terms = new ArrayList<>();
        // Scanned as a char array: String.charAt branches on the string's coder, and speculation on
        // that branch (one coder seen first, then the other) kept sending the compiled aligner back
        // to the interpreter.
        char[] chars = folded.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(chars[i])) {
                i++;
            }
            // An apostrophe followed by letters stays on the word ("libya's", "don't").
            if (i + 1 < n && chars[i] == '\'' && isLetterOrMark(chars[i + 1])) {
                i++;
                while (i < n && isLetterOrMark(chars[i])) {
                    i++;
                }
            }
            terms.add(stem(new String(chars, start, i - start)));
        }
        return terms;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
                : Character.isLetterOrDigit(c) || isMark(c);
    }

    private static boolean isLetterOrMark(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c) || isMark(c);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    public static boolean isStopWord(String term) {
        return STOP_WORDS.contains(term);
    }

    /** Drops a possessive or plural ending, enough to pair "car" with "cars" and "Libya's" with "Libya". */
    static String stem(String word) {
        if (word.endsWith("'s") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static char foldChar(char c) {
        switch (c) {
            case '‘': case '’': case '‚': case '‛': case '′': case '`': case '´':
                return '\'';
            case '“': case '”': case '„': case '‟': case '″': case '«': case '»':
                return '"';
            case '‐': case '‑': case '‒': case '–': case '—': case '―': case '−':
                return '-';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A':
                return ' ';
            default:
                return c;
        }
    }
}
