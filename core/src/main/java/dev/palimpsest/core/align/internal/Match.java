package dev.palimpsest.core.align.internal;

/**
 * Old sentences {@code oldStart..oldEnd} matched with new sentences {@code newStart..newEnd}
 * (inclusive ranges; one-to-one, one-to-many or many-to-one).
 */
public record Match(int oldStart, int oldEnd, int newStart, int newEnd) {

    public Match {
        if (oldStart < 0 || newStart < 0 || oldStart > oldEnd || newStart > newEnd) {
            throw new IllegalArgumentException("bad match " + oldStart + ".." + oldEnd + " / " + newStart + ".." + newEnd);
        }
        if (oldEnd > oldStart && newEnd > newStart) {
            throw new IllegalArgumentException("many-to-many match " + oldStart + ".." + oldEnd + " / " + newStart + ".." + newEnd);
        }
    }

    public static Match pair(int oldIndex, int newIndex) {
        return new Match(oldIndex, oldIndex, newIndex, newIndex);
    }

    public static Match of(Block block) {
        return new Match(block.oldStart(), block.oldEnd(), block.newStart(), block.newEnd());
    }
}
