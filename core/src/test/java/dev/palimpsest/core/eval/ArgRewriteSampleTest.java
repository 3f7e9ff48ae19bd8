package dev.palimpsest.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.baseline.DifflibAligner;
import dev.palimpsest.core.align.baseline.ExactLcsAligner;
import dev.palimpsest.core.align.baseline.GreedyDiceAligner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ten hand-aligned ArgRewrite draft pairs (CC BY 4.0, see the fixture README). */
class ArgRewriteSampleTest {

    private static List<AlignmentGold> golds;

    @BeforeAll
    static void load() throws IOException {
        golds = read("/align/argrewrite-sample.jsonl");
    }

    @Test
    void the_sample_is_read_with_zero_based_links() {
        assertThat(golds).hasSize(10);
        AlignmentGold first = golds.get(0);
        assertThat(first.links()).allSatisfy(l -> {
            assertThat(l.oldIndex()).isLessThan(first.oldSentences().size());
            assertThat(l.newIndex()).isLessThan(first.newSentences().size());
        });
        assertThat(first.links()).contains(new AlignmentLink(0, 0));
    }

    @Test
    void the_aligner_beats_every_baseline_on_link_f1() {
        double ours = AlignmentScorer.score(Aligner.standard(), golds).inOrder().f1();
        double greedy = AlignmentScorer.score(new GreedyDiceAligner(), golds).inOrder().f1();
        double difflib = AlignmentScorer.score(new DifflibAligner(), golds).inOrder().f1();
        double lcs = AlignmentScorer.score(new ExactLcsAligner(), golds).inOrder().f1();
        assertThat(ours).isGreaterThan(greedy).isGreaterThan(0.97);
        assertThat(greedy).isGreaterThan(difflib);
        assertThat(difflib).isGreaterThan(lcs);
    }

    @Test
    void the_aligner_recovers_most_gold_splits_and_merges_of_the_sample() {
        AlignmentScore score = AlignmentScorer.score(Aligner.standard(), golds);
        AlignmentScore.Tally both = score.splits().plus(score.merges());
        assertThat(both.total()).isPositive();
        assertThat(both.rate()).isGreaterThanOrEqualTo(0.75);
        assertThat(AlignmentScorer.score(new GreedyDiceAligner(), golds).splits().hits()).isZero();
    }

    @Test
    void evaluation_runs_all_four_systems_in_table_order() {
        assertThat(AlignmentEvaluation.run(golds)).extracting(AlignmentEvaluation.Row::system)
                .containsExactly("Palimpsest", "greedy Dice", "difflib", "exact LCS");
    }

    static List<AlignmentGold> read(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<AlignmentGold> out = new ArrayList<>();
        try (InputStream in = ArgRewriteSampleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                JsonNode row = json.readTree(line);
                List<String> oldTexts = new ArrayList<>();
                List<AlignmentLabel> oldLabels = new ArrayList<>();
                row.path("old_sentences").forEach(s -> {
                    oldTexts.add(s.path("text").asText());
                    oldLabels.add(AlignmentLabel.parse(s.path("label").asText()));
                });
                List<String> newTexts = new ArrayList<>();
                List<AlignmentLabel> newLabels = new ArrayList<>();
                row.path("new_sentences").forEach(s -> {
                    newTexts.add(s.path("text").asText());
                    newLabels.add(AlignmentLabel.parse(s.path("label").asText()));
                });
                Set<AlignmentLink> links = new HashSet<>();
                // The file numbers sentences from 1.
                row.path("links").forEach(l -> links.add(new AlignmentLink(l.get(0).asInt() - 1, l.get(1).asInt() - 1)));
                out.add(new AlignmentGold(row.path("essay_id").asText(), oldTexts, newTexts, oldLabels, newLabels, links));
            }
        }
        return out;
    }
}
