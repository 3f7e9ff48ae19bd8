package dev.palimpsest.core.history;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.document.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds an {@link ArticleHistory} from the versions of one article: orders them, aligns each
 * consecutive pair and follows every sentence through all versions as a thread. A sentence that
 * disappears and later comes back (verbatim or nearly) continues its old thread. Splits fork a new
 * thread from the original; merges end the absorbed threads. Immutable and thread-safe.
 */
public final class HistoryBuilder {

    /** A returning sentence must be at least this similar to the one that went away. */
    private static final double RETURN_SIMILARITY = 0.6;

    private final Aligner aligner;

    public HistoryBuilder(Aligner aligner) {
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    /** One version to build from. */
    public record Input(VersionMeta meta, Document document) {
    }

    /**
     * Orders by time when every version has one (stable for ties), otherwise keeps the given order.
     *
     * @throws IllegalArgumentException for an empty list
     */
    public ArticleHistory build(List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a history needs at least one version");
        }
        boolean timed = inputs.stream().allMatch(i -> i.meta().time().isPresent());
        List<Input> ordered = new ArrayList<>(inputs);
        if (timed) {
            ordered.sort(Comparator.comparing(i -> i.meta().time().orElseThrow()));
        }
        List<Document> docs = ordered.stream().map(Input::document).toList();
        List<Alignment> steps = new ArrayList<>();
        for (int v = 1; v < docs.size(); v++) {
            steps.add(aligner.align(docs.get(v - 1).sentenceTexts(), docs.get(v).sentenceTexts()));
        }
        List<SentenceThread> threads = new Lineage(docs, steps).threads();
        List<VersionStats> stats = new ArrayList<>();
        for (int v = 0; v < docs.size(); v++) {
            stats.add(v == 0 ? firstStats(docs.get(0)) : Stability.of(v, docs.get(v - 1), docs.get(v), steps.get(v - 1)));
        }
        return new ArticleHistory(ordered.stream().map(Input::meta).toList(), docs, steps, threads, stats,
                timed ? ArticleHistory.OrderBasis.TIMESTAMPS : ArticleHistory.OrderBasis.GIVEN);
    }

    /** Aligns any two versions of a history (not only consecutive ones). */
    public Alignment compare(ArticleHistory history, int from, int to) {
        Objects.checkIndex(from, history.documents().size());
        Objects.checkIndex(to, history.documents().size());
        return aligner.align(history.documents().get(from).sentenceTexts(), history.documents().get(to).sentenceTexts());
    }

    private static VersionStats firstStats(Document doc) {
        int chars = doc.sentences().stream().mapToInt(s -> s.text().length()).sum();
        return new VersionStats(0, doc.sentences().size(), chars, 0, 0, 0, 0, 0, 0, 0, 0.0, 0.0);
    }

    /** The thread bookkeeping of one build: mutable, confined to one call. */
    private final class Lineage {
        private final List<Document> docs;
        private final List<Alignment> steps;
        private final List<String> ids = new ArrayList<>();
        private final List<Integer> firstVersions = new ArrayList<>();
        private final List<Optional<String>> forkedFrom = new ArrayList<>();
        private final List<List<ThreadStep>> stepsOf = new ArrayList<>();
        /** The text each thread had when last present: what a returning sentence is compared with. */
        private final List<String> lastText = new ArrayList<>();

        Lineage(List<Document> docs, List<Alignment> steps) {
            this.docs = docs;
            this.steps = steps;
        }

        List<SentenceThread> threads() {
            int[] current = new int[docs.get(0).sentences().size()];
            for (int i = 0; i < current.length; i++) {
                current[i] = newThread(0, Optional.empty());
                present(current[i], 0, StepKind.ADDED, i, false, WordDiff.EMPTY, Optional.empty());
            }
            for (int v = 1; v < docs.size(); v++) {
                current = advance(v, current);
            }
            List<SentenceThread> threads = new ArrayList<>();
            for (int t = 0; t < ids.size(); t++) {
                threads.add(new SentenceThread(ids.get(t), firstVersions.get(t), forkedFrom.get(t), stepsOf.get(t)));
            }
            return threads;
        }

