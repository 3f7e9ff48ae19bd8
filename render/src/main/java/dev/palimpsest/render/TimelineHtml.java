package dev.palimpsest.render;

import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.VersionStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The timeline: one entry per version with its time, size, change figures and change summary. Each
 * note cites its evidence as links to the sentences in the diff of that version against the previous
 * one ({@link HistoryLinks#diffSentence}).
 */
public final class TimelineHtml {

    private TimelineHtml() {
    }

    /** The timeline of the self-contained page, whose diffs are all on the page. */
    static void append(HistoryView view, StringBuilder out) {
        append(view, HistoryLinks.IN_PAGE, out);
    }

    public static void append(HistoryView view, HistoryLinks links, StringBuilder out) {
        ArticleHistory history = view.history();
        out.append("<section class=\"sec\" id=\"timeline\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Timeline</h2>\n");
        out.append("<figure class=\"overview\">\n");
        HistoryChart.overview(history.stats(), out);
        out.append("<figcaption><span class=\"key k-size\" aria-hidden=\"true\"></span> size in characters, ")
                .append("<span class=\"key k-churn\" aria-hidden=\"true\"></span> churn: share of the text inserted or ")
                .append("deleted since the previous version.</figcaption>\n</figure>\n");
        out.append("<ol class=\"timeline\">\n");
        for (int v = 0; v < history.versions().size(); v++) {
            entry(view, links, v, out);
        }
        out.append("</ol>\n</section>\n");
    }

    private static void entry(HistoryView view, HistoryLinks links, int v, StringBuilder out) {
        ArticleHistory history = view.history();
        VersionStats st = history.stats().get(v);
        boolean unchanged = v > 0 && st.churn() == 0 && st.moved() == 0 && st.added() == 0 && st.removed() == 0
                && st.edited() == 0 && st.split() == 0 && st.merged() == 0;
        out.append("<li class=\"ver").append(unchanged ? " quiet" : "").append("\" id=\"").append(HistoryIds.version(v))
                .append("\">\n<div class=\"vhead\"><span class=\"vnum\">").append(HistoryFormat.name(v)).append("</span> ");
        Optional<Instant> time = HistoryFormat.timeOf(history, v);
        if (time.isPresent()) {
            out.append("<time datetime=\"").append(time.get()).append("\">").append(HistoryFormat.time(time.get()))
                    .append("</time>");
            if (v > 0) {
                HistoryFormat.timeOf(history, v - 1).ifPresent(prev -> out.append(" <span class=\"after\">(")
                        .append(HistoryFormat.duration(Duration.between(prev, time.get())))
                        .append(" later)</span>"));
            }
        } else {
            out.append("<span class=\"notime\">time unknown</span>");
        }
        String label = history.versions().get(v).label();
        if (!label.isBlank() && !label.equals(HistoryFormat.name(v))) {
            out.append(" <span class=\"vlabel\">");
            Html.escapeTo(label, out);
            out.append("</span>");
        }
        out.append("</div>\n");
        headline(history, v, out);
        out.append("<div class=\"vbody\">\n");
        HistoryChart.mini(history.stats(), v, out);
        out.append("<p class=\"vstats\">").append(DiffHtml.plural(st.sentences(), "sentence")).append(" \u00b7 ")
                .append(HistoryFormat.number(st.characters())).append(" characters");
        if (v == 0) {
            out.append(" \u00b7 first version");
        } else if (unchanged) {
            out.append(" \u00b7 <b>text unchanged</b>");
        } else {
            out.append("<br>");
            figures(st, out);
            out.append(" \u00b7 churn ").append(HistoryFormat.percent(st.churn())).append(", ")
                    .append(HistoryFormat.percent(st.carriedOver())).append(" carried over");
        }
        out.append("</p>\n</div>\n");
        notes(view, links, v, out);
        out.append("<p class=\"vlinks\">");
        if (v > 0) {
            out.append("<a href=\"").append(Html.escape(links.diff(v - 1, v))).append("\">Diff ").append(HistoryFormat.name(v - 1))
                    .append(" \u2192 ").append(HistoryFormat.name(v)).append("</a> \u00b7 ");
        }
        out.append("<a href=\"#").append(HistoryIds.blame(v)).append("\">Blame of ").append(HistoryFormat.name(v)).append("</a>");
        links.raw(v).ifPresent(raw -> out.append(" \u00b7 <a href=\"").append(Html.escape(raw))
                .append("\" type=\"text/plain\">Raw text of ").append(HistoryFormat.name(v)).append("</a>"));
        out.append("</p>\n");
        out.append("</li>\n");
    }

    /** The headline, when a version has one that differs from the previous version's. */
    private static void headline(ArticleHistory history, int v, StringBuilder out) {
        Optional<String> title = history.versions().get(v).title().filter(t -> !t.isBlank());
        Optional<String> before = v == 0 ? Optional.empty() : history.versions().get(v - 1).title();
        if (title.isPresent() && !title.equals(before)) {
            out.append("<p class=\"headline\"><span class=\"what\">").append(v == 0 ? "Headline" : "New headline")
                    .append(":</span> ");
            Html.escapeTo(title.get(), out);
            out.append("</p>\n");
        }
    }

    private static void figures(VersionStats st, StringBuilder out) {
        StringBuilder parts = new StringBuilder();
        figure(st.edited(), "edited", parts);
        figure(st.added(), "added", parts);
        figure(st.removed(), "removed", parts);
        figure(st.moved(), "moved", parts);
        figure(st.split(), "split", parts);
        figure(st.merged(), "merged", parts);
        out.append(parts.length() == 0 ? "no sentence changes" : parts);
    }

    private static void figure(int count, String what, StringBuilder out) {
        if (count > 0) {
            out.append(out.length() == 0 ? "" : ", ").append("<b>").append(count).append("</b> ").append(what);
        }
    }

    private static void notes(HistoryView view, HistoryLinks links, int v, StringBuilder out) {
        List<ChangeNote> notes = view.notes().get(v);
        if (notes.isEmpty()) {
            return;
        }
        out.append("<ul class=\"notes\" aria-label=\"What changed in ").append(HistoryFormat.name(v)).append("\">\n");
        for (ChangeNote note : notes) {
            out.append("<li class=\"note k-").append(HistoryFormat.cssToken(note.kind())).append("\"><span class=\"badge\">");
            Html.escapeTo(note.kind(), out);
            out.append("</span> <span class=\"ntext\">");
            Html.escapeTo(note.text(), out);
            out.append("</span>");
            if (!note.oldSentences().isEmpty() || !note.newSentences().isEmpty()) {
                out.append(" <span class=\"ev\">");
                evidence(links, v, true, note.oldSentences(), out);
                if (!note.oldSentences().isEmpty() && !note.newSentences().isEmpty()) {
                    out.append("<span class=\"arr\" aria-hidden=\"true\">\u2192</span><span class=\"vh\">to</span>");
                }
                evidence(links, v, false, note.newSentences(), out);
                out.append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void evidence(HistoryLinks links, int v, boolean old, List<Integer> sentences, StringBuilder out) {
        if (sentences.isEmpty()) {
            return;
        }
        int version = old ? v - 1 : v;
        out.append("<span class=\"evs\"><span class=\"evv\">").append(HistoryFormat.name(version)).append("</span>");
        for (int i : sentences) {
            // Version 0 has no diff before it: its evidence is its own text, in the blame view.
            String target = v == 0 ? "#" + HistoryIds.blameSentence(0, i) : links.diffSentence(v - 1, v, old, i);
            out.append(" <a href=\"").append(Html.escape(target)).append("\" title=\"Sentence ").append(i + 1).append(" of ")
                    .append(HistoryFormat.name(version)).append("\"><span class=\"vh\">sentence </span>").append(i + 1)
                    .append("</a>");
        }
        out.append("</span>");
    }
}
