package dev.palimpsest.core.text;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Text as the reader saw it, normalized (entities decoded, tags stripped, NFC, whitespace collapsed,
 * paragraphs separated by a blank line), with a map from every normalized character back to the
 * range of the original input it came from, so that a UI can highlight the source.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final List<Span> paragraphs;
    /**
     * Where each character came from: {starts, ends}, arrays that may run past the text. Made on
     * first use by {@link #sourceMaker} (most callers never ask, and tracking costs a third of
     * normalizing); null with no maker: an identity text, each character its own source.
     */
    private volatile int @Nullable [][] sources;
    private final @Nullable Supplier<int[][]> sourceMaker;
    /** The text's characters (the array may run past it), kept from building; null: take them from the text. */
    private final char @Nullable [] chars;

    private NormalizedText(String original, String text, List<Span> paragraphs, int @Nullable [][] sources,
            @Nullable Supplier<int[][]> sourceMaker, char @Nullable [] chars) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        this.paragraphs = List.copyOf(paragraphs);
        this.sources = sources;
        this.sourceMaker = sourceMaker;
        this.chars = chars;
    }

    /** @param starts, ends the source range of each character; the arrays may run past the text */
    static NormalizedText tracked(String original, String text, List<Span> paragraphs, int[] starts, int[] ends) {
        if (starts.length < text.length() || ends.length < text.length()) {
            throw new IllegalArgumentException("need one source range per character");
        }
        return new NormalizedText(original, text, paragraphs, new int[][] {starts, ends}, null, null);
    }

    /**
     * @param sourceMaker gives {starts, ends} for exactly this text when first needed
     * @param chars the text's characters, possibly followed by others; kept, so never to be written
     */
    static NormalizedText untracked(String original, String text, List<Span> paragraphs,
            Supplier<int[][]> sourceMaker, char[] chars) {
        if (chars.length < text.length()) {
            throw new IllegalArgumentException("need every character of the text");
        }
        return new NormalizedText(original, text, paragraphs, null, Objects.requireNonNull(sourceMaker), chars);
    }

    /** A text that was already normal: each character is its own source. */
    public static NormalizedText identity(String text, List<Span> paragraphs) {
        return new NormalizedText(text, text, paragraphs, null, null, null);
    }

    /** {starts, ends}, made on first use (idempotent, so a race only makes it twice); null: identity. */
    int @Nullable [][] sources() {
        int[][] made = sources;
        if (made == null && sourceMaker != null) {
            made = sourceMaker.get();
            sources = made;
        }
        return made;
    }

    public String text() {
        return text;
    }

    /**
     * Copies {@code text()[from, to)} into {@code dst} at {@code at}, as {@link String#getChars} does,
     * but as one array copy: a String hands out its characters one by one under the quick JIT.
     */
    public void getChars(int from, int to, char[] dst, int at) {
        Objects.checkFromToIndex(from, to, text.length());
        if (chars != null) {
            System.arraycopy(chars, from, dst, at, to - from);
        } else {
            text.getChars(from, to, dst, at);
        }
    }

    public String original() {
        return original;
    }

    /** Paragraph spans in {@link #text()}, in order. */
    public List<Span> paragraphs() {
        return paragraphs;
    }

    /** The part of the original input that produced {@code span} of the normalized text. */
    public Span originalSpan(Span span) {
        if (span.end() > text.length()) {
            throw new IndexOutOfBoundsException("span " + span + " beyond text of length " + text.length());
        }
        int[][] map = sources();
        if (map == null) {
            return span;
        }
        int[] starts = map[0];
        int[] ends = map[1];
        if (span.length() == 0) {
            int at = span.start() < text.length() ? starts[span.start()] : original.length();
            return new Span(at, at);
        }
        return new Span(starts[span.start()], ends[span.end() - 1]);
    }
}