        private int[] advance(int v, int[] previous) {
            Document doc = docs.get(v);
            int[] current = new int[doc.sentences().size()];
            boolean[] touched = new boolean[ids.size()];
            List<Integer> added = new ArrayList<>();
            for (Edit edit : steps.get(v - 1).edits()) {
                if (edit instanceof Edit.Added a) {
                    added.add(a.newIndex());
                    continue;
                }
                if (edit instanceof Edit.Deleted d) {
                    int t = previous[d.oldIndex()];
                    touched[t] = true;
                    stepsOf.get(t).add(ThreadStep.absent(v, StepKind.REMOVED));
                    continue;
                }
                int t = previous[edit.oldIndices().get(0)];
                touched[t] = true;
                int first = edit.newIndices().get(0);
                StepKind kind = edit instanceof Edit.Unchanged ? StepKind.UNCHANGED
                        : edit instanceof Edit.Split ? StepKind.SPLIT
                        : edit instanceof Edit.Merged ? StepKind.MERGED : StepKind.EDITED;
                current[first] = t;
                present(t, v, kind, first, edit.moved(), edit.words(), Optional.empty());
                if (edit instanceof Edit.Split split) {
                    for (int k = 1; k < split.newIndices().size(); k++) {
                        int n = split.newIndices().get(k);
                        int fork = newThread(v, Optional.of(ids.get(t)));
                        current[n] = fork;
                        present(fork, v, StepKind.FORKED, n, edit.moved(), WordDiff.EMPTY, Optional.of(ids.get(t)));
                    }
                }
                if (edit instanceof Edit.Merged merged) {
                    for (int k = 1; k < merged.oldIndices().size(); k++) {
                        int absorbed = previous[merged.oldIndices().get(k)];
                        touched[absorbed] = true;
                        stepsOf.get(absorbed).add(new ThreadStep(v, StepKind.MERGED_AWAY, -1, false, WordDiff.EMPTY,
                                Optional.of(ids.get(t))));
                    }
                }
            }
            List<Integer> dead = new ArrayList<>();
            for (int t = 0; t < touched.length; t++) {
                if (!touched[t]) {
                    dead.add(t);
                }
            }
            resolveAdded(v, added, dead, current, touched);
            for (int t : dead) {
                if (!touched[t]) {
                    stepsOf.get(t).add(ThreadStep.absent(v, StepKind.ABSENT));
                }
            }
            return current;
        }

        // New sentences either bring back a sentence that had gone away or start a thread.
        private void resolveAdded(int v, List<Integer> added, List<Integer> dead, int[] current, boolean[] touched) {
            List<String> deadTexts = dead.stream().map(lastText::get).toList();
            List<String> addedTexts = added.stream().map(n -> docs.get(v).sentences().get(n).text()).toList();
            boolean[] resolved = new boolean[added.size()];
            if (!deadTexts.isEmpty() && !addedTexts.isEmpty()) {
                for (Edit e : aligner.align(deadTexts, addedTexts).edits()) {
                    if ((e instanceof Edit.Unchanged || e instanceof Edit.Edited) && e.similarity() >= RETURN_SIMILARITY) {
                        int t = dead.get(e.oldIndices().get(0));
                        int a = e.newIndices().get(0);
                        int n = added.get(a);
                        touched[t] = true;
                        resolved[a] = true;
                        current[n] = t;
                        present(t, v, StepKind.RETURNED, n, false, e.words(), Optional.empty());
                    }
                }
            }
            for (int a = 0; a < added.size(); a++) {
                if (!resolved[a]) {
                    int n = added.get(a);
                    int t = newThread(v, Optional.empty());
                    current[n] = t;
                    present(t, v, StepKind.ADDED, n, false, WordDiff.EMPTY, Optional.empty());
                }
            }
        }

        private int newThread(int version, Optional<String> parent) {
            int t = ids.size();
            ids.add("t" + t);
            firstVersions.add(version);
            forkedFrom.add(parent);
            stepsOf.add(new ArrayList<>());
            lastText.add("");
            return t;
        }

        private void present(int t, int v, StepKind kind, int sentence, boolean moved, WordDiff words,
                Optional<String> other) {
            stepsOf.get(t).add(new ThreadStep(v, kind, sentence, moved, words, other));
            lastText.set(t, docs.get(v).sentences().get(sentence).text());
        }
    }

    /** Text-level figures of one step. */
    private static final class Stability {
        private Stability() {
        }

        static VersionStats of(int v, Document older, Document newer, Alignment alignment) {
            int oldChars = chars(older);
            int newChars = chars(newer);
            long carried = 0;
            long inserted = 0;
            long deleted = 0;
            for (Edit e : alignment.edits()) {
                if (e instanceof Edit.Unchanged u) {
                    carried += newer.sentences().get(u.newIndex()).text().length();
                } else if (e instanceof Edit.Added a) {
                    inserted += newer.sentences().get(a.newIndex()).text().length();
                } else if (e instanceof Edit.Deleted d) {
                    deleted += older.sentences().get(d.oldIndex()).text().length();
                } else {
                    for (WordOp op : e.words().ops()) {
                        switch (op.op()) {
                            case EQUAL -> carried += op.text().length();
                            case INSERT -> inserted += op.text().length();
                            case DELETE -> deleted += op.text().length();
                        }
                    }
                }
            }
            var s = alignment.summary();
            double carriedOver = newChars == 0 ? 0.0 : Math.min(1.0, carried / (double) newChars);
            double churn = oldChars + newChars == 0 ? 0.0 : (inserted + deleted) / (double) (oldChars + newChars);
            return new VersionStats(v, newer.sentences().size(), newChars, s.unchanged(), s.edited(), s.added(),
                    s.deleted(), s.moved(), s.split(), s.merged(), carriedOver, churn);
        }

        private static int chars(Document doc) {
            return doc.sentences().stream().mapToInt(s -> s.text().length()).sum();
        }
    }
}
