package dev.palimpsest.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.palimpsest.core.segment.SentenceSplitter;
import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentationScoreTest {

    /** Splits after every ". " and at line breaks: simple enough to predict by hand. */
    private static final SentenceSplitter NAIVE = text -> {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean period = text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
            if (period || text.charAt(i) == '\n') {
                int end = text.charAt(i) == '\n' ? i : i + 1;
                spans.add(SegmentationScore.trim(text, new Span(start, end)));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            spans.add(SegmentationScore.trim(text, new Span(start, text.length())));
        }
        return spans.stream().filter(span -> span.length() > 0).toList();
    };

    @Test
    void a_rule_passes_when_the_rendered_sentences_equal_the_expected_ones() {
        GoldenRule simple = new GoldenRule(1, "Simple period", "Hello World. My name is Jonas.",
                List.of("Hello World.", "My name is Jonas."));
        GoldenRule abbreviation = new GoldenRule(4, "Initial", "My name is Jonas E. Smith.",
                List.of("My name is Jonas E. Smith."));

        RuleScore score = SegmentationScore.rules(List.of(simple, abbreviation), rule -> NAIVE);

        assertThat(score.total()).isEqualTo(2);
        assertThat(score.passed()).isEqualTo(1);
        assertThat(score.rate()).isEqualTo(0.5);
        assertThat(score.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.rule().id()).isEqualTo(4);
            assertThat(failure.actual()).containsExactly("My name is Jonas E.", "Smith.");
        });
    }

    @Test
    void whitespace_runs_render_as_one_space_but_verbatim_text_keeps_them() {
        SentenceSplitter whole = text -> List.of(SegmentationScore.trim(text, new Span(0, text.length())));
        GoldenRule wrapped = new GoldenRule(41, "Errant newline", "It was a cold \nnight in the city.",
                List.of("It was a cold night in the city."));

        RuleOutcome outcome = SegmentationScore.outcome(wrapped, whole);

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.passedVerbatim()).isFalse();
        assertThat(outcome.verbatim()).containsExactly("It was a cold \nnight in the city.");
        assertThat(SegmentationScore.render("  a \n\t b  ")).isEqualTo("a b");
    }

    @Test
    void expected_sentences_are_compared_trimmed() {
        GoldenRule padded = new GoldenRule(7, "Padded", "One. Two.", List.of(" One.", "Two. "));

        assertThat(SegmentationScore.outcome(padded, NAIVE).passed()).isTrue();
    }

    @Test
    void pdf_rules_get_the_hard_wrapped_splitter() {
        GoldenRule pdf = new GoldenRule(40, "PDF", "This is a sentence\ncut off in the middle because pdf.",
                List.of("This is a sentence cut off in the middle because pdf."), Map.of("doc_type", "pdf"));
        GoldenRule plain = new GoldenRule(42, "List", "features\ncontact manager\nevents, activities\n",
                List.of("features", "contact manager", "events, activities"));

        RuleScore score = SegmentationScore.rules(List.of(pdf, plain), SegmentationScore.newsSplitterPerRule());

        assertThat(pdf.isHardWrapped()).isTrue();
        assertThat(plain.isHardWrapped()).isFalse();
        assertThat(score.passed()).isEqualTo(2);
    }

    @Test
    void span_score_counts_exact_trimmed_matches() {
        String text = "Title\n\nOne here. Two here. Dr. Who came.";
        GoldDocument document = new GoldDocument("doc", text, List.of(new Span(0, 5), new Span(7, 16),
                new Span(16, 26), new Span(27, 40)));

        SpanScore score = SegmentationScore.spans(List.of(document), NAIVE);

        // NAIVE finds Title, "One here.", "Two here.", "Dr." and "Who came.": 3 of 5 predictions are right.
        assertThat(score).isEqualTo(new SpanScore(3, 5, 4));
        assertThat(score.precision()).isCloseTo(0.6, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 * 0.6 * 0.75 / (0.6 + 0.75), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0, 0, 0, 0", "5, 5, 5, 1, 1, 1", "0, 3, 2, 0, 0, 0"})
    void precision_recall_and_f1_have_safe_edges(int correct, int predicted, int gold, double p, double r, double f) {
        SpanScore score = new SpanScore(correct, predicted, gold);

        assertThat(score.precision()).isEqualTo(p);
        assertThat(score.recall()).isEqualTo(r);
        assertThat(score.f1()).isEqualTo(f);
    }

    @Test
    void invalid_counts_and_spans_are_rejected() {
        assertThatThrownBy(() -> new SpanScore(3, 2, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("correct=3");
        assertThatThrownBy(() -> new GoldDocument("d", "short", List.of(new Span(0, 9))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond text");
    }
}
