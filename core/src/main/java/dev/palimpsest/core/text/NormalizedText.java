package dev.palimpsest.core.text;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text as the reader saw it, normalized (entities decoded, tags stripped, NFC, whitespace collapsed,
 * paragraphs separated by a blank line), with a map from every normalized character back to the
 * range of the original input it came from, so that a UI can highlight the source.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    /** Source range of each character (the arrays may be longer than the text); null: identity. */
    private final int @Nullable [] starts;
    private final int @Nullable [] ends;
    private final List<Span> paragraphs;

    /** @param starts, ends the source range of each character; the arrays may run past the text */
    NormalizedText(String original, String text, int[] starts, int[] ends, List<Span> paragraphs) {
        this(original, text, paragraphs, starts, ends);
        if (starts.length < text.length() || ends.length < text.length()) {
            throw new IllegalArgumentException("need one source range per character");
        }
    }

    private NormalizedText(String original, String text, List<Span> paragraphs, int @Nullable [] starts,
            int @Nullable [] ends) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        this.starts = starts;
        this.ends = ends;
        this.paragraphs = List.copyOf(paragraphs);
    }

    /** A text that was already normal: each character is its own source. */
    public static NormalizedText identity(String text, List<Span> paragraphs) {
        return new NormalizedText(text, text, paragraphs, null, null);
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
        if (starts == null || ends == null) {
            return span;
        }
        if (span.length() == 0) {
            int at = span.start() < text.length() ? starts[span.start()] : original.length();
            return new Span(at, at);
        }
        return new Span(starts[span.start()], ends[span.end() - 1]);
    }
}
