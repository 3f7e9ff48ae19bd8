package dev.palimpsest.web.page;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.render.BlameHtml;
import dev.palimpsest.render.DiffHtml;
import dev.palimpsest.render.DiffView;
import dev.palimpsest.render.HistoryFormat;
import dev.palimpsest.render.HistoryIds;
import dev.palimpsest.render.Html;
import dev.palimpsest.render.InlineDiffHtml;
import dev.palimpsest.render.TimelineHtml;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.Params;
import dev.palimpsest.web.model.ArticleHistories;
import dev.palimpsest.web.model.WebHistory;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /articles/{id}}: the article's header (title, url, source, figures), the timeline with its
 * chart, change notes and links to raw versions, a diff of any two versions picked with a form
 * ({@code ?from=&to=&view=side|inline}, computed on request and bounded), and the blame view with
 * every sentence's history. Also {@code /articles/{id}/locate}, which sends a search hit to the
 * sentence in the version where it was last seen.
 */
public final class ArticlePage {

    /** Above this many sentences in all versions together the blame view is left out of the page. */
    private static final int MAX_BLAME_SENTENCES = 40_000;

    private final ArticleHistories histories;

    public ArticlePage(ArticleHistories histories) {
        this.histories = histories;
    }

    public void show(Context ctx) {
        WebHistory h = histories.expect(Params.publicId(ctx, "id", "article"));
        int n = h.size();
        boolean inline = switch (Params.text(ctx, "view", 10).orElse("side")) {
            case "side" -> false;
            case "inline" -> true;
            default -> throw HttpProblem.badRequest("view must be side or inline: " + Params.quote(ctx.queryParam("view")));
        };
        boolean asked = ctx.queryParam("from") != null || ctx.queryParam("to") != null;
        int from = Params.integer(ctx, "from", 0, 0, Integer.MAX_VALUE);
        int to = Params.integer(ctx, "to", n - 1, 0, Integer.MAX_VALUE);
        Optional<Alignment> alignment = Optional.empty();
        Optional<String> refused = Optional.empty();
        if (n > 1) {
            try {
                alignment = Optional.of(histories.compare(h, from, to));
            } catch (HttpProblem e) {
                // A pair that was asked for gets its error page; the default pair of a huge article only a note.
                if (asked || e.status() != 413) {
                    throw e;
                }
                refused = Optional.of(e.getMessage());
            }
        }
        Optional<Alignment> shown = alignment;
        Optional<String> note = refused;
        ArticleLinks links = shown.isPresent() ? new ArticleLinks(h, from, to, inline) : new ArticleLinks(h, -1, -1, inline);
        String name = title(h);
        Layout.send(ctx, Layout.page(name, Layout.Section.ARTICLE, "", shown.isPresent(), out -> {
            header(h, name, out);
            TimelineHtml.append(h.view(name), links, out);
            shown.ifPresent(a -> compare(h, from, to, inline, a, out));
            note.ifPresent(message -> {
                out.append("<section class=\"sec\" id=\"compare\"><h2>Compare two versions</h2><p class=\"nothing\">");
                Html.escapeTo(message, out);
                out.append(" The <a href=\"/api/articles/").append(h.article().id()).append("/changes\">change notes</a>")
                        .append(" and the timeline above still say what changed.</p></section>\n");
            });
            blame(h, name, links, out);
        }));
    }

    /** Redirects to a sentence of a version (from a search hit): the blame of that version, at the sentence. */
    public void locate(Context ctx) {
        WebHistory h = histories.expect(Params.publicId(ctx, "id", "article"));
        int version = Params.optionalInteger(ctx, "version", 0, h.size() - 1)
                .orElseThrow(() -> HttpProblem.badRequest("version is required"));
        String text = Params.text(ctx, "text", 20_000).orElseThrow(() -> HttpProblem.badRequest("text is required"));
        String target = Urls.article(h.article().id()) + "#" + find(h.history(), version, text)
                .orElse(HistoryIds.blame(version));
        ctx.redirect(target, HttpStatus.SEE_OTHER);
    }

