package dev.palimpsest.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.eval.GoldDocument;
import dev.palimpsest.core.eval.GoldenRule;
import dev.palimpsest.core.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads the segmentation evaluation sets (JSON Lines) into core's evaluation records. */
final class SegmentationData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SegmentationData() {
    }

    /**
     * Golden rules in any of the sets' shapes: {@code {id, rule, text, expected, options}},
     * {@code {name, text, expected, options}} or {@code {clean, text, expected}}. Unnumbered cases
     * are numbered by line.
     */
    static List<GoldenRule> readRules(Path file) throws IOException {
        return readRows(file, (row, lineNo) -> {
            List<String> expected = new ArrayList<>();
            row.path("expected").forEach(sentence -> expected.add(sentence.asText()));
            Map<String, String> options = new LinkedHashMap<>();
            JsonNode optionNode = row.path("options");
            optionNode.fieldNames().forEachRemaining(name -> options.put(name, optionNode.get(name).asText()));
            int id = row.path("id").asInt(lineNo);
            String name = row.path("rule").asText(row.path("name").asText("case " + lineNo));
            return new GoldenRule(id, name, required(row, "text", file, lineNo), expected, options);
        });
    }

    /** GUM-style documents: {@code {doc_id, text, sentence_spans[[start, end]]}}. */
    static List<GoldDocument> readDocuments(Path file) throws IOException {
        return readRows(file, (row, lineNo) -> {
            List<Span> spans = new ArrayList<>();
            for (JsonNode span : row.path("sentence_spans")) {
                spans.add(new Span(span.get(0).asInt(), span.get(1).asInt()));
            }
            return new GoldDocument(row.path("doc_id").asText("line " + lineNo), required(row, "text", file, lineNo), spans);
        });
    }

    /** One value per non-blank line of a JSON Lines file, made from the parsed row and its 1-based line number. */
    private static <T> List<T> readRows(Path file, BiFunction<JsonNode, Integer, T> rowToValue) throws IOException {
        List<T> values = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (!line.isBlank()) {
                values.add(rowToValue.apply(JSON.readTree(line), lineNo));
            }
        }
        return values;
    }

    private static String required(JsonNode row, String field, Path file, int lineNo) {
        JsonNode value = row.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(file.getFileName() + " line " + lineNo + ": no \"" + field + "\"");
        }
        return value.asText();
    }
}
