package dev.palimpsest.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One article in a list.
 *
 * @param id public id (16 hex characters)
 * @param source the publication or feed
 * @param articleKey the input's own id for the article (NewsEdits entry_id, JSON Lines "article", folder name)
 * @param url the latest known url
 * @param title the latest version's title
 * @param firstSeen when the first version was seen, if known
 * @param lastChanged when the latest version was seen, if known
 * @param versionCount versions stored, reverts included
 * @param revertCount of those, reverts to an earlier text
 */
public record ArticleSummary(String id, String source, String articleKey, Optional<String> url, Optional<String> title,
        Optional<Instant> firstSeen, Optional<Instant> lastChanged, int versionCount, int revertCount) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastChanged, "lastChanged");
    }

    /** Whether the article ever changed after its first version. */
    public boolean changed() {
        return versionCount > 1;
    }
}
