package dev.palimpsest.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.text.Span;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsSentenceSplitterTest {

    private static final NewsSentenceSplitter SPLITTER = NewsSentenceSplitter.create();

    /** From the founding sample (NYT, 30 March 2011), entities decoded. */
    private static final String BREGA = "BREGA, Libya — Libya’s foreign minister defected to Britain on Wednesday, "
            + "dealing a blow to Col. Muammar el-Qaddafi’s government even as his forces pushed rebels into a "
            + "panicked retreat. “We think he could be the beginning of a stream of Libyans who think sticking with "
            + "Qaddafi is a losing game,” one senior American official said. “But we don’t know.”\n\n"
            + "C. J. Chivers reported from Brega and Ajdabiya, Libya, and David D. Kirkpatrick from Tripoli.";

    private static List<String> sentences(String text) {
        return sentences(SPLITTER, text);
    }

    private static List<String> sentences(SentenceSplitter splitter, String text) {
        return splitter.split(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void keeps_the_dateline_with_its_sentence_and_splits_after_closing_quotes() {
        assertThat(sentences(BREGA)).containsExactly(
                "BREGA, Libya — Libya’s foreign minister defected to Britain on Wednesday, dealing a blow to "
                        + "Col. Muammar el-Qaddafi’s government even as his forces pushed rebels into a panicked retreat.",
                "“We think he could be the beginning of a stream of Libyans who think sticking with Qaddafi is a "
                        + "losing game,” one senior American official said.",
                "“But we don’t know.”",
                "C. J. Chivers reported from Brega and Ajdabiya, Libya, and David D. Kirkpatrick from Tripoli.");
    }

    @Test
    void initials_of_bylines_do_not_end_sentences() {
        assertThat(sentences("C. J. Chivers reported from Brega. David D. Kirkpatrick reported from Tripoli."))
                .containsExactly("C. J. Chivers reported from Brega.", "David D. Kirkpatrick reported from Tripoli.");
    }

    @Test
    void a_title_before_a_name_does_not_end_a_sentence() {
        assertThat(sentences("Col. Muammar el-Qaddafi spoke. His forces advanced."))
                .containsExactly("Col. Muammar el-Qaddafi spoke.", "His forces advanced.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Col.", "Capt.", "Gov.", "Sen.", "Rep.", "Gen.", "Lt.",
        "Sgt.", "Maj.", "Adm.", "Rev.", "St.", "Mt.", "Gen. A."})
    void honorifics_and_titles_keep_the_sentence_together(String title) {
        String text = "On Tuesday " + title + " Smith visited the town. He left at noon.";

        assertThat(sentences(text)).containsExactly("On Tuesday " + title + " Smith visited the town.",
                "He left at noon.");
    }

    @Test
    void a_postpositive_abbreviation_ends_a_sentence_only_before_a_sentence_opener() {
        assertThat(sentences("He met Martin Luther King Jr. The meeting was short. Acme Inc. Chief Executive Jane "
                + "Roe agreed.")).containsExactly("He met Martin Luther King Jr.", "The meeting was short.",
                "Acme Inc. Chief Executive Jane Roe agreed.");
    }

    @Test
    void us_in_the_middle_and_at_the_end_of_a_sentence() {
        assertThat(sentences("The U.S. Embassy said U.S. officials had left the U.S. They will return. Aid to the "
                + "U.S.-backed rebels continued."))
                .containsExactly("The U.S. Embassy said U.S. officials had left the U.S.", "They will return.",
                        "Aid to the U.S.-backed rebels continued.");
    }

    @Test
    void us_at_the_very_end_of_the_text() {
        assertThat(sentences("The minister fled to the U.S.")).containsExactly("The minister fled to the U.S.");
    }

    @Test
    void months_numbers_decimals_and_percentages_do_not_end_sentences() {
        assertThat(sentences("On Jan. 5 the fund held $9,000,200.00, or 3.5% of the total. No. 2 was Sept. 30."))
                .containsExactly("On Jan. 5 the fund held $9,000,200.00, or 3.5% of the total.", "No. 2 was Sept. 30.");
    }

    @Test
    void clock_times_end_a_sentence_only_when_a_new_one_follows() {
        assertThat(sentences("The talks began at 9 a.m. Tuesday and ended at 6 p.m. The envoy left. At 5 a.m. "
                + "Mr. Smith returned.")).containsExactly("The talks began at 9 a.m. Tuesday and ended at 6 p.m.",
                "The envoy left.", "At 5 a.m. Mr. Smith returned.");
    }

    @Test
    void curly_quotes_end_or_continue_a_sentence() {
        assertThat(sentences("“Rest assured,” he said. “We are all still here.” Then he left. ‘So what?’ they "
                + "asked. “It is over!” she shouted."))
                .containsExactly("“Rest assured,” he said.", "“We are all still here.”", "Then he left.",
                        "‘So what?’ they asked.", "“It is over!” she shouted.");
    }

    @Test
    void ellipses_end_a_sentence_only_before_a_capital() {
        assertThat(sentences("It rained... The match was delayed. I wasn’t really ... well, you know."))
                .containsExactly("It rained...", "The match was delayed.", "I wasn’t really ... well, you know.");
    }

    @Test
    void a_parenthetical_inside_a_sentence_keeps_it_together() {
        assertThat(sentences("The envoy (who had arrived from Cairo. He was tired.) spoke. (Reuters) — Fighting "
                + "resumed."))
                .containsExactly("The envoy (who had arrived from Cairo. He was tired.) spoke.",
                        "(Reuters) — Fighting resumed.");
    }

    @Test
    void list_items_run_together_are_separate_sentences() {
        assertThat(sentences("The demands were: 1) a ceasefire 2) elections 3) amnesty"))
                .containsExactly("The demands were:", "1) a ceasefire", "2) elections", "3) amnesty");
    }

    @Test
    void headlines_and_dates_on_their_own_lines_are_sentences() {
        assertThat(sentences("Libya’s foreign minister defects\n\nWednesday, March 30, 2011\n\nThe minister fled.\n"
                + "Rebels retreated."))
                .containsExactly("Libya’s foreign minister defects", "Wednesday, March 30, 2011", "The minister fled.",
                        "Rebels retreated.");
    }

    @Test
    void a_missing_space_after_a_period_still_ends_the_sentence_but_not_in_addresses() {
        assertThat(sentences("Write to jane.doe@example.com.It is free.See www.example.com/Libya for more."))
                .containsExactly("Write to jane.doe@example.com.", "It is free.", "See www.example.com/Libya for more.");
    }

    @Test
    void a_caption_credit_and_a_glued_caption_become_sentences() {
        assertThat(sentences("Rebels near Brega Image: Jane Roe.")).containsExactly("Rebels near Brega",
                "Image: Jane Roe.");
        assertThat(sentences("Ann Chiang of DAB In the Kowloon West constituency, turnout rose."))
                .containsExactly("Ann Chiang of DAB", "In the Kowloon West constituency, turnout rose.");
    }

    @Test
    void a_pull_quote_and_an_attribution_stay_with_their_quotation() {
        assertThat(sentences("\"So far, it's 1:0. But it's a long game.\" - Matthew Ingram"))
                .containsExactly("\"So far, it's 1:0. But it's a long game.\" - Matthew Ingram");
        assertThat(sentences("I was told to leave. Valeska Paris"))
                .containsExactly("I was told to leave. Valeska Paris");
    }

    @Test
    void a_soft_wrapped_line_continues_the_sentence_by_policy() {
        String text = "The rebels fled\ntoward Ajdabiya. It was a cold \nnight.";
        NewsSentenceSplitter wrapped = NewsSentenceSplitter.builder().lineBreaks(LineBreakPolicy.HARD_WRAPPED).build();

        assertThat(sentences(text)).containsExactly("The rebels fled", "toward Ajdabiya.",
                "It was a cold \nnight.");
        assertThat(sentences(wrapped, text)).containsExactly("The rebels fled\ntoward Ajdabiya.",
                "It was a cold \nnight.");
        assertThat(wrapped.lineBreaks()).isEqualTo(LineBreakPolicy.HARD_WRAPPED);
    }

    @Test
    void empty_and_blank_texts_have_no_sentences() {
        assertThat(SPLITTER.split("")).isEmpty();
        assertThat(SPLITTER.split(" \n\n\t ")).isEmpty();
        assertThatThrownBy(() -> SPLITTER.split((String) null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {BREGA, "  Leading and trailing.  \n\n  Second paragraph !  ", "a", "...", "1. 2. 3.",
        "“”. (.) Mr. . ! ?", "Hello.\r\nWorld.\rAgain.\u2029Done."})
    void spans_are_ordered_disjoint_trimmed_and_non_empty(String text) {
        List<Span> spans = SPLITTER.split(text);

        for (int k = 0; k < spans.size(); k++) {
            Span span = spans.get(k);
            assertThat(span.length()).isPositive();
            assertThat(Character.isWhitespace(text.charAt(span.start()))).isFalse();
            assertThat(Character.isWhitespace(text.charAt(span.end() - 1))).isFalse();
            if (k > 0) {
                assertThat(span.start()).isGreaterThanOrEqualTo(spans.get(k - 1).end());
            }
        }
        String covered = String.join("", spans.stream().map(span -> span.of(text)).toList()).replaceAll("(?U)\\s", "");
        assertThat(covered).isEqualTo(text.replaceAll("(?U)\\s", ""));
        assertThat(SPLITTER.split(text.toCharArray())).isEqualTo(spans);
    }

    @Test
    void one_splitter_serves_many_threads() throws Exception {
        List<Span> expected = SPLITTER.split(BREGA);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Span>>> results = IntStream.range(0, 64)
                    .mapToObj(i -> pool.submit(() -> SPLITTER.split(BREGA)))
                    .toList();
            for (Future<List<Span>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
