package dev.palimpsest.web.page;

import dev.palimpsest.render.HistoryFormat;
import dev.palimpsest.render.Html;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.DailyEdits;
import dev.palimpsest.store.SourceStability;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoreCounts;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.Params;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code /stats}: new versions over time per source (hand-drawn charts, with the figures in tables),
 * the most edited articles, and how long articles take to stop changing, per source. {@code ?source=}
 * narrows to one source.
 */
public final class StatsPage {

    /** Charts drawn at most: the sources with the most new versions. */
    private static final int MAX_CHARTS = 12;
    private static final int MOST_EDITED = 20;

    private final Store store;

    public StatsPage(Store store) {
        this.store = store;
    }

    public void show(Context ctx) {
        Optional<String> source = Params.text(ctx, "source", 500);
        List<String> sources = store.sources();
        if (source.isPresent() && !sources.contains(source.get())) {
            throw HttpProblem.notFound("No source " + Params.quote(source.get()) + ".");
        }
        StoreCounts counts = store.counts();
        List<DailyEdits> edits = store.editsOverTime(source);
        List<ArticleSummary> mostEdited = store.mostEdited(source, MOST_EDITED);
        List<SourceStability> stability = store.stability().stream()
                .filter(s -> source.isEmpty() || s.source().equals(source.get())).toList();
        Layout.send(ctx, Layout.page("Stats", Layout.Section.STATS, "", false, out -> {
            out.append("<header class=\"top\">\n<h1>Stats").append(source.isPresent() ? ": " + Html.escape(source.get()) : "")
                    .append("</h1>\n<p class=\"meta\">").append(HistoryFormat.number(counts.articles())).append(" articles, ")
                    .append(HistoryFormat.number(counts.versions())).append(" versions, ")
                    .append(HistoryFormat.number(counts.sentences())).append(" distinct sentences, ")
                    .append(HistoryFormat.number(counts.changes())).append(" change notes.</p>\n");
            sourcePicker(sources, source, out);
            out.append("</header>\n");
            editsOverTime(edits, out);
            mostEdited(mostEdited, out);
            stability(stability, out);
        }));
    }

    private static void sourcePicker(List<String> sources, Optional<String> source, StringBuilder out) {
        out.append("<form class=\"filters\" method=\"get\" action=\"/stats\"><label for=\"st-source\">Source</label> ")
                .append("<select id=\"st-source\" name=\"source\"><option value=\"\">All sources</option>");
        for (String s : sources) {
            out.append("<option value=\"").append(Html.escape(s)).append('"').append(source.equals(Optional.of(s)) ? " selected" : "")
                    .append('>').append(Html.escape(s)).append("</option>");
        }
        out.append("</select> <button type=\"submit\">Show</button></form>\n");
    }

