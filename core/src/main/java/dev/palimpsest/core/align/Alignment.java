package dev.palimpsest.core.align;

import java.util.List;

/**
 * The sentence alignment of two versions: a closed set of edits in which every old sentence
 * {@code 0..oldSize-1} and every new sentence {@code 0..newSize-1} appears exactly once.
 */
public record Alignment(int oldSize, int newSize, List<Edit> edits) {

    public Alignment {
        edits = List.copyOf(edits);
        checkCoverage(oldSize, edits, true);
        checkCoverage(newSize, edits, false);
    }

    public AlignmentSummary summary() {
        int[] counts = new int[EditType.values().length];
        int moved = 0;
        for (Edit e : edits) {
            counts[e.type().ordinal()]++;
            if (e.moved()) {
                moved++;
            }
        }
        return new AlignmentSummary(
                counts[EditType.UNCHANGED.ordinal()], counts[EditType.EDITED.ordinal()],
                counts[EditType.ADDED.ordinal()], counts[EditType.DELETED.ordinal()], moved,
                counts[EditType.SPLIT.ordinal()], counts[EditType.MERGED.ordinal()]);
    }

    private static void checkCoverage(int size, List<Edit> edits, boolean old) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        boolean[] seen = new boolean[size];
        for (Edit e : edits) {
            for (int i : old ? e.oldIndices() : e.newIndices()) {
                if (i < 0 || i >= size) {
                    throw new IllegalArgumentException((old ? "old" : "new") + " index " + i + " out of range 0.." + size);
                }
                if (seen[i]) {
                    throw new IllegalArgumentException((old ? "old" : "new") + " sentence " + i + " is in two edits");
                }
                seen[i] = true;
            }
        }
        for (int i = 0; i < size; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException((old ? "old" : "new") + " sentence " + i + " is in no edit");
            }
        }
    }
}
