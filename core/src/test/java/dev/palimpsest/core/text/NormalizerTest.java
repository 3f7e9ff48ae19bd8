package dev.palimpsest.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final Normalizer normalizer = Normalizer.standard();

    @Test
    void decodes_named_and_numeric_entities_in_plain_text() {
        NormalizedText t = normalizer.normalizeText("Libya&rsquo;s foreign minister &mdash; &#8220;no&#x201D;&nbsp;&amp; more");
        assertThat(t.text()).isEqualTo("Libya’s foreign minister — “no” & more");
    }

    @Test
    void maps_entity_characters_back_to_the_whole_entity() {
        String raw = "Libya&rsquo;s";
        NormalizedText t = normalizer.normalizeText(raw);
        assertThat(t.text()).isEqualTo("Libya’s");
        assertThat(t.originalSpan(new Span(5, 6)).of(raw)).isEqualTo("&rsquo;");
        assertThat(t.originalSpan(new Span(0, 7)).of(raw)).isEqualTo(raw);
    }

    @Test
    void blank_lines_separate_paragraphs_and_trailing_blanks_are_dropped() {
        NormalizedText t = normalizer.normalizeText("First   para.        \n\n  Second para.   \n \n\nThird.");
        assertThat(t.text()).isEqualTo("First para.\n\nSecond para.\n\nThird.");
        assertThat(t.paragraphs()).extracting(s -> s.of(t.text()))
                .containsExactly("First para.", "Second para.", "Third.");
    }

    @Test
    void every_line_is_a_paragraph_even_with_an_odd_blank_line() {
        NormalizedText t = normalizer.normalizeText("One.\r\nTwo.\n\nThree.\nFour.");
        assertThat(t.paragraphs()).extracting(s -> s.of(t.text())).containsExactly("One.", "Two.", "Three.", "Four.");
    }

    @Test
    void hard_wrapped_lines_join_into_paragraphs() {
        NormalizedText t = normalizer.normalizeText(
                "The rebels retreated in disarray on\nWednesday as government forces\nadvanced on Brega.\n\n"
                        + "Officials in Washington said\nlittle about the defection of\nthe foreign minister.");
        assertThat(t.paragraphs()).extracting(s -> s.of(t.text())).containsExactly(
                "The rebels retreated in disarray on Wednesday as government forces advanced on Brega.",
                "Officials in Washington said little about the defection of the foreign minister.");
    }

    @Test
    void html_blocks_and_breaks_become_paragraphs_and_scripts_vanish() {
        String html = "<html><head><title>T</title><style>p{}</style></head><body>"
                + "<p>The <b>first</b>&nbsp;one.</p><script>alert('x')</script><div>Second<br>Third</div></body></html>";
        NormalizedText t = normalizer.normalizeHtml(html);
        assertThat(t.paragraphs()).extracting(s -> s.of(t.text())).containsExactly("The first one.", "Second", "Third");
        assertThat(t.text()).doesNotContain("alert").doesNotContain("p{}");
    }

    @Test
    void newsedits_paragraph_joins_split_paragraphs() {
        NormalizedText t = normalizer.normalizeHtml("First paragraph.</p><p>Second &rsquo;s.</p><p>Third.");
        assertThat(t.paragraphs()).extracting(s -> s.of(t.text()))
                .containsExactly("First paragraph.", "Second ’s.", "Third.");
    }

    @Test
    void html_offsets_point_into_the_raw_markup() {
        String html = "<p>Mr. Koussa&rsquo;s <em>defection</em></p>";
        NormalizedText t = normalizer.normalizeHtml(html);
        int at = t.text().indexOf("defection");
        assertThat(t.originalSpan(new Span(at, at + "defection".length())).of(html)).isEqualTo("defection");
        int quote = t.text().indexOf('’');
        assertThat(t.originalSpan(new Span(quote, quote + 1)).of(html)).isEqualTo("&rsquo;");
    }

    @Test
    void composes_to_nfc_and_keeps_offsets_consistent() {
        String raw = "Cafe\u0301 au lait";
        NormalizedText t = normalizer.normalizeText(raw);
        assertThat(t.text()).isEqualTo("Café au lait");
        assertThat(t.originalSpan(new Span(0, 4)).of(raw)).isEqualTo("Cafe\u0301");
        assertThat(t.originalSpan(new Span(5, 7)).of(raw)).isEqualTo("au");
    }

    @Test
    void invisible_characters_are_dropped_but_joiners_kept() {
        NormalizedText t = normalizer.normalizeText("in\u00ADvis\u200Bible\uFEFF \uD83D\uDC69\u200D\uD83D\uDCBB");
        assertThat(t.text()).isEqualTo("invisible \uD83D\uDC69\u200D\uD83D\uDCBB");
    }

    @Test
    void keeps_curly_quotes_and_dashes_the_reader_saw() {
        assertThat(normalizer.normalizeText("“Quote” — it’s").text()).isEqualTo("“Quote” — it’s");
    }

    @Test
    void an_ampersand_that_is_no_entity_stays() {
        assertThat(normalizer.normalizeText("AT&T & Q&A &unknownentity; &#;").text())
                .isEqualTo("AT&T & Q&A &unknownentity; &#;");
    }

    @Test
    void every_normalized_character_maps_inside_the_original() {
        String raw = "<div>A&amp;B <p>x &lt;y&gt;</p>\n\n  z&eacute;</div>";
        NormalizedText t = normalizer.normalizeHtml(raw);
        for (int i = 0; i < t.text().length(); i++) {
            Span s = t.originalSpan(new Span(i, i + 1));
            assertThat(s.end()).isLessThanOrEqualTo(raw.length());
        }
        assertThat(List.of(t.text().split("\n\n"))).containsExactly("A&B", "x <y>", "zé");
    }

    @Test
    void empty_and_blank_inputs_give_empty_text() {
        assertThat(normalizer.normalizeText("   \n\n  ").text()).isEmpty();
        assertThat(normalizer.normalizeHtml("<p> </p>").paragraphs()).isEmpty();
    }
}
