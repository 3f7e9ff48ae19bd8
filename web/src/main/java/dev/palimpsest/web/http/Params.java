package dev.palimpsest.web.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Query and path parameters, checked: a bad value is a 400 that quotes it. Blank values count as
 * absent, so an empty form field means "not given".
 */
public final class Params {

    /** Public ids of articles and versions: 16 lowercase hex characters. */
    private static final Pattern PUBLIC_ID = Pattern.compile("[0-9a-f]{16}");
    /** Longest value shown back in a message. */
    private static final int QUOTE = 60;

    private Params() {
    }

    /** One page of a list: where it starts and how long it is. */
    public record PageRequest(int offset, int limit) {
    }

    /** The largest offset served: deeper pages are refused rather than scanned. */
    public static final int MAX_OFFSET = 100_000;

    public static PageRequest page(Context ctx, int defaultLimit, int maxLimit) {
        int limit = integer(ctx, "limit", defaultLimit, 1, maxLimit);
        int offset = integer(ctx, "offset", 0, 0, MAX_OFFSET);
        return new PageRequest(offset, limit);
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> raw = text(ctx, name, 20);
        if (raw.isEmpty()) {
            return fallback;
        }
        return parseInt(name, raw.get(), min, max);
    }

    public static Optional<Integer> optionalInteger(Context ctx, String name, int min, int max) {
        return text(ctx, name, 20).map(raw -> parseInt(name, raw, min, max));
    }

    public static int parseInt(String name, String raw, int min, int max) {
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw HttpProblem.badRequest(name + " must be a whole number from " + min + " to " + max + ": " + quote(raw));
    }

    /** A query parameter, stripped; empty when absent or blank. */
    public static Optional<String> text(Context ctx, String name, int maxLength) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.length() > maxLength) {
            throw HttpProblem.badRequest(name + " must be at most " + maxLength + " characters long");
        }
        return Optional.of(value);
    }

    public static boolean flag(Context ctx, String name) {
        Optional<String> raw = text(ctx, name, 10);
        if (raw.isEmpty()) {
            return false;
        }
        return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw HttpProblem.badRequest(name + " must be true or false: " + quote(raw.get()));
        };
    }

    public static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name, 10).map(raw -> {
            try {
                return LocalDate.parse(raw);
            } catch (DateTimeParseException e) {
                throw HttpProblem.badRequest(name + " must be a date like 2011-03-31: " + quote(raw));
            }
        });
    }

    /** A path parameter that must be a public id; anything else cannot name a stored thing: 404. */
    public static String publicId(Context ctx, String name, String what) {
        String raw = ctx.pathParam(name);
        if (!PUBLIC_ID.matcher(raw).matches()) {
            throw HttpProblem.notFound("No " + what + " " + quote(raw) + ".");
        }
        return raw;
    }

    public static boolean isPublicId(String text) {
        return PUBLIC_ID.matcher(text).matches();
    }

    /** A value as messages quote it: shortened, in quotes. Escaping is the renderer's job. */
    public static String quote(String raw) {
        String s = raw.length() > QUOTE ? raw.substring(0, QUOTE) + "\u2026" : raw;
        return "\"" + s + "\"";
    }
}
