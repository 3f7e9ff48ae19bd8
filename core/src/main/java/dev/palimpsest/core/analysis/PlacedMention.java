package dev.palimpsest.core.analysis;

/** A name mention placed in a paragraph's text: where it starts and ends there. */
record PlacedMention(NameMention mention, int start, int end) {
}
