package dev.palimpsest.render;

import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.VersionMeta;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How the history page names versions and writes times, durations and numbers. */
public final class HistoryFormat {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HistoryFormat() {
    }

    /** {@code v3}: versions are numbered from 0, as in JSON output and the change notes. */
    public static String name(int version) {
        return "v" + version;
    }

    /** {@code v3}, followed by the version's own label when that says more. */
    public static String longName(ArticleHistory history, int version) {
        String label = history.versions().get(version).label();
        return label.isBlank() || label.equals(name(version)) ? name(version) : name(version) + " \u00b7 " + label;
    }

    public static String time(Instant t) {
        return TIME.format(t);
    }

    /** Whole minutes, hours and days: "45 min", "18 h", "2 d 3 h". */
    public static String duration(Duration d) {
        long minutes = Math.abs(d.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        String sign = d.isNegative() ? "\u2212" : "";
        if (days > 0) {
            return sign + days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return sign + hours + " h" + (mins > 0 ? " " + mins + " min" : "");
        }
        return sign + mins + " min";
    }

    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Whole percent, except that a little is never rounded to nothing nor nearly all to all. */
    public static String percent(double share) {
        long p = Math.round(share * 100);
        return p == 0 && share > 0 ? "<1%" : p == 100 && share < 1 ? ">99%" : p + "%";
    }

    /** The newest title any version carries. */
    public static Optional<String> title(ArticleHistory history) {
        for (int v = history.versions().size() - 1; v >= 0; v--) {
            Optional<String> t = history.versions().get(v).title().filter(s -> !s.isBlank());
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    public static Optional<Instant> timeOf(ArticleHistory history, int version) {
        return history.versions().get(version).time();
    }

    public static boolean allTimed(ArticleHistory history) {
        return history.versions().stream().map(VersionMeta::time).allMatch(Optional::isPresent);
    }

    /** A CSS class name from free text: lower-case letters, digits and dashes only. */
    public static String cssToken(String text) {
        String token = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return token.isEmpty() ? "other" : token;
    }

    /** "text last changed in v2, 18 h after the first version": when the text stopped changing. */
    public static String stability(ArticleHistory history) {
        int n = history.versions().size();
        if (n == 1) {
            return "one version so far";
        }
        int last = history.lastChangedVersion();
        if (last == 0) {
            return "the text never changed";
        }
        StringBuilder s = new StringBuilder("text last changed in ").append(name(last));
        history.timeToStability().ifPresent(d -> s.append(", ").append(duration(d)).append(" after the first version"));
        return s.toString();
    }
}
