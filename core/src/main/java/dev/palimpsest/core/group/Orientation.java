package dev.palimpsest.core.group;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which end of a version path is the oldest. Similarity alone cannot tell, so this weighs signals that
 * have a direction, each scored in {@code [-1, 1]} (positive: the path as given runs forward in time):
 * <ul>
 *   <li>known times of some snapshots (when not all have one): decisive when present;
 *   <li>growth: stories accrete, so later versions are mostly longer (first-to-last change and the
 *       size-weighted balance of growing against shrinking steps);
 *   <li>days of the week: a story written on Wednesday and updated on Thursday mentions a later day in
 *       its later versions ("on Thursday"), while keeping the earlier day in background sentences.
 * </ul>
 */
final class Orientation {

    private static final double TIME_WEIGHT = 4.0;
    private static final double GROWTH_WEIGHT = 1.0;
    private static final double WEEKDAY_WEIGHT = 0.5;
    private static final double STEP_SCALE = 0.05;

    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final List<String> DAYS =
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /** What orientation reads from one snapshot. */
    record Features(int words, int weekdays, Optional<Instant> time) {

        static Features of(Snapshot snapshot) {
            int words = 0;
            for (String sentence : snapshot.sentences()) {
                words += TextFeatures.tokenHashes(sentence).length;
            }
            return of(snapshot, words);
        }

        /** The features of a snapshot whose words were already counted. */
        static Features of(Snapshot snapshot, int words) {
            int days = 0;
            for (String sentence : snapshot.sentences()) {
                if (sentence.contains("day")) {
                    Matcher m = WEEKDAY.matcher(sentence);
                    while (m.find()) {
                        days |= 1 << DAYS.indexOf(m.group(1));
                    }
                }
            }
            return new Features(words, days, snapshot.time());
        }
    }

    private Orientation() {
    }

    /** The weighted evidence that {@code path} runs forward; its sign gives the direction. */
    static double score(List<Features> path) {
        return TIME_WEIGHT * timeScore(path) + GROWTH_WEIGHT * growthScore(path) + WEEKDAY_WEIGHT * weekdayScore(path);
    }

    static double timeScore(List<Features> path) {
        int agree = 0;
        int pairs = 0;
        for (int i = 0; i < path.size(); i++) {
            for (int j = i + 1; j < path.size(); j++) {
                Optional<Instant> a = path.get(i).time();
                Optional<Instant> b = path.get(j).time();
                if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
                    agree += a.get().isBefore(b.get()) ? 1 : -1;
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0.0 : (double) agree / pairs;
    }

    /**
     * Half the overall change from first to last version, half the mean step change; a step counts by
     * its size (a change of 5 % of the text is worth tanh(1) = 0.76), so a word or two decides nothing.
     */
    static double growthScore(List<Features> path) {
        int n = path.size();
        int longest = path.stream().mapToInt(Features::words).max().orElse(0);
        if (n < 2 || longest == 0) {
            return 0.0;
        }
        double overall = (double) (path.get(n - 1).words() - path.get(0).words()) / longest;
        double steps = 0.0;
        for (int k = 1; k < n; k++) {
            int before = path.get(k - 1).words();
            int after = path.get(k).words();
            steps += Math.tanh((after - before) / (STEP_SCALE * Math.max(1, Math.max(before, after))));
        }
        return (overall + steps / (n - 1)) / 2.0;
    }

    /**
     * Kendall-style agreement between path position and the latest day each version mentions. Days are
     * read on the week circle cut at its widest gap, so a story from Saturday to Monday still counts up.
     */
    static double weekdayScore(List<Features> path) {
        int union = 0;
        for (Features f : path) {
            union |= f.weekdays();
        }
        if (Integer.bitCount(union) < 2) {
            return 0.0;
        }
        int first = firstDayAfterWidestGap(union);
        int[] latest = new int[path.size()];
        for (int k = 0; k < path.size(); k++) {
            latest[k] = -1;
            for (int day = 0; day < 7; day++) {
                if ((path.get(k).weekdays() & (1 << day)) != 0) {
                    latest[k] = Math.max(latest[k], Math.floorMod(day - first, 7));
                }
            }
        }
        int agree = 0;
        int pairs = 0;
        for (int i = 0; i < latest.length; i++) {
            for (int j = i + 1; j < latest.length; j++) {
                if (latest[i] >= 0 && latest[j] >= 0) {
                    agree += Integer.signum(latest[j] - latest[i]);
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0.0 : (double) agree / pairs;
    }

    private static int firstDayAfterWidestGap(int days) {
        int bestStart = 0;
        int widest = -1;
        for (int day = 0; day < 7; day++) {
            if ((days & (1 << day)) == 0) {
                continue;
            }
            int gap = 1;
            while ((days & (1 << ((day + gap) % 7))) == 0) {
                gap++;
            }
            // The gap runs from this day to the next mentioned one; the week starts after the widest.
            if (gap > widest) {
                widest = gap;
                bestStart = (day + gap) % 7;
            }
        }
        return bestStart;
    }
}
