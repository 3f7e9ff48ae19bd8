package dev.palimpsest.core.segment;

import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text at hard line breaks into blocks that no sentence crosses. Blocks are trimmed of
 * surrounding whitespace; blank blocks are dropped.
 */
final class Blocks {

    private Blocks() {
    }

    static List<Span> of(char[] text, LineBreakPolicy policy) {
        List<Span> blocks = new ArrayList<>();
        int blockStart = 0;
        int i = 0;
        while (i < text.length) {
            char c = text[i];
            if (!Chars.isLineBreak(c)) {
                i++;
                continue;
            }
            int lineEnd = i;
            int next = skipLineBreak(text, i);
            if (isHard(text, lineEnd, next, policy)) {
                addTrimmed(text, blockStart, lineEnd, blocks);
                blockStart = next;
            }
            i = next;
        }
        addTrimmed(text, blockStart, text.length, blocks);
        return blocks;
    }

    /** The one block of a text without line breaks, as {@link #of} would give it. */
    static List<Span> whole(char[] text) {
        List<Span> blocks = new ArrayList<>(1);
        addTrimmed(text, 0, text.length, blocks);
        return blocks;
    }

    private static int skipLineBreak(char[] text, int i) {
        return text[i] == '\r' && i + 1 < text.length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }

    /** Whether the line break between {@code lineEnd} and {@code next} ends a sentence. */
    private static boolean isHard(char[] text, int lineEnd, int next, LineBreakPolicy policy) {
        int first = next;
        while (first < text.length && Chars.isBlank(text[first])) {
            first++;
        }
        if (first >= text.length || Chars.isLineBreak(text[first])) {
            return true; // blank line or end of text: a paragraph break
        }
        if (ListMarkers.startsAt(text, first, text.length)) {
            return true; // "(ii) Hello world." on its own line is a new item
        }
        boolean trailingSpace = lineEnd > 0 && Chars.isBlank(text[lineEnd - 1]);
        char head = text[first];
        // Pragmatic Segmenter's newline-in-the-middle-of-a-sentence rule: a line that ends with a
        // space and goes on in lower case (or with a parenthesis) was wrapped, not ended.
        boolean continues = Character.isLowerCase(head) || head == '(';
        return switch (policy) {
            case LINES_ARE_BLOCKS -> !(trailingSpace && continues);
            case HARD_WRAPPED -> !(trailingSpace || continues);
        };
    }

    private static void addTrimmed(char[] text, int start, int end, List<Span> blocks) {
        while (start < end && Chars.isSpace(text[start])) {
            start++;
        }
        while (end > start && Chars.isSpace(text[end - 1])) {
            end--;
        }
        if (start < end) {
            blocks.add(new Span(start, end));
        }
    }
}
