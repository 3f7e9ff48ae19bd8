package dev.palimpsest.ingest;

import java.util.Locale;

/** What an import does with bad input: skip it and go on, or stop ({@code --on-error skip|stop}). */
public enum OnError {
    SKIP, STOP;

    /**
     * @throws IllegalArgumentException quoting the value when it is neither "skip" nor "stop"
     */
    public static OnError parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "skip" -> SKIP;
            case "stop" -> STOP;
            default -> throw new IllegalArgumentException("--on-error must be skip or stop, not \"" + value + "\"");
        };
    }
}
