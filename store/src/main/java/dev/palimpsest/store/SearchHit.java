package dev.palimpsest.store;

import dev.palimpsest.core.text.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence (or title) that matched a search, once per article and text, at the last version that
 * had it.
 *
 * @param articleId the article
 * @param source its source
 * @param articleTitle the article's latest title
 * @param versionId the last version that had this text
 * @param versionNumber that version's position in the article's history
 * @param field whether the title or a sentence matched
 * @param text the whole matching sentence or title
 * @param presence whether it is still in the latest version
 * @param snippet an excerpt of {@code text} around the first match, with "…" where cut
 * @param highlights the matched words within {@code snippet}
 */
public record SearchHit(String articleId, String source, Optional<String> articleTitle, String versionId,
        int versionNumber, Field field, String text, Presence presence, String snippet,
        java.util.List<Span> highlights) {

    /** Where the match is. */
    public enum Field { TITLE, SENTENCE }

    /** What became of the matching text. */
    public enum Presence {
        /** The latest version has exactly this text. */
        PRESENT,
        /** The sentence lives on in the latest version, rewritten (its lineage thread survives). */
        REWRITTEN,
        /** Gone from the latest version (for a title: the title changed). */
        DELETED
    }

    public SearchHit {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(snippet, "snippet");
        highlights = java.util.List.copyOf(highlights);
    }
}
