package dev.palimpsest.core.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence-segmentation test case: a text and the sentences it must split into, as in the
 * Pragmatic Segmenter and pySBD "Golden Rules".
 *
 * @param id the rule's number (or line number for unnumbered sets)
 * @param rule what the rule tests, e.g. "U.S. as sentence boundary"
 * @param text the input text
 * @param expected the expected sentences
 * @param options the set's options for this case, e.g. {@code doc_type=pdf}
 */
public record GoldenRule(int id, String rule, String text, List<String> expected, Map<String, String> options) {

    public GoldenRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        expected = List.copyOf(expected);
        options = Map.copyOf(options);
    }

    public GoldenRule(int id, String rule, String text, List<String> expected) {
        this(id, rule, text, expected, Map.of());
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key));
    }

    /** Whether the case is hard-wrapped text (Pragmatic Segmenter's {@code doc_type: pdf}). */
    public boolean isHardWrapped() {
        return option("doc_type").filter("pdf"::equals).isPresent();
    }
}
