package dev.palimpsest.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiffRowsTest {

    @Test
    void rows_follow_the_new_version_with_deletions_after_their_old_neighbour() {
        // old: A X B Y C      new: A B N C
        List<Edit> edits = List.of(
                new Edit.Unchanged(0, 0, false, WordDiff.EMPTY), new Edit.Deleted(1),
                new Edit.Unchanged(2, 1, false, WordDiff.EMPTY), new Edit.Deleted(3), new Edit.Added(2),
                new Edit.Unchanged(4, 3, false, WordDiff.EMPTY));

        List<String> rows = describe(DiffRows.of(new Alignment(5, 4, edits)));

        assertThat(rows).containsExactly("o0|n0", "o1|", "o2|n1", "o3|", "|n2", "o4|n3");
    }

    @Test
    void row_order_does_not_depend_on_the_order_of_edits() {
        List<Edit> edits = new ArrayList<>(List.of(
                new Edit.Deleted(0), new Edit.Unchanged(1, 0, false, WordDiff.EMPTY), new Edit.Added(1),
                new Edit.Split(2, List.of(2, 3), false, 0.8, WordDiff.EMPTY),
                new Edit.Merged(List.of(3, 4), 4, false, 0.8, WordDiff.EMPTY), new Edit.Deleted(5),
                new Edit.Unchanged(6, 5, true, WordDiff.EMPTY), new Edit.Added(6)));
        List<String> expected = describe(DiffRows.of(new Alignment(7, 7, edits)));
        Random random = new Random(42);

        for (int i = 0; i < 20; i++) {
            Collections.shuffle(edits, random);
            assertThat(describe(DiffRows.of(new Alignment(7, 7, edits)))).isEqualTo(expected);
        }
        assertThat(expected).containsExactly("o0|", "o1|n0", "|n1", "o2|n2,n3", "o3,o4|n4", "o5|", "o6|", "|n5", "|n6");
    }

    @Test
    void moved_edit_shows_its_old_half_where_it_was_and_its_new_half_where_it_is() {
        // old: M A B     new: A B M
        List<Edit> edits = List.of(
                new Edit.Unchanged(1, 0, false, WordDiff.EMPTY), new Edit.Unchanged(2, 1, false, WordDiff.EMPTY),
                new Edit.Edited(0, 2, true, 0.9, WordDiff.EMPTY));

        List<DiffRow> rows = DiffRows.of(new Alignment(3, 3, edits));

        assertThat(describe(rows)).containsExactly("o0|", "o1|n0", "o2|n1", "|n2");
        assertThat(rows.get(0).side()).isEqualTo(DiffRow.Side.OLD);
        assertThat(rows.get(3).side()).isEqualTo(DiffRow.Side.NEW);
        assertThat(rows.get(0).isChange()).isTrue();
        assertThat(rows.get(1).isChange()).isFalse();
    }

    @Test
    void crossing_pairs_not_flagged_as_moved_still_show_every_sentence_once() {
        List<Edit> edits = List.of(
                new Edit.Unchanged(0, 1, false, WordDiff.EMPTY), new Edit.Unchanged(1, 0, false, WordDiff.EMPTY),
                new Edit.Deleted(2), new Edit.Added(2));

        List<String> rows = describe(DiffRows.of(new Alignment(3, 3, edits)));

        assertThat(rows).containsExactly("o1|n0", "o0|n1", "o2|", "|n2");
    }

    private static List<String> describe(List<DiffRow> rows) {
        return rows.stream().map(r -> ids("o", r.oldIndices()) + "|" + ids("n", r.newIndices())).toList();
    }

    private static String ids(String prefix, List<Integer> indices) {
        return String.join(",", indices.stream().map(i -> prefix + i).toList());
    }
}
