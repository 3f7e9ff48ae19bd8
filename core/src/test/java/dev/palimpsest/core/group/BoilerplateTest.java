package dev.palimpsest.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private static final String TAGLINE = "Sign up for our morning newsletter to get the day's most important "
            + "stories, analysis and opinion delivered straight to your inbox before breakfast every weekday.";

    @Test
    void short_unrelated_articles_ending_with_one_long_tagline_stay_apart() {
        List<String> sentences = List.of(GroupFixtures.resource("/group/gum-news/sentences.txt").split("\n"));
        List<Snapshot> heap = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            heap.add(Snapshot.of("article-" + a, List.of(sentences.get(7 * a + 100), sentences.get(7 * a + 101), TAGLINE)));
        }

        Grouping grouping = SnapshotGrouper.standard().group(heap);

        assertThat(grouping.chains()).hasSize(30);
    }

    @Test
    void empty_snapshots_stay_alone() {
        List<Snapshot> heap = List.of(Snapshot.of("a", List.of()), Snapshot.of("b", List.of("—")), Snapshot.of("c", List.of()));

        assertThat(SnapshotGrouper.standard().group(heap).chains()).hasSize(3);
    }
}
