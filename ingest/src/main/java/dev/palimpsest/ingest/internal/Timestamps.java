package dev.palimpsest.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;

/**
 * Reads the times inputs carry: ISO 8601 with an offset or {@code Z}, or without a zone (taken as
 * UTC, as NewsEdits and pandas write them), with {@code T} or a space, with or without fractions
 * of a second; a bare date is midnight UTC.
 */
public final class Timestamps {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter();

    private Timestamps() {
    }

    /** Empty for blank text. @throws IllegalArgumentException saying what was unreadable */
    public static Optional<Instant> parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            // fall through to the lenient forms
        }
        try {
            return Optional.of(OffsetDateTime.parse(s, LOCAL).toInstant());
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable time \"" + s
                    + "\" (use ISO 8601, e.g. 2011-03-31T09:00:00-04:00)");
        }
    }
}
