package dev.palimpsest.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A full-text search over every sentence and title ever stored. {@code text} is plain words (all
 * must occur, in any order; English stemming, case and accents ignored) and "quoted phrases"; nothing
 * else is syntax, so any user input is safe. {@code deletedOnly} keeps the sentences that are no
 * longer in their article's latest version.
 */
public record SearchQuery(String text, Optional<String> source, boolean deletedOnly, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 500;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Optional.empty(), false, 0, DEFAULT_LIMIT);
    }

    public SearchQuery withSource(String value) {
        return new SearchQuery(text, Optional.of(value), deletedOnly, offset, limit);
    }

    public SearchQuery withDeletedOnly(boolean value) {
        return new SearchQuery(text, source, value, offset, limit);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, source, deletedOnly, newOffset, newLimit);
    }
}
