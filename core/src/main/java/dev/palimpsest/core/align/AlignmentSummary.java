package dev.palimpsest.core.align;

/** Edit counts of an alignment; {@code moved} counts matched edits flagged as moved. */
public record AlignmentSummary(
        int unchanged, int edited, int added, int deleted, int moved, int split, int merged) {
}
