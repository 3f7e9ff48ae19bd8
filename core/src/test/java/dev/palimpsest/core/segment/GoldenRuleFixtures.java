package dev.palimpsest.core.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.eval.GoldenRule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the golden-rule fixtures in {@code src/test/resources/segmentation} (see its README). */
final class GoldenRuleFixtures {

    static final String PRAGMATIC = "/segmentation/pragmatic_segmenter_golden_rules_en.jsonl";
    static final String PYSBD = "/segmentation/pysbd_golden_rules_en.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenRuleFixtures() {
    }

    static List<GoldenRule> load(String resource) {
        List<GoldenRule> rules = new ArrayList<>();
        try (InputStream in = GoldenRuleFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rules.add(parse(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rules;
    }

    private static GoldenRule parse(JsonNode node) {
        List<String> expected = new ArrayList<>();
        node.get("expected").forEach(sentence -> expected.add(sentence.asText()));
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode optionNode = node.path("options");
        optionNode.fieldNames().forEachRemaining(name -> options.put(name, optionNode.get(name).asText()));
        return new GoldenRule(node.get("id").asInt(), node.get("rule").asText(), node.get("text").asText(), expected,
                options);
    }
}
