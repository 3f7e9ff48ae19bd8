package dev.palimpsest.core.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceIndexerTest {

    @Test
    void terms_and_lookup_keys_come_sorted_and_distinct_for_short_and_long_sentences() {
        Random random = new Random(5);
        String[] words = {"the", "minister", "said", "Libya's", "cars", "Koussa", "of", "a", "defected", "Tripoli"};
        SentenceIndexer indexer = new SentenceIndexer(100_000, 5_000);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            // Up to 400 words, far past where the sort gives way to bits.
            for (int k = random.nextInt(i % 2 == 0 ? 20 : 400); k >= 0; k--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(60)).append(' ');
            }
            int[] terms = indexer.index(text.toString());
            assertSortedDistinct(terms);
            assertSortedDistinct(indexer.lastLookupKeys());
        }
    }

    private static void assertSortedDistinct(int[] ids) {
        int[] expected = Arrays.stream(ids).distinct().sorted().toArray();
        assertThat(ids).containsExactly(expected);
    }
}
