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
        List<GoldenRule> rules = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            List<String> expected = new ArrayList<>();
            row.path("expected").forEach(sentence -> expected.add(sentence.asText()));
            Map<String, String> options = new LinkedHashMap<>();
            JsonNode optionNode = row.path("options");
            optionNode.fieldNames().forEachRemaining(name -> options.put(name, optionNode.get(name).asText()));
            int id = row.path("id").asInt(lineNo);
            String name = row.path("rule").asText(row.path("name").asText("case " + lineNo));
            rules.add(new GoldenRule(id, name, required(row, "text", file, lineNo), expected, options));
        }
        return rules;
    }

    /** GUM-style documents: {@code {doc_id, text, sentence_spans[[start, end]]}}. */
    static List<GoldDocument> readDocuments(Path file) throws IOException {
        List<GoldDocument> documents = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            List<Span> spans = new ArrayList<>();
            for (JsonNode span : row.path("sentence_spans")) {
                spans.add(new Span(span.get(0).asInt(), span.get(1).asInt()));
            }
            documents.add(new GoldDocument(row.path("doc_id").asText("line " + lineNo),
                    required(row, "text", file, lineNo), spans));
        }
        return documents;
    }

    private static String required(JsonNode row, String field, Path file, int lineNo) {
        JsonNode value = row.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(file.getFileName() + " line " + lineNo + ": no \"" + field + "\"");
        }
        return value.asText();
    }
}
