package dev.palimpsest.core.text;

/** What a sentence is, beyond body text. Tagged, never deleted: the reader saw it. */
public enum SentenceRole {
    /** Ordinary article text (a dateline opening the sentence is recorded on the document). */
    BODY,
    /** End-of-story credit line: "C. J. Chivers reported from Brega", "... contributed reporting". */
    CREDIT,
    /** A byline: "By David D. Kirkpatrick". */
    BYLINE,
    /** A correction or editor's note: "An earlier version of this article ...". */
    CORRECTION
}
