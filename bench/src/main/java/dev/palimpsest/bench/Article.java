package dev.palimpsest.bench;

import java.util.List;
import java.util.stream.Collectors;

/** One version of an article: paragraphs of sentences, in reading order. */
record Article(List<List<String>> paragraphs) {

    Article {
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
        if (paragraphs.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("empty paragraph in " + paragraphs);
        }
    }

    List<String> sentences() {
        return paragraphs.stream().flatMap(List::stream).toList();
    }

    int sentenceCount() {
        return paragraphs.stream().mapToInt(List::size).sum();
    }

    /** The article as plain text: sentences joined by a space, paragraphs by a blank line. */
    String text() {
        return paragraphs.stream().map(p -> String.join(" ", p)).collect(Collectors.joining("\n\n"));
    }
}
