package dev.palimpsest.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One new version somewhere in the store, for a home page or an Atom feed.
 *
 * @param versionId the new version
 * @param articleId its article
 * @param source the article's source
 * @param title the new version's title
 * @param url the new version's url
 * @param seen when it was seen, if known
 * @param number its position in the article's history (1 or more: first versions are not changes)
 * @param revert whether it brought back an earlier text
 * @param summary one line: the first change note, or the edit counts when there is none
 */
public record RecentChange(String versionId, String articleId, String source, Optional<String> title,
        Optional<String> url, Optional<Instant> seen, int number, boolean revert, String summary) {

    public RecentChange {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(summary, "summary");
    }
}
