package dev.palimpsest.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {

    private static List<NumberMention> find(String text) {
        return NumberExtractor.standard().find(text);
    }

    @Test
    void finds_counts_years_and_dates() {
        assertThat(find("The bombing in 1988 killed 270 people; he spoke on March 3 about 15 February."))
                .extracting(NumberMention::text, NumberMention::kind).containsExactly(
                        tuple("1988", NumberKind.YEAR), tuple("270", NumberKind.COUNT),
                        tuple("March 3", NumberKind.DATE), tuple("15 February", NumberKind.DATE));
    }

    @Test
    void finds_money_and_percentages_with_comparable_values() {
        assertThat(find("It cost $9.5 million, up 5 percent, or 3.5% of 1,200 dinars."))
                .extracting(NumberMention::text, NumberMention::kind, NumberMention::value).containsExactly(
                        tuple("$9.5 million", NumberKind.MONEY, "$:9500000"),
                        tuple("5 percent", NumberKind.PERCENT, "%:5"),
                        tuple("3.5%", NumberKind.PERCENT, "%:3.5"),
                        tuple("1,200 dinars", NumberKind.MONEY, "dinars:1200"));
    }

    @Test
    void reads_spelled_out_numbers() {
        assertThat(find("Two hundred men, twenty-five cars, a dozen rebels and three tanks; hundreds fled."))
                .extracting(NumberMention::text, NumberMention::value).containsExactly(
                        tuple("Two hundred", "200"), tuple("twenty-five", "25"), tuple("a dozen", "12"),
                        tuple("three", "3"), tuple("hundreds", "hundreds"));
    }

    @Test
    void multiplies_every_scale_word() {
        assertThat(find("two hundred thousand people")).extracting(NumberMention::value).containsExactly("200000");
    }

    @Test
    void words_that_only_look_like_numbers_are_not_counted() {
        assertThat(find("No one used a two-way radio; they helped one another.")).isEmpty();
    }

    @Test
    void spans_point_at_the_number() {
        String text = "The bombing killed 270 people.";

        assertThat(find(text)).singleElement().satisfies(n -> assertThat(n.span().of(text)).isEqualTo("270"));
    }
}
