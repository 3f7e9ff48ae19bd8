package dev.palimpsest.web.page;

import dev.palimpsest.store.Page;
import dev.palimpsest.store.RecentChange;
import dev.palimpsest.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recent changes in a time range. The store lists changes newest first by source only, so a range is
 * applied by walking that list: changes newer than the range are skipped, the walk stops at the first
 * older one, and it never reads more than {@value #MAX_SCANNED} changes (a deeper range answers with
 * what was found). Shared by the home page, the API and the feeds.
 */
public final class ChangeLists {

    /** Most changes read to answer one ranged request. */
    public static final int MAX_SCANNED = 20_000;
    private static final int CHUNK = 500;

    private ChangeLists() {
    }

    /**
     * What to call an article in a list: the given title, else the article's own title or key (looked
     * up once per article and list, in {@code names}).
     */
    public static String name(Store store, String articleId, Optional<String> title, Map<String, String> names) {
        if (title.isPresent() && !title.get().isBlank()) {
            return title.get();
        }
        return names.computeIfAbsent(articleId, id -> store.findArticle(id)
                .map(d -> Layout.name(d.article().title(), d.article().articleKey())).orElse("(untitled)"));
    }

    public static Page<RecentChange> recent(Store store, Optional<String> source, Optional<Instant> from,
            Optional<Instant> to, int offset, int limit) {
        if (from.isEmpty() && to.isEmpty()) {
            return store.recentChanges(source, offset, limit);
        }
        List<RecentChange> matched = new ArrayList<>();
        int skipped = 0;
        int scanned = 0;
        boolean more = true;
        while (more && scanned < MAX_SCANNED) {
            Page<RecentChange> chunk = store.recentChanges(source, scanned, CHUNK);
            scanned += chunk.items().size();
            more = chunk.hasMore();
            for (RecentChange c : chunk.items()) {
                if (c.seen().isEmpty() || to.isPresent() && !c.seen().get().isBefore(to.get())) {
                    continue;
                }
                if (from.isPresent() && c.seen().get().isBefore(from.get())) {
                    // Sorted newest first: everything after this is older still.
                    return new Page<>(matched, offset, limit, false);
                }
                if (skipped < offset) {
                    skipped++;
                } else if (matched.size() < limit) {
                    matched.add(c);
                } else {
                    return new Page<>(matched, offset, limit, true);
                }
            }
        }
        return new Page<>(matched, offset, limit, false);
    }
}
