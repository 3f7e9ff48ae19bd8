package dev.palimpsest.bench.group;

import dev.palimpsest.bench.Entities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real English sentences read from evaluation texts, and the words they use (with repeats, so that a
 * random word follows the corpus frequencies). Reads {@code .txt} (one paragraph a line, entities
 * decoded), {@code .jsonl}
 * lines with a {@code sentences} array or a {@code text} field (GUM news), and {@code .json} objects of
 * {@code {articleBody}} (the extraction benchmark's ground truth).
 */
record SentenceCorpus(List<String> sentences, List<String> words, int files) {

    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;
    private static final Pattern END = Pattern.compile("[.!?][\"”’)]*(?=\\s+[\"“‘(]?\\p{Lu})");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{4,}\\b");
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)\\b(the|of|and|to|in|is|was|for|that|with)\\b");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    SentenceCorpus {
        sentences = List.copyOf(sentences);
        words = List.copyOf(words);
    }

    static SentenceCorpus read(List<Path> roots) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        int files = 0;
        for (Path root : roots) {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path path : paths) {
                List<String> found = sentencesOf(path);
                files += found.isEmpty() ? 0 : 1;
                for (String s : found) {
                    int words = countTokens(s);
                    if (words >= MIN_WORDS && words <= MAX_WORDS && isEnglish(s) && seen.add(s.toLowerCase(Locale.ROOT))) {
                        sentences.add(s);
                    }
                }
            }
        }
        List<String> words = new ArrayList<>();
        for (String s : sentences) {
            Matcher m = WORD.matcher(s);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences found under " + roots);
        }
        return new SentenceCorpus(sentences, words, files);
    }

    /** The corpora mix in some other languages; keep sentences mostly in ASCII letters with English function words. */
    static boolean isEnglish(String s) {
        int letters = 0;
        int ascii = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                ascii += c < 128 ? 1 : 0;
            }
        }
        return letters > 0 && ascii >= 0.95 * letters && FUNCTION_WORD.matcher(s).find();
    }

    static int countTokens(String s) {
        int n = 0;
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<String> sentencesOf(Path path) {
        String name = path.getFileName().toString();
        try {
            if (name.endsWith(".txt")) {
                return split(Files.readString(path, StandardCharsets.UTF_8));
            }
            if (name.endsWith(".jsonl")) {
                List<String> out = new ArrayList<>();
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && MiniJson.parse(line) instanceof Map<?, ?> record) {
                        if (record.get("sentences") instanceof List<?> given) {
                            given.forEach(s -> out.add(String.valueOf(s).strip()));
                        } else if (record.get("text") instanceof String text) {
                            out.addAll(split(text));
                        }
                    }
                }
                return out;
            }
            if (name.endsWith(".json")) {
                List<String> out = new ArrayList<>();
                if (MiniJson.parse(Files.readString(path, StandardCharsets.UTF_8)) instanceof Map<?, ?> all) {
                    for (Object value : all.values()) {
                        if (value instanceof Map<?, ?> article && article.get("articleBody") instanceof String body) {
                            out.addAll(split(body));
                        }
                    }
                }
                return out;
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paragraphs at line breaks, entities decoded, sentences by a plain end-of-sentence pattern. */
    static List<String> split(String raw) {
        List<String> out = new ArrayList<>();
        for (String line : raw.split("\\R")) {
            String p = Entities.decode(line).replaceAll("\\s+", " ").strip();
            Matcher m = END.matcher(p);
            int start = 0;
            while (m.find()) {
                out.add(p.substring(start, m.end()).strip());
                start = m.end();
            }
            if (start < p.length() && !p.substring(start).isBlank()) {
                out.add(p.substring(start).strip());
            }
        }
        return out;
    }
}
