package dev.palimpsest.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.text.BadInputException;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Utf8Input;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.internal.Inputs;
import dev.palimpsest.ingest.internal.Timestamps;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one line of JSON Lines input into a version:
 * {@code {"article": ..., "url": ..., "title": ..., "created": ..., "text": ...}}, plus optional
 * {@code "source"} and {@code "format"} ({@code "html"} or {@code "text"}; detected from the text
 * when absent). {@code "text"} is required, and {@code "article"} or {@code "url"}: the article key
 * is {@code "article"}, else the url. {@code "created"} is ISO 8601 (no zone means UTC).
 */
final class JsonLine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLine() {
    }

    /**
     * @throws IngestException naming {@code origin} when the line is not a usable version
     */
    static IncomingVersion parse(byte[] bytes, String origin, String defaultSource) {
        String line;
        try {
            line = Utf8Input.decode(bytes, origin);
        } catch (BadInputException e) {
            throw new IngestException(origin, Inputs.reason(e));
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IngestException(origin, "not valid JSON: " + Inputs.describe(e));
        }
        if (node == null || !node.isObject()) {
            throw new IngestException(origin, "expected a JSON object");
        }
        Optional<String> text = string(node, "text", origin);
        if (text.isEmpty()) {
            throw new IngestException(origin, node.has("text") ? "empty \"text\"" : "missing \"text\"");
        }
        Optional<String> url = string(node, "url", origin);
        Optional<String> article = string(node, "article", origin);
        if (article.isEmpty() && url.isEmpty()) {
            throw new IngestException(origin, "missing \"article\" (or \"url\")");
        }
        Optional<Instant> created;
        try {
            created = Timestamps.parse(string(node, "created", origin).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new IngestException(origin, "\"created\": " + e.getMessage());
        }
        String body = text.orElseThrow();
        return new IncomingVersion(string(node, "source", origin).orElse(defaultSource),
                article.or(() -> url).orElseThrow(), url, string(node, "title", origin), created, body,
                format(node, body, origin), origin);
    }

    /** A string field (numbers are taken as their text), empty when absent, null or blank. */
    private static Optional<String> string(JsonNode node, String field, String origin) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new IngestException(origin, "\"" + field + "\" must be a string, not " + value.getNodeType()
                    .toString().toLowerCase(Locale.ROOT));
        }
        String s = value.asText();
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    private static InputFormat format(JsonNode node, String body, String origin) {
        String given = string(node, "format", origin).orElse("").toLowerCase(Locale.ROOT);
        return switch (given) {
            case "" -> InputFormat.detect("", body);
            case "html" -> InputFormat.HTML;
            case "text", "txt" -> InputFormat.TEXT;
            default -> throw new IngestException(origin, "\"format\" must be \"html\" or \"text\", not \"" + given + "\"");
        };
    }
}
