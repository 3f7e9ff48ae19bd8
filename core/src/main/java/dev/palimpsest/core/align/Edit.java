package dev.palimpsest.core.align;

import java.util.List;

/**
 * What happened to one group of sentences between two versions. Every sentence of both versions
 * belongs to exactly one edit of an {@link Alignment}. Indices are sentence positions (0-based).
 */
public sealed interface Edit
        permits Edit.Unchanged, Edit.Edited, Edit.Added, Edit.Deleted, Edit.Split, Edit.Merged {

    EditType type();

    List<Integer> oldIndices();

    List<Integer> newIndices();

    /** True when the sentence changed order relative to the surrounding matched sentences. */
    boolean moved();

    /** Text similarity of the matched sides in [0, 1]; 1 for unchanged, 0 for added or deleted. */
    double similarity();

    /** Word diff from the old side to the new side; empty for added and deleted sentences. */
    WordDiff words();

    /** Identical text on both sides (possibly moved). */
    record Unchanged(int oldIndex, int newIndex, boolean moved, WordDiff words) implements Edit {
        public EditType type() { return EditType.UNCHANGED; }
        public List<Integer> oldIndices() { return List.of(oldIndex); }
        public List<Integer> newIndices() { return List.of(newIndex); }
        public double similarity() { return 1.0; }
    }

    /** One old sentence rewritten into one new sentence. */
    record Edited(int oldIndex, int newIndex, boolean moved, double similarity, WordDiff words)
            implements Edit {
        public EditType type() { return EditType.EDITED; }
        public List<Integer> oldIndices() { return List.of(oldIndex); }
        public List<Integer> newIndices() { return List.of(newIndex); }
    }

    /** A sentence only in the new version. */
    record Added(int newIndex) implements Edit {
        public EditType type() { return EditType.ADDED; }
        public List<Integer> oldIndices() { return List.of(); }
        public List<Integer> newIndices() { return List.of(newIndex); }
        public boolean moved() { return false; }
        public double similarity() { return 0.0; }
        public WordDiff words() { return WordDiff.EMPTY; }
    }

    /** A sentence only in the old version. */
    record Deleted(int oldIndex) implements Edit {
        public EditType type() { return EditType.DELETED; }
        public List<Integer> oldIndices() { return List.of(oldIndex); }
        public List<Integer> newIndices() { return List.of(); }
        public boolean moved() { return false; }
        public double similarity() { return 0.0; }
        public WordDiff words() { return WordDiff.EMPTY; }
    }

    /** One old sentence became several consecutive new sentences; words diff old against the joined new ones. */
    record Split(int oldIndex, List<Integer> newIndices, boolean moved, double similarity, WordDiff words)
            implements Edit {
        public Split {
            newIndices = List.copyOf(newIndices);
            if (newIndices.size() < 2) {
                throw new IllegalArgumentException("a split needs at least two new sentences: " + newIndices);
            }
        }
        public EditType type() { return EditType.SPLIT; }
        public List<Integer> oldIndices() { return List.of(oldIndex); }
    }

    /** Several consecutive old sentences became one new sentence; words diff the joined old ones against it. */
    record Merged(List<Integer> oldIndices, int newIndex, boolean moved, double similarity, WordDiff words)
            implements Edit {
        public Merged {
            oldIndices = List.copyOf(oldIndices);
            if (oldIndices.size() < 2) {
                throw new IllegalArgumentException("a merge needs at least two old sentences: " + oldIndices);
            }
        }
        public EditType type() { return EditType.MERGED; }
        public List<Integer> newIndices() { return List.of(newIndex); }
    }
}
