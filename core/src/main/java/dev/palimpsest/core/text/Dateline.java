package dev.palimpsest.core.text;

/** The dateline that opens a story, e.g. "BREGA, Libya —": the place and its span in the normalized text. */
public record Dateline(String place, Span span) {
}
