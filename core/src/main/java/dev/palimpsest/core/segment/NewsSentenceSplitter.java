package dev.palimpsest.core.segment;

import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rule-based English sentence splitter for news text.
 *
 * <p>It handles what news copy is full of: titles and initials ("Col. Muammar el-Qaddafi",
 * "C. J. Chivers"), "U.S." in the middle and at the end of a sentence, dates ("Jan. 5"), amounts
 * ("$9,000,200.00", "3.5%"), clock times ("6 p.m."), ellipses, quotes that end or continue a
 * sentence ({@code he said.” Next}), parentheticals, list items and datelines ("BREGA, Libya —
 * Libya's foreign minister defected"). A blank line always ends a sentence; what a single line
 * break means is set by {@link LineBreakPolicy}.
 *
 * <p>Rules rather than ICU's sentence {@code BreakIterator}: ICU 79.1 ({@code en-US-u-ss-standard})
 * passes 30 of the 52 Pragmatic Segmenter golden rules and 29 of pySBD's 48, with or without an
 * abbreviation filter, because {@code suppressBreakAfter("U.S.")} is unconditional: it cannot
 * tell "the U.S. How about you?" from "the U.S. Government". ICU also never breaks list items run
 * together or "world.Today". The decisions are documented in {@link BoundaryRules}; the word
 * lists live in {@code lexicon-en.txt}.
 *
 * <p>Immutable and thread-safe: {@link #split} keeps all of its state on the stack.
 */
public final class NewsSentenceSplitter implements SentenceSplitter {

    private final LineBreakPolicy lineBreaks;
    private final Lexicon lexicon;

    private NewsSentenceSplitter(Builder builder) {
        this.lineBreaks = builder.lineBreaks;
        this.lexicon = Lexicon.english();
    }

    /** The splitter for news and web text: each line is a block ({@link LineBreakPolicy#LINES_ARE_BLOCKS}). */
    public static NewsSentenceSplitter create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Span> split(String text) {
        Objects.requireNonNull(text, "text");
        // The scanners read a char array: a compiled loop over String.charAt speculates on the
        // string's coder (Latin-1 or UTF-16) and is thrown away when a text of the other kind comes.
        return split(text.toCharArray());
    }

    @Override
    public List<Span> split(char[] chars) {
        // One survey of the text spares most paragraphs the passes that look for line breaks,
        // brackets and bullets.
        int features = Chars.features(chars);
        List<Span> blocks = (features & Chars.LINE_BREAK) != 0 ? Blocks.of(chars, lineBreaks) : Blocks.whole(chars);
        List<Span> sentences = new ArrayList<>();
        for (Span block : blocks) {
            new BlockScanner(chars, block, lexicon, features).splitInto(sentences);
        }
        return List.copyOf(sentences);
    }

    public LineBreakPolicy lineBreaks() {
        return lineBreaks;
    }

    /** Configures a {@link NewsSentenceSplitter}. */
    public static final class Builder {

        private LineBreakPolicy lineBreaks = LineBreakPolicy.LINES_ARE_BLOCKS;

        private Builder() {
        }

        public Builder lineBreaks(LineBreakPolicy policy) {
            this.lineBreaks = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public NewsSentenceSplitter build() {
            return new NewsSentenceSplitter(this);
        }
    }
}
