package dev.palimpsest.core.history;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.document.Document;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The story of a story: its versions in order, the alignment of every consecutive pair, the
 * sentence threads through all versions, and stability figures. Built by {@link HistoryBuilder}.
 */
public record ArticleHistory(List<VersionMeta> versions, List<Document> documents, List<Alignment> steps,
        List<SentenceThread> threads, List<VersionStats> stats, OrderBasis orderBasis) {

    /** How the versions were put in order. */
    public enum OrderBasis { TIMESTAMPS, GIVEN }

    public ArticleHistory {
        versions = List.copyOf(versions);
        documents = List.copyOf(documents);
        steps = List.copyOf(steps);
        threads = List.copyOf(threads);
        stats = List.copyOf(stats);
        Objects.requireNonNull(orderBasis, "orderBasis");
        if (versions.size() != documents.size() || steps.size() != Math.max(0, versions.size() - 1)
                || stats.size() != versions.size()) {
            throw new IllegalArgumentException("inconsistent history: " + versions.size() + " versions, "
                    + documents.size() + " documents, " + steps.size() + " steps, " + stats.size() + " stats");
        }
    }

    /** The thread id of every sentence of {@code version}, by sentence index. */
    public List<String> threadIds(int version) {
        Objects.checkIndex(version, versions.size());
        String[] ids = new String[documents.get(version).sentences().size()];
        for (SentenceThread t : threads) {
            t.at(version).filter(s -> s.kind().present()).ifPresent(s -> ids[s.sentence()] = t.id());
        }
        return List.of(ids);
    }

    /** Like {@code git blame}, for prose: who introduced and who last changed each sentence of {@code version}. */
    public List<Blame> blame(int version) {
        Objects.checkIndex(version, versions.size());
        List<Blame> blame = new ArrayList<>();
        List<String> ids = threadIds(version);
        for (int i = 0; i < ids.size(); i++) {
            SentenceThread t = thread(ids.get(i));
            blame.add(new Blame(i, t.id(), t.firstVersion(), t.lastChangedAtOrBefore(version)));
        }
        return blame;
    }

    public SentenceThread thread(String id) {
        return threads.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no thread " + id));
    }

    /** The last version whose text changed, i.e. from which on the text was stable. */
    public int lastChangedVersion() {
        for (int v = stats.size() - 1; v > 0; v--) {
            if (stats.get(v).churn() > 0 || stats.get(v).moved() > 0) {
                return v;
            }
        }
        return 0;
    }

    /** How long the text kept changing: first version to the last changed one, when times are known. */
    public Optional<Duration> timeToStability() {
        var first = versions.get(0).time();
        var last = versions.get(lastChangedVersion()).time();
        return first.isPresent() && last.isPresent() ? Optional.of(Duration.between(first.get(), last.get()))
                : Optional.empty();
    }
}
