package dev.palimpsest.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palimpsest.core.eval.GoldenRule;
import dev.palimpsest.core.eval.RuleOutcome;
import dev.palimpsest.core.eval.RuleScore;
import dev.palimpsest.core.eval.SegmentationScore;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every English golden rule of Pragmatic Segmenter (52) and pySBD (48) is a test case. The news
 * splitter passes all of them, rule 18 (a.m./p.m. before a name) included.
 */
class GoldenRulesTest {

    private static final Function<GoldenRule, SentenceSplitter> SPLITTERS = SegmentationScore.newsSplitterPerRule();

    static List<GoldenRule> pragmaticRules() {
        return GoldenRuleFixtures.load(GoldenRuleFixtures.PRAGMATIC);
    }

    static List<GoldenRule> pysbdRules() {
        return GoldenRuleFixtures.load(GoldenRuleFixtures.PYSBD);
    }

    @ParameterizedTest(name = "Pragmatic Segmenter rule {0}")
    @MethodSource("pragmaticRules")
    void pragmatic_segmenter_golden_rule_passes(GoldenRule rule) {
        RuleOutcome outcome = SegmentationScore.outcome(rule, SPLITTERS.apply(rule));

        assertThat(outcome.actual()).as(rule.rule()).containsExactlyElementsOf(rule.expected());
    }

    @ParameterizedTest(name = "pySBD rule {0}")
    @MethodSource("pysbdRules")
    void pysbd_golden_rule_passes(GoldenRule rule) {
        RuleOutcome outcome = SegmentationScore.outcome(rule, SPLITTERS.apply(rule));

        assertThat(outcome.actual()).as(rule.rule()).containsExactlyElementsOf(rule.expected());
    }

    @Test
    void the_sets_hold_52_and_48_rules_and_all_pass() {
        RuleScore pragmatic = SegmentationScore.rules(pragmaticRules(), SPLITTERS);
        RuleScore pysbd = SegmentationScore.rules(pysbdRules(), SPLITTERS);

        assertThat(pragmatic.total()).isEqualTo(52);
        assertThat(pragmatic.failures()).isEmpty();
        assertThat(pysbd.total()).isEqualTo(48);
        assertThat(pysbd.failures()).isEmpty();
    }

    /**
     * Spans point into the original text, so the two rules whose sentence runs over a line break
     * pass only once the break is rendered as a space, which is how the rules print it.
     */
    @Test
    void only_the_soft_wrap_rules_40_and_41_need_line_breaks_rendered_as_spaces() {
        RuleScore pragmatic = SegmentationScore.rules(pragmaticRules(), SPLITTERS);

        List<Integer> renderedOnly = pragmatic.outcomes().stream()
                .filter(outcome -> outcome.passed() && !outcome.passedVerbatim())
                .map(outcome -> outcome.rule().id())
                .toList();
        assertThat(renderedOnly).containsExactly(40, 41);
        assertThat(pragmatic.outcomes().get(40).verbatim()).containsExactly("It was a cold \nnight in the city.");
    }
}
