package dev.palimpsest.core.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiTermsTest {

    /** The terms of the folded text, each as "chars#hash|", the way the slow path finds them. */
    private static String slowTerms(String text) {
        char[] key = TextFolding.fold(text).toCharArray();
        int[] bounds = new int[key.length + 1];
        int count = TextFolding.terms(key, key.length, bounds);
        StringBuilder terms = new StringBuilder();
        for (int t = 0; t < count; t++) {
            String term = new String(key, bounds[2 * t], bounds[2 * t + 1] - bounds[2 * t]);
            terms.append(term).append('#').append(term.hashCode()).append('|');
        }
        return terms.toString();
    }

    /** The same from one pass over the raw chars, or null if it gives up. */
    private static String fastTerms(String text) {
        char[] chars = text.toCharArray();
        int[] bounds = new int[chars.length + 1];
        int[] hashes = new int[chars.length / 2 + 1];
        int count = AsciiTerms.scan(chars, chars.length, bounds, hashes);
        if (count < 0) {
            return null;
        }
        StringBuilder terms = new StringBuilder();
        for (int t = 0; t < count; t++) {
            terms.append(chars, bounds[2 * t], bounds[2 * t + 1] - bounds[2 * t]).append('#').append(hashes[t]).append('|');
        }
        return terms.toString();
    }

    @Test
    void one_pass_finds_the_terms_of_the_folded_text() {
        for (String text : new String[] {"Libya's cars, the glass and this el-Qaddafi.", "", "  ", "a", "A's",
                "Rock'n'roll's DON’T  bus’s glass’s 3's x'", "O'Neill's 1990s' ``quoted'' — dash", "ab'9 it's'"}) {
            assertThat(fastTerms(text)).as(text).isEqualTo(slowTerms(text));
        }
    }

    @Test
    void random_texts_agree_with_the_slow_path_or_give_it_the_text() {
        Random random = new Random(11);
        String alphabet = "aAsSzZ09 '’`\"“—-\u00A0\t\n.,\u0001é\u2028";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            String fast = fastTerms(t);
            boolean foldsToAscii = TextFolding.fold(t).chars().allMatch(c -> c < 0x80)
                    && t.chars().noneMatch(c -> c == 'é' || c == '\u2028');
            if (foldsToAscii) {
                assertThat(fast).as(t).isEqualTo(slowTerms(t));
            } else {
                assertThat(fast).as(t).isNull();
            }
        }
    }
}
