package dev.palimpsest.core.text;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates normalized text one source character at a time: collapses whitespace, drops invisible
 * characters, separates paragraphs by a blank line and remembers where each character came from.
 */
final class TextBuilder {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** The text so far is {@code chars[0, length)}; a plain array, so appends are plain stores. */
    private char[] chars;
    private int length;
    /** Source range of each character; null when not tracked. */
    private int @Nullable [] starts;
    private int @Nullable [] ends;
    /** The raw input last given to {@link #appendRaw} and its characters, copied once per input. */
    private @Nullable String rawSource;
    private char[] rawChars = new char[0];
    private final List<Span> paragraphs = new ArrayList<>();
    private int paragraphStart = 0;
    /** Whether the paragraph so far holds a character NFC might change, see {@link #mayCompose(char)}. */
    private boolean paragraphMayCompose;
    private boolean pendingSpace;
    private int spaceStart;
    private int spaceEnd;

    /**
     * @param expectedLength about how long the text will be (the input's length): growing costs copies
     * @param trackSources whether to remember where each character came from
     */
    TextBuilder(int expectedLength, boolean trackSources) {
        int capacity = Math.max(16, expectedLength + 16);
        chars = new char[capacity];
        if (trackSources) {
            starts = new int[capacity];
            ends = new int[capacity];
        }
    }

    /** Appends one decoded character that came from {@code [srcStart, srcEnd)} of the input. */
    void append(char c, int srcStart, int srcEnd) {
        if (isPrintableAscii(c)) {
            // Printable ASCII, nearly every character of English news: no whitespace or invisible checks.
            if (pendingSpace && length > paragraphStart) {
                put(' ', spaceStart, spaceEnd);
            }
            pendingSpace = false;
            put(c, srcStart, srcEnd);
            return;
        }
        if (isSpace(c)) {
            if (!pendingSpace) {
                spaceStart = srcStart;
            }
            pendingSpace = true;
            spaceEnd = srcEnd;
            return;
        }
        if (isInvisible(c)) {
            return;
        }
        if (pendingSpace && length > paragraphStart) {
            put(' ', spaceStart, spaceEnd);
        }
        pendingSpace = false;
        paragraphMayCompose |= mayCompose(c);
        put(c, srcStart, srcEnd);
    }

    /**
     * Appends {@code raw[from, to)}, each character its own source, as {@link #append} would one by
     * one; runs of printable ASCII words separated by single spaces (most of a news text) are copied
     * in bulk, since for them append changes nothing but the character's position.
     */
    void appendRaw(String rawText, int from, int to) {
        if (rawText != rawSource) {
            rawSource = rawText;
            rawChars = rawText.toCharArray();
        }
        appendRaw(rawChars, from, to);
    }

    /** As {@link #appendRaw(String, int, int)}, from the input's characters. */
    void appendRaw(char[] raw, int from, int to) {
        int i = from;
        while (i < to) {
            char c = raw[i];
            if (isPrintableAscii(c)) {
                int end = plainRunEnd(raw, i + 1, to);
                putPlainRun(raw, i, end);
                i = end;
            } else {
                append(c, i, i + 1);
                i++;
            }
        }
    }

