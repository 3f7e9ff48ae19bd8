package dev.palimpsest.store;

import dev.palimpsest.core.history.ArticleHistory;
import java.util.List;
import java.util.Objects;

/**
 * An article's full history, rebuilt from its stored versions with the same engines that stored it
 * (so it agrees with the stored alignments and threads), and the stored change notes of every version
 * ({@code notes.get(0)} is empty).
 */
public record StoredHistory(ArticleDetail article, ArticleHistory history, List<List<StoredChange>> notes) {

    public StoredHistory {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(history, "history");
        notes = notes.stream().map(List::copyOf).toList();
        if (notes.size() != history.versions().size() || article.versions().size() != history.versions().size()) {
            throw new IllegalArgumentException("history of " + history.versions().size() + " versions with "
                    + article.versions().size() + " stored versions and " + notes.size() + " note lists");
        }
    }
}
