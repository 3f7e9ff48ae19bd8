package dev.palimpsest.render;

/**
 * Element ids of the history page, in one place because its parts link to each other: timeline
 * entries {@code v3}, diffs {@code d2-3} with rows and sentences {@code d2-3-r0}, {@code d2-3-o4},
 * {@code d2-3-n5}, blame panels {@code blame-3} with sentences {@code b3-s5}, threads {@code th-t7}.
 * Version and sentence numbers are 0-based, as in JSON output.
 */
public final class HistoryIds {

    private HistoryIds() {
    }

    public static String version(int v) {
        return "v" + v;
    }

    public static String diff(int from, int to) {
        return "d" + from + "-" + to;
    }

    /** Prefix of the row and sentence ids inside the diff {@code from -> to}. */
    public static String diffPrefix(int from, int to) {
        return diff(from, to) + "-";
    }

    /** A sentence in the diff {@code from -> to}: of version {@code from} when {@code old}, else of {@code to}. */
    public static String sentence(int from, int to, boolean old, int index) {
        return diffPrefix(from, to) + (old ? "o" : "n") + index;
    }

    public static String blame(int v) {
        return "blame-" + v;
    }

    public static String blameSentence(int v, int index) {
        return "b" + v + "-s" + index;
    }

    /** A thread's panel; thread ids come from the engine ({@code t12}), escaped all the same. */
    public static String thread(String threadId) {
        return "th-" + Html.escape(threadId);
    }
}
