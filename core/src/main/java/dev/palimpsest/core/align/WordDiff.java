package dev.palimpsest.core.align;

import java.util.List;

/** A word-level diff between two sentences (or joined groups of sentences). */
public record WordDiff(List<WordOp> ops) {

    public static final WordDiff EMPTY = new WordDiff(List.of());

    public WordDiff {
        ops = List.copyOf(ops);
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
