package dev.palimpsest.bench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sentences of real news text (the {@code .txt} files of a folder, e.g. {@code samples/libya-2011}),
 * split with a plain regular expression (not the splitter under test), without duplicates. Immutable.
 */
final class SamplePool {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.?!][”’\"]?)\\s+(?=[A-Z“\"‘])");
    private static final Pattern ENTITY = Pattern.compile("&(mdash|rsquo|lsquo|ldquo|rdquo|amp);");

    private final List<String> sentences;

    private SamplePool(List<String> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    static SamplePool load(Path folder) {
        Set<String> sentences = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = decode(Files.readString(file, StandardCharsets.UTF_8));
                for (String paragraph : text.split("\\s*\\R\\s*")) {
                    for (String s : BOUNDARY.split(paragraph.strip())) {
                        if (s.split("\\s+").length >= 5) {
                            sentences.add(s.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read samples in " + folder, e);
        }
        if (sentences.size() < 20) {
            throw new IllegalArgumentException(folder + " holds only " + sentences.size() + " sentences; need 20 or more");
        }
        return new SamplePool(new ArrayList<>(sentences));
    }

    int size() {
        return sentences.size();
    }

    String get(int i) {
        return sentences.get(i);
    }

    private static String decode(String text) {
        return ENTITY.matcher(text).replaceAll(m -> switch (m.group(1)) {
            case "mdash" -> "—";
            case "rsquo" -> "’";
            case "lsquo" -> "‘";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            default -> "&";
        });
    }
}
