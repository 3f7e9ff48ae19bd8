package dev.palimpsest.store.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void words_and_quoted_phrases_are_terms() {
        SearchTerms t = SearchTerms.parse("Koussa  \"no-fly zone\" London");
        assertThat(t.words()).containsExactly("Koussa", "London");
        assertThat(t.phrases()).containsExactly("no-fly zone");
        assertThat(t.fts5()).isEqualTo("\"Koussa\" AND \"London\" AND \"no-fly zone\"");
    }

    @Test
    void an_unclosed_quote_runs_to_the_end_and_a_quoted_single_word_is_a_word() {
        SearchTerms t = SearchTerms.parse("\"Brega\" \"oil port of");
        assertThat(t.words()).containsExactly("Brega");
        assertThat(t.phrases()).containsExactly("oil port of");
    }

    @Test
    void syntax_characters_stay_inside_quoted_strings() {
        SearchTerms t = SearchTerms.parse("Brega* NEAR(a b) col:x");
        assertThat(t.fts5()).isEqualTo("\"Brega*\" AND \"NEAR(a\" AND \"b)\" AND \"col:x\"");
        assertThat(SearchTerms.parse("a\"\"b").fts5()).isEqualTo("\"a\" AND \"b\"");
    }

    @Test
    void terms_without_letters_or_digits_are_dropped() {
        assertThat(SearchTerms.parse(" - *** \"\" ' ").isEmpty()).isTrue();
        assertThat(SearchTerms.parse("").isEmpty()).isTrue();
    }

    @Test
    void highlight_words_are_the_lowercased_words_of_all_terms() {
        assertThat(SearchTerms.parse("Koussa \"no-fly zone\"").highlightWords()).containsExactly("koussa", "no", "fly", "zone");
    }
}