    // A run starts at a printable ASCII character and may go on through single spaces followed by
    // one: inside the paragraph, append would turn such a space into itself at its own position.
    // Two spaces in a row collapse into one spanning both sources, so they end the run.
    private static int plainRunEnd(char[] raw, int from, int to) {
        int i = from;
        while (i < to) {
            char c = raw[i];
            if (isPrintableAscii(c)) {
                i++;
            } else if (c == ' ' && i + 1 < to && isPrintableAscii(raw[i + 1])) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private void putPlainRun(char[] raw, int from, int to) {
        if (pendingSpace && length > paragraphStart) {
            put(' ', spaceStart, spaceEnd);
        }
        pendingSpace = false;
        int n = length;
        ensureCapacity(n + (to - from));
        int[] starts = this.starts;
        int[] ends = this.ends;
        if (starts != null && ends != null) {
            for (int src = from, at = n; src < to; src++, at++) {
                starts[at] = src;
                ends[at] = src + 1;
            }
        }
        System.arraycopy(raw, from, chars, n, to - from);
        length = n + (to - from);
    }

    private static boolean isPrintableAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    /** Ends the current paragraph, if it has any text. */
    void breakParagraph() {
        pendingSpace = false;
        if (length > paragraphStart) {
            composeParagraph();
            paragraphs.add(new Span(paragraphStart, length));
            int at = ends == null ? 0 : ends[length - 1];
            put('\n', at, at);
            put('\n', at, at);
            paragraphStart = length;
            paragraphMayCompose = false;
        }
    }

    /** @param sources where each character came from, for a builder that did not track it */
    NormalizedText build(String original, Supplier<int[][]> sources) {
        breakParagraph();
        int end = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1).end();
        String result = new String(chars, 0, end);
        if (starts == null || ends == null) {
            return NormalizedText.untracked(original, result, paragraphs, sources, chars);
        }
        // Keep the arrays unless much of them is unused (HTML input, where markup is dropped).
        boolean trim = starts.length > end + end / 4 + 64;
        return NormalizedText.tracked(original, result, paragraphs, trim ? Arrays.copyOf(starts, end) : starts,
                trim ? Arrays.copyOf(ends, end) : ends);
    }

    // NFC per paragraph, chunk by chunk between normalization boundaries, so each composed
    // character keeps the source range of the characters it was composed from.
    private void composeParagraph() {
        if (!paragraphMayCompose) {
            return;
        }
        String paragraph = new String(chars, paragraphStart, length - paragraphStart);
        if (NFC.isNormalized(paragraph)) {
            return;
        }
        if (starts == null || ends == null) {
            String composed = NFC.normalize(paragraph);
            length = paragraphStart;
            for (int k = 0; k < composed.length(); k++) {
                put(composed.charAt(k), 0, 0);
            }
            return;
        }
        int[] oldStarts = Arrays.copyOfRange(starts, paragraphStart, length);
        int[] oldEnds = Arrays.copyOfRange(ends, paragraphStart, length);
        length = paragraphStart;
        int chunkStart = 0;
        for (int i = 1; i <= paragraph.length(); i++) {
            boolean boundary = i == paragraph.length()
                    || (!Character.isLowSurrogate(paragraph.charAt(i)) && NFC.hasBoundaryBefore(paragraph.codePointAt(i)));
            if (boundary) {
                String composed = NFC.normalize(paragraph.substring(chunkStart, i));
                for (int k = 0; k < composed.length(); k++) {
                    put(composed.charAt(k), oldStarts[chunkStart], oldEnds[i - 1]);
                }
                chunkStart = i;
            }
        }
    }

    /**
     * Whether NFC might change {@code c} or what precedes it. Not for characters below the combining
     * marks (U+0300) or general punctuation from U+2002 (curly quotes, dashes): they neither decompose
     * nor compose. U+2000 and U+2001 decompose, but are spaces and never get here. Checked as
     * characters arrive (only through {@link #append}: plain runs are ASCII), not in a pass of its own.
     */
    private static boolean mayCompose(char c) {
        return c >= '\u0300' && (c < '\u2002' || c > '\u206F');
    }

    private void put(char c, int srcStart, int srcEnd) {
        int n = length;
        if (n == chars.length) {
            ensureCapacity(n + 1);
        }
        if (starts != null && ends != null) {
            starts[n] = srcStart;
            ends[n] = srcEnd;
        }
        chars[n] = c;
        length = n + 1;
    }

    private void ensureCapacity(int needed) {
        if (needed > chars.length) {
            int capacity = Math.max(needed, chars.length * 2);
            chars = Arrays.copyOf(chars, capacity);
            if (starts != null && ends != null) {
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    // Zero-width spaces, BOMs, soft hyphens and control characters are invisible to the reader
    // (joiners are kept: emoji sequences need them).
    private static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || Character.isISOControl(c);
    }
}
