package dev.palimpsest.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.Blame;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.history.SentenceThread;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HistoryHtmlRendererTest {

    private static final HistoryHtmlRenderer RENDERER = new HistoryHtmlRenderer();
    private static final DocumentParser PARSER = new DocumentParser(
            Normalizer.standard(), NewsSentenceSplitter.create(), DocumentParser.DEFAULT_MAX_CHARS);
    private static final HistoryBuilder BUILDER = new HistoryBuilder(Aligner.standard());

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMG = "<img src=x onerror=\"alert(1)\">";

    private static final String V0 = "Rebels advanced on Brega on Wednesday. The town was quiet.\n\n"
            + "Officials in Tripoli said little about the fighting.";
    private static final String V1 = "Rebels retreated from Brega on Thursday. The town was quiet.\n\n"
            + "Officials in Tripoli said little about the fighting. A minister defected to Britain overnight.";
    private static final String V2 = "Rebels retreated from Brega on Thursday. The town was quiet.\n\n"
            + "A minister defected to Britain overnight, officials confirmed.";

    @Test
    void hostile_text_in_articles_labels_titles_and_notes_is_escaped() {
        ArticleHistory history = history(
                new VersionMeta("old\"><script>alert(3)</script>", Optional.empty(), Optional.of(SCRIPT + " headline")),
                "Officials said " + SCRIPT + " today. " + IMG + " was posted.",
                VersionMeta.of("new' onmouseover='alert(4)"),
                "Officials said " + SCRIPT + " today. " + IMG + " was posted again, " + SCRIPT + ".");
        List<List<ChangeNote>> notes = List.of(List.of(),
                List.of(new ChangeNote("<b>edited</b>", "Reworded " + IMG, List.of(1), List.of(1))));
        HistoryView view = new HistoryView("<iframe src=x>", history, notes, "given <script>order</script>", Map.of());

        String html = RENDERER.render(view);
        org.jsoup.nodes.Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<iframe")
                .doesNotContain("<b>edited").doesNotContain("<script>order");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.expectFirst("script").data()).doesNotContain("alert(");
        assertThat(page.select("img, iframe, object, embed, link, b:containsOwn(edited)")).isEmpty();
        assertThat(page.select("[onerror], [onmouseover], [onclick], [onload]")).isEmpty();
        // The reader still sees the hostile text, as text.
        assertThat(page.expectFirst("h1").text()).isEqualTo(SCRIPT + " headline");
        assertThat(page.title()).contains(SCRIPT);
        assertThat(page.expectFirst("#b1-s0").text()).contains(SCRIPT);
        assertThat(page.expectFirst(".note .badge").text()).isEqualTo("<b>edited</b>");
        assertThat(page.expectFirst(".note .ntext").text()).isEqualTo("Reworded " + IMG);
        assertThat(page.expectFirst(".facts").text()).contains("given <script>order</script>");
        assertThat(page.select(".vlabel").eachText()).contains("old\"><script>alert(3)</script>");
        assertThat(page.select(".note").first().className()).matches("note k-[a-z0-9-]+");
    }

    @Test
    void every_sentence_of_each_blamed_version_appears_once_with_the_version_that_introduced_it() {
        ArticleHistory history = threeVersions();

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(history)));

        for (int v = 0; v < 3; v++) {
            Element panel = page.getElementById("blame-" + v);
            assertThat(panel).as("blame of v" + v).isNotNull();
            List<Blame> blame = history.blame(v);
            Document doc = history.documents().get(v);
            assertThat(panel.select("a.bl")).hasSize(doc.sentences().size());
            for (Blame b : blame) {
                Element s = panel.getElementById("b" + v + "-s" + b.sentence());
                assertThat(s).isNotNull();
                assertThat(s.text()).endsWith(doc.sentences().get(b.sentence()).text());
                assertThat(s.expectFirst(".vt").text()).startsWith("v" + b.introducedIn());
                assertThat(s.attr("title")).contains("Introduced in v" + b.introducedIn())
                        .contains("last changed in v" + b.lastChangedIn());
                assertThat(s.hasClass("c" + BlameHtml.colour(b.introducedIn(), 3))).isTrue();
                assertThat(s.attr("href")).isEqualTo("#th-" + b.thread());
            }
            // Paragraphs are kept: one <p> per paragraph.
            assertThat(panel.select(".prose > p")).hasSize(doc.paragraphCount());
        }
        // The rewritten first sentence of the last version came in v0 and was changed in v1.
        Element first = page.expectFirst("#b2-s0");
        assertThat(first.expectFirst(".vt").text()).isEqualTo("v0 \u270e1");
        assertThat(first.hasClass("re")).isTrue();
        assertThat(first.expectFirst(".vh").text()).contains("introduced in v0, last changed in v1");
    }

    @Test
    void blame_versions_are_offered_newest_first_and_the_last_is_the_default() {
        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(threeVersions())));

        assertThat(page.select("#blame-version option").eachAttr("value")).containsExactly("2", "1", "0");
        assertThat(page.select(".panel.blame").eachAttr("id")).containsExactly("blame-2", "blame-1", "blame-0");
        assertThat(page.select(".panel.blame[hidden]")).isEmpty();
    }

    @Test
    void each_sentence_opens_its_thread_through_every_version_with_word_changes() {
        ArticleHistory history = threeVersions();

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(history)));

        assertThat(page.select("#threads > article.thread")).hasSize(history.threads().size());
        for (Element s : page.select("a.bl")) {
            assertThat(page.getElementById(s.attr("href").substring(1))).as(s.attr("href")).isNotNull();
        }
        String threadId = history.blame(2).get(0).thread();
        SentenceThread thread = history.thread(threadId);
        Element panel = page.expectFirst("#th-" + threadId);
        assertThat(panel.select(".steps > li .sv").eachText()).containsExactly("v0", "v1", "v2");
        Element edited = panel.select(".steps > li").get(1);
        assertThat(edited.hasClass("k-edited")).isTrue();
        assertThat(edited.expectFirst("del").text()).contains("advanced");
        assertThat(edited.expectFirst("ins").text()).contains("retreated");
        assertThat(edited.expectFirst("a.in-diff").attr("href")).isEqualTo("#d0-1-n0");
        assertThat(thread.steps()).hasSize(3);
        // The sentence dropped in v2 says so, and points at where it was.
        String dropped = history.blame(1).get(2).thread();
        Element gone = page.expectFirst("#th-" + dropped + " .steps > li.k-removed");
        assertThat(gone.expectFirst(".sv").text()).isEqualTo("v2");
        assertThat(gone.expectFirst("a.in-diff").attr("href")).isEqualTo("#d1-2-o2");
    }

    @Test
    void notes_link_to_the_sentences_they_cite_in_that_versions_diff() {
        ArticleHistory history = threeVersions();
        List<List<ChangeNote>> notes = List.of(List.of(),
                List.of(new ChangeNote("edited", "Rebels now retreating", List.of(0), List.of(0)),
                        new ChangeNote("added", "A minister defected", List.of(), List.of(3))),
                List.of(new ChangeNote("merged", "Two sentences became one", List.of(2, 3), List.of(2))));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(HistoryView.of("story", history, notes, "given",
                (a, b) -> BUILDER.compare(history, a, b))));

        List<Element> links = page.select(".note .ev a");
        assertThat(links).hasSize(6);
        for (Element a : links) {
            assertThat(page.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        }
        assertThat(page.select("#v1 .note .ev a").eachAttr("href")).containsExactly("#d0-1-o0", "#d0-1-n0", "#d0-1-n3");
        assertThat(page.select("#v2 .note .ev a").eachAttr("href")).containsExactly("#d1-2-o2", "#d1-2-o3", "#d1-2-n2");
        assertThat(page.expectFirst("#d0-1-n3").text()).endsWith("A minister defected to Britain overnight.");
        assertThat(page.expectFirst("#d1-2-o2").text()).endsWith("Officials in Tripoli said little about the fighting.");
        assertThat(page.select("#v2 .note .ev a").eachText()).containsExactly("sentence 3", "sentence 4", "sentence 3");
    }

    @Test
    void timeline_has_one_entry_per_version_with_time_size_and_figures() {
        Instant t0 = Instant.parse("2011-03-31T01:00:00Z");
        ArticleHistory history = BUILDER.build(List.of(
                new HistoryBuilder.Input(new VersionMeta("a.txt", Optional.of(t0), Optional.empty()), parse(V0)),
                new HistoryBuilder.Input(new VersionMeta("b.txt", Optional.of(t0.plus(Duration.ofHours(12))), Optional.empty()), parse(V1)),
                new HistoryBuilder.Input(new VersionMeta("c.txt", Optional.of(t0.plus(Duration.ofHours(18))), Optional.empty()), parse(V2))));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(history)));

        assertThat(page.select("ol.timeline > li.ver").eachAttr("id")).containsExactly("v0", "v1", "v2");
        assertThat(page.select(".ver time").eachText())
                .containsExactly("2011-03-31 01:00 UTC", "2011-03-31 13:00 UTC", "2011-03-31 19:00 UTC");
        assertThat(page.expectFirst("#v1 .after").text()).isEqualTo("(12 h later)");
        assertThat(page.expectFirst("#v0 .vstats").text()).startsWith("3 sentences");
        assertThat(page.expectFirst("#v1 .vstats").text()).contains("4 sentences").contains("churn");
        assertThat(page.select(".ver .vlabel").eachText()).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(page.select(".ver svg.chart.mini")).hasSize(3);
        assertThat(page.select(".ver svg.chart.mini .col.here")).hasSize(3);
        // The overview chart: one column per version, sized and labelled.
        Element chart = page.expectFirst(".overview svg.chart");
        assertThat(chart.select("g.col")).hasSize(3);
        assertThat(chart.select("g.col title").eachText().get(1)).startsWith("v1: 4 sentences");
        assertThat(chart.select("g.col rect.churn")).hasSize(2);
        assertThat(page.expectFirst(".facts").text()).contains("2011-03-31 01:00 UTC").contains("(18 h)")
                .contains("text last changed in v2, 18 h after the first version");
    }

    @Test
    void version_labels_that_say_no_more_than_the_number_are_not_repeated() {
        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(threeVersions())));

        assertThat(page.select(".vlabel")).isEmpty();
        assertThat(page.select(".ver .notime").eachText()).containsOnly("time unknown");
        assertThat(page.expectFirst("h1").text()).isEqualTo("story");
    }

    @Test
    void a_diff_section_exists_for_each_consecutive_pair_and_every_pair_of_a_short_history() {
        ArticleHistory history = threeVersions();

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(history)));

        assertThat(page.select(".panel.diff").eachAttr("id")).containsExactly("d0-1", "d1-2", "d0-2");
        for (int v = 1; v < 3; v++) {
            Element diff = page.expectFirst("#d" + (v - 1) + "-" + v);
            Document oldDoc = history.documents().get(v - 1);
            Document newDoc = history.documents().get(v);
            assertThat(diff.select(".rows .s[id]")).hasSize(oldDoc.sentences().size() + newDoc.sentences().size());
            assertThat(diff.select(".rows .row").eachAttr("id")).allSatisfy(id -> assertThat(id).startsWith(diff.id() + "-r"));
            assertThat(diff.attr("data-from")).isEqualTo(String.valueOf(v - 1));
            assertThat(diff.attr("data-to")).isEqualTo(String.valueOf(v));
        }
        assertThat(page.expectFirst("#d0-1-o0 del").text()).contains("advanced");
        assertThat(page.expectFirst("#d0-1-n0 ins").text()).contains("retreated");
        assertThat(page.select("#from option").eachAttr("value")).containsExactly("0", "1");
        assertThat(page.select("#to option").eachAttr("value")).containsExactly("1", "2");
        assertThat(page.expectFirst("#from option[selected]").val()).isEqualTo("0");
        assertThat(page.expectFirst("#to option[selected]").val()).isEqualTo("2");
        assertThat(page.select("nav.pairs a").eachAttr("href")).containsExactly("#d0-1", "#d1-2", "#d0-2");
        // One tool bar for all the diffs: the script counts the changes of the one shown.
        assertThat(page.select("#nav")).hasSize(1);
        assertThat(page.select("body > input#hide-unchanged + header + main")).hasSize(1);
    }

    @Test
    void a_long_history_offers_consecutive_pairs_and_first_to_last_only() {
        List<HistoryBuilder.Input> inputs = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            inputs.add(new HistoryBuilder.Input(VersionMeta.of("v" + v),
                    parse("Rebels held Brega for " + (v + 1) + " days. The town was quiet.")));
        }
        ArticleHistory history = BUILDER.build(inputs);
        List<int[]> asked = new ArrayList<>();

        HistoryView view = HistoryView.of("long", history, noNotes(10), "given", (a, b) -> {
            asked.add(new int[] {a, b});
            return BUILDER.compare(history, a, b);
        });
        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view));

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactly(0, 9);
        List<String> expected = new ArrayList<>(IntStream.range(1, 10).mapToObj(v -> "d" + (v - 1) + "-" + v).toList());
        expected.add("d0-9");
        assertThat(page.select(".panel.diff").eachAttr("id")).containsExactlyElementsOf(expected);
        assertThat(page.expectFirst("#pick-note").text()).contains("Consecutive versions and the first against the last");
        assertThat(HistoryView.offeredPairs(8)).hasSize(28);
        assertThat(HistoryView.offeredPairs(9)).hasSize(9);
        // Ten versions share nine colours: the first keeps its own, later neighbours share; the label tells them apart.
        assertThat(IntStream.range(0, 10).map(v -> BlameHtml.colour(v, 10)).boxed().toList())
                .containsExactly(0, 1, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void a_single_version_renders_timeline_and_blame_and_says_there_is_nothing_to_compare() {
        ArticleHistory history = BUILDER.build(List.of(new HistoryBuilder.Input(VersionMeta.of("only"), parse(V0))));

        String html = RENDERER.render(HistoryView.of("one", history, noNotes(1), "given", (a, b) -> {
            throw new AssertionError("nothing to compare");
        }));
        org.jsoup.nodes.Document page = Jsoup.parse(html);

        assertThat(page.select("ol.timeline > li.ver")).hasSize(1);
        assertThat(page.select(".panel.diff")).isEmpty();
        assertThat(page.expectFirst("#compare .nothing").text()).contains("Only one version");
        assertThat(page.select("#blame-0 a.bl")).hasSize(3);
        assertThat(page.select("#blame-0 .vt").eachText()).containsOnly("v0");
        assertThat(page.expectFirst(".facts").text()).contains("one version so far");
        assertThat(page.select(".overview g.col")).hasSize(1);
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void an_empty_version_is_shown_as_such() {
        ArticleHistory history = BUILDER.build(List.of(
                new HistoryBuilder.Input(VersionMeta.of("v0"), parse(V0)),
                new HistoryBuilder.Input(VersionMeta.of("v1"), PARSER.fromSentences(List.of()))));

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(history)));

        assertThat(page.expectFirst("#blame-1 .nothing").text()).isEqualTo("This version has no sentences.");
        assertThat(page.select("#d0-1 .rows .row.k-deleted")).hasSize(3);
        assertThat(page.select("#th-" + history.blame(0).get(0).thread() + " .k-removed")).hasSize(1);
    }

    @Test
    void every_id_is_unique_and_every_link_on_the_page_has_a_target() {
        ArticleHistory history = threeVersions();
        List<List<ChangeNote>> notes = List.of(List.of(),
                List.of(new ChangeNote("added", "Minister", List.of(), List.of(3))), List.of());

        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(HistoryView.of("story", history, notes, "given",
                (a, b) -> BUILDER.compare(history, a, b))));

        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        for (Element a : page.select("a[href]")) {
            assertThat(a.attr("href")).startsWith("#");
            assertThat(page.getElementById(a.attr("href").substring(1))).as(a.outerHtml()).isNotNull();
        }
        for (Element label : page.select("label[for]")) {
            assertThat(page.getElementById(label.attr("for"))).as(label.outerHtml()).isNotNull();
        }
    }

    @Test
    void content_security_policy_admits_only_the_inline_style_and_script() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(threeVersions())));

        Element meta = page.expectFirst("head > meta[http-equiv=Content-Security-Policy]");
        String policy = meta.attr("content");
        assertThat(policy).contains("default-src 'none'").contains("base-uri 'none'").contains("form-action 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("http");
        assertThat(page.select("style")).hasSize(1);
        assertThat(page.select("script")).hasSize(1);
        assertThat(policy).contains("style-src '" + sha256(page.expectFirst("style").data()) + "'");
        assertThat(policy).contains("script-src '" + sha256(page.expectFirst("script").data()) + "'");
        assertThat(meta.elementSiblingIndex()).isLessThan(page.expectFirst("head > style").elementSiblingIndex());
        // Inline style attributes and handlers would be refused by the policy: there must be none.
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneSatisfy(attr -> assertThat(attr.getKey()).startsWith("on")));
        // The diff viewer's styles and keyboard script come along with the history page's own.
        assertThat(page.expectFirst("style").data()).contains(".k-edited .cell").contains(".bl");
        assertThat(page.expectFirst("script").data()).contains(".row.chg").contains("\"j\"").contains("blame-version");
    }

    @Test
    void page_references_nothing_on_the_network() {
        String html = RENDERER.render(view(threeVersions()));
        org.jsoup.nodes.Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("//cdn");
        assertThat(page.select("[src], link, img, iframe, object, embed, base, form, use, image")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("#"));
        assertThat(page.expectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
    }

    @Test
    void accessible_without_colour_or_script() {
        org.jsoup.nodes.Document page = Jsoup.parse(RENDERER.render(view(threeVersions())));

        // Colour is never the only cue: each blamed sentence carries its version as text.
        assertThat(page.select("a.bl")).allSatisfy(s -> assertThat(s.select(".vt, .vh")).hasSize(2));
        // Pickers appear only with script; without it every diff and blame is shown in turn.
        assertThat(page.select(".pick[hidden]")).hasSize(2);
        assertThat(page.select(".panel[hidden]")).isEmpty();
        assertThat(page.select("select")).allSatisfy(s -> assertThat(page.select("label[for=" + s.id() + "]")).hasSize(1));
        assertThat(page.expectFirst(".overview svg").attr("role")).isEqualTo("img");
        assertThat(page.select(".ver svg.mini")).allSatisfy(svg -> assertThat(svg.attr("aria-hidden")).isEqualTo("true"));
        assertThat(page.select("section.sec")).allSatisfy(s -> assertThat(page.getElementById(s.attr("aria-labelledby"))).isNotNull());
    }

    @Test
    void view_checks_notes_and_comparisons_against_the_history() {
        ArticleHistory history = threeVersions();
        Alignment step = history.steps().get(0);

        assertThatThrownBy(() -> new HistoryView("s", history, noNotes(2), "given", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes for 2 versions");
        assertThatThrownBy(() -> new HistoryView("s", history,
                List.of(List.of(), List.of(new ChangeNote("added", "x", List.of(), List.of(9))), List.of()), "given", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new sentence 9");
        assertThatThrownBy(() -> new HistoryView("s", history,
                List.of(List.of(new ChangeNote("added", "x", List.of(0), List.of())), List.of(), List.of()), "given", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("old sentence 0");
        assertThatThrownBy(() -> new HistoryView("s", history, noNotes(3), "given",
                Map.of(new HistoryView.VersionPair(0, 1), step)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consecutive");
        assertThatThrownBy(() -> new HistoryView("s", history, noNotes(3), "given",
                Map.of(new HistoryView.VersionPair(0, 2), step)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 -> 2");
        assertThatThrownBy(() -> new HistoryView.VersionPair(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durations_and_shares_read_as_people_write_them() {
        assertThat(HistoryFormat.duration(Duration.ofMinutes(45))).isEqualTo("45 min");
        assertThat(HistoryFormat.duration(Duration.ofHours(18))).isEqualTo("18 h");
        assertThat(HistoryFormat.duration(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(HistoryFormat.duration(Duration.ofHours(51))).isEqualTo("2 d 3 h");
        assertThat(HistoryFormat.percent(0.231)).isEqualTo("23%");
        assertThat(HistoryFormat.percent(0.001)).isEqualTo("<1%");
        assertThat(HistoryFormat.percent(0.999)).isEqualTo(">99%");
        assertThat(HistoryFormat.percent(0)).isEqualTo("0%");
    }

    @Test
    void render_to_appendable_writes_the_same_page() throws Exception {
        HistoryView view = view(threeVersions());
        StringBuilder out = new StringBuilder();

        RENDERER.render(view, out);

        assertThat(out.toString()).isEqualTo(RENDERER.render(view)).startsWith("<!DOCTYPE html>");
    }

    // --- helpers ---

    private static ArticleHistory threeVersions() {
        return BUILDER.build(List.of(
                new HistoryBuilder.Input(VersionMeta.of("v0"), parse(V0)),
                new HistoryBuilder.Input(VersionMeta.of("v1"), parse(V1)),
                new HistoryBuilder.Input(VersionMeta.of("v2"), parse(V2))));
    }

    private static ArticleHistory history(VersionMeta m0, String t0, VersionMeta m1, String t1) {
        return BUILDER.build(List.of(new HistoryBuilder.Input(m0, parse(t0)), new HistoryBuilder.Input(m1, parse(t1))));
    }

    private static HistoryView view(ArticleHistory history) {
        return HistoryView.of("story", history, noNotes(history.versions().size()), "given",
                (a, b) -> BUILDER.compare(history, a, b));
    }

    private static List<List<ChangeNote>> noNotes(int versions) {
        return IntStream.range(0, versions).mapToObj(v -> List.<ChangeNote>of()).toList();
    }

    private static Document parse(String text) {
        return PARSER.parse(text, InputFormat.TEXT);
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
