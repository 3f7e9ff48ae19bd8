package dev.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Atom feeds: well-formed, Atom 1.0's required elements, escaped text, stable entry ids. */
class FeedsTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path dir;

    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() {
        site = TestSite.start(dir, WebConfig.defaults());
        http = new Http(site.url(""));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document feed(String path) throws Exception {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).matches("application/atom\\+xml; ?charset=utf-8");
        assertThat(r.body()).doesNotContain("<script>").doesNotContain("<img");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(root, required)).as("feed/" + required).hasSize(1);
        }
        assertThat(children(root, "link")).anyMatch(l -> l.getAttribute("rel").equals("self"));
        for (Element entry : children(root, "entry")) {
            for (String required : List.of("id", "title", "updated", "link", "summary")) {
                assertThat(children(entry, required)).as("entry/" + required).isNotEmpty();
            }
            assertThat(text(entry, "id")).startsWith("urn:uuid:");
            assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(children(entry, "link").get(0).getAttribute("href")).startsWith("http://");
        }
        return doc;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private static List<Element> entries(Document doc) {
        return children(doc.getDocumentElement(), "entry");
    }

    @Test
    void all_changes() throws Exception {
        Document doc = feed("/feeds/changes.atom");
        List<Element> entries = entries(doc);
        assertThat(entries).hasSize(3);
        assertThat(text(entries.get(0), "title")).isEqualTo("v1: " + TestSite.HOSTILE_TITLE + " <svg onload=alert(6)>");
        assertThat(text(entries.get(0), "summary")).contains("<script>alert(1)</script>");
        assertThat(children(entries.get(0), "summary").get(0).getAttribute("type")).isEqualTo("text");
        assertThat(children(entries.get(1), "link").get(0).getAttribute("href"))
                .isEqualTo(site.url("/articles/" + site.libyaId + "?from=1&to=2#d1-2"));
        assertThat(text(entries.get(1), "summary")).isEqualTo("Dateline changed: BREGA, Libya \u2192 TRIPOLI, Libya");
    }

    @Test
    void entry_ids_are_stable_and_shared_by_feeds() throws Exception {
        List<String> first = entries(feed("/feeds/changes.atom")).stream().map(e -> text(e, "id")).toList();
        List<String> again = entries(feed("/feeds/changes.atom")).stream().map(e -> text(e, "id")).toList();
        assertThat(again).isEqualTo(first).doesNotHaveDuplicates();
        List<String> article = entries(feed("/feeds/articles/" + site.libyaId + ".atom")).stream().map(e -> text(e, "id")).toList();
        assertThat(first).containsAll(article);
    }

    @Test
    void per_source_and_per_article() throws Exception {
        assertThat(entries(feed("/feeds/sources/The%20New%20York%20Times.atom"))).hasSize(2);
        assertThat(entries(feed("/feeds/sources/" + Urls.enc(TestSite.HOSTILE_SOURCE) + ".atom"))).hasSize(1);
        Document article = feed("/feeds/articles/" + site.libyaId + ".atom");
        List<Element> entries = entries(article);
        assertThat(entries).hasSize(2);
        assertThat(text(entries.get(0), "summary")).contains("Dateline changed").contains("\n");
        Document hostile = feed("/feeds/articles/" + site.hostileId + ".atom");
        assertThat(text(hostile.getDocumentElement(), "title")).contains("<script>alert(1)</script>");
    }

    @Test
    void unknown_feeds_are_404() {
        assertThat(http.get("/feeds/sources/Nobody.atom").status()).isEqualTo(404);
        assertThat(http.get("/feeds/articles/0123456789abcdef.atom").status()).isEqualTo(404);
        assertThat(http.get("/feeds/articles/" + site.libyaId).status()).isEqualTo(404);
        assertThat(http.get("/feeds/articles/" + site.libyaId + ".rss").status()).isEqualTo(404);
    }
}
