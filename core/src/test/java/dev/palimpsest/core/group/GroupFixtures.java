package dev.palimpsest.core.group;

import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.segment.SentenceSplitter;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Normalizer;
import dev.palimpsest.core.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test inputs: a plain regex sentence splitter and the Libya seeds read through the real normalizer. */
final class GroupFixtures {

    /** Oldest first, as recorded in samples/libya-2011/versions.json. */
    static final List<String> SEED_FILES = List.of(
            "002_12d0a6ac5ab71e0b.txt", "001_a28352500c04e153.txt", "000_ed93c6f79b7e7cd8.txt");

    // Ends a sentence after . ! or ? (and any closing quote) when a capital or opening quote follows.
    // Good enough here: the grouper only needs the same splits for the same text.
    private static final Pattern END = Pattern.compile("[.!?][\"”’)]*(?=\\s+[\"“‘(]?\\p{Lu})");

    static final SentenceSplitter REGEX_SPLITTER = text -> {
        List<Span> spans = new ArrayList<>();
        int start = skipSpace(text, 0);
        Matcher m = END.matcher(text);
        while (m.find()) {
            if (m.end() > start) {
                spans.add(new Span(start, m.end()));
                start = skipSpace(text, m.end());
            }
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
        return spans;
    };


    private GroupFixtures() {
    }

    private static int skipSpace(String text, int from) {
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    static List<String> sentences(String raw, SentenceSplitter splitter) {
        return new DocumentParser(Normalizer.standard(), splitter, DocumentParser.DEFAULT_MAX_CHARS)
                .parse(raw, InputFormat.TEXT).sentenceTexts();
    }

    static String resource(String path) {
        try (InputStream in = GroupFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three seeds as snapshots without times, id = file name, split by the regex splitter. */
    static List<Snapshot> seeds() {
        return seeds(REGEX_SPLITTER);
    }

    static List<Snapshot> seeds(SentenceSplitter splitter) {
        return SEED_FILES.stream()
                .map(f -> Snapshot.of(f, sentences(resource("/group/libya-2011/" + f), splitter)))
                .toList();
    }
}
