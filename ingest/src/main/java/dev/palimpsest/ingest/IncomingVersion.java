package dev.palimpsest.ingest;

import dev.palimpsest.core.text.InputFormat;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of one article as read from an input, before parsing: who published it
 * ({@code source}), which article it belongs to ({@code articleKey}, unique within the source), what
 * is known about it, its raw body and how to read that body. {@code origin} names where it came from
 * for messages, e.g. {@code "file.jsonl:12"}.
 */
public record IncomingVersion(String source, String articleKey, Optional<String> url, Optional<String> title,
        Optional<Instant> seen, String body, InputFormat format, String origin) {

    public IncomingVersion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(origin, "origin");
    }
}
