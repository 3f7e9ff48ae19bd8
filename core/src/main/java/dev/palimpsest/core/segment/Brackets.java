package dev.palimpsest.core.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Matched bracket pairs of one block. Punctuation inside a bracket opened in the middle of a
 * sentence does not end that sentence ("science (He worked as an engineer.) at the University"),
 * while a parenthetical that is a sentence of its own may end with it ("(Dinah was the cat.)").
 * Unmatched brackets, such as the ")" of a list marker, are ignored, and so is an ellipsis in
 * brackets ("[...]"), which marks an omission like any other ellipsis.
 *
 * <p>Quotes are deliberately not treated this way: news quotes often run over several sentences,
 * and splitting inside them matches sentence-annotated news (GUM) better than keeping them whole.
 */
final class Brackets {

    /** A block without brackets. */
    static final Brackets NONE = new Brackets(List.of());

    private final int[] opens;
    private final int[] closes;

    private Brackets(List<int[]> pairs) {
        opens = new int[pairs.size()];
        closes = new int[pairs.size()];
        for (int k = 0; k < opens.length; k++) {
            opens[k] = pairs.get(k)[0];
            closes[k] = pairs.get(k)[1];
        }
    }

    static Brackets of(char[] text, int start, int end) {
        List<int[]> pairs = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>(); // {position, expected closing char}
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c > '}' || c < '(') {
                continue; // no bracket: most characters
            }
            char close = closing(c);
            if (close != 0) {
                stack.push(new int[] {i, close});
            } else if (c == ')' || c == ']' || c == '}') {
                // Pop to the matching opener; openers left unclosed in between are ignored.
                for (int[] open : stack) {
                    if (open[1] == c) {
                        while (stack.peek() != open) {
                            stack.pop();
                        }
                        stack.pop();
                        if (!isBracketedEllipsis(text, open[0], i)) {
                            pairs.add(new int[] {open[0], i});
                        }
                        break;
                    }
                }
            }
        }
        return new Brackets(pairs);
    }

    private static char closing(char c) {
        return switch (c) {
            case '(' -> ')';
            case '[' -> ']';
            case '{' -> '}';
            default -> 0;
        };
    }

    /** Whether {@code terminal} lies in a pair opened after the sentence began at {@code sentenceStart}. */
    boolean enclosesMidSentence(int terminal, int sentenceStart) {
        for (int k = 0; k < opens.length; k++) {
            if (sentenceStart < opens[k] && opens[k] < terminal && terminal < closes[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bracket opened at {@code open} holds nothing but an ellipsis: "[...]", "[…]". */
    private static boolean isBracketedEllipsis(char[] text, int open, int close) {
        String inside = Chars.string(text, open + 1, close).strip();
        return inside.equals("...") || inside.equals("…") || inside.equals(". . .");
    }

    /** The matching closer of the bracket opened at {@code open}, or -1. */
    int closeOf(int open) {
        for (int k = 0; k < opens.length; k++) {
            if (opens[k] == open) {
                return closes[k];
            }
        }
        return -1;
    }
}
