package dev.palimpsest.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;

/** Test helper: the path of a test resource. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path resource(String name) {
        URL url = Objects.requireNonNull(Fixtures.class.getResource("/" + name), "no test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
