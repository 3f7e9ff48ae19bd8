package dev.palimpsest.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which articles to list, newest change first: by source, by when they last changed ({@code from}
 * inclusive, {@code to} exclusive; articles without times never match a range), only those that
 * changed at least once, one page at a time.
 */
public record ArticleQuery(Optional<String> source, Optional<Instant> from, Optional<Instant> to, boolean changedOnly,
        int offset, int limit) {

    /** Page size unless told otherwise. */
    public static final int DEFAULT_LIMIT = 50;
    /** Largest page served. */
    public static final int MAX_LIMIT = 1000;

    public ArticleQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ": " + limit);
        }
    }

    /** All articles, first page. */
    public static ArticleQuery all() {
        return new ArticleQuery(Optional.empty(), Optional.empty(), Optional.empty(), false, 0, DEFAULT_LIMIT);
    }

    public ArticleQuery withSource(String value) {
        return new ArticleQuery(Optional.of(value), from, to, changedOnly, offset, limit);
    }

    public ArticleQuery withRange(Optional<Instant> fromInclusive, Optional<Instant> toExclusive) {
        return new ArticleQuery(source, fromInclusive, toExclusive, changedOnly, offset, limit);
    }

    public ArticleQuery withChangedOnly(boolean value) {
        return new ArticleQuery(source, from, to, value, offset, limit);
    }

    public ArticleQuery withPage(int newOffset, int newLimit) {
        return new ArticleQuery(source, from, to, changedOnly, newOffset, newLimit);
    }
}
