package dev.palimpsest.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    @Test
    void case_punctuation_and_quote_style_do_not_change_a_sentence_hash() {
        long curly = TextFeatures.sequenceHash(TextFeatures.tokenHashes("Libya’s foreign minister “defected” — again."));
        long straight = TextFeatures.sequenceHash(TextFeatures.tokenHashes("LIBYA'S Foreign Minister \"defected\", again"));

        assertThat(curly).isEqualTo(straight);
    }

    @Test
    void different_words_give_different_hashes() {
        assertThat(TextFeatures.sequenceHash(TextFeatures.tokenHashes("the rebels retreated")))
                .isNotEqualTo(TextFeatures.sequenceHash(TextFeatures.tokenHashes("the rebels advanced")));
    }

    @Test
    void a_text_shorter_than_a_shingle_is_one_shingle_and_an_empty_text_none() {
        assertThat(TextFeatures.shingles(List.of(TextFeatures.tokenHashes("Brega fell.")), 5)).hasSize(1);
        assertThat(TextFeatures.shingles(List.of(TextFeatures.tokenHashes(" — ")), 5)).isEmpty();
    }

    @Test
    void sentences_sharing_a_run_of_twelve_words_share_a_passage_anchor() {
        String run = "on a list of some individuals with formal or de facto authority who commanded";
        long[] a = anchors("He placed Mr. Koussa second after Col. Muammar el-Qaddafi " + run + " the forces.");
        long[] b = anchors("He placed Mr. Koussa second after Colonel Qaddafi " + run + " and had control.");

        assertThat(TextFeatures.intersectionSize(a, b)).isPositive();
    }

    @Test
    void sentences_sharing_only_a_short_stock_phrase_share_no_anchor() {
        long[] a = anchors("Foreign Minister Moussa Koussa flew to London aboard an executive jet on Wednesday.");
        long[] b = anchors("Rebels said Foreign Minister Moussa Koussa had long run the intelligence service.");

        assertThat(TextFeatures.intersectionSize(a, b)).isZero();
    }

    private static long[] anchors(String sentence) {
        LongList out = new LongList();
        Passages.anchors(TextFeatures.tokenHashes(sentence), out);
        return TextFeatures.sortedDistinct(out.toArray());
    }
}
