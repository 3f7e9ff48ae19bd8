package dev.palimpsest.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private static List<String> stripped(String text) {
        return WordTokenizer.tokenize(text).stream().map(String::strip).toList();
    }

    @Test
    void keeps_apostrophes_and_hyphens_inside_words() {
        assertThat(stripped("the east’s ally, Col. el-Qaddafi, didn't go"))
                .containsExactly("the", "east’s", "ally", ",", "Col", ".", "el-Qaddafi", ",", "didn't", "go");
    }

    @Test
    void keeps_numbers_with_separators_and_units_whole() {
        assertThat(stripped("$9,000,200.00 rose 3.5% in 1990s to 24/7, a 19-year-old in 2011."))
                .containsExactly("$", "9,000,200.00", "rose", "3.5%", "in", "1990s", "to", "24/7", ",", "a",
                        "19-year-old", "in", "2011", ".");
    }

    @Test
    void keeps_dotted_abbreviations_whole_but_splits_missing_spaces() {
        assertThat(stripped("The U.S. said so.Then at 5 a.m. it left")).containsExactly(
                "The", "U.S.", "said", "so", ".", "Then", "at", "5", "a.m.", "it", "left");
    }

    @Test
    void carries_preceding_whitespace_and_puts_trailing_whitespace_on_the_last_token() {
        assertThat(WordTokenizer.tokenize("  A  b. ")).containsExactly("  A", "  b", ". ");
    }

    @Test
    void tokens_concatenate_to_the_text_and_are_never_blank() {
        String text = "“Rest assured,” he said — “we are all still here.”\t(Really?)";
        List<String> tokens = WordTokenizer.tokenize(text);
        assertThat(String.join("", tokens)).isEqualTo(text);
        assertThat(tokens).allSatisfy(t -> assertThat(t.strip()).isNotEmpty());
    }

    @Test
    void empty_text_has_no_tokens_and_blank_text_is_one() {
        assertThat(WordTokenizer.tokenize("")).isEmpty();
        assertThat(WordTokenizer.tokenize("   ")).containsExactly("   ");
    }

    @Test
    void matches_what_the_former_regular_expression_made_of_edge_cases() {
        // An abbreviation without its final dot gives back its last letter; one dotted pair is no abbreviation.
        assertThat(stripped("U.S.A")).containsExactly("U.S.", "A");
        assertThat(stripped("a.b.c.d")).containsExactly("a.b.c.", "d");
        assertThat(stripped("U.S")).containsExactly("U", ".", "S");
        assertThat(stripped("3.5%-fold 9,000.")).containsExactly("3.5%-fold", "9,000", ".");
        assertThat(stripped("x’s-y'z e\u0301te\u0301")).containsExactly("x’s-y'z", "e\u0301te\u0301");
        // Letters outside the BMP are whole code points; a non-breaking space is a token, not whitespace.
        assertThat(stripped("\uD835\uDC00\uD835\uDC01.\uD835\uDC02. a\u00A0b"))
                .containsExactly("\uD835\uDC00\uD835\uDC01", ".", "\uD835\uDC02", ".", "a", "\u00A0", "b");
    }
}
