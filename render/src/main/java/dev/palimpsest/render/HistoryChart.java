package dev.palimpsest.render;

import dev.palimpsest.core.history.VersionStats;
import java.util.List;
import java.util.Locale;

/**
 * Size and churn over versions as a hand-drawn inline SVG bar chart: one column per version, its size
 * in characters rising from a base line and its churn (share of text inserted or deleted since the
 * previous version) hanging below it. Colours come from the page's CSS classes, so the chart follows
 * the colour scheme; no {@code style} attributes, which the page's policy would refuse.
 */
final class HistoryChart {

    /** Churn bars are scaled to the largest churn, but never to less than this. */
    private static final double MIN_CHURN_SCALE = 0.1;

    /** Geometry of one drawing: column pitch and bar width, height of the size and churn areas. */
    private record Scale(double pitch, double bar, double sizeHeight, double churnHeight, double left, double labels) {
    }

    private static final Scale FULL = new Scale(26, 18, 72, 30, 46, 16);
    private static final Scale MINI = new Scale(8, 6, 18, 9, 0, 0);

    private HistoryChart() {
    }

    /** The overview above the timeline, with axis words, version numbers and a tooltip per column. */
    static void overview(List<VersionStats> stats, StringBuilder out) {
        draw(stats, -1, FULL, out);
    }

    /** A thumbnail of the same chart for one timeline entry, its version picked out. Decorative. */
    static void mini(List<VersionStats> stats, int highlight, StringBuilder out) {
        draw(stats, highlight, MINI, out);
    }

    private static void draw(List<VersionStats> stats, int highlight, Scale s, StringBuilder out) {
        boolean full = s == FULL;
        int n = stats.size();
        int maxChars = stats.stream().mapToInt(VersionStats::characters).max().orElse(0);
        double maxChurn = Math.max(MIN_CHURN_SCALE, stats.stream().mapToDouble(VersionStats::churn).max().orElse(0));
        double gap = 3;
        double base = 2 + s.sizeHeight();
        double width = s.left() + n * s.pitch() + 2;
        double height = base + gap + s.churnHeight() + s.labels() + 2;
        out.append("<svg class=\"chart").append(full ? "" : " mini").append("\" viewBox=\"0 0 ")
                .append(fmt(width)).append(' ').append(fmt(height)).append("\" width=\"").append(fmt(width))
                .append("\" height=\"").append(fmt(height)).append('"');
        if (full) {
            out.append(" role=\"img\" aria-label=\"Size and churn of each version: ").append(n)
                    .append(n == 1 ? " version" : " versions").append(". The figures are in the timeline below.\">\n");
        } else {
            out.append(" aria-hidden=\"true\" focusable=\"false\">\n");
        }
        if (full) {
            out.append("<text class=\"axis\" x=\"0\" y=\"").append(fmt(base - s.sizeHeight() / 2)).append("\">size</text>\n");
            out.append("<text class=\"axis\" x=\"0\" y=\"").append(fmt(base + gap + s.churnHeight() / 2 + 4))
                    .append("\">churn</text>\n");
            out.append("<text class=\"axis small\" x=\"0\" y=\"").append(fmt(base + gap + s.churnHeight() + 2))
                    .append("\">max ").append(HistoryFormat.percent(maxChurn)).append("</text>\n");
        }
        out.append("<line class=\"base\" x1=\"").append(fmt(s.left())).append("\" x2=\"").append(fmt(width))
                .append("\" y1=\"").append(fmt(base + gap / 2)).append("\" y2=\"").append(fmt(base + gap / 2)).append("\"/>\n");
        for (int v = 0; v < n; v++) {
            VersionStats st = stats.get(v);
            double x = s.left() + v * s.pitch() + (s.pitch() - s.bar()) / 2;
            double h = maxChars == 0 ? 0 : Math.max(st.characters() > 0 ? 1 : 0, s.sizeHeight() * st.characters() / maxChars);
            double c = st.churn() <= 0 ? 0 : Math.max(1, s.churnHeight() * Math.min(1, st.churn() / maxChurn));
            String cls = v == highlight ? " here" : "";
            out.append("<g class=\"col").append(cls).append("\">");
            if (full) {
                out.append("<title>").append(HistoryFormat.name(v)).append(": ").append(DiffHtml.plural(st.sentences(), "sentence"))
                        .append(", ").append(HistoryFormat.number(st.characters())).append(" characters")
                        .append(v == 0 ? "" : "; churn " + HistoryFormat.percent(st.churn())).append("</title>");
                // A full-height strip under the bars so the tooltip shows wherever the column is pointed at.
                out.append("<rect class=\"hit\" x=\"").append(fmt(s.left() + v * s.pitch())).append("\" y=\"0\" width=\"")
                        .append(fmt(s.pitch())).append("\" height=\"").append(fmt(height)).append("\"/>");
            }
            out.append("<rect class=\"size\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(base - h))
                    .append("\" width=\"").append(fmt(s.bar())).append("\" height=\"").append(fmt(h)).append("\"/>");
            if (c > 0) {
                out.append("<rect class=\"churn\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(base + gap))
                        .append("\" width=\"").append(fmt(s.bar())).append("\" height=\"").append(fmt(c)).append("\"/>");
            }
            if (full && (n <= 20 || v % 5 == 0 || v == n - 1)) {
                out.append("<text class=\"vlab\" x=\"").append(fmt(x + s.bar() / 2)).append("\" y=\"").append(fmt(height - 3))
                        .append("\">").append(v).append("</text>");
            }
            out.append("</g>\n");
        }
        out.append("</svg>\n");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
