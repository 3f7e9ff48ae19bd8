package dev.palimpsest.web.model;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.store.ArticleDetail;
import dev.palimpsest.store.Store;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.Params;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Article histories for pages, API and feeds. A history is rebuilt from the stored versions (the
 * store realigns them), so the last few are kept, keyed by the article's id, version count and
 * latest version: an import that adds a version, from this server or from another process, makes a
 * new key. Diffs of consecutive versions are the stored alignments; any other pair is aligned on
 * request with the same aligner, refused beyond {@code maxSentences} sentences a version.
 */
public final class ArticleHistories {

    private static final int CACHED = 32;

    /** The same aligner the store aligns with, composed here so that web does not reach into the store's internals. */
    private static final HistoryBuilder BUILDER = new HistoryBuilder(Aligner.standard());

    private final Store store;
    private final int maxSentences;
    private final Map<String, WebHistory> cache = Collections.synchronizedMap(new LinkedHashMap<>(CACHED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WebHistory> eldest) {
            return size() > CACHED;
        }
    });

    public ArticleHistories(Store store, int maxSentences) {
        this.store = Objects.requireNonNull(store, "store");
        this.maxSentences = maxSentences;
    }

    /** @throws HttpProblem 404 naming the id when there is no such article */
    public ArticleDetail expectDetail(String articleId) {
        if (!Params.isPublicId(articleId)) {
            throw HttpProblem.notFound("No article " + Params.quote(articleId) + ".");
        }
        return store.findArticle(articleId)
                .orElseThrow(() -> HttpProblem.notFound("No article " + Params.quote(articleId) + "."));
    }

    /** @throws HttpProblem 404 naming the id when there is no such article */
    public WebHistory expect(String articleId) {
        ArticleDetail detail = expectDetail(articleId);
        String key = articleId + ":" + detail.versions().size() + ":" + detail.latest().id();
        WebHistory cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        WebHistory history = WebHistory.of(store.findHistory(articleId)
                .orElseThrow(() -> HttpProblem.notFound("No article " + Params.quote(articleId) + ".")));
        cache.put(key, history);
        return history;
    }

    /**
     * The alignment of version {@code from} (old) with version {@code to} (new), any two distinct
     * versions in either order.
     *
     * @throws HttpProblem 400 for a version that does not exist or a version compared with itself, 413
     *     when either version has more than the configured number of sentences
     */
    public Alignment compare(WebHistory h, int from, int to) {
        int n = h.size();
        if (from < 0 || from >= n || to < 0 || to >= n) {
            throw HttpProblem.badRequest("This article has versions v0 to v" + (n - 1) + "; there is no v"
                    + (from < 0 || from >= n ? from : to) + ".");
        }
        if (from == to) {
            throw HttpProblem.badRequest("Pick two different versions to compare (both are v" + from + ").");
        }
        for (int v : new int[] {from, to}) {
            int sentences = h.history().documents().get(v).sentences().size();
            if (sentences > maxSentences) {
                throw HttpProblem.tooLarge("v" + v + " has " + sentences + " sentences; diffs are shown for versions of at most "
                        + maxSentences + " sentences.");
            }
        }
        if (to == from + 1) {
            return h.history().steps().get(from);
        }
        return BUILDER.compare(h.history(), from, to);
    }

    /** Forgets every cached history (after an import through this server). */
    public void clear() {
        cache.clear();
    }
}
