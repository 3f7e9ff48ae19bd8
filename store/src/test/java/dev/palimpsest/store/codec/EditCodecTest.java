package dev.palimpsest.store.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.EditType;
import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.align.WordDiffer;
import dev.palimpsest.core.align.WordOp;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditCodecTest {

    private static final List<String> OLD = List.of(
            "Rebels seized the oil port of Brega on Wednesday after heavy fighting.",
            "Foreign Minister Moussa Koussa flew to London, officials said.",
            "The United Nations called for a ceasefire and for talks between the government and the rebels.",
            "Residents of Tripoli reported explosions near the airport overnight.",
            "This sentence goes away entirely.",
            "NATO took command.",
            "It did so on Thursday.");
    private static final List<String> NEW = List.of(
            "Residents of Tripoli reported explosions near the airport overnight.",
            "Rebels seized the oil port of Brega on Wednesday after heavy fighting.",
            "Foreign Minister Moussa Koussa flew to London on Wednesday, British officials said.",
            "The United Nations called for a ceasefire.",
            "It also called for talks between the government and the rebels.",
            "NATO took command, and it did so on Thursday.",
            "A brand new sentence about something else.");

    @Test
    void every_edit_of_an_alignment_round_trips() {
        Alignment alignment = Aligner.standard().align(OLD, NEW);
        Set<EditType> types = EnumSet.noneOf(EditType.class);
        for (Edit e : alignment.edits()) {
            types.add(e.type());
            assertThat(EditCodec.decode(EditCodec.encode(e), OLD, NEW, WordDiffer.standard())).isEqualTo(e);
        }
        assertThat(types).contains(EditType.UNCHANGED, EditType.EDITED, EditType.ADDED, EditType.DELETED);
    }

    @Test
    void unchanged_edits_store_no_words() {
        Edit unchanged = Aligner.standard().align(OLD, OLD).edits().get(0);
        assertThat(EditCodec.encode(unchanged).words()).isEmpty();
    }

    @Test
    void word_diffs_round_trip_whatever_their_characters() {
        WordDiff diff = new WordDiff(List.of(new WordOp(WordOp.Kind.EQUAL, "=3:"), new WordOp(WordOp.Kind.DELETE, " -12:x"),
                new WordOp(WordOp.Kind.INSERT, " +\n\u0000é😀"), new WordOp(WordOp.Kind.EQUAL, " end.")));
        assertThat(WordDiffCodec.decode(WordDiffCodec.encode(diff))).isEqualTo(diff);
        assertThat(WordDiffCodec.decode("")).isEqualTo(WordDiff.EMPTY);
    }

    @Test
    void a_damaged_word_diff_is_refused() {
        for (String bad : List.of("=3", "=3:ab", "x3:abc", "=-1:", "=a:b")) {
            assertThatThrownBy(() -> WordDiffCodec.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void index_lists_round_trip() {
        assertThat(IndexList.decode(IndexList.encode(List.of(3, 4, 5)))).containsExactly(3, 4, 5);
        assertThat(IndexList.decode("")).isEmpty();
        assertThatThrownBy(() -> IndexList.decode("1,,2")).isInstanceOf(IllegalArgumentException.class);
    }
}
