package dev.palimpsest.core.analysis;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordDiffer;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.segment.SentenceSplitter;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Normalizer;
import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test documents and hand-made alignments, so that the analysis tests exercise the analysis and not
 * the sentence splitter or the aligner.
 */
final class Docs {

    /** Ends a sentence after . ! or ? (and a closing quote), unless the dot ends a title or an initial. */
    private static final Pattern END = Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Dr|Col|Gen|Capt|Lt|Sgt|St|[A-Z]))[.!?][”\"]?\\s+(?=[“\"\\p{Lu}])");

    static final SentenceSplitter SPLITTER = text -> {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            add(text, start, m.end(), spans);
            start = m.end();
        }
        add(text, start, text.length(), spans);
        return spans;
    };

    private static final DocumentParser PARSER = new DocumentParser(Normalizer.standard(), SPLITTER, 100_000);

    private Docs() {
    }

    /** Paragraphs separated by blank lines; entities decoded. */
    static Document doc(String text) {
        return PARSER.parse(text, InputFormat.TEXT);
    }

    /**
     * An alignment pairing old sentence {@code pairs[k][0]} with new sentence {@code pairs[k][1]}:
     * unchanged when the texts are equal, edited otherwise; the rest added or deleted.
     */
    static Alignment align(Document older, Document newer, int[]... pairs) {
        List<Edit> edits = new ArrayList<>();
        boolean[] oldPaired = new boolean[older.sentences().size()];
        boolean[] newPaired = new boolean[newer.sentences().size()];
        for (int[] pair : pairs) {
            String a = older.sentences().get(pair[0]).text();
            String b = newer.sentences().get(pair[1]).text();
            oldPaired[pair[0]] = true;
            newPaired[pair[1]] = true;
            boolean moved = pair[0] != pair[1];
            edits.add(a.equals(b) ? new Edit.Unchanged(pair[0], pair[1], moved, WordDiffer.standard().diff(a, b))
                    : new Edit.Edited(pair[0], pair[1], moved, 0.8, WordDiffer.standard().diff(a, b)));
        }
        for (int i = 0; i < oldPaired.length; i++) {
            if (!oldPaired[i]) {
                edits.add(new Edit.Deleted(i));
            }
        }
        for (int i = 0; i < newPaired.length; i++) {
            if (!newPaired[i]) {
                edits.add(new Edit.Added(i));
            }
        }
        return new Alignment(older.sentences().size(), newer.sentences().size(), edits);
    }

    /** One old sentence split into consecutive new ones, diffed as the aligner does: joined by spaces. */
    static Edit split(Document older, Document newer, int oldIndex, int... newIndices) {
        List<String> parts = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int n : newIndices) {
            parts.add(newer.sentences().get(n).text());
            indices.add(n);
        }
        return new Edit.Split(oldIndex, indices, false, 0.8,
                WordDiffer.standard().diff(older.sentences().get(oldIndex).text(), String.join(" ", parts)));
    }

    /** Every sentence paired with the one at the same position; the documents must have as many sentences. */
    static Alignment alignInOrder(Document older, Document newer) {
        int[][] pairs = new int[older.sentences().size()][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new int[] {i, i};
        }
        return align(older, newer, pairs);
    }

    static ChangeSummary analyze(String older, String newer) {
        Document a = doc(older);
        Document b = doc(newer);
        return ChangeAnalyzer.standard().analyze(VersionText.of(a), VersionText.of(b), alignInOrder(a, b));
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }
}
