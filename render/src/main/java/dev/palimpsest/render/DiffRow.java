package dev.palimpsest.render;

import dev.palimpsest.core.align.Edit;
import java.util.List;
import java.util.Objects;

/**
 * One row of a side-by-side diff: an edit, or one half of a moved edit. A moved edit yields two rows
 * so that both columns keep their own reading order: the old half where the sentence used to be and
 * the new half where it is now, linked to each other.
 */
public record DiffRow(Edit edit, Side side) {

    /** Which columns the row fills. */
    public enum Side {
        /** Both columns: unchanged, edited, split or merged sentences that kept their place. */
        BOTH,
        /** Only the old column: a deleted sentence, or where a moved sentence used to be. */
        OLD,
        /** Only the new column: an added sentence, or where a moved sentence is now. */
        NEW
    }

    public DiffRow {
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(side, "side");
        if (side != Side.NEW && edit.oldIndices().isEmpty() || side != Side.OLD && edit.newIndices().isEmpty()) {
            throw new IllegalArgumentException("a " + side + " row cannot show " + edit);
        }
    }

    /** Old sentences shown in this row. */
    public List<Integer> oldIndices() {
        return side == Side.NEW ? List.of() : edit.oldIndices();
    }

    /** New sentences shown in this row. */
    public List<Integer> newIndices() {
        return side == Side.OLD ? List.of() : edit.newIndices();
    }

    /** Whether a reader jumping between changes should stop here. */
    public boolean isChange() {
        return !(edit instanceof Edit.Unchanged) || edit.moved();
    }
}
