package dev.palimpsest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link ProblemHandler} that tells a listener about every problem (to print it as it happens),
 * keeps the first {@link #KEPT} for the summary, counts them all and then skips or stops as asked.
 * Thread-safe.
 */
public final class ProblemLog implements ProblemHandler {

    /** Problems kept for {@link #problems()}; later ones are only counted. */
    public static final int KEPT = 1000;

    private final OnError onError;
    private final Consumer<IngestProblem> listener;
    private final List<IngestProblem> kept = new ArrayList<>();
    private long count;

    public ProblemLog(OnError onError, Consumer<IngestProblem> listener) {
        this.onError = Objects.requireNonNull(onError, "onError");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public ProblemLog(OnError onError) {
        this(onError, problem -> { });
    }

    @Override
    public void report(IngestProblem problem) {
        synchronized (this) {
            count++;
            if (kept.size() < KEPT) {
                kept.add(problem);
            }
        }
        listener.accept(problem);
        if (onError == OnError.STOP) {
            throw problem.toException();
        }
    }

    /** How many problems were reported: with {@link OnError#SKIP}, how many inputs were skipped. */
    public synchronized long count() {
        return count;
    }

    /** The first {@link #KEPT} problems, in the order reported. */
    public synchronized List<IngestProblem> problems() {
        return List.copyOf(kept);
    }

    public OnError onError() {
        return onError;
    }
}
