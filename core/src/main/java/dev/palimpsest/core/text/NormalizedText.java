package dev.palimpsest.core.text;

import java.util.List;
import java.util.Objects;

/**
 * Text as the reader saw it, normalized (entities decoded, tags stripped, NFC, whitespace collapsed,
 * paragraphs separated by a blank line), with a map from every normalized character back to the
 * range of the original input it came from, so that a UI can highlight the source.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final List<Span> paragraphs;

    NormalizedText(String original, String text, int[] starts, int[] ends, List<Span> paragraphs) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("need one source range per character");
        }
        this.starts = starts;
        this.ends = ends;
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** A text that was already normal: each character is its own source. */
    public static NormalizedText identity(String text, List<Span> paragraphs) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new NormalizedText(text, text, starts, ends, paragraphs);
    }

    public String text() {
        return text;
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
        if (span.length() == 0) {
            int at = span.start() < starts.length ? starts[span.start()] : original.length();
            return new Span(at, at);
        }
        return new Span(starts[span.start()], ends[span.end() - 1]);
    }
}
