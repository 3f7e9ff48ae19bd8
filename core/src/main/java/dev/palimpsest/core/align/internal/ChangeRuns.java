package dev.palimpsest.core.align.internal;

import dev.palimpsest.core.align.WordOp;
import java.util.ArrayList;
import java.util.List;

/**
 * A word diff as alternating runs: unchanged tokens, then a change (deleted tokens, inserted tokens).
 * Adjacent runs of one kind are merged as they are added, so a change always sits between two
 * unchanged runs (or a text edge). Mutable; used by one thread while a diff is built.
 */
public final class ChangeRuns {

    private final List<Run> runs = new ArrayList<>();

    /** Appends unchanged tokens. */
    public void equal(List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.isEqual()) {
            last.deleted.addAll(tokens);
            last.inserted.addAll(tokens);
        } else {
            runs.add(new Run(true, tokens, tokens));
        }
    }

    /** Appends a change; deletions are kept before insertions within the merged run. */
    public void change(List<String> deleted, List<String> inserted) {
        if (deleted.isEmpty() && inserted.isEmpty()) {
            return;
        }
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && !last.isEqual()) {
            last.deleted.addAll(deleted);
            last.inserted.addAll(inserted);
        } else {
            runs.add(new Run(false, deleted, inserted));
        }
    }

    /**
     * Folds each unchanged run that lies between two changes and is no longer (in characters) than the
     * larger side of either change into a single change, repeating until nothing changes. This is
     * diff-match-patch's semantic-cleanup rule applied to tokens; it never alters either text.
     */
    public void absorbShortEqualities() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i + 1 < runs.size(); i++) {
                Run before = runs.get(i - 1);
                Run eq = runs.get(i);
                Run after = runs.get(i + 1);
                if (!eq.isEqual() || before.isEqual() || after.isEqual()) {
                    continue;
                }
                int len = length(eq.deleted);
                if (len <= before.largerSide() && len <= after.largerSide()) {
                    before.deleted.addAll(eq.deleted);
                    before.deleted.addAll(after.deleted);
                    before.inserted.addAll(eq.inserted);
                    before.inserted.addAll(after.inserted);
                    runs.subList(i, i + 2).clear();
                    changed = true;
                    i--;
                }
            }
        }
    }

    public List<WordOp> toOps() {
        List<WordOp> ops = new ArrayList<>();
        for (Run run : runs) {
            if (run.isEqual()) {
                run.deleted.forEach(t -> ops.add(new WordOp(WordOp.Kind.EQUAL, t)));
            } else {
                run.deleted.forEach(t -> ops.add(new WordOp(WordOp.Kind.DELETE, t)));
                run.inserted.forEach(t -> ops.add(new WordOp(WordOp.Kind.INSERT, t)));
            }
        }
        return ops;
    }

    private static int length(List<String> tokens) {
        int n = 0;
        for (String t : tokens) {
            n += t.length();
        }
        return n;
    }

    /** For an equal run both lists hold the same tokens. */
    private static final class Run {
        private final boolean equal;
        private final List<String> deleted;
        private final List<String> inserted;

        Run(boolean equal, List<String> deleted, List<String> inserted) {
            this.equal = equal;
            this.deleted = new ArrayList<>(deleted);
            this.inserted = new ArrayList<>(inserted);
        }

        boolean isEqual() {
            return equal;
        }

        int largerSide() {
            return Math.max(length(deleted), length(inserted));
        }
    }
}
