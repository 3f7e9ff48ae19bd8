package dev.palimpsest.core.segment;

/**
 * A run of sentence-final punctuation and what closes it: {@code ?!}, {@code ...}, {@code . . . .},
 * {@code .”}, {@code .)}, {@code .[1]}. A sentence can end only at {@link #end()} (or, for a
 * period followed by an ellipsis, right after that period).
 *
 * @param start first terminal character
 * @param terminalsEnd end of the terminal characters, including spaced dots of an ellipsis
 * @param end end of the closing quotes, brackets and footnote references that follow
 */
record Cluster(int start, int terminalsEnd, int end) {

    static Cluster read(char[] text, int start, int limit) {
        int j = start;
        while (j < limit) {
            char c = text[j];
            boolean spacedDot = c == ' ' && j > start && text[j - 1] == '.' && j + 1 < limit
                    && text[j + 1] == '.';
            if (!Chars.isTerminal(c) && !spacedDot) {
                break;
            }
            j++;
        }
        int terminalsEnd = j;
        while (j < limit) {
            if (Chars.isCloser(text[j]) || isMisdirectedCloser(text, j, limit)) {
                j++;
            } else if (text[j] == '[') {
                int after = footnoteEnd(text, j, limit);
                if (after == j) {
                    break;
                }
                j = after;
            } else {
                break;
            }
        }
        return new Cluster(start, terminalsEnd, j);
    }

    /** An opening quote glyph used as a closing one, as in {@code decision.“ However}. */
    private static boolean isMisdirectedCloser(char[] text, int j, int limit) {
        char c = text[j];
        return (c == '“' || c == '‘' || c == '„') && (j + 1 == limit || Chars.isSpace(text[j + 1]));
    }

    /** After a footnote reference such as {@code [12]} at {@code open}, or {@code open} itself. */
    private static int footnoteEnd(char[] text, int open, int limit) {
        int j = open + 1;
        while (j < limit && Character.isDigit(text[j]) && j - open <= 3) {
            j++;
        }
        return j > open + 1 && j < limit && text[j] == ']' ? j + 1 : open;
    }

    int dots(char[] text) {
        int n = 0;
        for (int i = start; i < terminalsEnd; i++) {
            if (text[i] == '.') {
                n++;
            }
        }
        return n;
    }

    boolean contains(char[] text, char c) {
        for (int i = start; i < terminalsEnd; i++) {
            if (text[i] == c) {
                return true;
            }
        }
        return false;
    }

    /** An ellipsis: three or more dots, or the ellipsis character. */
    boolean isEllipsis(char[] text) {
        return dots(text) >= 3 || contains(text, '…');
    }

    boolean isSinglePeriod(char[] text) {
        return terminalsEnd == start + 1 && text[start] == '.';
    }
}
