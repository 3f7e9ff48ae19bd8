package dev.palimpsest.store;

import dev.palimpsest.ingest.IngestProblem;
import java.util.Objects;

/**
 * One article could not be imported (empty, binary or oversized body, text the aligner refuses, …).
 * Nothing of that article was written; the import of other articles can go on. The CLI decides with
 * {@code --on-error skip|stop}; {@link #problem()} feeds ingest's problem log.
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String origin;
    private final String reason;

    public ImportException(String origin, String reason) {
        super(Objects.requireNonNull(origin, "origin") + ": " + Objects.requireNonNull(reason, "reason"));
        this.origin = origin;
        this.reason = reason;
    }

    public ImportException(String origin, String reason, Throwable cause) {
        this(origin, reason);
        initCause(cause);
    }

    /** Where the offending version came from, e.g. {@code "file.jsonl:12"}. */
    public String origin() {
        return origin;
    }

    /** What is wrong, without the origin. */
    public String reason() {
        return reason;
    }

    public IngestProblem problem() {
        return new IngestProblem(origin, reason);
    }
}
