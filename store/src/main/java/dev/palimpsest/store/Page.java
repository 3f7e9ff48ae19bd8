package dev.palimpsest.store;

import java.util.List;
import java.util.function.Function;

/** One page of results: the items from {@code offset}, and whether more follow. */
public record Page<T>(List<T> items, int offset, int limit, boolean hasMore) {

    public Page {
        items = List.copyOf(items);
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), offset, limit, hasMore);
    }
}
