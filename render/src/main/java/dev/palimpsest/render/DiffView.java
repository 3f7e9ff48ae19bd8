package dev.palimpsest.render;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.document.Document;
import java.util.Objects;

/**
 * Everything a renderer needs to show one diff: the two versions, how to name them, and their
 * sentence alignment. The alignment must have been computed from exactly these two documents.
 */
public record DiffView(String oldLabel, String newLabel, Document oldDoc, Document newDoc, Alignment alignment) {

    public DiffView {
        Objects.requireNonNull(oldLabel, "oldLabel");
        Objects.requireNonNull(newLabel, "newLabel");
        Objects.requireNonNull(oldDoc, "oldDoc");
        Objects.requireNonNull(newDoc, "newDoc");
        Objects.requireNonNull(alignment, "alignment");
        if (alignment.oldSize() != oldDoc.sentences().size() || alignment.newSize() != newDoc.sentences().size()) {
            throw new IllegalArgumentException("alignment of " + alignment.oldSize() + " -> " + alignment.newSize()
                    + " sentences does not fit documents of " + oldDoc.sentences().size() + " -> "
                    + newDoc.sentences().size() + " sentences");
        }
    }
}
