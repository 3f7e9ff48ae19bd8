package dev.palimpsest.ingest;

import java.util.List;
import java.util.stream.Stream;

/** Test helper: reads a source to the end, closing the stream. */
public final class Collect {

    private Collect() {
    }

    public static List<List<IncomingVersion>> articles(VersionSource source, ProblemHandler problems) {
        try (Stream<List<IncomingVersion>> s = source.articles(problems)) {
            return s.toList();
        }
    }

    public static List<String> keys(List<List<IncomingVersion>> articles) {
        return articles.stream().map(a -> a.get(0).articleKey()).toList();
    }
}
