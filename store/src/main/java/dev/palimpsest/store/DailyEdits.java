package dev.palimpsest.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Changes seen on one day (UTC) for one source.
 *
 * @param versions new versions after the first (changes and reverts) seen that day
 * @param articles distinct articles that changed that day
 */
public record DailyEdits(String source, LocalDate day, long versions, long articles) {

    public DailyEdits {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(day, "day");
    }
}
