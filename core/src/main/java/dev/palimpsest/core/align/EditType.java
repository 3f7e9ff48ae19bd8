package dev.palimpsest.core.align;

/** The kind of an {@link Edit}, as named in JSON output and summaries. */
public enum EditType { UNCHANGED, EDITED, ADDED, DELETED, SPLIT, MERGED }
