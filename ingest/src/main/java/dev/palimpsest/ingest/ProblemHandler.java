package dev.palimpsest.ingest;

/**
 * Decides what a bad row, line or file does to an import. Readers call {@link #report} and then skip
 * the bad input; a handler that stops throws {@link IngestException} from {@code report}, which ends
 * the reader's stream. {@link ProblemLog} does either and counts.
 */
@FunctionalInterface
public interface ProblemHandler {

    /**
     * @throws IngestException to stop the import at this problem
     */
    void report(IngestProblem problem);

    /** Stops at the first problem. */
    static ProblemHandler stop() {
        return problem -> {
            throw problem.toException();
        };
    }
}
