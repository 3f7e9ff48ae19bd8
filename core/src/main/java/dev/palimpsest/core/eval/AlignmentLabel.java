package dev.palimpsest.core.eval;

import dev.palimpsest.core.align.EditType;

/** What a hand-aligned corpus says happened to one sentence (ArgRewrite's labels). */
public enum AlignmentLabel {
    IDENTICAL, MODIFIED, DELETED, ADDED;

    /** The label an edit of this type gives its sentences; split and merged count as modified. */
    public static AlignmentLabel of(EditType type) {
        switch (type) {
            case UNCHANGED:
                return IDENTICAL;
            case ADDED:
                return ADDED;
            case DELETED:
                return DELETED;
            default:
                return MODIFIED;
        }
    }

    /** Parses a corpus label such as {@code "modified"}, ignoring case. */
    public static AlignmentLabel parse(String label) {
        for (AlignmentLabel l : values()) {
            if (l.name().equalsIgnoreCase(label.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown alignment label \"" + label + "\"");
    }
}
