package dev.palimpsest.render;

import java.io.IOException;

/**
 * Renders a diff as one self-contained HTML page: both versions side by side, aligned sentences level
 * with each other, word changes marked, moved sentences linked to where they came from. The page loads
 * nothing (inline CSS and script admitted by a hash-based Content Security Policy), works without
 * script, and stacks into one column on a phone. Immutable and thread-safe.
 */
public final class HtmlDiffRenderer {

    private final PageAssets assets;

    public HtmlDiffRenderer() {
        this.assets = PageAssets.diffPage();
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
        assets.appendHead("What changed: " + view.oldLabel() + " \u2192 " + view.newLabel(), out);
        // Before header and main so that CSS alone (a sibling selector) can hide unchanged rows.
        DiffHtml.hideUnchangedToggle(out);
        header(view, out);
        out.append("<main>\n");
        DiffHtml.heads(view.oldLabel(), view.newLabel(), out);
        DiffHtml.rows(view, "", out);
        out.append("</main>\n");
        assets.appendEnd(out);
    }

    private static void header(DiffView view, StringBuilder out) {
        out.append("<header class=\"top\">\n<p class=\"brand\">Palimpsest \u00b7 what changed</p>\n");
        out.append("<h1><span class=\"v-old\">").append(Html.escape(view.oldLabel()))
                .append("</span> <span class=\"to\" aria-label=\"to\">\u2192</span> <span class=\"v-new\">")
                .append(Html.escape(view.newLabel())).append("</span></h1>\n");
        out.append("<p class=\"meta\">").append(DiffHtml.size(view.oldDoc())).append(" before, ")
                .append(DiffHtml.size(view.newDoc())).append(" after.</p>\n");
        DiffHtml.summary(view.alignment().summary(), out);
        DiffHtml.tools(out);
        DiffHtml.legend(out);
        out.append("</header>\n");
    }
}
