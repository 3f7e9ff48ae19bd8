package dev.palimpsest.web.model;

import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.render.ChangeNote;
import dev.palimpsest.render.HistoryView;
import dev.palimpsest.store.ArticleDetail;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.StoredHistory;
import dev.palimpsest.store.VersionSummary;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article's stored history as pages show it: versions are named {@code v0}, {@code v1}, … (the
 * history's labels, which the store sets to version ids, are cleared so that names stay short), and
 * the stored change notes are the render module's {@link ChangeNote}s.
 */
public record WebHistory(ArticleDetail detail, ArticleHistory history, List<List<ChangeNote>> notes) {

    public WebHistory {
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(history, "history");
        notes = notes.stream().map(List::copyOf).toList();
    }

    public static WebHistory of(StoredHistory stored) {
        ArticleHistory h = stored.history();
        List<VersionMeta> metas = h.versions().stream().map(m -> new VersionMeta("", m.time(), m.title())).toList();
        ArticleHistory relabelled = new ArticleHistory(metas, h.documents(), h.steps(), h.threads(), h.stats(), h.orderBasis());
        List<List<ChangeNote>> notes = stored.notes().stream()
                .map(list -> list.stream()
                        .map(c -> new ChangeNote(c.kind(), c.text(), c.oldSentences(), c.newSentences())).toList())
                .toList();
        return new WebHistory(stored.article(), relabelled, notes);
    }

    public ArticleSummary article() {
        return detail.article();
    }

    public int size() {
        return history.versions().size();
    }

    public VersionSummary version(int number) {
        return detail.versions().get(number);
    }

    /** The view the render module's timeline and blame take; comparisons are computed per request instead. */
    public HistoryView view(String label) {
        return new HistoryView(label, history, notes, "", Map.of());
    }
}
