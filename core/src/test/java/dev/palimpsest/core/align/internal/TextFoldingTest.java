package dev.palimpsest.core.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFoldingTest {

    private static long keyHash(String text) {
        return TextFolding.keyHash(text, new char[TextFolding.EDGE]);
    }

    private static final List<String> VARIANTS = List.of(
            "Libya’s foreign minister — Moussa Koussa — defected.",
            "LIBYA'S  FOREIGN minister - Moussa Koussa - defected.",
            "  libya`s foreign\u00A0minister – moussa koussa — defected.\n",
            "Libya\u2019s foreign\tminister \u2014 Moussa Koussa \u2014 defected.  ");

    @Test
    void texts_with_one_key_have_one_hash() {
        for (String v : VARIANTS) {
            assertThat(TextFolding.fold(v)).isEqualTo(TextFolding.fold(VARIANTS.get(0)));
            assertThat(keyHash(v)).isEqualTo(keyHash(VARIANTS.get(0)));
            assertThat(TextFolding.sameKey(v, VARIANTS.get(0))).isTrue();
        }
    }

    @Test
    void the_hash_is_the_hash_of_the_key_even_where_unicode_lower_casing_decides() {
        List<String> texts = List.of("Élysée Palace", "ÉLYSÉE PALACE", "\u212Aey", "KEY", "İstanbul", "ΟΔΟΣ", "",
                " \t ", "a\u0001b", "A\u2028B", "x`y", "«Oui»");
        for (String t : texts) {
            assertThat(keyHash(t)).as(t).isEqualTo(TextFolding.hashOf(TextFolding.fold(t)));
        }
        assertThat(keyHash("\u212Aey")).isEqualTo(keyHash("key"));
    }

    @Test
    void random_case_quote_and_space_variants_keep_their_hash() {
        Random random = new Random(7);
        String alphabet = "aAbB ’'`“\"—-\u00A0\t\n.,Éé";
        for (int i = 0; i < 2000; i++) {
            StringBuilder a = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                a.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = a.toString();
            // Whitespace past the chars copied from each end.
            String padded = " \t".repeat(20) + text.replace(" ", "     ") + "\n".repeat(40);
            assertThat(keyHash(padded)).as(padded).isEqualTo(TextFolding.hashOf(TextFolding.fold(padded)));
            assertThat(keyHash(text)).as(text).isEqualTo(TextFolding.hashOf(TextFolding.fold(text)));
        }
    }

    @Test
    void same_key_agrees_with_comparing_the_keys() {
        Random random = new Random(3);
        String alphabet = "aAb ’'`—-\u00A0\t.\u2028É";
        for (int i = 0; i < 20_000; i++) {
            String a = randomText(random, alphabet);
            String b = random.nextBoolean() ? randomText(random, alphabet) : a.toUpperCase().replace(' ', '\t');
            assertThat(TextFolding.sameKey(a, b)).as(a + " / " + b)
                    .isEqualTo(TextFolding.fold(a).equals(TextFolding.fold(b)));
        }
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder a = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
            a.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return a.toString();
    }

    @Test
    void different_keys_are_told_apart() {
        assertThat(TextFolding.sameKey("The minister said on Monday.", "The minister said on Friday.")).isFalse();
        assertThat(TextFolding.sameKey("a b", "ab")).isFalse();
    }

    @Test
    void terms_are_stemmed_words_and_stop_words_are_known() {
        char[] key = TextFolding.fold("Libya's cars, the glass and this el-Qaddafi.").toCharArray();
        int[] bounds = new int[key.length + 1];
        int count = TextFolding.terms(key, key.length, bounds);
        StringBuilder terms = new StringBuilder();
        for (int t = 0; t < count; t++) {
            terms.append(new String(key, bounds[2 * t], bounds[2 * t + 1] - bounds[2 * t])).append('|');
        }
        assertThat(terms.toString()).isEqualTo("libya|car|the|glass|and|thi|el|qaddafi|");
        assertThat(TextFolding.isStopWord("the".toCharArray(), 0, 3)).isTrue();
        assertThat(TextFolding.isStopWord("thi".toCharArray(), 0, 3)).isFalse();
        assertThat(TextFolding.isStopWord("xsaid".toCharArray(), 1, 5)).isTrue();
    }

    @Test
    void exact_matches_pair_the_kth_copies_by_key() {
        String[] olds = {"A b.", "a b.", "C d.", "A b."};
        String[] news = {"a b.", "C D.", "a  b.", "x."};
        assertThat(ExactMatches.find(olds, news)).containsExactly(0, 2, 1, -1);
    }

    @Test
    void exact_matches_know_which_pairs_are_the_very_same_text() {
        String[] olds = {"A b.", "a b.", "C d.", "A b.", "e f."};
        String[] news = {"A b.", "C d.", "a b.", "A b.", "E F."};
        boolean[] sameText = new boolean[news.length];
        assertThat(ExactMatches.find(olds, news, sameText)).containsExactly(0, 2, 1, 3, 4);
        // Set only where known: the third and fourth copies are paired without comparing their texts.
        assertThat(sameText).containsExactly(true, true, false, false, false);
    }
}
