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
            // The one-sentence kinds directly: their index lists are built anew on every call.
            if (e instanceof Edit.Unchanged u) {
                mark(seen, old ? u.oldIndex() : u.newIndex(), old);
            } else if (e instanceof Edit.Edited d) {
                mark(seen, old ? d.oldIndex() : d.newIndex(), old);
            } else if (e instanceof Edit.Added a) {
                if (!old) {
                    mark(seen, a.newIndex(), false);
                }
            } else if (e instanceof Edit.Deleted d) {
                if (old) {
                    mark(seen, d.oldIndex(), true);
                }
            } else {
                for (int i : old ? e.oldIndices() : e.newIndices()) {
                    mark(seen, i, old);
                }
            }
        }
        for (int i = 0; i < size; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException((old ? "old" : "new") + " sentence " + i + " is in no edit");
            }
        }
    }

    private static void mark(boolean[] seen, int i, boolean old) {
        if (i < 0 || i >= seen.length) {
            throw new IllegalArgumentException((old ? "old" : "new") + " index " + i + " out of range 0.." + seen.length);
        }
        if (seen[i]) {
            throw new IllegalArgumentException((old ? "old" : "new") + " sentence " + i + " is in two edits");
        }
        seen[i] = true;
    }
}
