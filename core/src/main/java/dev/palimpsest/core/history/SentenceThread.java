package dev.palimpsest.core.history;

import java.util.List;
import java.util.Optional;

/**
 * One sentence followed through all versions: a stable id, the version where it first appeared,
 * the thread it was split off from (if any), and one step for every version from its first to the
 * last version of the article (no version is skipped).
 */
public record SentenceThread(String id, int firstVersion, Optional<String> forkedFrom, List<ThreadStep> steps) {

    public SentenceThread {
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != firstVersion + i) {
                throw new IllegalArgumentException("thread " + id + " skips from version "
                        + (firstVersion + i - 1) + " to " + steps.get(i).version());
            }
        }
    }

    /** The step at {@code version}, if the thread existed by then. */
    public Optional<ThreadStep> at(int version) {
        int i = version - firstVersion;
        return i >= 0 && i < steps.size() ? Optional.of(steps.get(i)) : Optional.empty();
    }

    /** The version of the last step that changed the text at or before {@code version}. */
    public int lastChangedAtOrBefore(int version) {
        int last = firstVersion;
        for (ThreadStep s : steps) {
            if (s.version() > version) {
                break;
            }
            if (s.kind().changes()) {
                last = s.version();
            }
        }
        return last;
    }

    /** Whether the sentence is present in the last version. */
    public boolean survives() {
        return steps.get(steps.size() - 1).kind().present();
    }
}
