package dev.palimpsest.cli;

import dev.palimpsest.render.ChangeNote;
import dev.palimpsest.render.HistoryHtmlRenderer;
import dev.palimpsest.render.HistoryView;
import dev.palimpsest.core.analysis.Change;
import dev.palimpsest.core.analysis.VersionText;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.VersionMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A history together with its per-version change summaries, ready for any output format. */
final class Histories {

    record Explained(ArticleHistory history, List<List<ChangeNote>> notes) {
    }

    private Histories() {
    }

    static Explained explain(ArticleHistory history) {
        List<List<ChangeNote>> notes = new ArrayList<>();
        notes.add(List.of());
        for (int v = 1; v < history.versions().size(); v++) {
            var summary = Engines.ANALYZER.analyze(text(history, v - 1), text(history, v), history.steps().get(v - 1));
            notes.add(summary.changes().stream().map(Histories::note).toList());
        }
        return new Explained(history, notes);
    }

    static String html(Explained explained, String label, String orderSource) {
        HistoryView view = HistoryView.of(label, explained.history(), explained.notes(), orderSource,
                (a, b) -> Engines.HISTORY.compare(explained.history(), a, b));
        return new HistoryHtmlRenderer().render(view);
    }

    private static VersionText text(ArticleHistory history, int v) {
        VersionMeta meta = history.versions().get(v);
        return meta.title().map(t -> VersionText.of(history.documents().get(v), t))
                .orElseGet(() -> VersionText.of(history.documents().get(v)));
    }

    private static ChangeNote note(Change change) {
        return new ChangeNote(kind(change), change.describe(), change.oldSentences(), change.newSentences());
    }

    /** "QuoteAdded" → "quote_added". */
    static String kind(Change change) {
        return change.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
