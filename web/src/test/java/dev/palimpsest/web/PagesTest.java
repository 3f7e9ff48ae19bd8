package dev.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palimpsest.web.http.SecurityHeaders;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages against a real SQLite store holding the sample and a hostile article. */
class PagesTest {

    @TempDir
    static Path dir;

    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() {
        site = TestSite.start(dir, WebConfig.defaults().withMaxDiffSentences(40));
        http = new Http(site.url(""));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Http.Response page(String path) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).matches("text/html; ?charset=utf-8");
        assertThat(r.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        return r;
    }

    @Test
    void every_page_type_escapes_the_hostile_article() {
        List<String> paths = List.of("/", "/?source=" + Urls.enc(TestSite.HOSTILE_SOURCE),
                "/articles/" + site.hostileId,
                "/articles/" + site.hostileId + "?from=0&to=1&view=inline",
                "/articles/" + site.hostileId + "?from=1&to=0",
                "/search?q=alert", "/search?q=mayor+Monday&deleted=1", "/search?q=" + Urls.enc("<script>alert(1)</script>"),
                "/stats", "/stats?source=" + Urls.enc(TestSite.HOSTILE_SOURCE), "/api");
        for (String path : paths) {
            Document doc = Safety.assertSafePage(page(path).body());
            assertThat(doc.title()).as(path).isNotBlank();
        }
    }

