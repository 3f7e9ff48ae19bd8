package dev.palimpsest.core.align.internal;

import java.util.List;
import java.util.Locale;

/**
 * How sentences are compared (never how they are shown): case, curly versus straight quotes, the
 * dash family and runs of whitespace are folded away, and similarity looks at crudely stemmed words.
 */
public final class TextFolding {


    /** Function words: they count a quarter in similarity and are never used to find candidates. */
    private static final List<String> STOP_WORDS = List.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was",
            "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "with", "as",
            "by", "from", "i", "we", "you", "he", "she", "they", "them", "their", "our", "my", "your",
            "his", "her", "not", "no", "so", "do", "does", "did", "have", "has", "had", "will", "would",
            "can", "could", "should", "may", "might", "than", "then", "there", "here", "which", "who",
            "whom", "what", "when", "where", "why", "how", "also", "all", "any", "some", "such", "into",
            "about", "over", "more", "most", "very", "just", "if", "said");

    private static final int LONGEST_STOP_WORD = 6;

    /** The stop words in an open-addressing table by {@link String#hashCode}, looked up by char ranges. */
    private static final String[] STOP_TABLE = stopTable();

    private static String[] stopTable() {
        String[] table = new String[256];
        for (String w : STOP_WORDS) {
            if (w.length() > LONGEST_STOP_WORD) {
                throw new AssertionError("stop word longer than LONGEST_STOP_WORD: " + w);
            }
            int slot = w.hashCode() & (table.length - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = w;
        }
        return table;
    }

    private TextFolding() {
    }

    /**
     * The comparison key: two sentences with equal keys count as the same sentence. Quotes, dashes
     * and spaces folded, whitespace collapsed, lower-cased.
     */
    public static String fold(String text) {
        char[] folded = new char[text.length()];
        int length = foldInto(text, folded);
        if (length >= 0) {
            return new String(folded, 0, length);
        }
        // ASCII was lower-cased on the way; anything else goes through the full Unicode rules.
        return new String(folded, 0, ~length).toLowerCase(Locale.ROOT);
    }

    /**
     * Writes the chars of {@link #fold}{@code (text)} to {@code out} and returns how many. {@code out}
     * must hold {@code 2 * text.length()} chars: Unicode lower-casing can double a text ("İ" becomes
     * "i" and a combining dot). Reused across sentences, so that indexing one allocates no key.
     */
    static int foldedChars(String text, char[] out) {
        int length = foldInto(text, out);
        if (length >= 0) {
            return length;
        }
        String key = new String(out, 0, ~length).toLowerCase(Locale.ROOT);
        key.getChars(0, key.length(), out, 0);
        return key.length();
    }

    /**
     * One pass: fold quotes, dashes and spaces, collapse whitespace, lower-case ASCII. Returns the
     * length written, or its complement (negative) when a non-ASCII char is left for Unicode
     * lower-casing.
     */
    private static int foldInto(String text, char[] folded) {
        // Folded in place: a char array reads faster than String.charAt, and folding never lengthens.
        int n = text.length();
        text.getChars(0, n, folded, 0);
        int length = 0;
        boolean pendingSpace = false;
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = folded[i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80 || c == '`') {
                c = foldChar(c);
                ascii &= c < 0x80;
            }
            if (c <= ' ' ? isControlSpace(c) : c >= 0x80 && Character.isWhitespace(c)) {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                folded[length++] = ' ';
                pendingSpace = false;
            }
            folded[length++] = c;
        }
        return ascii ? length : ~length;
    }

    /**
     * A hash of {@link #fold}{@code (text)}: equal keys have equal hashes. It reads only the first and
     * the last {@value #WINDOW} chars of the key that are not spaces or controls, so it costs the same
     * for any sentence length (keys are compared for every sentence, and news sentences run long);
     * sentences that share both ends are told apart by {@link #sameKey}. The key is built only when
     * one of those chars folds to a non-ASCII char (Unicode lower-casing is a whole-text affair).
     * {@code scratch} holds at least {@link #EDGE} chars.
     */
    public static long keyHash(String text, char[] scratch) {
        int n = text.length();
        int edge = Math.min(n, EDGE);
        // Each end is copied out once (reading an array beats String.charAt).
        text.getChars(0, edge, scratch, 0);
        long front = windowHash(scratch, edge, 0, 1);
        text.getChars(n - edge, n, scratch, 0);
        long back = windowHash(scratch, edge, edge - 1, -1);
        if (front == INCOMPLETE || back == INCOMPLETE) {
            // A char folding to non-ASCII, or an end with fewer than a window of chars in reach.
            return hashOf(fold(text));
        }
        return mix(front, back);
    }

    /** Returned by {@link #windowHash} when the chars run out before the window is full, or fold to non-ASCII. */
    private static final long INCOMPLETE = Long.MIN_VALUE;

    /**
     * The hash of the first {@link #WINDOW} chars that fold to neither space nor control, reading
     * {@code chars[0, length)} from {@code from} in steps of {@code step} (+1 or -1); {@link
     * #INCOMPLETE} if a char folds to non-ASCII first, or the chars run out (a whole text shorter than
     * the window is complete at its end).
     */
    private static long windowHash(char[] chars, int length, int from, int step) {
        long h = 0;
        int taken = 0;
        for (int i = from; i >= 0 && i < length; i += step) {
            int k = chars[i];
            // hashChar's ASCII case here, without a call per char.
            if (k < 0x80 && k != '`') {
                k = k <= ' ' ? 0 : k | 0x20;
            } else if ((k = hashChar(chars[i])) < 0) {
                return INCOMPLETE;
            }
            if (k > 0) {
                h = h * 31 + k;
                if (++taken == WINDOW) {
                    return notIncomplete(h);
                }
            }
        }
        return length < EDGE ? notIncomplete(h) : INCOMPLETE;
    }

    private static long notIncomplete(long h) {
        return h == INCOMPLETE ? h + 1 : h;
    }

    /**
     * Chars copied from each end of a text for {@link #keyHash}: {@code scratch} must hold this many.
     * Twice the window: enough for the spaces among the chars hashed, and little to copy.
     */
    public static final int EDGE = 16;

    /** {@link #keyHash} of a key already folded: the same chars read off the key itself. */
    static long hashOf(String key) {
        int n = key.length();
        long front = 0;
        int taken = 0;
        for (int i = 0; i < n && taken < WINDOW; i++) {
            char k = key.charAt(i);
            if (k > ' ') {
                front = front * 31 + (k | 0x20);
                taken++;
            }
        }
        front = notIncomplete(front);
        long back = 0;
        taken = 0;
        for (int i = n - 1; i >= 0 && taken < WINDOW; i--) {
            char k = key.charAt(i);
            if (k > ' ') {
                back = back * 31 + (k | 0x20);
                taken++;
            }
        }
        return mix(front, notIncomplete(back));
    }

    /**
     * {@link Character#isWhitespace} for {@code c <= ' '}: tab to carriage return, the four separators
     * and space. A bit test; the library call dispatches on the character's block, and shared with
     * callers that pass all kinds of characters it compiled to a slow path.
     */
    private static boolean isControlSpace(char c) {
        return (CONTROL_SPACES >>> c & 1) != 0;
    }

    private static final long CONTROL_SPACES = 0x1_F000_3E00L; // bits 9..13, 28..31 and 32

    /** Key chars hashed at each end. */
    private static final int WINDOW = 8;

    /**
     * What {@link #hashOf} reads for the key char that {@code c} folds to: 0 for a space or control
     * (skipped), the char with bit 0x20 set (so case never matters) otherwise, -1 if it folds to a
     * non-ASCII char.
     */
    private static int hashChar(char c) {
        if (c >= 0x80 || c == '`') {
            c = foldChar(c);
            if (c >= 0x80) {
                return -1;
            }
        }
        return c <= ' ' ? 0 : c | 0x20;
    }

    private static long mix(long front, long back) {
        long h = front * 0x9E3779B97F4A7C15L + back;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }

    /**
     * Whether two texts have the same {@link #fold} key. Fast when they are simply equal; otherwise the
     * folded texts are compared as they are read, without building them, up to the first difference
     * (sentences that only look alike at both ends, see {@link #keyHash}, differ in the middle). Keys
     * are built only when a char folds to non-ASCII.
     */
    public static boolean sameKey(String a, String b) {
        return a.equals(b) || sameFoldedText(a, b);
    }

    /**
     * {@link #sameKey} for texts already known to differ. Apart from sameKey, which is called for every
     * sentence: this rarely runs, and compiled into every caller it made them slow to compile.
     */
    static boolean sameFoldedText(String a, String b) {
        int i = skipFoldedSpace(a, 0);
        int j = skipFoldedSpace(b, 0);
        while (i >= 0 && j >= 0) {
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            if (asciiFold(a.charAt(i)) != asciiFold(b.charAt(j))) {
                return false;
            }
            int nextI = skipFoldedSpace(a, i + 1);
            int nextJ = skipFoldedSpace(b, j + 1);
            if (nextI < 0 || nextJ < 0) {
                break;
            }
            // A run of whitespace folds to one space, unless it ends the text.
            boolean spaceA = nextI > i + 1 && nextI < a.length();
            boolean spaceB = nextJ > j + 1 && nextJ < b.length();
            if (spaceA != spaceB) {
                return false;
            }
            i = nextI;
            j = nextJ;
        }
        return fold(a).equals(fold(b));
    }

    /**
     * The first index at or after {@code pos} whose char does not fold to whitespace ({@code
     * s.length()} if none), or -1 if a char on the way folds to non-ASCII.
     */
    private static int skipFoldedSpace(String s, int pos) {
        for (; pos < s.length(); pos++) {
            int c = asciiFold(s.charAt(pos));
            if (c < 0) {
                return -1;
            }
            if (c > ' ' || !isControlSpace((char) c)) {
                return pos;
            }
        }
        return pos;
    }

    /** The char {@code c} folds to, lower-cased, if that is ASCII; -1 if not. */
    static int asciiFold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        if (c >= 0x80 || c == '`') {
            c = foldChar(c);
            return c < 0x80 ? c : -1;
        }
        return c;
    }

    /**
     * Finds the terms of a folded text: words, crudely de-pluralized, in order, with repeats: runs of
     * letters, marks and digits, a possessive ({@code 's}) kept on its word, hyphenated compounds as
     * their parts, in {@code chars[0, n)}. Term {@code t} is {@code chars[bounds[2t], bounds[2t+1])};
     * returns the count. {@code bounds} must hold {@code n + 1} ints (a term takes at least one char
     * and a separator after it).
     */
    static int terms(char[] chars, int n, int[] bounds) {
        int count = 0;
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
            bounds[2 * count] = start;
            bounds[2 * count + 1] = stemEnd(chars, start, i);
            count++;
        }
        return count;
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

    /** Whether {@code chars[from, to)} is a function word. */
    static boolean isStopWord(char[] chars, int from, int to) {
        if (to - from > LONGEST_STOP_WORD) {
            return false;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        for (int slot = h & (STOP_TABLE.length - 1); STOP_TABLE[slot] != null; slot = (slot + 1) & (STOP_TABLE.length - 1)) {
            if (equals(STOP_TABLE[slot], chars, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equals(String word, char[] chars, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code chars[from, to)} ends once a possessive or plural ending is dropped: enough to pair
     * "car" with "cars" and "Libya's" with "Libya".
     */
    static int stemEnd(char[] chars, int from, int to) {
        int length = to - from;
        if (length > 4 && chars[to - 2] == '\'' && chars[to - 1] == 's') {
            return to - 2;
        }
        if (length > 3 && chars[to - 1] == 's' && chars[to - 2] != 's') {
            return to - 1;
        }
        return to;
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
