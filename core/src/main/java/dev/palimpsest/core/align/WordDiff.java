package dev.palimpsest.core.align;

import java.util.List;

/** A word-level diff between two sentences (or joined groups of sentences). */
public record WordDiff(List<WordOp> ops) {

    public static final WordDiff EMPTY = new WordDiff(List.of());

    public WordDiff {
        ops = List.copyOf(ops);
    }

    /** The diff of a text with itself: one EQUAL op holding the whole text (none for an empty text). */
    public static WordDiff identity(String text) {
        return text.isEmpty() ? EMPTY : new WordDiff(List.of(new WordOp(WordOp.Kind.EQUAL, text)));
    }

    /** The old text: EQUAL and DELETE ops joined. */
    public String oldText() {
        return join(WordOp.Kind.INSERT);
    }

    /** The new text: EQUAL and INSERT ops joined. */
    public String newText() {
        return join(WordOp.Kind.DELETE);
    }

    /**
     * Applies this diff to {@code old}, returning the new text.
     *
     * @throws IllegalArgumentException if this diff was not computed from {@code old}
     */
    public String apply(String old) {
        if (!oldText().equals(old)) {
            throw new IllegalArgumentException("word diff does not apply to \"" + old + "\"");
        }
        return newText();
    }

    /**
     * Share of the text kept: 2 × characters in EQUAL ops / (old length + new length), in [0, 1];
     * 1 for two empty texts. A one-word edit in a long sentence scores close to 1.
     */
    public double similarity() {
        int kept = 0;
        int total = 0;
        for (WordOp op : ops) {
            int len = op.text().length();
            if (op.op() == WordOp.Kind.EQUAL) {
                kept += 2 * len;
                total += 2 * len;
            } else {
                total += len;
            }
        }
        return total == 0 ? 1.0 : (double) kept / total;
    }

    public boolean isIdentity() {
        return ops.stream().allMatch(o -> o.op() == WordOp.Kind.EQUAL);
    }

    private String join(WordOp.Kind skipped) {
        StringBuilder sb = new StringBuilder();
        for (WordOp op : ops) {
            if (op.op() != skipped) {
                sb.append(op.text());
            }
        }
        return sb.toString();
    }
}
