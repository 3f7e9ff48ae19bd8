package dev.palimpsest.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AlignerTest {

    private static final Aligner ALIGNER = Aligner.standard();

    private static final String A = "Anxiety seized the Qaddafi government on Thursday over the second defection in two days.";
    private static final String B = "Soon rumors swirled of a cascade of high-level defections.";
    private static final String C = "Other rumors, like the exit of the oil minister, were quickly shot down.";
    private static final String D = "Western leaders hailed Mr. Koussa’s departure, in particular, as a turning point.";
    private static final String E = "Asked if Colonel Qaddafi and his sons were still in Libya, Mr. Ibrahim smiled.";
    private static final String F = "Alan Cowell and Marlise Simons contributed reporting from Paris.";

    @Test
    void identical_texts_are_all_unchanged_in_place() {
        List<String> text = List.of(A, B, C, D);
        Alignment a = ALIGNER.align(text, text);
        assertThat(a.edits()).hasSize(4).allSatisfy(e -> {
            assertThat(e).isInstanceOf(Edit.Unchanged.class);
            assertThat(e.moved()).isFalse();
            assertThat(e.oldIndices()).isEqualTo(e.newIndices());
            assertThat(e.words().isIdentity()).isTrue();
        });
        assertThat(a.summary()).isEqualTo(new AlignmentSummary(4, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void empty_inputs_give_only_additions_or_deletions() {
        assertThat(ALIGNER.align(List.of(), List.of()).edits()).isEmpty();
        assertThat(ALIGNER.align(List.of(), List.of(A, B)).edits())
                .containsExactly(new Edit.Added(0), new Edit.Added(1));
        assertThat(ALIGNER.align(List.of(A, B), List.of()).edits())
                .containsExactly(new Edit.Deleted(0), new Edit.Deleted(1));
    }

    @Test
    void a_reworded_sentence_is_edited_with_its_word_diff() {
        String edited = "Anxiety gripped the Qaddafi government on Thursday over the second defection in two days.";
        Alignment a = ALIGNER.align(List.of(A, B, C), List.of(edited, B, C));
        Edit first = a.edits().get(0);
        assertThat(first).isInstanceOf(Edit.Edited.class);
        assertThat(first.oldIndices()).containsExactly(0);
        assertThat(first.newIndices()).containsExactly(0);
        assertThat(first.words().apply(A)).isEqualTo(edited);
        assertThat(first.similarity()).isBetween(0.8, 1.0);
    }

    @Test
    void a_punctuation_only_change_is_edited_not_unchanged() {
        String changed = C.replace(", like the exit of the oil minister,", " like the exit of the oil minister");
        Alignment a = ALIGNER.align(List.of(A, C), List.of(A, changed));
        assertThat(a.edits().get(1)).isInstanceOf(Edit.Edited.class);
        assertThat(a.edits().get(1).similarity()).isGreaterThan(0.9);
    }

    @Test
    void typographic_folding_still_matches_but_shows_the_real_change() {
        String straight = D.replace('’', '\'');
        Alignment a = ALIGNER.align(List.of(D), List.of(straight));
        assertThat(a.edits()).singleElement().isInstanceOf(Edit.Edited.class);
        assertThat(a.edits().get(0).words().apply(D)).isEqualTo(straight);
    }

    @Test
    void new_and_removed_sentences_are_added_and_deleted() {
        Alignment a = ALIGNER.align(List.of(A, B, C), List.of(A, F, C));
        assertThat(a.edits()).containsExactly(
                unchanged(a, 0, 0), new Edit.Deleted(1), new Edit.Added(1), unchanged(a, 2, 2));
    }

    @Test
    void a_sentence_cut_in_two_is_a_split() {
        String whole = "Musa Ibrahim, a government spokesman, struggled to confirm the departure, "
                + "and he said in a news conference on Thursday that the fight continues.";
        Alignment a = ALIGNER.align(List.of(A, whole, C), List.of(A,
                "Musa Ibrahim, a government spokesman, struggled to confirm the departure.",
                "He said in a news conference on Thursday that the fight continues.", C));
        Edit split = a.edits().get(1);
        assertThat(split).isInstanceOf(Edit.Split.class);
        assertThat(split.oldIndices()).containsExactly(1);
        assertThat(split.newIndices()).containsExactly(1, 2);
        assertThat(split.words().oldText()).isEqualTo(whole);
        assertThat(a.summary().split()).isEqualTo(1);
    }

    @Test
    void two_sentences_joined_are_a_merge() {
        Alignment a = ALIGNER.align(List.of(A,
                        "Soon rumors swirled of a cascade of high-level defections.",
                        "Al Jazeera reported that the intelligence chief had fled to Tunisia.", C),
                List.of(A, "Soon rumors swirled of a cascade of high-level defections, and Al Jazeera reported "
                        + "that the intelligence chief had fled to Tunisia.", C));
        Edit merged = a.edits().get(1);
        assertThat(merged).isInstanceOf(Edit.Merged.class);
        assertThat(merged.oldIndices()).containsExactly(1, 2);
        assertThat(merged.newIndices()).containsExactly(1);
    }

    @Test
    void a_heavy_rewrite_between_matched_neighbours_is_still_edited() {
        String old = "Rebels retreated from the oil port of Brega on Thursday under heavy fire.";
        String rewritten = "Under heavy shelling, rebel fighters abandoned Brega and fled east on Thursday.";
        Alignment a = ALIGNER.align(List.of(A, old, C), List.of(A, rewritten, C));
        assertThat(a.edits().get(1)).isInstanceOf(Edit.Edited.class);
    }

    @Test
    void an_unrelated_replacement_is_a_deletion_and_an_addition() {
        Alignment a = ALIGNER.align(List.of(A, B, C), List.of(A, F, C));
        assertThat(a.summary().edited()).isZero();
        assertThat(a.summary().added()).isEqualTo(1);
        assertThat(a.summary().deleted()).isEqualTo(1);
    }

    @Test
    void a_sentence_moved_far_is_matched_and_flagged_moved() {
        List<String> old = List.of(A, B, C, D, E, F);
        List<String> changed = List.of(B, C, D, E, A, F);
        Alignment a = ALIGNER.align(old, changed);
        assertThat(a.edits()).allSatisfy(e -> assertThat(e).isInstanceOf(Edit.Unchanged.class));
        assertThat(a.edits()).filteredOn(Edit::moved).singleElement()
                .satisfies(e -> assertThat(e.oldIndices()).containsExactly(0));
    }

    @Test
    void swapping_two_paragraphs_marks_the_shorter_block_moved() {
        List<String> longBlock = List.of(A, D, E);
        List<String> shortBlock = List.of(B, F);
        List<String> old = concat(longBlock, shortBlock);
        List<String> changed = concat(shortBlock, longBlock);
        Alignment a = ALIGNER.align(old, changed);
        assertThat(a.edits()).filteredOn(Edit::moved).extracting(e -> e.oldIndices().get(0))
                .containsExactlyInAnyOrder(3, 4);
        // Also when the short block comes first in the old version.
        Alignment back = ALIGNER.align(changed, old);
        assertThat(back.edits()).filteredOn(Edit::moved).extracting(e -> e.oldIndices().get(0))
                .containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void a_moved_and_edited_sentence_is_edited_and_moved() {
        String editedA = A.replace("seized", "gripped");
        Alignment a = ALIGNER.align(List.of(A, B, C, D, E), List.of(B, C, D, E, editedA));
        Edit moved = a.edits().stream().filter(Edit::moved).findFirst().orElseThrow();
        assertThat(moved).isInstanceOf(Edit.Edited.class);
        assertThat(moved.oldIndices()).containsExactly(0);
        assertThat(moved.newIndices()).containsExactly(4);
    }

    @Test
    void edits_follow_the_new_order_with_deletions_after_their_old_predecessor() {
        // old: A B C D E ; new: E' (moved) A C X D  -> B deleted after A, E moved to the front.
        Alignment a = ALIGNER.align(List.of(A, B, C, D, E), List.of(E, A, C, F, D));
        assertThat(a.edits()).extracting(Edit::type).containsExactly(
                EditType.UNCHANGED, EditType.UNCHANGED, EditType.DELETED, EditType.UNCHANGED,
                EditType.ADDED, EditType.UNCHANGED);
        assertThat(a.edits().get(2)).isEqualTo(new Edit.Deleted(1));
        Alignment leading = ALIGNER.align(List.of(F, B, A), List.of(A));
        assertThat(leading.edits()).containsExactly(new Edit.Deleted(0), new Edit.Deleted(1), unchanged(leading, 2, 0));
    }

    @Test
    void duplicate_sentences_pair_in_order() {
        Alignment a = ALIGNER.align(List.of(A, B, A), List.of(A, C, A));
        assertThat(a.edits()).filteredOn(e -> e instanceof Edit.Unchanged)
                .extracting(e -> List.of(e.oldIndices().get(0), e.newIndices().get(0)))
                .containsExactly(List.of(0, 0), List.of(2, 2));
    }

    @Test
    void the_same_input_gives_the_same_alignment_whatever_the_hash_order() {
        List<String> old = new ArrayList<>(List.of(A, B, C, D, E, F));
        List<String> changed = List.of(F, B.replace("Soon", "Quickly"), D, A, C + " Really.", E);
        Alignment first = ALIGNER.align(old, changed);
        assertThat(ALIGNER.align(old, changed)).isEqualTo(first);
        // Other aligners built separately, and inputs whose strings hash differently (fresh copies,
        // different insertion history of the internal maps) must not change the result.
        Aligner other = Aligner.builder().build();
        List<String> copies = old.stream().map(s -> new String(s.toCharArray())).toList();
        assertThat(other.align(copies, changed)).isEqualTo(first);
        Map<String, Integer> warm = new java.util.HashMap<>();
        IntStream.range(0, 1000).forEach(i -> warm.put("k" + i, i));
        assertThat(other.align(old, changed)).isEqualTo(first);
    }

    @Test
    void reversing_a_list_changes_nothing_but_the_moves() {
        List<String> old = List.of(A, B, C, D, E, F);
        List<String> reversed = new ArrayList<>(old);
        Collections.reverse(reversed);
        Alignment a = ALIGNER.align(old, reversed);
        assertThat(a.summary().unchanged()).isEqualTo(6);
        assertThat(a.summary().moved()).isEqualTo(5);
    }

    @Test
    void inputs_above_max_sentences_are_refused_with_a_clear_message() {
        Aligner small = Aligner.builder().maxSentences(3).build();
        assertThat(small.align(List.of(A, B, C), List.of(A)).summary().unchanged()).isEqualTo(1);
        assertThatThrownBy(() -> small.align(List.of(A, B, C, D), List.of(A)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("old version has 4 sentences")
                .hasMessageContaining("maxSentences 3");
        assertThatThrownBy(() -> small.align(List.of(A), List.of(A, B, C, D)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new version");
        assertThat(Aligner.DEFAULT_MAX_SENTENCES).isEqualTo(20_000);
    }

    @Test
    void builder_rejects_out_of_range_settings() {
        assertThatThrownBy(() -> Aligner.builder().matchThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Aligner.builder().maxSplitParts(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void turning_splits_off_gives_an_edit_and_an_addition() {
        Aligner noSplits = Aligner.builder().maxSplitParts(1).build();
        String whole = "Musa Ibrahim, a government spokesman, struggled to confirm the departure, "
                + "and he said in a news conference on Thursday that the fight continues.";
        Alignment a = noSplits.align(List.of(whole), List.of(
                "Musa Ibrahim, a government spokesman, struggled to confirm the departure.",
                "He said in a news conference on Thursday that the fight continues."));
        assertThat(a.summary().split()).isZero();
    }

    @Test
    void an_aligner_survives_serialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Aligner.builder().moveThreshold(0.9).build());
        }
        Aligner copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Aligner) in.readObject();
        }
        assertThat(copy.align(List.of(A, B), List.of(B, A)).summary().moved()).isEqualTo(1);
    }

    private static Edit unchanged(Alignment a, int oldIndex, int newIndex) {
        return a.edits().stream()
                .filter(e -> e instanceof Edit.Unchanged && e.oldIndices().get(0) == oldIndex)
                .filter(e -> e.newIndices().get(0) == newIndex).findFirst()
                .orElseThrow(() -> new AssertionError("no unchanged " + oldIndex + "->" + newIndex + " in " + a.edits()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
