package dev.palimpsest.core.group;

import dev.palimpsest.core.document.Document;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One saved version of some article, of unknown identity: an id chosen by the caller (a file name),
 * its sentences as the reader saw them (entities decoded), and when it was seen, if known.
 */
public record Snapshot(String id, List<String> sentences, Optional<Instant> time) {

    public Snapshot {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("snapshot id is blank: '" + id + "'");
        }
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(time, "time");
    }

    /** A snapshot whose time is unknown. */
    public static Snapshot of(String id, List<String> sentences) {
        return new Snapshot(id, sentences, Optional.empty());
    }

    /** A snapshot of a parsed document; its sentences are the document's sentence texts. */
    public static Snapshot of(String id, Document document) {
        return of(id, document.sentenceTexts());
    }

    public Snapshot withTime(Instant seen) {
        return new Snapshot(id, sentences, Optional.of(seen));
    }
}
