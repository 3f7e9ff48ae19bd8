package dev.palimpsest.render;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.ArticleHistory;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders an article's history as one self-contained HTML page: a header with the article's figures;
 * a timeline with one entry per version (time, size, change figures, a bar chart of size and churn,
 * and the change summary, each note linked to its evidence); a diff viewer over every pair of versions
 * the view offers (side by side as on the diff page, two selects to pick the pair); and a blame view
 * colouring each sentence by the version that introduced it, each sentence opening its history through
 * all versions.
 *
 * <p>Like the diff page it loads nothing and runs nothing but its own inline script, admitted by hash.
 * Without script every diff and every blame is shown in turn; with it, one of each at a time. All
 * article text goes through {@link Html#escape}. Immutable and thread-safe.
 */
public final class HistoryHtmlRenderer {

    private final PageAssets assets;

    public HistoryHtmlRenderer() {
        this.assets = PageAssets.historyPage();
    }

    public String render(HistoryView view) {
        StringBuilder out = new StringBuilder(65536);
        ArticleHistory history = view.history();
        String name = HistoryFormat.title(history).orElse(view.label());
        assets.appendHead("History: " + name, out);
        // Before main so that CSS alone (a sibling selector) can hide unchanged rows in every diff.
        DiffHtml.hideUnchangedToggle(out);
        header(view, name, out);
        out.append("<main>\n");
        TimelineHtml.append(view, out);
        compare(view, out);
        BlameHtml.append(view, out);
        out.append("</main>\n");
        assets.appendEnd(out);
        return out.toString();
    }

    public void render(HistoryView view, Appendable out) throws IOException {
        out.append(render(view));
    }

    private static void header(HistoryView view, String name, StringBuilder out) {
        ArticleHistory history = view.history();
        int n = history.versions().size();
        out.append("<header class=\"top hist\">\n<p class=\"brand\">Palimpsest \u00b7 history of an article</p>\n<h1>");
        Html.escapeTo(name, out);
        out.append("</h1>\n");
        if (!name.equals(view.label()) && !view.label().isBlank()) {
            out.append("<p class=\"meta\">");
            Html.escapeTo(view.label(), out);
            out.append("</p>\n");
        }
        out.append("<dl class=\"facts\">\n<div><dt>Versions</dt><dd>").append(n).append("</dd></div>\n");
        out.append("<div><dt>Order</dt><dd>");
        String order = view.orderSource().isBlank()
                ? history.orderBasis() == ArticleHistory.OrderBasis.TIMESTAMPS ? "by time seen" : "as given"
                : view.orderSource();
        Html.escapeTo(order, out);
        out.append("</dd></div>\n");
        Optional<Instant> first = HistoryFormat.timeOf(history, 0);
        Optional<Instant> last = HistoryFormat.timeOf(history, n - 1);
        if (first.isPresent() && last.isPresent()) {
            out.append("<div><dt>Seen</dt><dd><time datetime=\"").append(first.get()).append("\">")
                    .append(HistoryFormat.time(first.get())).append("</time>");
            if (n > 1) {
                out.append(" \u2192 <time datetime=\"").append(last.get()).append("\">").append(HistoryFormat.time(last.get()))
                        .append("</time> (").append(HistoryFormat.duration(Duration.between(first.get(), last.get())))
                        .append(')');
            }
            out.append("</dd></div>\n");
        }
        out.append("<div><dt>Stable</dt><dd>").append(stability(history)).append("</dd></div>\n</dl>\n");
        out.append("<nav class=\"jump\" aria-label=\"Sections\"><a href=\"#timeline\">Timeline</a>")
                .append(n > 1 ? "<a href=\"#compare\">Compare</a>" : "").append("<a href=\"#blame\">Blame</a></nav>\n");
        out.append("</header>\n");
    }

    private static String stability(ArticleHistory history) {
        int n = history.versions().size();
        int last = history.lastChangedVersion();
        StringBuilder s = new StringBuilder(HistoryFormat.stability(history));
        if (n == 1 || last == 0) {
            return s.toString();
        }
        if (last < n - 1) {
            int later = n - 1 - last;
            s.append("; the same in the ").append(later == 1 ? "next version" : later + " versions after");
        } else {
            s.append(" (the latest version)");
        }
        return s.toString();
    }

    private static void compare(HistoryView view, StringBuilder out) {
        ArticleHistory history = view.history();
        int n = history.versions().size();
        out.append("<section class=\"sec\" id=\"compare\" aria-labelledby=\"compare-h\">\n<h2 id=\"compare-h\">Compare two versions</h2>\n");
        List<HistoryView.VersionPair> pairs = view.pairs();
        if (pairs.isEmpty()) {
            out.append("<p class=\"nothing\">Only one version: nothing to compare yet.</p>\n</section>\n");
            return;
        }
        boolean all = pairs.size() == n * (n - 1) / 2;
        HistoryView.VersionPair shown = new HistoryView.VersionPair(0, n - 1);
        if (!pairs.contains(shown)) {
            shown = pairs.get(pairs.size() - 1);
        }
        out.append("<div class=\"pick\" hidden>\n<label for=\"from\">From</label> ");
        select("from", 0, n - 2, shown.from(), history, out);
        out.append(" <label for=\"to\">to</label> ");
        select("to", 1, n - 1, shown.to(), history, out);
        out.append("\n<p class=\"pick-note\" id=\"pick-note\" aria-live=\"polite\">")
                .append(all ? "Any two versions can be compared."
                        : "Consecutive versions and the first against the last can be compared; for another pair the"
                                + " nearest of those is shown.")
                .append("</p>\n</div>\n");
        out.append("<nav class=\"pairs\" aria-label=\"Comparisons on this page\"><ul>\n");
        for (HistoryView.VersionPair p : ordered(pairs)) {
            out.append("<li><a href=\"#").append(HistoryIds.diff(p.from(), p.to())).append("\">")
                    .append(HistoryFormat.name(p.from())).append(" \u2192 ").append(HistoryFormat.name(p.to())).append("</a></li>\n");
        }
        out.append("</ul></nav>\n");
        DiffHtml.tools(out);
        DiffHtml.legend(out);
        for (HistoryView.VersionPair p : ordered(pairs)) {
            panel(view, p, out);
        }
        out.append("</section>\n");
    }

    /** Consecutive pairs first, in order, then the longer spans: the order a reader without script meets them in. */
    private static List<HistoryView.VersionPair> ordered(List<HistoryView.VersionPair> pairs) {
        List<HistoryView.VersionPair> ordered = new ArrayList<>(pairs.stream().filter(HistoryView.VersionPair::consecutive).toList());
        ordered.addAll(pairs.stream().filter(p -> !p.consecutive()).toList());
        return ordered;
    }

    private static void select(String id, int from, int to, int selected, ArticleHistory history, StringBuilder out) {
        out.append("<select id=\"").append(id).append("\">");
        for (int v = from; v <= to; v++) {
            out.append("<option value=\"").append(v).append('"').append(v == selected ? " selected" : "").append('>');
            Html.escapeTo(HistoryFormat.longName(history, v), out);
            out.append("</option>");
        }
        out.append("</select>");
    }

    private static void panel(HistoryView view, HistoryView.VersionPair p, StringBuilder out) {
        ArticleHistory history = view.history();
        Document oldDoc = history.documents().get(p.from());
        Document newDoc = history.documents().get(p.to());
        String oldName = HistoryFormat.longName(history, p.from());
        String newName = HistoryFormat.longName(history, p.to());
        DiffView diff = new DiffView(oldName, newName, oldDoc, newDoc, view.alignment(p));
        String id = HistoryIds.diff(p.from(), p.to());
        out.append("<section class=\"panel diff\" id=\"").append(id).append("\" data-from=\"").append(p.from())
                .append("\" data-to=\"").append(p.to()).append("\" aria-labelledby=\"").append(id).append("-h\">\n<h3 id=\"")
                .append(id).append("-h\">").append(HistoryFormat.name(p.from())).append(" \u2192 ").append(HistoryFormat.name(p.to()))
                .append("</h3>\n<p class=\"meta\">").append(DiffHtml.size(oldDoc)).append(" before, ").append(DiffHtml.size(newDoc))
                .append(" after.</p>\n");
        DiffHtml.summary(diff.alignment().summary(), out);
        DiffHtml.heads(oldName, newName, out);
        DiffHtml.rows(diff, HistoryIds.diffPrefix(p.from(), p.to()), out);
        out.append("</section>\n");
    }
}
