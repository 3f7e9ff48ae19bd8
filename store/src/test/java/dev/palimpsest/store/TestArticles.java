package dev.palimpsest.store;

import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.ingest.IncomingVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Incoming versions for tests. */
final class TestArticles {

    static final Instant T0 = Instant.parse("2011-03-31T01:00:00Z");

    private TestArticles() {
    }

    static IncomingVersion version(String source, String key, int hour, String title, String body) {
        return new IncomingVersion(source, key, Optional.empty(), Optional.of(title), Optional.of(T0.plusSeconds(3600L * hour)),
                body, InputFormat.TEXT, key + ".jsonl:" + hour);
    }

    static IncomingVersion untimed(String source, String key, String title, String body, String origin) {
        return new IncomingVersion(source, key, Optional.empty(), Optional.of(title), Optional.empty(), body,
                InputFormat.TEXT, origin);
    }

    static IncomingVersion withUrl(IncomingVersion v, String url) {
        return new IncomingVersion(v.source(), v.articleKey(), Optional.of(url), v.title(), v.seen(), v.body(), v.format(),
                v.origin());
    }

    /** The three versions of the Libya sample, oldest first, with their times. */
    static List<IncomingVersion> libya() {
        Path dir = Path.of("..", "samples", "libya-2011");
        String[] files = {"002_12d0a6ac5ab71e0b.txt", "001_a28352500c04e153.txt", "000_ed93c6f79b7e7cd8.txt"};
        String[] seen = {"2011-03-31T01:00:00Z", "2011-03-31T13:00:00Z", "2011-03-31T19:00:00Z"};
        return List.of(0, 1, 2).stream().map(i -> new IncomingVersion("The New York Times", "libya-defection",
                Optional.of("https://www.nytimes.com/2011/03/31/world/africa/31libya.html"),
                Optional.of("Libyan Foreign Minister Defects"), Optional.of(Instant.parse(seen[i])),
                read(dir.resolve(files[i])), InputFormat.TEXT, files[i])).toList();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
