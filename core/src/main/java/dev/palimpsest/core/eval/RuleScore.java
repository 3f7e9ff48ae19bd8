package dev.palimpsest.core.eval;

import java.util.List;

/** The outcomes of one set of golden rules, in the set's order. */
public record RuleScore(List<RuleOutcome> outcomes) {

    public RuleScore {
        outcomes = List.copyOf(outcomes);
    }

    public int total() {
        return outcomes.size();
    }

    public int passed() {
        return (int) outcomes.stream().filter(RuleOutcome::passed).count();
    }

    public int passedVerbatim() {
        return (int) outcomes.stream().filter(RuleOutcome::passedVerbatim).count();
    }

    /** Share of rules passed, 0 for an empty set. */
    public double rate() {
        return total() == 0 ? 0 : (double) passed() / total();
    }

    public List<RuleOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.passed()).toList();
    }
}
