package dev.palimpsest.core.document;

import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.segment.SentenceSplitter;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.NormalizedText;
import dev.palimpsest.core.text.Normalizer;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one version of an article into a {@link Document}: normalize, split each paragraph into
 * sentences, tag dateline, byline, credits and corrections. Immutable and thread-safe.
 */
public final class DocumentParser {

    /**
     * Article text beyond this many characters after normalization (some 300,000 words, far beyond
     * any article) is refused rather than processed slowly.
     */
    public static final int DEFAULT_MAX_CHARS = 2 * 1024 * 1024;

    /** Raw input beyond this many characters is refused before parsing; pages carry much markup. */
    public static final int MAX_INPUT_CHARS = 32 * 1024 * 1024;

    private final Normalizer normalizer;
    private final SentenceSplitter splitter;
    private final int maxChars;

    public DocumentParser(Normalizer normalizer, SentenceSplitter splitter, int maxChars) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** The standard composition: {@link Normalizer#standard()}, the news splitter, default limits. */
    public static DocumentParser standard() {
        return Standard.INSTANCE;
    }

    /**
     * @throws IllegalArgumentException if the input, or its text after normalization, is longer than
     *     the limits
     */
    public Document parse(String input, InputFormat format) {
        return parse(input, format, new HashMap<>());
    }

    /**
     * As {@link #parse(String, InputFormat)}, remembering each paragraph's sentences in {@code memo}:
     * parse two versions of one article with the same memo and the paragraphs they share (most of
     * them) are segmented once.
     */
    public Document parse(String input, InputFormat format, Map<String, List<Span>> memo) {
        if (input.length() > MAX_INPUT_CHARS) {
            throw new IllegalArgumentException("input of " + input.length() + " characters exceeds the limit of "
                    + MAX_INPUT_CHARS + " characters");
        }
        NormalizedText text = normalizer.normalize(input, format);
        if (text.text().length() > maxChars) {
            throw new IllegalArgumentException("text of " + text.text().length()
                    + " characters after normalization exceeds the limit of " + maxChars + " characters");
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Span> paragraphs = text.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            String paragraphText = paragraph.of(text.text());
            List<Span> local = memo.get(paragraphText);
            if (local == null) {
                // The splitter reads characters; copied from the text's own array, not the string.
                char[] chars = new char[paragraph.length()];
                text.getChars(paragraph.start(), paragraph.end(), chars, 0);
                local = splitter.split(chars);
                memo.put(paragraphText, local);
            }
            for (Span sentence : local) {
                Span span = sentence.shift(paragraph.start());
                sentences.add(new Sentence(sentences.size(), p, span.of(text.text()), span, SentenceRole.BODY));
            }
        }
        List<Sentence> tagged = StoryTagger.tagRoles(sentences);
        return new Document(text, tagged, StoryTagger.findDateline(tagged));
    }

    // Built on first use: the splitter loads its word lists once.
    private static final class Standard {
        static final DocumentParser INSTANCE =
                new DocumentParser(Normalizer.standard(), NewsSentenceSplitter.create(), DEFAULT_MAX_CHARS);
    }

    private static String joinAfterText(List<String> given) {
        StringBuilder joined = new StringBuilder();
        for (String s : given) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(s);
        }
        return joined.toString();
    }

    /** A document from sentences already split by someone else: one paragraph, used as given. */
    public Document fromSentences(List<String> given) {
        long total = 0; // a space between sentences once there is text, as the loop below joins them
        for (String s : given) {
            total += (total > 0 ? 1 : 0) + s.length();
        }
        if (total > maxChars) {
            throw new IllegalArgumentException("input of " + total + " characters exceeds the limit of "
                    + maxChars + " characters");
        }
        List<Sentence> sentences = new ArrayList<>(given.size());
        int at = 0;
        for (String s : given) {
            at += at > 0 ? 1 : 0;
            sentences.add(new Sentence(sentences.size(), 0, s, new Span(at, at + s.length()), SentenceRole.BODY));
            at += s.length();
        }
        // String.join copies the strings' bytes whole; it differs from the spacing above only when the
        // first sentence is empty (it puts a space after it).
        String text = given.isEmpty() || !given.get(0).isEmpty() ? String.join(" ", given) : joinAfterText(given);
        List<Span> paragraphs = text.isEmpty() ? List.of() : List.of(new Span(0, text.length()));
        List<Sentence> tagged = StoryTagger.tagRoles(sentences);
        return new Document(NormalizedText.identity(text, paragraphs), tagged, StoryTagger.findDateline(tagged));
    }
}