    /** The blame anchor of the sentence in {@code version}, or failing that in the latest version that has it. */
    private static Optional<String> find(ArticleHistory history, int version, String text) {
        Optional<Integer> here = indexOf(history.documents().get(version), text);
        if (here.isPresent()) {
            return Optional.of(HistoryIds.blameSentence(version, here.get()));
        }
        for (int v = history.versions().size() - 1; v >= 0; v--) {
            Optional<Integer> i = indexOf(history.documents().get(v), text);
            if (i.isPresent()) {
                return Optional.of(HistoryIds.blameSentence(v, i.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> indexOf(Document doc, String text) {
        String wanted = text.strip();
        for (Sentence s : doc.sentences()) {
            if (s.text().strip().equals(wanted)) {
                return Optional.of(s.index());
            }
        }
        return Optional.empty();
    }

    static String title(WebHistory h) {
        return HistoryFormat.title(h.history()).or(() -> h.article().title()).filter(t -> !t.isBlank())
                .orElse(h.article().articleKey());
    }

    private static void header(WebHistory h, String name, StringBuilder out) {
        ArticleSummary a = h.article();
        ArticleHistory history = h.history();
        int n = h.size();
        out.append("<header class=\"top hist\">\n<p class=\"brand\"><a href=\"")
                .append(Html.escape(Urls.query("/", "source", a.source()))).append("\">");
        Html.escapeTo(a.source(), out);
        out.append("</a></p>\n<h1>");
        Html.escapeTo(name, out);
        out.append("</h1>\n");
        a.url().ifPresent(url -> {
            out.append("<p class=\"meta url\">");
            Optional<String> safe = Urls.external(url);
            if (safe.isPresent()) {
                out.append("<a href=\"").append(Html.escape(safe.get())).append("\" rel=\"nofollow noopener noreferrer\">");
                Html.escapeTo(url, out);
                out.append("</a>");
            } else {
                Html.escapeTo(url, out);
            }
            out.append("</p>\n");
        });
        out.append("<dl class=\"facts\">\n<div><dt>Versions</dt><dd>").append(n);
        if (a.revertCount() > 0) {
            out.append(" (").append(a.revertCount()).append(a.revertCount() == 1 ? " revert" : " reverts").append(')');
        }
        out.append("</dd></div>\n");
        Optional<Instant> first = HistoryFormat.timeOf(history, 0);
        Optional<Instant> last = HistoryFormat.timeOf(history, n - 1);
        if (first.isPresent() && last.isPresent()) {
            out.append("<div><dt>Seen</dt><dd><time datetime=\"").append(first.get()).append("\">")
                    .append(HistoryFormat.time(first.get())).append("</time>");
            if (n > 1) {
                out.append(" \u2192 <time datetime=\"").append(last.get()).append("\">").append(HistoryFormat.time(last.get()))
                        .append("</time> (").append(HistoryFormat.duration(Duration.between(first.get(), last.get()))).append(')');
            }
            out.append("</dd></div>\n");
        }
        out.append("<div><dt>Stable</dt><dd>").append(stability(history)).append("</dd></div>\n</dl>\n");
        out.append("<nav class=\"jump\" aria-label=\"Sections\"><a href=\"#timeline\">Timeline</a>")
                .append(n > 1 ? "<a href=\"#compare\">Compare</a>" : "").append("<a href=\"#blame\">Blame</a>")
                .append("<a href=\"").append(Html.escape(Urls.articleFeed(a.id()))).append("\">Atom feed</a>")
                .append("<a href=\"/api/articles/").append(a.id()).append("\">JSON</a></nav>\n</header>\n");
    }

    private static String stability(ArticleHistory history) {
        return HistoryFormat.stability(history);
    }

    private static void compare(WebHistory h, int from, int to, boolean inline, Alignment alignment, StringBuilder out) {
        ArticleHistory history = h.history();
        String id = h.article().id();
        out.append("<section class=\"sec\" id=\"compare\" aria-labelledby=\"compare-h\">\n")
                .append("<h2 id=\"compare-h\">Compare two versions</h2>\n")
                .append("<form class=\"pick cmp\" method=\"get\" action=\"").append(Urls.article(id)).append("#compare\">\n")
                .append("<label for=\"cmp-from\">From</label> ");
        select("cmp-from", "from", from, history, out);
        out.append(" <label for=\"cmp-to\">to</label> ");
        select("cmp-to", "to", to, history, out);
        out.append("\n<fieldset class=\"views\"><legend class=\"vh\">Layout</legend>")
                .append("<label><input type=\"radio\" name=\"view\" value=\"side\"").append(inline ? "" : " checked")
                .append("> Side by side</label> <label><input type=\"radio\" name=\"view\" value=\"inline\"")
                .append(inline ? " checked" : "").append("> Inline</label></fieldset>\n")
                .append("<button type=\"submit\" id=\"cmp-go\">Compare</button>\n</form>\n");
        out.append("<p class=\"viewlinks\">Show as: ");
        viewLink(id, from, to, false, !inline, "Side by side", out);
        out.append(" \u00b7 ");
        viewLink(id, from, to, true, inline, "Inline", out);
        out.append(" \u00b7 <a href=\"/api/articles/").append(id).append("/diff?from=").append(from).append("&amp;to=").append(to)
                .append("\">JSON</a></p>\n");
        DiffHtml.tools(out);
        DiffHtml.legend(out);
        Document oldDoc = history.documents().get(from);
        Document newDoc = history.documents().get(to);
        String oldName = label(h, from);
        String newName = label(h, to);
        DiffView view = new DiffView(oldName, newName, oldDoc, newDoc, alignment);
        String panel = HistoryIds.diff(from, to);
        out.append("<section class=\"panel diff").append(inline ? " inline" : "").append("\" id=\"").append(panel)
                .append("\" data-from=\"").append(from).append("\" data-to=\"").append(to).append("\" aria-labelledby=\"")
                .append(panel).append("-h\">\n<h3 id=\"").append(panel).append("-h\">").append(HistoryFormat.name(from))
                .append(" \u2192 ").append(HistoryFormat.name(to)).append(from > to ? " (backwards)" : "").append("</h3>\n")
                .append("<p class=\"meta\">").append(DiffHtml.size(oldDoc)).append(" before, ").append(DiffHtml.size(newDoc))
                .append(" after.</p>\n");
        DiffHtml.summary(alignment.summary(), out);
        if (inline) {
            InlineDiffHtml.rows(view, HistoryIds.diffPrefix(from, to), out);
        } else {
            DiffHtml.heads(oldName, newName, out);
            DiffHtml.rows(view, HistoryIds.diffPrefix(from, to), out);
        }
        out.append("</section>\n</section>\n");
    }

    private static void viewLink(String id, int from, int to, boolean inline, boolean current, String label, StringBuilder out) {
        if (current) {
            out.append("<b aria-current=\"true\">").append(label).append("</b>");
        } else {
            out.append("<a href=\"").append(Html.escape(Urls.compare(id, from, to, inline, "compare"))).append("\">")
                    .append(label).append("</a>");
        }
    }

    private static void select(String id, String name, int selected, ArticleHistory history, StringBuilder out) {
        out.append("<select id=\"").append(id).append("\" name=\"").append(name).append("\">");
        for (int v = 0; v < history.versions().size(); v++) {
            out.append("<option value=\"").append(v).append('"').append(v == selected ? " selected" : "").append('>')
                    .append(HistoryFormat.name(v));
            HistoryFormat.timeOf(history, v).ifPresent(t -> out.append(" \u00b7 ").append(HistoryFormat.time(t)));
            out.append("</option>");
        }
        out.append("</select>");
    }

    /** {@code v2 · 2011-03-31 19:00 UTC}. */
    private static String label(WebHistory h, int v) {
        return HistoryFormat.name(v) + HistoryFormat.timeOf(h.history(), v).map(t -> " \u00b7 " + HistoryFormat.time(t)).orElse("");
    }

    private static void blame(WebHistory h, String name, ArticleLinks links, StringBuilder out) {
        int sentences = h.history().documents().stream().mapToInt(d -> d.sentences().size()).sum();
        if (sentences > MAX_BLAME_SENTENCES) {
            out.append("<section class=\"sec\" id=\"blame\"><h2>Blame</h2><p class=\"nothing\">This article is too long (")
                    .append(sentences).append(" sentences in all versions) to show where every sentence comes from on one page;")
                    .append(" the API has it per version: <a href=\"/api/articles/").append(h.article().id())
                    .append("/versions/").append(h.size() - 1).append("\">latest version</a>.</p></section>\n");
            return;
        }
        BlameHtml.append(h.view(name), links, out);
    }
}