    private static void editsOverTime(List<DailyEdits> edits, StringBuilder out) {
        out.append("<section class=\"sec\" id=\"edits\" aria-labelledby=\"edits-h\">\n<h2 id=\"edits-h\">Edits over time</h2>\n");
        if (edits.isEmpty()) {
            out.append("<p class=\"nothing\">No changes with a time yet.</p>\n</section>\n");
            return;
        }
        LocalDate first = edits.stream().map(DailyEdits::day).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = edits.stream().map(DailyEdits::day).max(Comparator.naturalOrder()).orElseThrow();
        EditsChart.Bucket bucket = EditsChart.Bucket.forSpan(first, last);
        Map<String, List<DailyEdits>> bySource = edits.stream()
                .collect(Collectors.groupingBy(DailyEdits::source, LinkedHashMap::new, Collectors.toList()));
        List<String> shown = bySource.keySet().stream()
                .sorted(Comparator.comparingLong((String s) -> -bySource.get(s).stream().mapToLong(DailyEdits::versions).sum())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_CHARTS).toList();
        Map<String, TreeMap<LocalDate, long[]>> sums = new LinkedHashMap<>();
        for (String s : shown) {
            sums.put(s, EditsChart.buckets(bySource.get(s), bucket));
        }
        long max = sums.values().stream().flatMap(m -> m.values().stream()).mapToLong(a -> a[0]).max().orElse(0);
        out.append("<p class=\"intro\">New versions (after the first) per ").append(bucket.name().toLowerCase(java.util.Locale.ROOT))
                .append(", one chart per source on the same scale").append(bySource.size() > shown.size()
                        ? "; the " + shown.size() + " busiest of " + bySource.size() + " sources" : "").append(".</p>\n");
        for (String s : shown) {
            out.append("<figure class=\"edits\">\n<figcaption><a href=\"").append(Html.escape(Urls.query("/stats", "source", s)))
                    .append("\">").append(Html.escape(s)).append("</a></figcaption>\n");
            EditsChart.draw(s, sums.get(s), first, last, bucket, max, out);
            out.append("<details><summary>Figures</summary><table class=\"figs\"><thead><tr><th scope=\"col\">")
                    .append(bucket == EditsChart.Bucket.DAY ? "Day" : bucket == EditsChart.Bucket.WEEK ? "Week of" : "Month")
                    .append("</th><th scope=\"col\">New versions</th><th scope=\"col\">Articles</th></tr></thead><tbody>");
            sums.get(s).forEach((day, sum) -> out.append("<tr><td>").append(bucket == EditsChart.Bucket.MONTH
                    ? day.toString().substring(0, 7) : day.toString()).append("</td><td>").append(sum[0]).append("</td><td>")
                    .append(sum[1]).append("</td></tr>"));
            out.append("</tbody></table></details>\n</figure>\n");
        }
        out.append("</section>\n");
    }

    private static void mostEdited(List<ArticleSummary> articles, StringBuilder out) {
        out.append("<section class=\"sec\" id=\"most-edited\" aria-labelledby=\"most-h\">\n<h2 id=\"most-h\">Most edited</h2>\n");
        if (articles.isEmpty()) {
            out.append("<p class=\"nothing\">No articles yet.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"figs wide\"><thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Source</th>")
                .append("<th scope=\"col\">Versions</th><th scope=\"col\">Reverts</th><th scope=\"col\">Last change</th></tr></thead><tbody>\n");
        for (ArticleSummary a : articles) {
            out.append("<tr><td><a href=\"").append(Urls.article(a.id())).append("\">");
            Html.escapeTo(Layout.name(a.title(), a.articleKey()), out);
            out.append("</a></td><td>");
            Html.escapeTo(a.source(), out);
            out.append("</td><td>").append(a.versionCount()).append("</td><td>").append(a.revertCount()).append("</td><td>")
                    .append(a.lastChanged().map(HistoryFormat::time).orElse("\u2014")).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    private static void stability(List<SourceStability> rows, StringBuilder out) {
        out.append("<section class=\"sec\" id=\"stability\" aria-labelledby=\"stab-h\">\n<h2 id=\"stab-h\">Time to stability</h2>\n")
                .append("<p class=\"intro\">How long after its first version an article last changed: the median and the")
                .append(" 90th percentile over the articles that changed and have times.</p>\n");
        if (rows.isEmpty()) {
            out.append("<p class=\"nothing\">No articles yet.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"figs wide\"><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Articles</th>")
                .append("<th scope=\"col\">Changed</th><th scope=\"col\">Median</th><th scope=\"col\">90th percentile</th></tr></thead><tbody>\n");
        for (SourceStability s : rows) {
            out.append("<tr><td>");
            Html.escapeTo(s.source(), out);
            out.append("</td><td>").append(s.articles()).append("</td><td>").append(s.changedArticles()).append("</td><td>")
                    .append(s.medianTimeToStability().map(StatsPage::duration).orElse("\u2014")).append("</td><td>")
                    .append(s.p90TimeToStability().map(StatsPage::duration).orElse("\u2014")).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    private static String duration(Duration d) {
        return HistoryFormat.duration(d);
    }
}
