package dev.palimpsest.core.eval;

import java.util.List;

/**
 * How a splitter did on one golden rule.
 *
 * @param rule the rule
 * @param actual the sentences produced, rendered as by {@link SegmentationScore#render}
 * @param verbatim the sentences produced, as trimmed substrings of the text
 */
public record RuleOutcome(GoldenRule rule, List<String> actual, List<String> verbatim) {

    public RuleOutcome {
        actual = List.copyOf(actual);
        verbatim = List.copyOf(verbatim);
    }

    /** Passed: the rendered sentences equal the expected ones, each trimmed. */
    public boolean passed() {
        return actual.equals(trimmed(rule.expected()));
    }

    /** Passed even without rendering: each trimmed substring equals the expected sentence. */
    public boolean passedVerbatim() {
        return verbatim.equals(trimmed(rule.expected()));
    }

    private static List<String> trimmed(List<String> sentences) {
        return sentences.stream().map(String::strip).toList();
    }
}
