package dev.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that a page shows hostile article text as text: nothing of it became markup. */
final class Safety {

    private Safety() {
    }

    static Document assertSafePage(String html) {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<svg onload")
                .doesNotContain("<b onmouseover").doesNotContain("<a href=\"javascript:");
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("event handler attribute on <%s>", e.tagName()).doesNotStartWith("on");
                if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action")) {
                    assertThat(a.getValue().strip().toLowerCase()).as("%s of <%s>", a.getKey(), e.tagName())
                            .doesNotStartWith("javascript:").doesNotStartWith("data:");
                }
            }
            if (e.tagName().equals("script")) {
                assertThat(e.attr("src")).as("every script is one of ours").startsWith("/assets/");
                assertThat(e.data()).as("no inline script").isEmpty();
            }
            assertThat(e.tagName()).as("no element from article text").isNotIn("img", "iframe", "object", "embed", "style");
            assertThat(e.hasAttr("style")).as("no inline style on <%s>", e.tagName()).isFalse();
        }
        return doc;
    }
}
