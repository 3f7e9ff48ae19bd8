package dev.palimpsest.store;

import dev.palimpsest.core.align.AlignmentSummary;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored version of an article.
 *
 * @param id public id (16 hex characters)
 * @param number position in the article's history, 0 for the first version (the index into
 *     {@link dev.palimpsest.core.history.ArticleHistory#versions()})
 * @param seen when it was seen, if the input said
 * @param title its title, if any
 * @param byline its byline sentences joined, if any
 * @param url the url it was seen at, if known
 * @param contentHash SHA-256 (hex) of title and normalized text: equal hashes mean the same version
 * @param revertOf for a revert, the id of the most recent earlier version with the same text and title
 * @param sentences number of sentences
 * @param edits edit counts against the previous version (empty for the first)
 * @param churn inserted plus deleted characters over both versions' characters (0 for the first)
 * @param origin where the version was read from, e.g. {@code "ap.db:entry_id=7,version=2"}
 */
public record VersionSummary(String id, int number, Optional<Instant> seen, Optional<String> title,
        Optional<String> byline, Optional<String> url, String contentHash, Optional<String> revertOf, int sentences,
        Optional<AlignmentSummary> edits, double churn, String origin) {

    public VersionSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(revertOf, "revertOf");
        Objects.requireNonNull(edits, "edits");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isRevert() {
        return revertOf.isPresent();
    }
}
