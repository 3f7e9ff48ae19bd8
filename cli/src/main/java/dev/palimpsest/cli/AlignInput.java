package dev.palimpsest.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.cli.json.JsonBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * @param id the id to echo, any JSON value written as compact JSON in UTF-8, or null when the line
 *     has none
 */
record AlignInput(byte @Nullable [] id, Version old, Version now) {

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

    /** Built on first use: most lines need no tree, and an object mapper is slow to start. */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * @param parser positioned before the line's first token
     * @return the line, or empty when it is well-formed JSON but not an object
     * @throws IOException on malformed JSON or bytes that are not UTF-8
     */
    static Optional<AlignInput> read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            // Not an object: read the value whole, so that a malformed one fails as malformed.
            if (parser.currentToken() != null) {
                Trees.MAPPER.readTree(parser);
            }
            return Optional.empty();
        }
        byte[] id = null;
        Version old = Problem.MISSING;
        Version now = Problem.MISSING;
        // Later duplicates replace earlier ones, as in a tree.
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "id" -> id = id(parser, value);
                case "old" -> old = version(parser, value);
                case "new" -> now = version(parser, value);
                default -> parser.skipChildren();
            }
        }
        return Optional.of(new AlignInput(id, old, now));
    }

    /**
     * The id as a tree of it would be written: scalars directly (a string with the writer's escapes,
     * numbers as the number nodes print them), anything else through a tree. Through a string in the
     * end, as an encoder writes it: a lone surrogate becomes '?'.
     */
    private static byte[] id(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return new JsonBytes(parser.getTextLength() + 16).string(parser.getText()).toByteArray();
        }
        String json = switch (value) {
            case VALUE_NUMBER_INT -> parser.getNumberValue().toString(); // Integer, Long or BigInteger
            case VALUE_NUMBER_FLOAT -> Double.toString(parser.getDoubleValue());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> Trees.MAPPER.writeValueAsString(Trees.MAPPER.readTree(parser));
        };
        return json.getBytes(StandardCharsets.UTF_8);
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
