package dev.palimpsest.store;

import dev.palimpsest.core.text.InputFormat;
import java.util.Objects;

/**
 * A version's input exactly as imported. A revert shares the text of the version it returns to, so
 * its body is that version's body.
 */
public record RawVersion(String versionId, String articleId, String body, InputFormat format) {

    public RawVersion {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
    }
}
