package dev.palimpsest.core.eval;

import dev.palimpsest.core.segment.LineBreakPolicy;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.segment.SentenceSplitter;
import dev.palimpsest.core.text.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a {@link SentenceSplitter} on golden rules and on documents with gold spans. Pure
 * functions over already-parsed records; reading the files is the caller's job.
 */
public final class SegmentationScore {

    private SegmentationScore() {
    }

    /** Runs every rule through the splitter chosen for it (e.g. a hard-wrapped one for PDF cases). */
    public static RuleScore rules(List<GoldenRule> rules, Function<GoldenRule, SentenceSplitter> splitterFor) {
        return new RuleScore(rules.stream().map(rule -> outcome(rule, splitterFor.apply(rule))).toList());
    }

    /**
     * The news splitter for each rule: hard-wrapped line breaks for the cases Pragmatic Segmenter
     * marks {@code doc_type: pdf}, the standard splitter otherwise.
     */
    public static Function<GoldenRule, SentenceSplitter> newsSplitterPerRule() {
        SentenceSplitter standard = NewsSentenceSplitter.create();
        SentenceSplitter wrapped = NewsSentenceSplitter.builder().lineBreaks(LineBreakPolicy.HARD_WRAPPED).build();
        return rule -> rule.isHardWrapped() ? wrapped : standard;
    }

    public static RuleOutcome outcome(GoldenRule rule, SentenceSplitter splitter) {
        List<Span> spans = splitter.split(rule.text());
        List<String> verbatim = spans.stream().map(span -> span.of(rule.text()).strip()).toList();
        return new RuleOutcome(rule, verbatim.stream().map(SegmentationScore::render).toList(), verbatim);
    }

    /**
     * A sentence as the golden rules write it: trimmed, each run of whitespace shown as one space.
     * Spans point into the original text, so a sentence wrapped over a line break ("a cold
     * \nnight") keeps its newline; the rules expect it joined ("a cold night"), as Pragmatic
     * Segmenter prints it. Texts are already whitespace-normalized otherwise.
     */
    public static String render(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ");
    }

    public static SpanScore spans(List<GoldDocument> documents, SentenceSplitter splitter) {
        return documents.stream().map(document -> spans(document, splitter)).reduce(SpanScore.EMPTY, SpanScore::plus);
    }

    /** Exact matching of trimmed spans; gold spans are trimmed the same way as predicted ones. */
    public static SpanScore spans(GoldDocument document, SentenceSplitter splitter) {
        Set<Span> gold = trimmedSet(document.text(), document.sentences());
        Set<Span> predicted = trimmedSet(document.text(), splitter.split(document.text()));
        int correct = (int) predicted.stream().filter(gold::contains).count();
        return new SpanScore(correct, predicted.size(), gold.size());
    }

    private static Set<Span> trimmedSet(String text, List<Span> spans) {
        Set<Span> trimmed = new HashSet<>();
        for (Span span : spans) {
            Span t = trim(text, span);
            if (t.length() > 0) {
                trimmed.add(t);
            }
        }
        return trimmed;
    }

    public static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