    @Test
    void hostile_text_is_shown_as_text() {
        String html = page("/articles/" + site.hostileId).body();
        Document doc = Safety.assertSafePage(html);
        assertThat(doc.expectFirst("h1").text()).isEqualTo(TestSite.HOSTILE_TITLE + " <svg onload=alert(6)>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // The javascript: url is shown, never linked.
        Element url = doc.expectFirst(".url");
        assertThat(url.text()).isEqualTo(TestSite.HOSTILE_URL);
        assertThat(url.select("a")).isEmpty();
        assertThat(doc.select(".s").eachText()).anyMatch(t -> t.contains("<img src=x onerror=alert(3)>"));
    }

    @Test
    void article_page_has_timeline_chart_notes_diff_blame_and_raw_links() {
        Document doc = Jsoup.parse(page("/articles/" + site.libyaId).body());
        assertThat(doc.select("#timeline svg.chart")).isNotEmpty();
        assertThat(doc.select("#timeline .ver")).hasSize(3);
        assertThat(doc.select(".note .ntext").eachText()).contains("Dateline changed: BREGA, Libya \u2192 TRIPOLI, Libya");
        assertThat(doc.select("a[href^=/versions/][href$=/raw]")).hasSize(3);
        // Default comparison: first against last, side by side, with the form to pick another pair.
        assertThat(doc.select("#d0-2 .rows .row")).isNotEmpty();
        assertThat(doc.expectFirst("#cmp-from option[selected]").val()).isEqualTo("0");
        assertThat(doc.expectFirst("#cmp-to option[selected]").val()).isEqualTo("2");
        assertThat(doc.select(".panel.blame")).hasSize(3);
        assertThat(doc.select(".thread")).isNotEmpty();
        assertThat(doc.select("#nav #next")).hasSize(1);
        assertThat(doc.select("#hide-unchanged")).hasSize(1);
    }

    @Test
    void a_chosen_pair_shows_moves_with_where_they_came_from_and_word_changes() {
        Document doc = Jsoup.parse(page("/articles/" + site.hostileId + "?from=0&to=1").body());
        Element moved = doc.expectFirst("#d0-1 .row.new.moved a.mv");
        assertThat(moved.text()).contains("moved").contains("from sentence 2");
        assertThat(moved.attr("href")).isEqualTo("#d0-1-o1");
        assertThat(doc.expectFirst("#d0-1 .row.old.moved a.mv").text()).contains("to sentence 3");
        assertThat(doc.select("#d0-1 ins").eachText()).contains("at noon", "Tuesday");
        assertThat(doc.select("#d0-1 del").eachText()).contains("Monday");
        // Timeline links to the same pair stay on the page.
        assertThat(doc.select(".vlinks a").eachAttr("href")).contains("#d0-1");
    }

    @Test
    void the_inline_view_keeps_moves_and_word_changes_in_one_column() {
        Document doc = Jsoup.parse(page("/articles/" + site.hostileId + "?from=0&to=1&view=inline").body());
        assertThat(doc.select("#d0-1 .rows.inline")).hasSize(1);
        assertThat(doc.select("#d0-1 .cell.old")).allMatch(c -> true);
        assertThat(doc.select("#d0-1 .heads")).isEmpty();
        assertThat(doc.expectFirst("#d0-1 .row.new.moved a.mv").text()).contains("from sentence 2");
        Element edited = doc.expectFirst("#d0-1-n0").parent();
        assertThat(edited.select("ins").text()).isEqualTo("at noon");
        assertThat(doc.expectFirst("#d0-1-o0").hasClass("anchor")).isTrue();
    }

    @Test
    void timeline_links_to_other_pairs_load_the_page_for_that_pair() {
        Document doc = Jsoup.parse(page("/articles/" + site.libyaId + "?from=0&to=2").body());
        assertThat(doc.select(".vlinks a").eachAttr("href")).contains("/articles/" + site.libyaId + "?from=0&to=1#d0-1");
    }

    @Test
    void search_marks_deleted_sentences_and_links_to_where_they_were_last_seen() {
        Document doc = Jsoup.parse(page("/search?q=" + Urls.enc("\"Readers can click\"")).body());
        Element hit = doc.expectFirst(".hit.p-deleted");
        assertThat(hit.expectFirst(".badge").text()).isEqualTo("deleted");
        assertThat(hit.select(".snip mark").eachText()).isNotEmpty();
        String go = hit.expectFirst("a.go").attr("href");
        assertThat(go).startsWith("/articles/" + site.hostileId + "/locate?version=0&text=");
        Http.Response redirect = http.get(go);
        assertThat(redirect.status()).isEqualTo(303);
        assertThat(redirect.header("Location")).isEqualTo("/articles/" + site.hostileId + "#b0-s2");
        Document article = Jsoup.parse(page("/articles/" + site.hostileId).body());
        assertThat(article.expectFirst("#b0-s2").text()).contains("Readers can click");
    }

    @Test
    void home_lists_changes_and_filters_by_source_and_day() {
        Document all = Jsoup.parse(page("/").body());
        assertThat(all.select(".change")).hasSize(3);
        assertThat(all.select(".change .title").eachText()).contains("nyt-2011-03-libya-defection");
        Document nyt = Jsoup.parse(page("/?source=The+New+York+Times").body());
        assertThat(nyt.select(".change")).hasSize(2);
        Document day = Jsoup.parse(page("/?from=2011-03-31&to=2011-03-31").body());
        assertThat(day.select(".change")).hasSize(2);
        Document none = Jsoup.parse(page("/?from=2025-01-01").body());
        assertThat(none.select(".change")).isEmpty();
        assertThat(http.get("/?from=yesterday").status()).isEqualTo(400);
        assertThat(http.get("/?source=Nobody").status()).isEqualTo(404);
    }

    @Test
    void stats_page_draws_charts_with_figures_and_tables() {
        Document doc = Jsoup.parse(page("/stats").body());
        assertThat(doc.select("svg.chart.edits")).hasSize(2);
        assertThat(doc.select("svg.chart.edits title").eachText()).contains("2011-03: 2 new versions in 1 article");
        assertThat(doc.select("#most-edited tbody tr")).hasSize(2);
        assertThat(doc.select("#stability tbody tr")).hasSize(2);
    }

    @Test
    void raw_versions_are_plain_text_that_nothing_runs() {
        Document doc = Jsoup.parse(page("/articles/" + site.hostileId).body());
        String raw = doc.select("a[href$=/raw]").first().attr("href");
        Http.Response r = http.get(raw);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).matches("text/plain; ?charset=utf-8");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).startsWith("sandbox");
        assertThat(r.body()).contains("<script>alert(1)</script>");
        assertThat(http.get("/versions/0000000000000000/raw").status()).isEqualTo(404);
    }

    @Test
    void errors_are_pages_with_the_right_status_and_escaped_messages() {
        Http.Response missing = http.get("/articles/0123456789abcdef");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(Jsoup.parse(missing.body()).expectFirst(".status").text()).isEqualTo("404");
        Http.Response odd = http.get("/articles/" + Urls.enc("<script>alert(1)</script>"));
        assertThat(odd.status()).isEqualTo(404);
        Safety.assertSafePage(odd.body());
        Http.Response badPair = http.get("/articles/" + site.libyaId + "?from=0&to=7");
        assertThat(badPair.status()).isEqualTo(400);
        assertThat(Jsoup.parse(badPair.body()).expectFirst(".why").text()).contains("v0 to v2");
        assertThat(http.get("/articles/" + site.libyaId + "?from=1&to=1").status()).isEqualTo(400);
        assertThat(http.get("/articles/" + site.libyaId + "?view=sideways").status()).isEqualTo(400);
        Http.Response badView = http.get("/search?q=x&deleted=" + Urls.enc("<b>"));
        assertThat(badView.status()).isEqualTo(400);
        Safety.assertSafePage(badView.body());
        assertThat(http.get("/nothing/here").status()).isEqualTo(404);
        assertThat(http.send("POST", "/articles/" + site.libyaId, "").status()).isEqualTo(405);
    }

    @Test
    void a_diff_of_versions_beyond_the_limit_is_refused_with_413() {
        // The sample's v1 has 60 sentences; this server shows diffs of versions up to 40.
        Http.Response r = http.get("/articles/" + site.libyaId + "?from=0&to=1");
        assertThat(r.status()).isEqualTo(413);
        assertThat(Jsoup.parse(r.body()).expectFirst(".why").text()).contains("v1 has 60 sentences");
        assertThat(http.get("/api/articles/" + site.libyaId + "/diff?from=1&to=2").status()).isEqualTo(413);
    }

    @Test
    void an_article_whose_default_pair_is_too_large_still_shows_its_timeline() throws Exception {
        try (TestSite small = TestSite.start(java.nio.file.Files.createTempDirectory(dir, "small"),
                WebConfig.defaults().withMaxDiffSentences(20))) {
            Http.Response r = new Http(small.url("")).get("/articles/" + small.libyaId);
            assertThat(r.status()).isEqualTo(200);
            Document doc = Jsoup.parse(r.body());
            assertThat(doc.select("#timeline .ver")).hasSize(3);
            assertThat(doc.expectFirst("#compare .nothing").text()).contains("sentences");
            assertThat(new Http(small.url("")).get("/articles/" + small.libyaId + "?from=0&to=2").status()).isEqualTo(413);
        }
    }

    @Test
    void assets_are_served_and_nothing_else_is() {
        for (String name : List.of("diff.css", "history.css", "site.css", "diff.js", "history.js", "site.js")) {
            Http.Response r = http.get("/assets/" + name);
            assertThat(r.status()).as(name).isEqualTo(200);
            assertThat(r.body()).isNotBlank();
        }
        assertThat(http.get("/assets/..%2Fopenapi.json").status()).isEqualTo(404);
        assertThat(http.get("/assets/secret.txt").status()).isEqualTo(404);
    }
}
