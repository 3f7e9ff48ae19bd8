package dev.palimpsest.store;

import java.util.List;
import java.util.Objects;

/** An article with its versions in order (oldest first). */
public record ArticleDetail(ArticleSummary article, List<VersionSummary> versions) {

    public ArticleDetail {
        Objects.requireNonNull(article, "article");
        versions = List.copyOf(versions);
    }

    public VersionSummary latest() {
        return versions.get(versions.size() - 1);
    }
}
