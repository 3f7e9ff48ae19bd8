package dev.palimpsest.core.segment;

/**
 * What a single line break means. A blank line (paragraph break) always ends a sentence.
 */
public enum LineBreakPolicy {

    /**
     * Lines are blocks (headlines, datelines, list items, paragraphs of extracted web text): a
     * line break ends a sentence, except for an evident soft wrap, i.e. a line that ends in a
     * space and is continued in lower case ("It was a cold \nnight").
     */
    LINES_ARE_BLOCKS,

    /**
     * Hard-wrapped text (PDF, plain-text e-mail): a line continued in lower case, or a line ending
     * in a space, continues the sentence.
     */
    HARD_WRAPPED
}
