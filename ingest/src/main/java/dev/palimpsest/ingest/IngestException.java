package dev.palimpsest.ingest;

import java.util.Objects;

/** Input that stops an import; the message names the file and row, then says what is wrong. */
public final class IngestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String origin;
    private final String reason;

    public IngestException(String origin, String reason) {
        super(Objects.requireNonNull(origin, "origin") + ": " + Objects.requireNonNull(reason, "reason"));
        this.origin = origin;
        this.reason = reason;
    }

    /** Where: a file, {@code "file.jsonl:12"}, or {@code "ap.db:entry_id=7,version=2"}. */
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
