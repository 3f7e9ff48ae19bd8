package dev.palimpsest.core.eval;

import java.util.Comparator;

/** One matched (old sentence, new sentence) pair, 0-based; a split or merge of n sentences gives n links. */
public record AlignmentLink(int oldIndex, int newIndex) implements Comparable<AlignmentLink> {

    private static final Comparator<AlignmentLink> ORDER =
            Comparator.comparingInt(AlignmentLink::oldIndex).thenComparingInt(AlignmentLink::newIndex);

    public AlignmentLink {
        if (oldIndex < 0 || newIndex < 0) {
            throw new IllegalArgumentException("negative link index: " + oldIndex + ", " + newIndex);
        }
    }

    @Override
    public int compareTo(AlignmentLink other) {
        return ORDER.compare(this, other);
    }
}
