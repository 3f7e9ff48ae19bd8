package dev.palimpsest.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsEditsRowsTest {

    private static final DocumentParser PARSER =
            new DocumentParser(Normalizer.standard(), NewsSentenceSplitter.create(), DocumentParser.DEFAULT_MAX_CHARS);

    private static final String A = "The rebels retreated from Brega on Wednesday under heavy shelling.";
    private static final String WHOLE = "Musa Ibrahim, a government spokesman, struggled to confirm the departure, "
            + "and he said in a news conference on Thursday that the fight continues.";
    private static final String S1 = "Musa Ibrahim, a government spokesman, struggled to confirm the departure.";
    private static final String S2 = "He said in a news conference on Thursday that the fight continues.";
    private static final String C = "Government forces seized the oil port of Ras Lanuf after a brief fight.";
    private static final String C2 = "Government forces seized the oil port of Ras Lanuf after a fierce fight.";
    private static final String D = "The foreign minister flew to London aboard a private jet.";
    private static final String M1 = "Soon rumors swirled of a cascade of high-level defections.";
    private static final String M2 = "Al Jazeera reported that the intelligence chief had fled to Tunisia.";
    private static final String M = "Soon rumors swirled of a cascade of high-level defections, and Al Jazeera reported "
            + "that the intelligence chief had fled to Tunisia.";
    private static final String E = "Oil prices rose sharply as traders weighed the risk of a long war.";

    /** v0 → v1: unchanged, split, edited, deleted, merged, added; v1 → v2: the edited sentence moves to the top. */
    private static final ArticleHistory HISTORY = new HistoryBuilder(Aligner.standard()).build(List.of(
            input("v0", A, WHOLE, C, D, M1, M2),
            input("v1", A, S1, S2, C2, M, E),
            input("v2", C2, A, S1, S2, M, E)));

    private static final NewsEditsRows ROWS = new NewsEditsRows("300", "nyt", HISTORY);

    private static HistoryBuilder.Input input(String label, String... sentences) {
        return new HistoryBuilder.Input(VersionMeta.of(label), PARSER.parse(String.join("\n\n", sentences), InputFormat.TEXT));
    }

    @Test
    void the_fixture_history_has_every_kind_of_edit() {
        assertThat(HISTORY.steps().get(0).edits()).extracting(Edit::type).extracting(Enum::name).containsExactly(
                "UNCHANGED", "SPLIT", "EDITED", "DELETED", "MERGED", "ADDED");
        assertThat(HISTORY.steps().get(1).edits()).filteredOn(Edit::moved).singleElement()
                .satisfies(e -> assertThat(e.oldIndices()).containsExactly(3));
    }

    @Test
    void split_sentences_lists_every_sentence_of_every_version() {
        List<List<Object>> rows = ROWS.splitSentences();

        assertThat(rows).hasSize(18);
        assertThat(rows.get(0)).containsExactly("300", 0, 0, A, "nyt");
        assertThat(rows.get(7)).containsExactly("300", 1, 1, S1, "nyt");
        assertThat(rows.get(12)).containsExactly("300", 2, 0, C2, "nyt");
    }

    @Test
    void matched_sentences_map_each_edit_kind_to_newsedits_rows() {
        Alignment step = HISTORY.steps().get(0);
        double split = 1 - step.edits().get(1).similarity();
        double edited = 1 - step.edits().get(2).similarity();
        double merged = 1 - step.edits().get(4).similarity();

        List<List<Object>> first = ROWS.matchedSentences().stream().filter(r -> r.get(1).equals(0)).toList();

        assertThat(first).containsExactly(
                row(0, 1, 0, 0, 0.0),
                row(0, 1, 1, 1, split), row(0, 1, 1, 2, split),
                row(0, 1, 2, 3, edited),
                row(0, 1, 3, null, null),
                row(0, 1, 4, 4, merged), row(0, 1, 5, 4, merged),
                row(0, 1, null, 5, null));
        assertThat(edited).isBetween(0.01, 0.5);
    }

    @Test
    void matched_sentences_cover_every_sentence_of_both_sides() {
        List<List<Object>> second = ROWS.matchedSentences().stream().filter(r -> r.get(1).equals(1)).toList();

        assertThat(second).extracting(r -> r.get(3)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(second).extracting(r -> r.get(4)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(second).extracting(r -> r.get(5)).containsOnly(0.0);
    }

    @Test
    void doc_level_stats_count_each_pair() {
        Alignment step = HISTORY.steps().get(0);
        double split = 1 - step.edits().get(1).similarity();
        double edited = 1 - step.edits().get(2).similarity();
        double merged = 1 - step.edits().get(4).similarity();

        List<List<Object>> stats = ROWS.docLevelStats();

        assertThat(stats).hasSize(2);
        List<Object> first = stats.get(0);
        assertThat(first.subList(0, 3)).containsExactly("300", 0, 1);
        assertThat((Double) first.get(3)).isCloseTo((0 + split + edited + 2 * merged) / 5, within());
        assertThat((Double) first.get(4)).isCloseTo((0 + 2 * split + edited + merged) / 5, within());
        // unchanged, edited x, edited y, deleted, added, merged, split, sentences x, sentences y, refactors
        assertThat(first.subList(5, 15)).containsExactly(1, 4, 4, 1, 1, 1, 1, 6, 6, 0);
        assertThat((Double) first.get(15)).isCloseTo((0 + 2 * split + edited + 2 * merged) / 6, within());
        assertThat(first.get(16)).isEqualTo("nyt");
        assertThat(stats.get(1)).containsExactly("300", 1, 2, 0.0, 0.0, 6, 0, 0, 0, 0, 0, 0, 6, 6, 1, 0.0, "nyt");
    }

    @Test
    void a_single_version_has_sentences_but_no_pairs() {
        ArticleHistory one = new HistoryBuilder(Aligner.standard()).build(List.of(input("v0", A, C)));
        NewsEditsRows rows = new NewsEditsRows("1", "ap", one);

        assertThat(rows.splitSentences()).hasSize(2);
        assertThat(rows.matchedSentences()).isEmpty();
        assertThat(rows.docLevelStats()).isEmpty();
    }

    private static List<Object> row(int vx, int vy, Integer x, Integer y, Double d) {
        return Arrays.asList("300", vx, vy, x, y, d, d, "nyt");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
