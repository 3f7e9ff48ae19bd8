package dev.palimpsest.store.export;

import dev.palimpsest.store.ArticleQuery;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoredHistory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Every stored article's history, one at a time, in the store's list order (latest change first),
 * read a page of {@link ArticleQuery#MAX_LIMIT} summaries at a time: memory holds one page and one
 * history. Run it on a store that is not being written to, or articles may move between pages.
 */
final class StoredArticles implements Iterator<StoredHistory> {

    private final Store store;
    private final ArticleQuery query;
    private final Deque<ArticleSummary> page = new ArrayDeque<>();
    private int offset;
    private boolean more = true;
    private Optional<StoredHistory> next = Optional.empty();

    StoredArticles(Store store, Optional<String> source) {
        this.store = Objects.requireNonNull(store, "store");
        ArticleQuery all = ArticleQuery.all();
        this.query = source.map(all::withSource).orElse(all);
    }

    @Override
    public boolean hasNext() {
        while (next.isEmpty()) {
            if (page.isEmpty()) {
                if (!more) {
                    return false;
                }
                Page<ArticleSummary> p = store.articles(query.withPage(offset, ArticleQuery.MAX_LIMIT));
                page.addAll(p.items());
                offset += p.items().size();
                more = p.hasMore() && !p.items().isEmpty();
                if (page.isEmpty()) {
                    return false;
                }
            }
            next = store.findHistory(page.poll().id());
        }
        return true;
    }

    @Override
    public StoredHistory next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        StoredHistory history = next.orElseThrow();
        next = Optional.empty();
        return history;
    }
}
