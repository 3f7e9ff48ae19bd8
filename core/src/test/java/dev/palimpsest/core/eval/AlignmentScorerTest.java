package dev.palimpsest.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordDiff;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlignmentScorerTest {

    private static final List<String> OLD = List.of("a", "b", "c");
    private static final List<String> NEW = List.of("a", "x y", "c");

    /** Gold: a=a, b→"x y" modified, c=c. */
    private static final AlignmentGold GOLD = new AlignmentGold("t", OLD, NEW,
            List.of(AlignmentLabel.IDENTICAL, AlignmentLabel.MODIFIED, AlignmentLabel.IDENTICAL),
            List.of(AlignmentLabel.IDENTICAL, AlignmentLabel.MODIFIED, AlignmentLabel.IDENTICAL),
            Set.of(new AlignmentLink(0, 0), new AlignmentLink(1, 1), new AlignmentLink(2, 2)));

    @Test
    void a_perfect_alignment_scores_one_everywhere() {
        Alignment perfect = new Alignment(3, 3, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY),
                new Edit.Edited(1, 1, false, 0.1, WordDiff.EMPTY),
                new Edit.Unchanged(2, 2, false, WordDiff.EMPTY)));
        AlignmentScore s = AlignmentScorer.score(GOLD, perfect);
        assertThat(s.inOrder().f1()).isEqualTo(1.0);
        assertThat(s.allLabels().rate()).isEqualTo(1.0);
    }

    @Test
    void missing_and_moved_links_cost_recall_and_labels() {
        // b deleted + x y added: one link missed; c matched but flagged moved, so read as delete + add.
        Alignment weak = new Alignment(3, 3, List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY),
                new Edit.Deleted(1),
                new Edit.Added(1),
                new Edit.Unchanged(2, 2, true, WordDiff.EMPTY)));
        AlignmentScore s = AlignmentScorer.score(GOLD, weak);
        assertThat(s.inOrder()).isEqualTo(new AlignmentScore.LinkCounts(1, 0, 2));
        assertThat(s.raw()).isEqualTo(new AlignmentScore.LinkCounts(2, 0, 1));
        assertThat(s.inOrder().recall()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.tally(AlignmentLabel.MODIFIED)).isEqualTo(new AlignmentScore.Tally(0, 2));
        assertThat(s.tally(AlignmentLabel.IDENTICAL)).isEqualTo(new AlignmentScore.Tally(2, 4));
    }

    @Test
    void a_gold_split_counts_as_recovered_only_when_every_link_matches() {
        AlignmentGold split = new AlignmentGold("s", List.of("a b"), List.of("a", "b"),
                List.of(AlignmentLabel.MODIFIED), List.of(AlignmentLabel.MODIFIED, AlignmentLabel.MODIFIED),
                Set.of(new AlignmentLink(0, 0), new AlignmentLink(0, 1)));
        Alignment asSplit = new Alignment(1, 2, List.of(new Edit.Split(0, List.of(0, 1), false, 0.9, WordDiff.EMPTY)));
        Alignment asEdit = new Alignment(1, 2, List.of(new Edit.Edited(0, 0, false, 0.6, WordDiff.EMPTY), new Edit.Added(1)));
        assertThat(AlignmentScorer.score(split, asSplit).splits()).isEqualTo(new AlignmentScore.Tally(1, 1));
        assertThat(AlignmentScorer.score(split, asEdit).splits()).isEqualTo(new AlignmentScore.Tally(0, 1));
        assertThat(AlignmentScorer.score(split, asEdit).merges().total()).isZero();
    }
}
