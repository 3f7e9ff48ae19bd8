package dev.palimpsest.core.align.internal;

/**
 * A candidate match of old sentences {@code oldStart..oldEnd} with new sentences
 * {@code newStart..newEnd} (inclusive; at most one side longer than one sentence), worth
 * {@code weight} to an alignment that takes it.
 */
public record Block(int oldStart, int oldEnd, int newStart, int newEnd, double weight, double similarity) {

    public Block {
        if (oldStart > oldEnd || newStart > newEnd || oldStart < 0 || newStart < 0) {
            throw new IllegalArgumentException("bad block " + oldStart + ".." + oldEnd + " / " + newStart + ".." + newEnd);
        }
    }

    public static Block pair(int oldIndex, int newIndex, double weight, double similarity) {
        return new Block(oldIndex, oldIndex, newIndex, newIndex, weight, similarity);
    }
}
