package dev.palimpsest.store;

import java.util.Objects;

/**
 * What importing the versions of one article did.
 *
 * @param articleId the article's public id
 * @param newArticle the article was not in the store before
 * @param versionsAdded new versions stored (reverts included)
 * @param reverts of those, versions whose text and title came back from an earlier version
 * @param unchanged observations with the same text and title as the version before them: events only
 * @param duplicates observations already in the store (re-import): nothing written for them
 * @param reordered a version arrived before versions already stored, so the article's alignments,
 *     threads and change notes were recomputed
 */
public record ImportResult(String articleId, boolean newArticle, int versionsAdded, int reverts, int unchanged,
        int duplicates, boolean reordered) {

    public ImportResult {
        Objects.requireNonNull(articleId, "articleId");
    }

    /** Whether the import wrote anything at all. */
    public boolean changedStore() {
        return versionsAdded > 0 || unchanged > 0 || reordered;
    }
}
