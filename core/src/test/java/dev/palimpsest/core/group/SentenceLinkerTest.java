package dev.palimpsest.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceLinkerTest {

    private static final List<String> SENTENCES = List.of(
            GroupFixtures.resource("/group/gum-news/sentences.txt").split("\n")).stream()
            .filter(s -> s.split(" ").length >= 10).toList();

    @Test
    void a_roundup_quoting_four_stories_does_not_pull_them_all_into_one_chain() {
        List<Snapshot> heap = new ArrayList<>();
        List<String> roundup = new ArrayList<>();
        for (int story = 0; story < 4; story++) {
            List<String> text = SENTENCES.subList(40 * story, 40 * story + 10);
            heap.add(Snapshot.of("story-" + story, text));
            roundup.addAll(text.subList(0, 3 + (story == 0 ? 1 : 0)));
        }
        heap.add(Snapshot.of("roundup", roundup));

        Grouping grouping = SnapshotGrouper.standard().group(heap);

        // Each story shares enough with the roundup to pass the test alone; the roundup keeps its two
        // strongest links (story-0 shares four sentences), so two stories stay on their own.
        assertThat(grouping.expectChainOf("roundup").snapshotIds()).hasSize(3).contains("story-0");
        assertThat(grouping.chains()).hasSize(3);
    }

    @Test
    void two_stories_sharing_three_long_sentences_are_linked_and_two_are_not() {
        List<String> story = SENTENCES.subList(200, 215);
        List<String> rewrite = new ArrayList<>(SENTENCES.subList(300, 315));
        rewrite.addAll(5, story.subList(2, 5));
        List<String> other = new ArrayList<>(SENTENCES.subList(400, 415));
        other.addAll(5, story.subList(6, 8));

        Grouping grouping = SnapshotGrouper.standard().group(List.of(
                Snapshot.of("story", story), Snapshot.of("rewrite", rewrite), Snapshot.of("other", other)));

        assertThat(grouping.expectChainOf("story").snapshotIds()).containsExactlyInAnyOrder("story", "rewrite");
        assertThat(grouping.expectChainOf("other").snapshotIds()).containsExactly("other");
    }
}
