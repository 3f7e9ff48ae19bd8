package dev.palimpsest.ingest;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * An input holding versions of one or more articles. {@link #articles} reads it lazily, one article
 * at a time: each element is every readable version of one article (same source and article key),
 * oldest first when the input says so, so that a store can import one article per transaction.
 */
public interface VersionSource {

    /** The input as the user named it, for messages and summaries. */
    String name();

    /**
     * Reads the input. Bad rows, lines, files and whole inputs that cannot be read are reported to
     * {@code problems} and left out; when the handler throws {@link IngestException} the stream
     * stops with it. The stream holds files (and for archives a database connection) open: close it,
     * e.g. with try-with-resources. Not thread-safe; each call reads the input afresh.
     */
    Stream<List<IncomingVersion>> articles(ProblemHandler problems);

    /**
     * About how many versions {@link #articles} will yield, when that is cheap to know (for a
     * progress bar's time left); empty when it is not. Never reports problems.
     */
    default OptionalLong estimatedVersions() {
        return OptionalLong.empty();
    }
}
