package dev.palimpsest.cli.render;

import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.document.Document;
import java.io.IOException;
import java.util.List;

/**
 * Renders a diff as one self-contained HTML page: both versions side by side, aligned sentences level
 * with each other, word changes marked, moved sentences linked to where they came from. The page loads
 * nothing (inline CSS and script admitted by a hash-based Content Security Policy), works without
 * script, and stacks into one column on a phone. Immutable and thread-safe.
 */
public final class HtmlDiffRenderer {

    private final PageAssets assets;

    public HtmlDiffRenderer() {
        this.assets = PageAssets.load();
    }

    public String render(DiffView view) {
        StringBuilder out = new StringBuilder(8192);
        page(view, out);
        return out.toString();
    }

    public void render(DiffView view, Appendable out) throws IOException {
        out.append(render(view));
    }

    private void page(DiffView view, StringBuilder out) {
        String oldLabel = Html.escape(view.oldLabel());
        String newLabel = Html.escape(view.newLabel());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(assets.contentSecurityPolicy()).append("\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        out.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        out.append("<meta name=\"generator\" content=\"Palimpsest\">\n");
        out.append("<title>What changed: ").append(oldLabel).append(" \u2192 ").append(newLabel).append("</title>\n");
        out.append("<style>").append(assets.css()).append("</style>\n</head>\n<body>\n");
        // Before header and main so that CSS alone (a sibling selector) can hide unchanged rows.
        out.append("<input type=\"checkbox\" id=\"hide-unchanged\" class=\"vh\">\n");
        header(view, oldLabel, newLabel, out);
        out.append("<main>\n<div class=\"heads\" aria-hidden=\"true\"><div class=\"h-old\"><span>Before</span> ")
                .append(oldLabel).append("</div><div></div><div class=\"h-new\"><span>After</span> ").append(newLabel)
                .append("</div></div>\n<div class=\"rows\">\n");
        rows(view, out);
        out.append("</div>\n</main>\n");
        out.append("<footer>Made by Palimpsest. This page is self-contained: it loads nothing from the network.</footer>\n");
        out.append("<script>").append(assets.js()).append("</script>\n</body>\n</html>\n");
    }

    private static void header(DiffView view, String oldLabel, String newLabel, StringBuilder out) {
        AlignmentSummary s = view.alignment().summary();
        out.append("<header class=\"top\">\n<p class=\"brand\">Palimpsest \u00b7 what changed</p>\n");
        out.append("<h1><span class=\"v-old\">").append(oldLabel).append("</span> <span class=\"to\" aria-label=\"to\">\u2192</span> ")
                .append("<span class=\"v-new\">").append(newLabel).append("</span></h1>\n");
        out.append("<p class=\"meta\">").append(size(view.oldDoc())).append(" before, ").append(size(view.newDoc()))
                .append(" after.</p>\n<ul class=\"summary\">\n");
        chip("unchanged", s.unchanged(), out);
        chip("edited", s.edited(), out);
        chip("added", s.added(), out);
        chip("deleted", s.deleted(), out);
        chip("moved", s.moved(), out);
        chip("split", s.split(), out);
        chip("merged", s.merged(), out);
        out.append("</ul>\n<div class=\"tools\">\n<label for=\"hide-unchanged\" class=\"toggle\">Hide unchanged</label>\n");
        out.append("<span class=\"nav\" id=\"nav\" hidden><button type=\"button\" id=\"prev\">\u2191 Previous</button>")
                .append("<button type=\"button\" id=\"next\">Next \u2193</button>")
                .append("<span id=\"pos\" aria-live=\"polite\"></span></span>\n");
        out.append("<span class=\"keys\">Keys: <kbd>j</kbd> or <kbd>n</kbd> next change, <kbd>k</kbd> or <kbd>p</kbd> previous</span>\n");
        out.append("</div>\n");
        legend(out);
        out.append("</header>\n");
    }

    private static void chip(String kind, int count, StringBuilder out) {
        out.append("<li class=\"k-").append(kind).append(count == 0 ? " zero" : "").append("\"><b>").append(count)
                .append("</b> ").append(kind).append("</li>\n");
    }

    private static void legend(StringBuilder out) {
        out.append("<details class=\"legend\">\n<summary>How to read this page</summary>\n<ul>\n")
                .append("<li><del title=\"deleted\">Struck through</del>: words taken out of the sentence.</li>\n")
                .append("<li><ins title=\"inserted\">Underlined</ins>: words put in.</li>\n")
                .append("<li><span class=\"badge b-added\">added</span> a new sentence; ")
                .append("<span class=\"badge b-deleted\">deleted</span> a sentence taken out; ")
                .append("<span class=\"badge b-edited\">edited</span> a rewritten sentence (hover for how similar).</li>\n")
                .append("<li><span class=\"badge b-split\">split</span> one sentence became several; ")
                .append("<span class=\"badge b-merged\">merged</span> several became one.</li>\n")
                .append("<li><span class=\"mv\">moved \u2193</span> the sentence changed place: the link jumps to where it")
                .append(" was or went.</li>\n")
                .append("<li><span class=\"num\">12</span> sentence numbers link to the matching sentence on the other side.</li>\n")
                .append("<li><span class=\"pilcrow\">\u00b6</span> a new paragraph starts; ")
                .append("<span class=\"tag\">byline</span> <span class=\"tag\">credit</span> <span class=\"tag\">correction</span>")
                .append(" mark story furniture; the dateline is in <b class=\"dl\">small capitals</b>.</li>\n")
                .append("</ul>\n</details>\n");
    }

    private static void rows(DiffView view, StringBuilder out) {
        List<DiffRow> rows = DiffRows.of(view.alignment());
        if (rows.isEmpty()) {
            out.append("<p class=\"nothing\">Both versions are empty.</p>\n");
            return;
        }
        RowHtml html = new RowHtml(view, rows);
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).isChange()) {
                html.append(i, rows.get(i), out);
                i++;
                continue;
            }
            // A run of unchanged rows folds into one line when "hide unchanged" is on.
            int end = i;
            while (end < rows.size() && !rows.get(end).isChange()) {
                end++;
            }
            out.append("<div class=\"same\">\n");
            for (int k = i; k < end; k++) {
                html.append(k, rows.get(k), out);
            }
            int n = end - i;
            out.append("</div>\n<label class=\"fold\" for=\"hide-unchanged\">").append(n).append(" unchanged sentence")
                    .append(n == 1 ? "" : "s").append(" hidden \u00b7 show</label>\n");
            i = end;
        }
    }

    private static String size(Document doc) {
        int sentences = doc.sentences().size();
        int paragraphs = doc.paragraphCount();
        return sentences + (sentences == 1 ? " sentence" : " sentences") + " in " + paragraphs
                + (paragraphs == 1 ? " paragraph" : " paragraphs");
    }
}
