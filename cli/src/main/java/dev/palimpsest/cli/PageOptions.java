package dev.palimpsest.cli;

import dev.palimpsest.store.Page;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --limit} and {@code --offset} of the commands that list one page at a time. */
final class PageOptions {

    @Option(names = "--limit", paramLabel = "N", description = "Page size (default 50 for articles, 20 for search).")
    Optional<Integer> limit = Optional.empty();

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip this many.")
    int offset;

    /** The page size asked for, or {@code defaultLimit}, checked against {@code maxLimit}. */
    int limit(int defaultLimit, int maxLimit) {
        int value = limit.orElse(defaultLimit);
        if (value < 1 || value > maxLimit || offset < 0) {
            throw new UsageException("--limit must be 1.." + maxLimit + " and --offset not negative");
        }
        return value;
    }

    /** Tells how to see the next page, when there is one. */
    static void printMore(Page<?> page, PrintWriter out) {
        if (page.hasMore()) {
            out.println("… more: --offset " + (page.offset() + page.limit()));
        }
    }
}
