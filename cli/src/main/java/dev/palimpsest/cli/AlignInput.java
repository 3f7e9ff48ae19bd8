package dev.palimpsest.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One input line of {@code palimpsest align}: {@code {"id": ..., "old": X, "new": Y}}, X and Y a
 * text or an array of sentences. Read with Jackson's streaming parser rather than as a tree: the
 * texts are taken straight from the tokens. What is wrong with a field is kept, not thrown, so that
 * a malformed line is still reported as malformed JSON first, as a tree reader would.
 *
 * @param id the id to echo, any JSON value, or null when the line has none
 */
record AlignInput(@Nullable JsonNode id, Version old, Version now) {

    /** What a line gave for "old" or "new". */
    sealed interface Version {
    }

    /** A text, to be normalized and segmented. */
    record Text(String text) implements Version {
    }

    /** Sentences, used as given. */
    record Sentences(List<String> sentences) implements Version {
    }

    /** A field that is absent or null, or holds something else than a text or an array of strings. */
    enum Problem implements Version {
        MISSING, NOT_TEXT
    }

    /**
     * @param parser positioned before the line's first token
     * @return the line, or empty when it is well-formed JSON but not an object
     * @throws IOException on malformed JSON or bytes that are not UTF-8
     */
    static Optional<AlignInput> read(JsonParser parser, ObjectMapper mapper) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            // Not an object: read the value whole, so that a malformed one fails as malformed.
            if (parser.currentToken() != null) {
                mapper.readTree(parser);
            }
            return Optional.empty();
        }
        JsonNode id = null;
        Version old = Problem.MISSING;
        Version now = Problem.MISSING;
        // Later duplicates replace earlier ones, as in a tree.
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "id" -> id = mapper.readTree(parser);
                case "old" -> old = version(parser, value);
                case "new" -> now = version(parser, value);
                default -> parser.skipChildren();
            }
        }
        return Optional.of(new AlignInput(id, old, now));
    }

    private static Version version(JsonParser parser, JsonToken value) throws IOException {
        switch (value) {
            case VALUE_STRING:
                return new Text(parser.getText());
            case VALUE_NULL:
                return Problem.MISSING;
            case START_ARRAY:
                List<String> sentences = new ArrayList<>();
                boolean allText = true;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY && t != null; t = parser.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        sentences.add(parser.getText());
                    } else {
                        allText = false;
                        parser.skipChildren(); // the rest is still read, for syntax errors
                    }
                }
                return allText ? new Sentences(sentences) : Problem.NOT_TEXT;
            default:
                parser.skipChildren();
                return Problem.NOT_TEXT;
        }
    }
}
