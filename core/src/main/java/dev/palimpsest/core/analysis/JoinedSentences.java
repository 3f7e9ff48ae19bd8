package dev.palimpsest.core.analysis;

import dev.palimpsest.core.document.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of an edit as its word diff sees it: the edit's sentences joined into one text, and
 * where each sentence starts in it. Splits and merges diff joined sentences; this maps back.
 */
final class JoinedSentences {

    private final String text;
    private final List<Integer> sentences;
    private final int[] starts;

    JoinedSentences(String text, List<Integer> sentences, Document document) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.starts = new int[sentences.size()];
        int cursor = 0;
        for (int k = 0; k < sentences.size(); k++) {
            String sentence = document.sentences().get(sentences.get(k)).text();
            int found = text.indexOf(sentence, cursor);
            // The aligner joins with a space; if its joining differs, assume that.
            starts[k] = found >= 0 ? found : Math.min(cursor, text.length());
            cursor = starts[k] + (found >= 0 ? sentence.length() : 0);
        }
    }

    String text() {
        return text;
    }

    /** The sentence (document index) holding character {@code position}. */
    int sentenceAt(int position) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= position) {
            k++;
        }
        return sentences.get(k);
    }

    /** Start and end of a sentence (document index) within the joined text. */
    int[] rangeOf(int sentence) {
        int k = sentences.indexOf(sentence);
        if (k < 0) {
            throw new IllegalArgumentException("sentence " + sentence + " not in " + sentences);
        }
        int end = k + 1 < starts.length ? starts[k + 1] : text.length();
        return new int[] {starts[k], end};
    }

    List<Integer> sentences() {
        return new ArrayList<>(sentences);
    }
}
