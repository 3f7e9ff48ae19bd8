package dev.palimpsest.core.document;

import dev.palimpsest.core.text.Dateline;
import dev.palimpsest.core.text.NormalizedText;
import dev.palimpsest.core.text.Sentence;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One version of an article: its normalized text, its sentences in order, and its dateline if any. */
public record Document(NormalizedText text, List<Sentence> sentences, Optional<Dateline> dateline) {

    public Document {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(dateline, "dateline");
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index());
            }
        }
    }

    /** The sentence texts, in order: what the aligner compares. */
    public List<String> sentenceTexts() {
        return sentences.stream().map(Sentence::text).toList();
    }

    public int paragraphCount() {
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph() + 1;
    }
}
