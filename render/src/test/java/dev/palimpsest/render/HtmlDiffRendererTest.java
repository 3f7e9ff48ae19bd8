package dev.palimpsest.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.text.Dateline;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.NormalizedText;
import dev.palimpsest.core.text.Normalizer;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import dev.palimpsest.core.text.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlDiffRendererTest {

    private static final HtmlDiffRenderer RENDERER = new HtmlDiffRenderer();

    private static final DocumentParser PARSER = new DocumentParser(
            Normalizer.standard(), text -> List.of(new Span(0, text.length())), DocumentParser.DEFAULT_MAX_CHARS);

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMG = "<img src=x onerror=\"alert(1)\">";
    private static final String LINK = "<a href=\"javascript:alert(2)\">click</a>";

    @Test
    void hostile_article_text_and_labels_are_escaped() {
        Document oldDoc = PARSER.fromSentences(List.of("Officials said " + SCRIPT + " today.", IMG + " was posted."));
        Document newDoc = PARSER.fromSentences(List.of("Officials said " + SCRIPT + " today.", LINK + " was posted."));
        WordDiff words = new WordDiff(List.of(
                new WordOp(WordOp.Kind.DELETE, IMG), new WordOp(WordOp.Kind.INSERT, LINK),
                new WordOp(WordOp.Kind.EQUAL, " was posted.")));
        Alignment alignment = new Alignment(2, 2, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Edited(1, 1, false, 0.4, words)));
        String label = "\"><script>alert(3)</script>";

        String html = RENDERER.render(new DiffView(label, "new' onmouseover='alert(4)", oldDoc, newDoc, alignment));
        org.jsoup.nodes.Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<a href=\"javascript");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("script").data()).doesNotContain("alert(");
        assertThat(page.select("img, iframe, object, embed, link")).isEmpty();
        assertThat(page.select("[onerror], [onmouseover], [onclick], [onload]")).isEmpty();
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        // The hostile text is still there for the reader, as text.
        assertThat(page.expectFirst("#o0").text()).contains(SCRIPT);
        assertThat(page.expectFirst("#o1 del").text()).isEqualTo(IMG);
        assertThat(page.expectFirst("#n1 ins").text()).isEqualTo(LINK);
        assertThat(page.title()).contains(label);
        assertThat(page.expectFirst("h1").text()).contains(label).contains("onmouseover='alert(4)");
    }

    @Test
    void every_sentence_of_both_versions_appears_exactly_once() {
        Document oldDoc = doc(List.of(List.of("A.", "B.", "C."), List.of("D.", "E."), List.of("Gone.")));
        Document newDoc = doc(List.of(List.of("A.", "C.", "New."), List.of("B.", "D-one.", "D-two."), List.of("E.")));
        Alignment alignment = new Alignment(6, 7, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY),
                new Edit.Unchanged(2, 1, false, WordDiff.EMPTY),
                new Edit.Added(2),
                new Edit.Unchanged(1, 3, true, WordDiff.EMPTY),
                new Edit.Split(3, List.of(4, 5), false, 0.7, WordDiff.EMPTY),
                new Edit.Unchanged(4, 6, false, WordDiff.EMPTY),
                new Edit.Deleted(5)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        List<String> ids = page.select(".rows .s").eachAttr("id");
        assertThat(ids).containsExactlyInAnyOrder(
                "o0", "o1", "o2", "o3", "o4", "o5", "n0", "n1", "n2", "n3", "n4", "n5", "n6");
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(page.expectFirst("#n4").text()).endsWith("D-one.");
        assertThat(page.expectFirst("#o5").text()).endsWith("Gone.");
    }

    @Test
    void rows_keep_aligned_sentences_level_and_one_sided_rows_empty_on_the_other_side() {
        Document oldDoc = PARSER.fromSentences(List.of("Kept.", "Gone.", "Whole story."));
        Document newDoc = PARSER.fromSentences(List.of("Kept.", "Fresh.", "Whole.", "Story."));
        Alignment alignment = new Alignment(3, 4, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Deleted(1), new Edit.Added(1),
                new Edit.Split(2, List.of(2, 3), false, 0.8, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        assertThat(rowOf(page, "o0")).isSameAs(rowOf(page, "n0"));
        Element deleted = rowOf(page, "o1");
        assertThat(deleted.hasClass("k-deleted")).isTrue();
        assertThat(deleted.expectFirst(".cell.new").hasClass("empty")).isTrue();
        Element added = rowOf(page, "n1");
        assertThat(added.hasClass("k-added")).isTrue();
        assertThat(added.expectFirst(".cell.old").hasClass("empty")).isTrue();
        Element split = rowOf(page, "o2");
        assertThat(split.hasClass("k-split")).isTrue();
        assertThat(rowOf(page, "n2")).isSameAs(split);
        assertThat(rowOf(page, "n3")).isSameAs(split);
        assertThat(page.select(".rows .row").eachAttr("id")).containsExactly("r0", "r1", "r2", "r3");
    }

    @Test
    void moved_sentence_is_marked_and_links_both_ways() {
        Document oldDoc = PARSER.fromSentences(List.of("Moved one.", "Second.", "Third."));
        Document newDoc = PARSER.fromSentences(List.of("Second.", "Third.", "Moved one."));
        Alignment alignment = new Alignment(3, 3, List.of(
                new Edit.Unchanged(1, 0, false, WordDiff.EMPTY), new Edit.Unchanged(2, 1, false, WordDiff.EMPTY),
                new Edit.Unchanged(0, 2, true, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        Element from = rowOf(page, "o0");
        Element to = rowOf(page, "n2");
        assertThat(from).isNotSameAs(to);
        assertThat(from.hasClass("moved")).isTrue();
        assertThat(to.hasClass("moved")).isTrue();
        assertThat(from.expectFirst("a.mv").attr("href")).isEqualTo("#n2");
        assertThat(from.expectFirst("a.mv").text()).contains("moved").contains("\u2193");
        assertThat(to.expectFirst("a.mv").attr("href")).isEqualTo("#o0");
        assertThat(to.expectFirst("a.mv").text()).contains("moved").contains("\u2191");
        // The old column keeps its reading order: the moved sentence is shown where it used to be.
        assertThat(page.select(".rows .row").indexOf(from)).isZero();
        assertThat(page.select(".rows .row").indexOf(to)).isEqualTo(3);
        assertThat(to.hasClass("chg")).isTrue();
    }

    @Test
    void matched_sentences_link_to_each_other_and_every_link_has_a_target() {
        Document oldDoc = PARSER.fromSentences(List.of("One.", "Two."));
        Document newDoc = PARSER.fromSentences(List.of("One.", "Two!"));
        Alignment alignment = new Alignment(2, 2, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Edited(1, 1, false, 0.5, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        assertThat(page.expectFirst("#o1 a.num").attr("href")).isEqualTo("#n1");
        assertThat(page.expectFirst("#n1 a.num").attr("href")).isEqualTo("#o1");
        for (Element a : page.select(".rows a[href]")) {
            assertThat(page.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
        }
    }

    @Test
    void edited_sentence_strikes_deleted_words_and_underlines_inserted_ones() {
        Document oldDoc = PARSER.fromSentences(List.of("Intro.", "The army advanced quickly."));
        Document newDoc = PARSER.fromSentences(List.of("Intro.", "The rebels advanced slowly."));
        WordDiff words = new WordDiff(List.of(
                new WordOp(WordOp.Kind.EQUAL, "The"), new WordOp(WordOp.Kind.DELETE, " army"),
                new WordOp(WordOp.Kind.INSERT, " rebels"), new WordOp(WordOp.Kind.EQUAL, " advanced"),
                new WordOp(WordOp.Kind.DELETE, " quickly"), new WordOp(WordOp.Kind.INSERT, " slowly"),
                new WordOp(WordOp.Kind.EQUAL, ".")));
        Alignment alignment = new Alignment(2, 2, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Edited(1, 1, false, 0.6, words)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        assertThat(page.select("#o1 del").eachText()).containsExactly("army", "quickly");
        assertThat(page.select("#n1 ins").eachText()).containsExactly("rebels", "slowly");
        assertThat(page.select("#o1 ins, #n1 del, #o0 del, #n0 ins")).isEmpty();
        assertThat(page.select(".rows del").eachAttr("title")).containsOnly("deleted");
        assertThat(page.select(".rows ins").eachAttr("title")).containsOnly("inserted");
        assertThat(page.expectFirst("#o1").text()).endsWith("The army advanced quickly.");
        assertThat(page.expectFirst("#n1").text()).endsWith("The rebels advanced slowly.");
        Element row = rowOf(page, "o1");
        assertThat(row.expectFirst(".badge").text()).isEqualTo("edited");
        assertThat(row.expectFirst(".badge").attr("title")).contains("60%");
    }

    @Test
    void split_shares_the_word_diff_out_over_the_new_sentences() {
        Document oldDoc = PARSER.fromSentences(List.of("Rebels took Brega and then they lost it."));
        Document newDoc = PARSER.fromSentences(List.of("Rebels took Brega.", "Then they lost it."));
        WordDiff words = new WordDiff(List.of(
                new WordOp(WordOp.Kind.EQUAL, "Rebels took Brega"), new WordOp(WordOp.Kind.DELETE, " and"),
                new WordOp(WordOp.Kind.DELETE, " then"), new WordOp(WordOp.Kind.INSERT, "."),
                new WordOp(WordOp.Kind.INSERT, " Then"), new WordOp(WordOp.Kind.EQUAL, " they lost it.")));
        Alignment alignment = new Alignment(1, 2, List.of(new Edit.Split(0, List.of(0, 1), false, 0.8, words)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        assertThat(page.select("#o0 del").eachText()).containsExactly("and then");
        assertThat(page.select("#n0 ins").eachText()).containsExactly(".");
        assertThat(page.select("#n1 ins").eachText()).containsExactly("Then");
        assertThat(page.expectFirst("#n1").text()).endsWith("Then they lost it.");
    }

    @Test
    void a_word_diff_that_does_not_spell_the_sentence_still_shows_the_sentence_text() {
        Document oldDoc = PARSER.fromSentences(List.of("Actual old text."));
        Document newDoc = PARSER.fromSentences(List.of("Actual new text."));
        WordDiff stale = new WordDiff(List.of(new WordOp(WordOp.Kind.DELETE, "Something"),
                new WordOp(WordOp.Kind.INSERT, "else")));
        Alignment alignment = new Alignment(1, 1, List.of(new Edit.Edited(0, 0, false, 0.5, stale)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        assertThat(page.expectFirst("#o0").text()).endsWith("Actual old text.");
        assertThat(page.expectFirst("#n0").text()).endsWith("Actual new text.");
        assertThat(page.select(".rows del, .rows ins")).isEmpty();
    }

    @Test
    void paragraph_breaks_are_visible_in_each_column() {
        Document oldDoc = doc(List.of(List.of("One.", "Two."), List.of("Three.")));
        Document newDoc = doc(List.of(List.of("One."), List.of("Two.", "Three.")));
        Alignment alignment = new Alignment(3, 3, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Unchanged(1, 1, false, WordDiff.EMPTY),
                new Edit.Unchanged(2, 2, false, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        assertThat(rowOf(page, "o0").hasClass("pb")).isFalse();
        Element second = rowOf(page, "o1");
        assertThat(second.hasClass("pb")).isTrue();
        assertThat(second.select(".cell.new .pilcrow")).hasSize(1);
        assertThat(second.select(".cell.old .pilcrow")).isEmpty();
        Element third = rowOf(page, "o2");
        assertThat(third.select(".cell.old .pilcrow")).hasSize(1);
        assertThat(third.select(".cell.new .pilcrow")).isEmpty();
    }

    @Test
    void paragraph_break_inside_a_merged_group_is_shown_within_the_cell() {
        Document oldDoc = doc(List.of(List.of("One."), List.of("Two.")));
        Document newDoc = doc(List.of(List.of("One and two.")));
        Alignment alignment = new Alignment(2, 1, List.of(new Edit.Merged(List.of(0, 1), 0, false, 0.7, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        Element cell = page.expectFirst(".rows .cell.old");
        assertThat(cell.select("br + .pilcrow")).hasSize(1);
        assertThat(rowOf(page, "o1")).isSameAs(rowOf(page, "n0"));
        assertThat(rowOf(page, "o0").hasClass("k-merged")).isTrue();
    }

    @Test
    void dateline_is_set_apart_and_story_furniture_is_tagged() {
        Document oldDoc = PARSER.parse("By Jane Doe\n\nBREGA, Libya — Fighting resumed.\n\n"
                + "John Roe contributed reporting from Tripoli.", InputFormat.TEXT);
        assertThat(oldDoc.dateline()).isPresent();
        Alignment alignment = new Alignment(3, 3, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Unchanged(1, 1, false, WordDiff.EMPTY),
                new Edit.Unchanged(2, 2, false, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, oldDoc, alignment)));

        assertThat(page.expectFirst("#o1 b.dl").text()).isEqualTo("BREGA, Libya —");
        assertThat(page.expectFirst("#n1 b.dl").text()).isEqualTo("BREGA, Libya —");
        assertThat(page.expectFirst("#o1").text()).endsWith("BREGA, Libya — Fighting resumed.");
        assertThat(page.expectFirst("#o0 .tag").text()).isEqualTo("byline");
        assertThat(page.expectFirst("#n2 .tag").text()).isEqualTo("credit");
    }

    @Test
    void dateline_inside_an_edited_sentence_keeps_its_word_marks() {
        Document oldDoc = docWithDateline("BREGA, Libya — Rebels advanced.", 15);
        Document newDoc = docWithDateline("BREGA, Libya — Rebels retreated.", 15);
        WordDiff words = new WordDiff(List.of(
                new WordOp(WordOp.Kind.EQUAL, "BREGA"), new WordOp(WordOp.Kind.EQUAL, ","),
                new WordOp(WordOp.Kind.EQUAL, " Libya"), new WordOp(WordOp.Kind.EQUAL, " —"),
                new WordOp(WordOp.Kind.EQUAL, " Rebels"), new WordOp(WordOp.Kind.DELETE, " advanced"),
                new WordOp(WordOp.Kind.INSERT, " retreated"), new WordOp(WordOp.Kind.EQUAL, ".")));
        Alignment alignment = new Alignment(1, 1, List.of(new Edit.Edited(0, 0, false, 0.7, words)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        assertThat(page.expectFirst("#o0 b.dl").text()).isEqualTo("BREGA, Libya —");
        assertThat(page.expectFirst("#o0 del").text()).isEqualTo("advanced");
        assertThat(page.expectFirst("#n0 ins").text()).isEqualTo("retreated");
    }

    @Test
    void header_shows_both_labels_and_every_summary_count() {
        Document oldDoc = PARSER.fromSentences(List.of("A.", "B.", "C."));
        Document newDoc = PARSER.fromSentences(List.of("A.", "B!", "D."));
        Alignment alignment = new Alignment(3, 3, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Edited(1, 1, false, 0.5, WordDiff.EMPTY),
                new Edit.Deleted(2), new Edit.Added(2)));

        org.jsoup.nodes.Document page = Jsoup.parse(
                RENDERER.render(new DiffView("2011-03-01 version", "2011-03-02 version", oldDoc, newDoc, alignment)));

        assertThat(page.expectFirst("h1 .v-old").text()).isEqualTo("2011-03-01 version");
        assertThat(page.expectFirst("h1 .v-new").text()).isEqualTo("2011-03-02 version");
        assertThat(page.select(".summary li").eachText()).containsExactly(
                "1 unchanged", "1 edited", "1 added", "1 deleted", "0 moved", "0 split", "0 merged");
        assertThat(page.select(".legend")).hasSize(1);
        assertThat(page.select(".legend del")).hasSize(1);
        assertThat(page.select(".legend ins")).hasSize(1);
    }

    @Test
    void unchanged_runs_can_be_hidden_without_script() {
        Document oldDoc = PARSER.fromSentences(List.of("A.", "B.", "C.", "D."));
        Document newDoc = PARSER.fromSentences(List.of("A.", "B.", "C!", "D."));
        Alignment alignment = new Alignment(4, 4, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Unchanged(1, 1, false, WordDiff.EMPTY),
                new Edit.Edited(2, 2, false, 0.5, WordDiff.EMPTY), new Edit.Unchanged(3, 3, false, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment)));

        Element toggle = page.expectFirst("body > input#hide-unchanged[type=checkbox]");
        assertThat(toggle.nextElementSiblings().select("main")).hasSize(1);
        assertThat(page.select("label[for=hide-unchanged].toggle")).hasSize(1);
        assertThat(page.select(".rows > .same")).hasSize(2);
        assertThat(page.select(".rows > .same").first().select(".row")).hasSize(2);
        assertThat(page.select(".rows > label.fold").eachText())
                .containsExactly("2 unchanged sentences hidden · show", "1 unchanged sentence hidden · show");
        assertThat(page.select(".rows .row.chg").eachAttr("id")).containsExactly("r2");
        String css = page.expectFirst("style").data();
        assertThat(css).contains("#hide-unchanged:checked ~ main .same { display: none; }");
    }

    @Test
    void keyboard_navigation_script_is_inline_and_wired_to_changes() {
        Document doc = PARSER.fromSentences(List.of("A."));
        Alignment alignment = new Alignment(1, 1, List.of(new Edit.Unchanged(0, 0, false, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", doc, doc, alignment)));

        Element script = page.expectFirst("script");
        assertThat(script.hasAttr("src")).isFalse();
        assertThat(script.data()).contains(".row.chg").contains("\"j\"").contains("\"k\"");
        assertThat(page.select("#nav[hidden] button#next, #nav[hidden] button#prev")).hasSize(2);
    }

    @Test
    void content_security_policy_admits_only_the_inline_style_and_script() throws Exception {
        Document doc = PARSER.fromSentences(List.of("A."));
        Alignment alignment = new Alignment(1, 1, List.of(new Edit.Unchanged(0, 0, false, WordDiff.EMPTY)));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(new DiffView("v1", "v2", doc, doc, alignment)));

        Element meta = page.expectFirst("head > meta[http-equiv=Content-Security-Policy]");
        String policy = meta.attr("content");
        assertThat(policy).contains("default-src 'none'").contains("base-uri 'none'").contains("form-action 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("http");
        assertThat(page.select("style")).hasSize(1);
        assertThat(policy).contains("style-src '" + sha256(page.expectFirst("style").data()) + "'");
        assertThat(policy).contains("script-src '" + sha256(page.expectFirst("script").data()) + "'");
        // The policy must come before anything it governs.
        assertThat(meta.elementSiblingIndex()).isLessThan(page.expectFirst("head > style").elementSiblingIndex());
        assertThat(page.select("[style]")).isEmpty();
    }

    @Test
    void page_references_nothing_on_the_network() {
        Document oldDoc = PARSER.fromSentences(List.of("A.", "B."));
        Document newDoc = PARSER.fromSentences(List.of("A.", "C."));
        Alignment alignment = new Alignment(2, 2, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Deleted(1), new Edit.Added(1)));

        String html = RENDERER.render(new DiffView("v1", "v2", oldDoc, newDoc, alignment));
        org.jsoup.nodes.Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("//cdn");
        assertThat(page.select("[src], link, img, iframe, object, embed, base, form")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("#"));
        assertThat(page.expectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
    }

    @Test
    void empty_versions_render_a_page_that_says_so() {
        Document empty = PARSER.fromSentences(List.of());

        org.jsoup.nodes.Document page = Jsoup.parse(
                RENDERER.render(new DiffView("v1", "v2", empty, empty, new Alignment(0, 0, List.of()))));

        assertThat(page.expectFirst(".nothing").text()).isEqualTo("Both versions are empty.");
        assertThat(page.select(".rows .row")).isEmpty();
    }

    @Test
    void render_to_appendable_writes_the_same_page() throws Exception {
        Document doc = PARSER.fromSentences(List.of("A."));
        DiffView view = new DiffView("v1", "v2", doc, doc,
                new Alignment(1, 1, List.of(new Edit.Unchanged(0, 0, false, WordDiff.EMPTY))));
        StringBuilder out = new StringBuilder();

        RENDERER.render(view, out);

        assertThat(out.toString()).isEqualTo(RENDERER.render(view)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void view_rejects_an_alignment_of_other_documents() {
        Document doc = PARSER.fromSentences(List.of("A.", "B."));
        Alignment alignment = new Alignment(1, 1, List.of(new Edit.Unchanged(0, 0, false, WordDiff.EMPTY)));

        assertThatThrownBy(() -> new DiffView("v1", "v2", doc, doc, alignment))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 -> 1");
    }

    @Test
    void escape_covers_markup_and_both_quote_kinds() {
        assertThat(Html.escape("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
        assertThat(Html.escape("a\0b")).isEqualTo("a\uFFFDb");
    }

    // --- helpers ---

    private static Element rowOf(org.jsoup.nodes.Document page, String sentenceId) {
        Element s = page.getElementById(sentenceId);
        assertThat(s).as(sentenceId).isNotNull();
        List<Element> rows = s.parents().stream().filter(e -> e.hasClass("row")).toList();
        assertThat(rows).as("row of " + sentenceId).hasSize(1);
        return rows.get(0);
    }

    /** A document with the given paragraphs of sentences, built directly so paragraphs are exact. */
    static Document doc(List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Span> paragraphSpans = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int paragraphStart = text.length();
            for (String s : paragraphs.get(p)) {
                if (text.length() > paragraphStart) {
                    text.append(' ');
                }
                Span span = new Span(text.length(), text.length() + s.length());
                text.append(s);
                sentences.add(new Sentence(sentences.size(), p, s, span, SentenceRole.BODY));
            }
            paragraphSpans.add(new Span(paragraphStart, text.length()));
        }
        return new Document(NormalizedText.identity(text.toString(), paragraphSpans), sentences, Optional.empty());
    }

    private static Document docWithDateline(String sentence, int datelineEnd) {
        Span span = new Span(0, sentence.length());
        return new Document(NormalizedText.identity(sentence, List.of(span)),
                List.of(new Sentence(0, 0, sentence, span, SentenceRole.BODY)),
                Optional.of(new Dateline("BREGA, Libya", new Span(0, datelineEnd))));
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
