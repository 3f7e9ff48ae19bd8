package dev.palimpsest.web.page;

import dev.palimpsest.render.HistoryFormat;
import dev.palimpsest.render.HistoryIds;
import dev.palimpsest.render.Html;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.RecentChange;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoreCounts;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.Params;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /}: the latest changes across all articles, one line each (what changed, from the stored
 * change summaries), newest first, filtered by source ({@code ?source=}) and by day seen
 * ({@code ?from=2011-03-30&to=2011-03-31}, both inclusive, UTC), with a search box.
 */
public final class HomePage {

    static final int PAGE = 50;

    private final Store store;

    public HomePage(Store store) {
        this.store = store;
    }

    public void show(Context ctx) {
        Optional<String> source = Params.text(ctx, "source", 500);
        Optional<LocalDate> fromDay = Params.date(ctx, "from");
        Optional<LocalDate> toDay = Params.date(ctx, "to");
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            throw HttpProblem.badRequest("to (" + toDay.get() + ") is before from (" + fromDay.get() + ")");
        }
        Params.PageRequest page = Params.page(ctx, PAGE, 200);
        List<String> sources = store.sources();
        if (source.isPresent() && !sources.contains(source.get())) {
            throw HttpProblem.notFound("No source " + Params.quote(source.get()) + ".");
        }
        Optional<Instant> from = fromDay.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
        Optional<Instant> to = toDay.map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Page<RecentChange> changes = ChangeLists.recent(store, source, from, to, page.offset(), page.limit());
        StoreCounts counts = store.counts();
        Layout.send(ctx, Layout.page("Latest changes", Layout.Section.HOME, "", false, out -> {
            out.append("<header class=\"top\">\n<p class=\"brand\">Palimpsest \u00b7 how news articles change</p>\n")
                    .append("<h1>Latest changes</h1>\n<p class=\"meta\">").append(HistoryFormat.number(counts.articles()))
                    .append(counts.articles() == 1 ? " article, " : " articles, ").append(HistoryFormat.number(counts.versions()))
                    .append(counts.versions() == 1 ? " version" : " versions").append(" from ").append(counts.sources())
                    .append(counts.sources() == 1 ? " source." : " sources.").append("</p>\n");
            filters(sources, source, fromDay, toDay, out);
            out.append("</header>\n<section class=\"sec\" aria-label=\"Changes\">\n");
            if (changes.items().isEmpty()) {
                out.append("<p class=\"nothing\">No changes").append(source.isPresent() || from.isPresent() || to.isPresent()
                        ? " match these filters." : " yet: import some articles with palimpsest import.").append("</p>\n");
            } else {
                out.append("<ol class=\"changes\">\n");
                Map<String, String> names = new HashMap<>();
                changes.items().forEach(c -> item(c, ChangeLists.name(store, c.articleId(), c.title(), names), out));
                out.append("</ol>\n");
            }
            Layout.pager(changes.offset(), changes.limit(), changes.hasMore(), offset -> Urls.query("/", "source", source,
                    "from", fromDay, "to", toDay, "offset", offset == 0 ? "" : offset), out);
            out.append("<p class=\"feeds\">Follow: <a href=\"/feeds/changes.atom\">all changes (Atom)</a>");
            source.ifPresent(s -> out.append(" \u00b7 <a href=\"").append(Html.escape(Urls.sourceFeed(s))).append("\">")
                    .append(Html.escape(s)).append(" (Atom)</a>"));
            out.append("</p>\n</section>\n");
        }));
    }

    private static void filters(List<String> sources, Optional<String> source, Optional<LocalDate> from,
            Optional<LocalDate> to, StringBuilder out) {
        out.append("<form class=\"filters\" method=\"get\" action=\"/\">\n<label for=\"f-source\">Source</label> ")
                .append("<select id=\"f-source\" name=\"source\"><option value=\"\">All sources</option>");
        for (String s : sources) {
            out.append("<option value=\"").append(Html.escape(s)).append('"').append(source.equals(Optional.of(s)) ? " selected" : "")
                    .append('>').append(Html.escape(s)).append("</option>");
        }
        out.append("</select>\n<label for=\"f-from\">From</label> <input type=\"date\" id=\"f-from\" name=\"from\" value=\"")
                .append(from.map(LocalDate::toString).orElse("")).append("\">\n")
                .append("<label for=\"f-to\">to</label> <input type=\"date\" id=\"f-to\" name=\"to\" value=\"")
                .append(to.map(LocalDate::toString).orElse("")).append("\">\n<button type=\"submit\">Filter</button>\n</form>\n");
    }

    private static void item(RecentChange c, String title, StringBuilder out) {
        int v = c.number();
        out.append("<li class=\"change").append(c.revert() ? " revert" : "").append("\">");
        c.seen().ifPresent(t -> out.append("<time datetime=\"").append(t).append("\">").append(HistoryFormat.time(t)).append("</time> "));
        out.append("<span class=\"src\">");
        Html.escapeTo(c.source(), out);
        out.append("</span> <a class=\"title\" href=\"")
                .append(Html.escape(Urls.compare(c.articleId(), v - 1, v, false, HistoryIds.diff(v - 1, v)))).append("\">");
        Html.escapeTo(title, out);
        out.append("</a> <span class=\"vnum\" title=\"Version ").append(v).append(", counted from 0\">")
                .append(HistoryFormat.name(v)).append("</span>");
        if (c.revert()) {
            out.append(" <span class=\"badge b-deleted\">revert</span>");
        }
        out.append("<p class=\"sum\">");
        Html.escapeTo(c.summary(), out);
        out.append("</p></li>\n");
    }
}
