package dev.palimpsest.core.align.internal;

/**
 * {@link TextFolding#terms} of {@link TextFolding#fold}{@code (text)} in one pass over the raw chars,
 * for texts whose every char folds to ASCII (most news text: curly quotes and dashes fold to ASCII).
 * Folding, finding words, stemming and hashing each term are one loop, where they were four passes,
 * each a call per char in quickly compiled code. Whitespace is not collapsed: it never touches a term.
 */
final class AsciiTerms {

    private AsciiTerms() {
    }

    /**
     * Folds {@code chars[0, n)} in place (case, quotes, dashes; whitespace left as it is) and finds its
     * terms: term {@code t} is {@code chars[bounds[2t], bounds[2t+1])} and its {@link String#hashCode}
     * style hash is {@code hashes[t]}. Returns the count, or -1 as soon as a char folds to non-ASCII
     * (then Unicode lower-casing decides, see {@link TextFolding#foldedChars}); {@code bounds} must
     * hold {@code n + 1} ints and {@code hashes} {@code n / 2 + 1}.
     */
    static int scan(char[] chars, int n, int[] bounds, int[] hashes) {
        int count = 0;
        int i = 0;
        while (i < n) {
            int c = chars[i];
            if (c >= 0x80 || c == '`') {
                c = foldedOrNegative(chars, i);
                if (c < 0) {
                    return -1;
                }
            } else if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                chars[i] = (char) c;
            }
            i++;
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                continue;
            }
            // A word: h hashes chars[start, i), h1 and h2 the same minus one and two chars (for stems).
            int start = i - 1;
            int h = c;
            int h1 = 0;
            int h2 = 0;
            boolean apostrophe = false;
            while (i < n) {
                c = chars[i];
                if (c >= 0x80 || c == '`') {
                    c = foldedOrNegative(chars, i);
                    if (c < 0) {
                        return -1;
                    }
                } else if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                    chars[i] = (char) c;
                }
                boolean letter = c >= 'a' && c <= 'z';
                if (apostrophe ? !letter : !letter && !(c >= '0' && c <= '9')) {
                    // An apostrophe followed by letters stays on the word ("libya's", "don't"), once.
                    if (apostrophe || c != '\'' || i + 1 >= n || !isAsciiLetter(chars[i + 1])) {
                        break;
                    }
                    apostrophe = true;
                }
                h2 = h1;
                h1 = h;
                h = 31 * h + c;
                i++;
            }
            // TextFolding.stemEnd, with the hash of what it keeps.
            int length = i - start;
            int end = i;
            if (length > 4 && chars[i - 2] == '\'' && chars[i - 1] == 's') {
                end = i - 2;
                h = h2;
            } else if (length > 3 && chars[i - 1] == 's' && chars[i - 2] != 's') {
                end = i - 1;
                h = h1;
            }
            bounds[2 * count] = start;
            bounds[2 * count + 1] = end;
            hashes[count] = h;
            count++;
        }
        return count;
    }

    /** Folds {@code chars[i]} (not an ASCII letter) in place; returns it, or -1 if it folds to non-ASCII. */
    private static int foldedOrNegative(char[] chars, int i) {
        int c = TextFolding.asciiFold(chars[i]);
        if (c >= 0) {
            chars[i] = (char) c;
        }
        return c;
    }

    /** Whether {@code c} folds to a letter: no char outside ASCII folds to an ASCII letter. */
    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
