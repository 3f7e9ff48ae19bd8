package dev.palimpsest.web.page;

import dev.palimpsest.core.text.Span;
import dev.palimpsest.render.HistoryFormat;
import dev.palimpsest.render.HistoryIds;
import dev.palimpsest.render.Html;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.SearchHit;
import dev.palimpsest.store.SearchQuery;
import dev.palimpsest.store.Store;
import dev.palimpsest.web.http.Params;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /search?q=}: every sentence and title any version of any article ever had. A hit says whether
 * its text is still in the latest version, was rewritten, or was deleted; deleted sentences link to the
 * version where they were last seen, landing on the sentence, and to the diff that removed them.
 * {@code &source=} narrows to one source, {@code &deleted=1} to deleted sentences.
 */
public final class SearchPage {

    static final int PAGE = SearchQuery.DEFAULT_LIMIT;
    public static final int MAX_QUERY = 500;

    private final Store store;

    public SearchPage(Store store) {
        this.store = store;
    }

    public void show(Context ctx) {
        Optional<String> q = Params.text(ctx, "q", MAX_QUERY);
        Optional<String> source = Params.text(ctx, "source", 500);
        boolean deleted = Params.flag(ctx, "deleted");
        Params.PageRequest page = Params.page(ctx, PAGE, 100);
        List<String> sources = store.sources();
        Optional<Page<SearchHit>> hits = q.map(text -> {
            SearchQuery query = SearchQuery.of(text).withDeletedOnly(deleted).withPage(page.offset(), page.limit());
            return store.search(source.map(query::withSource).orElse(query));
        });
        String title = q.map(text -> "Search: " + text).orElse("Search");
        Layout.send(ctx, Layout.page(title, Layout.Section.SEARCH, q.orElse(""), false, out -> {
            out.append("<header class=\"top\">\n<h1>Search every version</h1>\n")
                    .append("<p class=\"meta\">Words from any version of any article, deleted sentences included. ")
                    .append("Put phrases in \"quotes\"; all words must match.</p>\n");
            form(q, source, deleted, sources, out);
            out.append("</header>\n<section class=\"sec\" aria-label=\"Results\">\n");
            if (hits.isEmpty()) {
                out.append("<p class=\"nothing\">Type some words to search.</p>\n");
            } else if (hits.get().items().isEmpty()) {
                out.append("<p class=\"nothing\">").append(page.offset() > 0 ? "No more results." : "Nothing matches.")
                        .append("</p>\n");
            } else {
                out.append("<ol class=\"hits\" start=\"").append(page.offset() + 1).append("\">\n");
                Map<String, String> names = new HashMap<>();
                hits.get().items().forEach(hit -> hit(hit, ChangeLists.name(store, hit.articleId(), hit.articleTitle(), names), out));
                out.append("</ol>\n");
                Page<SearchHit> p = hits.get();
                Layout.pager(p.offset(), p.limit(), p.hasMore(), offset -> Urls.query("/search", "q", q, "source", source,
                        "deleted", deleted ? "1" : "", "offset", offset == 0 ? "" : offset), out);
            }
            out.append("</section>\n");
        }));
    }

    private static void form(Optional<String> q, Optional<String> source, boolean deleted, List<String> sources,
            StringBuilder out) {
        out.append("<form class=\"filters search\" method=\"get\" action=\"/search\">\n")
                .append("<label for=\"q\">Words</label> <input type=\"search\" id=\"q\" name=\"q\" maxlength=\"").append(MAX_QUERY)
                .append("\" value=\"").append(Html.escape(q.orElse(""))).append("\">\n")
                .append("<label for=\"s-source\">Source</label> <select id=\"s-source\" name=\"source\"><option value=\"\">All sources</option>");
        for (String s : sources) {
            out.append("<option value=\"").append(Html.escape(s)).append('"').append(source.equals(Optional.of(s)) ? " selected" : "")
                    .append('>').append(Html.escape(s)).append("</option>");
        }
        out.append("</select>\n<label class=\"check\"><input type=\"checkbox\" name=\"deleted\" value=\"1\"")
                .append(deleted ? " checked" : "").append("> Only deleted sentences</label>\n")
                .append("<button type=\"submit\">Search</button>\n</form>\n");
    }

    private static void hit(SearchHit hit, String title, StringBuilder out) {
        String presence = switch (hit.presence()) {
            case PRESENT -> "present";
            case REWRITTEN -> "rewritten";
            case DELETED -> "deleted";
        };
        String badge = switch (hit.presence()) {
            case PRESENT -> "b-unchanged\">in the latest version";
            case REWRITTEN -> "b-edited\">rewritten since";
            case DELETED -> hit.field() == SearchHit.Field.TITLE ? "b-deleted\">old headline" : "b-deleted\">deleted";
        };
        int v = hit.versionNumber();
        out.append("<li class=\"hit p-").append(presence).append("\">\n<p class=\"hmeta\"><span class=\"badge ").append(badge)
                .append("</span> ").append(hit.field() == SearchHit.Field.TITLE ? "headline of " : "in ")
                .append("<a class=\"art\" href=\"").append(Urls.article(hit.articleId())).append("\">");
        Html.escapeTo(title, out);
        out.append("</a> <span class=\"src\">");
        Html.escapeTo(hit.source(), out);
        out.append("</span></p>\n<p class=\"snip\">");
        snippet(hit.snippet(), hit.highlights(), out);
        out.append("</p>\n<p class=\"hlinks\">");
        String here = hit.field() == SearchHit.Field.TITLE
                ? Urls.article(hit.articleId()) + "#" + HistoryIds.version(v)
                : Urls.locate(hit.articleId(), v, hit.text());
        String lastSeen = hit.presence() == SearchHit.Presence.PRESENT ? "Show it in " : "Last seen in ";
        out.append("<a class=\"go\" href=\"").append(Html.escape(here)).append("\">").append(lastSeen)
                .append(HistoryFormat.name(v)).append("</a>");
        if (hit.presence() == SearchHit.Presence.DELETED && hit.field() == SearchHit.Field.SENTENCE) {
            out.append(" \u00b7 <a href=\"").append(Html.escape(Urls.compare(hit.articleId(), v, v + 1, false, HistoryIds.diff(v, v + 1))))
                    .append("\">What ").append(HistoryFormat.name(v + 1)).append(" did to it</a>");
        }
        out.append("</p>\n</li>\n");
    }

    /** The snippet with its highlights marked; spans that do not fit the snippet are ignored. */
    static void snippet(String snippet, List<Span> highlights, StringBuilder out) {
        int at = 0;
        for (Span s : highlights.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
            if (s.start() < at || s.end() > snippet.length() || s.start() >= s.end()) {
                continue;
            }
            Html.escapeTo(snippet.substring(at, s.start()), out);
            out.append("<mark>");
            Html.escapeTo(snippet.substring(s.start(), s.end()), out);
            out.append("</mark>");
            at = s.end();
        }
        Html.escapeTo(snippet.substring(at), out);
    }
}
