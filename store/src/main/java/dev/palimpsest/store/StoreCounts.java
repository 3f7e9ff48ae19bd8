package dev.palimpsest.store;

/** Row counts of the main tables: for reports, benchmarks and consistency checks. */
public record StoreCounts(long sources, long articles, long versions, long texts, long sentences, long alignments,
        long edits, long threads, long threadSteps, long changes, long events) {

    /** All rows together. */
    public long total() {
        return sources + articles + versions + texts + sentences + alignments + edits + threads + threadSteps + changes
                + events;
    }
}
