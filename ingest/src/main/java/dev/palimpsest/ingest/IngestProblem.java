package dev.palimpsest.ingest;

import java.util.Objects;

/**
 * One piece of input that could not be imported: where ({@code "file.jsonl:12"},
 * {@code "ap.db:entry_id=7,version=2"}, or just the file) and why.
 */
public record IngestProblem(String origin, String message) {

    public IngestProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** The exception that stops an import at this problem. */
    public IngestException toException() {
        return new IngestException(origin, message);
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
