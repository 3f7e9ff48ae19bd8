package dev.palimpsest.web.page;

import dev.palimpsest.render.Html;
import dev.palimpsest.store.DailyEdits;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * New versions over time for one source, as a hand-drawn SVG bar chart: one bar per day, week or month
 * (whichever keeps the bars countable), on a time axis shared by every source's chart so that they line
 * up. Each bar has a tooltip with its figures, and the page lists the same figures in a table: the
 * chart is never the only way to read them. Colours come from CSS classes (the policy forbids inline
 * style).
 */
final class EditsChart {

    /** How long a bar is. */
    enum Bucket {
        DAY, WEEK, MONTH;

        static Bucket forSpan(LocalDate first, LocalDate last) {
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            return days <= 92 ? DAY : days <= 2 * 365 ? WEEK : MONTH;
        }

        LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }

        String label(LocalDate start) {
            return switch (this) {
                case DAY -> start.toString();
                case WEEK -> "week of " + start;
                case MONTH -> start.toString().substring(0, 7);
            };
        }
    }

    private static final double HEIGHT = 90;
    private static final double LEFT = 34;
    private static final double BOTTOM = 16;

    private EditsChart() {
    }

    /** Versions and articles per bucket start, for one source. */
    static TreeMap<LocalDate, long[]> buckets(List<DailyEdits> days, Bucket bucket) {
        TreeMap<LocalDate, long[]> sums = new TreeMap<>();
        for (DailyEdits d : days) {
            long[] sum = sums.computeIfAbsent(bucket.start(d.day()), k -> new long[2]);
            sum[0] += d.versions();
            sum[1] += d.articles();
        }
        return sums;
    }

    static void draw(String source, Map<LocalDate, long[]> sums, LocalDate first, LocalDate last, Bucket bucket, long max,
            StringBuilder out) {
        int n = 0;
        for (LocalDate d = bucket.start(first); !d.isAfter(last); d = bucket.next(d)) {
            n++;
        }
        double pitch = Math.max(3, Math.min(22, 640.0 / Math.max(1, n)));
        double bar = Math.max(2, pitch * 0.75);
        double width = LEFT + n * pitch + 4;
        double height = HEIGHT + BOTTOM + 4;
        out.append("<svg class=\"chart edits\" viewBox=\"0 0 ").append(fmt(width)).append(' ').append(fmt(height))
                .append("\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(height))
                .append("\" role=\"img\" aria-label=\"");
        Html.escapeTo("New versions per " + bucket.name().toLowerCase(Locale.ROOT) + " of " + source
                + "; the figures are in the table below.", out);
        out.append("\">\n<text class=\"axis\" x=\"0\" y=\"10\">").append(max).append("</text>\n")
                .append("<text class=\"axis\" x=\"0\" y=\"").append(fmt(HEIGHT)).append("\">0</text>\n")
                .append("<line class=\"base\" x1=\"").append(fmt(LEFT)).append("\" x2=\"").append(fmt(width))
                .append("\" y1=\"").append(fmt(HEIGHT + 1)).append("\" y2=\"").append(fmt(HEIGHT + 1)).append("\"/>\n");
        int i = 0;
        for (LocalDate d = bucket.start(first); !d.isAfter(last); d = bucket.next(d), i++) {
            long[] sum = sums.getOrDefault(d, new long[2]);
            double x = LEFT + i * pitch + (pitch - bar) / 2;
            double h = max == 0 ? 0 : Math.max(sum[0] > 0 ? 1 : 0, (HEIGHT - 4) * sum[0] / max);
            out.append("<g class=\"col\"><title>");
            Html.escapeTo(bucket.label(d) + ": " + sum[0] + (sum[0] == 1 ? " new version" : " new versions") + " in "
                    + sum[1] + (sum[1] == 1 ? " article" : " articles"), out);
            out.append("</title><rect class=\"hit\" x=\"").append(fmt(LEFT + i * pitch)).append("\" y=\"0\" width=\"")
                    .append(fmt(pitch)).append("\" height=\"").append(fmt(HEIGHT)).append("\"/>");
            if (h > 0) {
                out.append("<rect class=\"size\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(HEIGHT - h))
                        .append("\" width=\"").append(fmt(bar)).append("\" height=\"").append(fmt(h)).append("\"/>");
            }
            out.append("</g>\n");
        }
        out.append("<text class=\"axis\" x=\"").append(fmt(LEFT)).append("\" y=\"").append(fmt(height - 2)).append("\">")
                .append(bucket.label(bucket.start(first))).append("</text>\n");
        if (n > 1) {
            out.append("<text class=\"axis end\" x=\"").append(fmt(width - 2)).append("\" y=\"").append(fmt(height - 2))
                    .append("\">").append(bucket.label(bucket.start(last))).append("</text>\n");
        }
        out.append("</svg>\n");
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
