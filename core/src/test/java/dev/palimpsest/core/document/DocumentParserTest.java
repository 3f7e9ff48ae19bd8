package dev.palimpsest.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.segment.SentenceSplitter;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Normalizer;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    // A deliberately simple splitter so that these tests exercise the parser, not the segmenter.
    private static final SentenceSplitter PERIOD_SPLITTER = text -> {
        List<Span> spans = new ArrayList<>();
        Matcher m = Pattern.compile("[^.]+(?:\\.|$)").matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            if (s < e) {
                spans.add(new Span(s, e));
            }
        }
        return spans;
    };

    private final DocumentParser parser = new DocumentParser(Normalizer.standard(), PERIOD_SPLITTER, 10_000);

    @Test
    void sentences_carry_paragraph_numbers_and_spans_into_the_normalized_text() {
        Document doc = parser.parse("One. Two.\n\nThree.", InputFormat.TEXT);
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("One.", "Two.", "Three.");
        assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        for (Sentence s : doc.sentences()) {
            assertThat(s.span().of(doc.text().text())).isEqualTo(s.text());
        }
        assertThat(doc.paragraphCount()).isEqualTo(2);
    }

    @Test
    void finds_the_dateline_of_the_first_paragraph() {
        Document doc = parser.parse("BREGA, Libya &mdash; Libya&rsquo;s foreign minister defected.\n\nMore.", InputFormat.TEXT);
        assertThat(doc.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("BREGA, Libya");
            assertThat(d.span().of(doc.text().text())).isEqualTo("BREGA, Libya — ");
        });
    }

    @Test
    void recognises_other_dateline_shapes_and_rejects_ordinary_openings() {
        assertThat(parser.parse("WASHINGTON (AP) — The vote failed.", InputFormat.TEXT).dateline())
                .hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("WASHINGTON (AP)"));
        assertThat(parser.parse("NEW YORK — Stocks fell.", InputFormat.TEXT).dateline())
                .hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("NEW YORK"));
        assertThat(parser.parse("The minister — a confidant — left.", InputFormat.TEXT).dateline()).isEmpty();
        assertThat(parser.parse("A — B.", InputFormat.TEXT).dateline()).isEmpty();
    }

    @Test
    void tags_credit_lines_at_the_end_and_bylines_at_the_start() {
        Document doc = parser.parse(
                "By David D Kirkpatrick\n\nBody text here.\n\nMore body.\n\nC J Chivers reported from Brega, Libya, and Marlise Simons from Paris.",
                InputFormat.TEXT);
        assertThat(doc.sentences()).extracting(Sentence::role).containsExactly(
                SentenceRole.BYLINE, SentenceRole.BODY, SentenceRole.BODY, SentenceRole.CREDIT);
    }

    @Test
    void credit_phrases_in_the_middle_of_a_long_story_are_body() {
        StringBuilder text = new StringBuilder("He reported from Tripoli that the city was calm.\n\n");
        for (int i = 0; i < 6; i++) {
            text.append("Paragraph ").append(i).append(".\n\n");
        }
        Document doc = parser.parse(text.toString(), InputFormat.TEXT);
        assertThat(doc.sentences().get(0).role()).isEqualTo(SentenceRole.BODY);
    }

    @Test
    void tags_corrections() {
        Document doc = parser.parse("Story.\n\nAn earlier version of this article misstated the date.", InputFormat.TEXT);
        assertThat(doc.sentences().get(1).role()).isEqualTo(SentenceRole.CORRECTION);
    }

    @Test
    void given_sentences_are_used_as_they_are() {
        Document doc = parser.fromSentences(List.of("A first one. Really.", "Second"));
        assertThat(doc.sentenceTexts()).containsExactly("A first one. Really.", "Second");
        assertThat(doc.sentences()).extracting(Sentence::paragraph).containsOnly(0);
    }

    @Test
    void given_sentences_sit_at_their_spans_of_the_joined_text() {
        for (List<String> given : List.of(List.of("One.", "Two ’s.", "Three."), List.of("", "A."), List.of("", "", "B.", "C."),
                List.of("A.", "", "B."), List.of(""), List.<String>of())) {
            Document doc = parser.fromSentences(given);
            for (Sentence s : doc.sentences()) {
                assertThat(s.span().of(doc.text().text())).as(given.toString()).isEqualTo(s.text());
            }
            // a space between sentences once there is text, none before the first text
            assertThat(doc.text().text()).as(given.toString())
                    .isEqualTo(String.join(" ", given.stream().dropWhile(String::isEmpty).toList()));
        }
    }

    @Test
    void refuses_input_over_the_limit() {
        assertThatThrownBy(() -> parser.parse("x".repeat(10_001), InputFormat.TEXT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after normalization exceeds the limit");
    }

    @Test
    void markup_does_not_count_against_the_text_limit() {
        String page = "<html><head><script>" + "var x = 1;".repeat(5_000) + "</script></head><body><p>Short story.</p></body></html>";
        assertThat(parser.parse(page, InputFormat.HTML).sentenceTexts()).containsExactly("Short story.");
    }
}
