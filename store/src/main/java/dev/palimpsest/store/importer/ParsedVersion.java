package dev.palimpsest.store.importer;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.ingest.IncomingVersion;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An incoming version, checked and parsed.
 *
 * @param seen the time seen, to the millisecond (what the store keeps)
 * @param title the title stripped, whitespace collapsed, empty → absent
 * @param byline the byline sentences joined, if any
 * @param contentHash {@link Hashes#content} of title and normalized text
 */
public record ParsedVersion(IncomingVersion incoming, Optional<Instant> seen, Optional<String> title,
        Optional<String> byline, String contentHash, Document document) {

    public ParsedVersion {
        Objects.requireNonNull(incoming, "incoming");
        Objects.requireNonNull(seen, "seen");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(document, "document");
    }

    public Optional<String> url() {
        return incoming.url().map(u -> u.replace("\0", "").strip()).filter(u -> !u.isEmpty());
    }

    public String origin() {
        return incoming.origin();
    }
}
