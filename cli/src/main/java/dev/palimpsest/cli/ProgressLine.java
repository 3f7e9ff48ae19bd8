package dev.palimpsest.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A one-line progress display on a terminal: count, rate and, when the total is known, a bar and the
 * time left. Silent when the output is not a terminal, so logs and pipes stay clean.
 */
final class ProgressLine {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean enabled;
    private final OptionalLong total;
    private final String unit;
    private final long start = System.nanoTime();
    private long lastDraw;

    ProgressLine(PrintWriter err, boolean enabled, OptionalLong total, String unit) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
        this.unit = unit;
    }

    static boolean onTerminal() {
        return System.console() != null;
    }

    void update(long done, String detail) {
        long now = System.nanoTime();
        if (!enabled || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + render(done, now - start, detail) + "\u001b[K");
        err.flush();
    }

    void finish() {
        if (enabled) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    String render(long done, long elapsedNanos, String detail) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder();
        if (total.isPresent() && total.getAsLong() > 0) {
            long all = total.getAsLong();
            double share = Math.min(1.0, done / (double) all);
            int filled = (int) Math.round(share * BAR_WIDTH);
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%3.0f%% %,d/%,d %s", share * 100, done, all, unit));
            if (rate > 0 && done < all) {
                sb.append(" · ETA ").append(clock(Duration.ofSeconds((long) ((all - done) / rate))));
            }
        } else {
            sb.append(String.format(Locale.ROOT, "%,d %s", done, unit));
        }
        sb.append(String.format(Locale.ROOT, " · %,.0f/s", rate));
        if (!detail.isEmpty()) {
            sb.append(" · ").append(detail);
        }
        return sb.toString();
    }

    private static String clock(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
