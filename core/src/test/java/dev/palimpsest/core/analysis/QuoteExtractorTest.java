package dev.palimpsest.core.analysis;

import static dev.palimpsest.core.analysis.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static List<Quote> quotes(String text) {
        return QuoteExtractor.standard().extract(doc(text));
    }

    private static Optional<String> speakerOf(String text) {
        List<Quote> quotes = quotes(text);
        assertThat(quotes).isNotEmpty();
        return quotes.get(quotes.size() - 1).speaker();
    }

    @Test
    void reads_said_after_the_quote_and_drops_the_closing_comma() {
        assertThat(quotes("“Moussa Koussa’s decision shows which way the wind is blowing,” said Tommy Vietor, a spokesman."))
                .containsExactly(new Quote("Moussa Koussa’s decision shows which way the wind is blowing",
                        Optional.of("Tommy Vietor"), List.of(0)));
    }

    @Test
    void resolves_an_honorific_to_the_full_name_seen_earlier() {
        String text = "Foreign Secretary William Hague spoke in London.\n\n"
                + "“Moussa Koussa is not being offered any immunity,” Mr. Hague said.";

        assertThat(speakerOf(text)).contains("William Hague");
    }

    @Test
    void reads_a_speaker_before_an_appositive() {
        String text = "Musa Ibrahim, a government spokesman who stayed up late, said: “This is not a happy piece of news.”";

        assertThat(speakerOf(text)).contains("Musa Ibrahim");
    }

    @Test
    void reads_according_to() {
        assertThat(speakerOf("The town fell, according to Mr. Ibrahim, who said “the fight continues tonight.”"))
                .contains("Ibrahim");
    }

    @Test
    void follows_he_said_to_the_last_person_named() {
        String text = "Asked about the leader, Mr. Ibrahim smiled. “Rest assured, we are all still here,” he said.";

        assertThat(speakerOf(text)).contains("Ibrahim");
    }

    @Test
    void describes_an_unnamed_source() {
        assertThat(speakerOf("“We think he could be the beginning of a stream,” one senior American official said."))
                .contains("one senior American official");
    }

    @Test
    void keeps_a_quote_that_runs_over_several_sentences_whole() {
        List<Quote> quotes = quotes("Mr. Ibrahim said: “This is not happy news. But people are saying so. The fight continues.”");

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("This is not happy news. But people are saying so. The fight continues.");
            assertThat(q.sentences()).containsExactly(0, 1, 2);
            assertThat(q.speaker()).contains("Ibrahim");
        });
    }

    @Test
    void a_paragraph_that_opens_with_a_quote_continues_the_previous_speaker() {
        String text = "Foreign Secretary William Hague said Mr. Koussa had fled “of his own free will.”\n\n"
                + "“He is voluntarily talking to British officials.”";

        assertThat(quotes(text)).extracting(Quote::speaker)
                .containsExactly(Optional.of("William Hague"), Optional.of("William Hague"));
    }

    @Test
    void it_said_names_no_one_and_inherits_nothing() {
        String text = "Jay Carney released a statement. It said: “No decision has been made about arms.”";

        assertThat(speakerOf(text)).isEmpty();
    }

    @Test
    void straight_double_quotes_are_quotes() {
        assertThat(quotes("\"We will remain here until the end,\" Mr. Ibrahim said."))
                .extracting(Quote::text).containsExactly("We will remain here until the end");
    }

    @Test
    void a_straight_apostrophe_is_not_a_quote() {
        assertThat(quotes("The minister's aide said the rebels' retreat wasn't over, and the army's advance continued.")).isEmpty();
    }

    @Test
    void scare_quotes_of_one_or_two_words_are_not_quotes() {
        assertThat(quotes("He framed the retreat as a “tactical withdrawal” and called the rebels “heroes.”")).isEmpty();
    }

    @Test
    void names_inside_a_quote_are_not_its_speaker() {
        assertThat(speakerOf("“Mr. Koussa said nothing to us about London,” he said.")).isEmpty();
    }
}
