package dev.palimpsest.store.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marks_words_equal_to_a_query_word_up_to_case_accents_and_simple_suffixes() {
        Snippets.Snippet s = Snippets.of("Rebels seized Brega; the rebel said Bregá was seizing up.", List.of("rebel", "brega"));
        assertThat(s.text()).isEqualTo("Rebels seized Brega; the rebel said Bregá was seizing up.");
        assertThat(s.highlights()).extracting(h -> h.of(s.text())).containsExactly("Rebels", "Brega", "rebel", "Bregá");
    }

    @Test
    void a_long_text_is_cut_around_the_first_match_at_word_boundaries() {
        String text = "word ".repeat(100) + "Brega " + "more ".repeat(100);
        Snippets.Snippet s = Snippets.of(text.strip(), List.of("brega"));
        assertThat(s.text()).startsWith("…word").endsWith("more…");
        assertThat(s.text().length()).isLessThanOrEqualTo(Snippets.MAX_LENGTH + 2);
        assertThat(s.highlights()).hasSize(1);
        assertThat(s.highlights().get(0).of(s.text())).isEqualTo("Brega");
    }
}
