package dev.palimpsest.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.segment.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeedGroupingTest {

    private final SnapshotGrouper grouper = SnapshotGrouper.standard();

    static List<SentenceSplitter> splitters() {
        return List.of(GroupFixtures.REGEX_SPLITTER, NewsSentenceSplitter.create());
    }

    @ParameterizedTest
    @MethodSource("splitters")
    void the_three_seeds_form_one_chain_ordered_oldest_first_without_timestamps(SentenceSplitter splitter) {
        List<Snapshot> reversed = new ArrayList<>(GroupFixtures.seeds(splitter));
        Collections.reverse(reversed);

        Grouping grouping = grouper.group(reversed);

        assertThat(grouping.chains()).hasSize(1);
        Chain chain = grouping.chains().get(0);
        assertThat(chain.snapshotIds()).containsExactlyElementsOf(GroupFixtures.SEED_FILES);
        assertThat(chain.basis()).isEqualTo(OrderBasis.SIMILARITY);
        assertThat(chain.confidence()).isBetween(0.5, 0.99);
    }

    @ParameterizedTest
    @MethodSource("splitters")
    void the_rewritten_seed_shares_only_four_sentences_with_its_predecessor(SentenceSplitter splitter) {
        List<Snapshot> seeds = GroupFixtures.seeds(splitter);
        Fingerprint middle = fingerprint(seeds.get(1));
        Fingerprint newest = fingerprint(seeds.get(2));

        int shared = newest.sentencesSharing(TextFeatures.sortedDistinct(middle.anchors), new long[0], 0);

        assertThat(shared).isEqualTo(4);
        assertThat(newest.longSentenceCount()).isGreaterThan(25);
    }

    @Test
    void the_rewritten_seed_and_its_predecessor_alone_are_one_chain() {
        List<Snapshot> seeds = GroupFixtures.seeds();

        Grouping grouping = grouper.group(List.of(seeds.get(2), seeds.get(1)));

        assertThat(grouping.chains()).hasSize(1);
    }

    @Test
    void timestamps_win_over_similarity_for_the_order() {
        List<Snapshot> seeds = GroupFixtures.seeds();
        Instant noon = Instant.parse("2011-03-31T12:00:00Z");
        List<Snapshot> timed = List.of(
                seeds.get(0).withTime(noon.plusSeconds(7200)),
                seeds.get(1).withTime(noon.plusSeconds(3600)),
                seeds.get(2).withTime(noon));

        Chain chain = grouper.group(timed).chains().get(0);

        assertThat(chain.snapshotIds()).containsExactly(
                GroupFixtures.SEED_FILES.get(2), GroupFixtures.SEED_FILES.get(1), GroupFixtures.SEED_FILES.get(0));
        assertThat(chain.basis()).isEqualTo(OrderBasis.TIMESTAMPS);
        assertThat(chain.confidence()).isEqualTo(1.0);
    }

    @Test
    void some_timestamps_orient_an_order_found_by_similarity() {
        List<Snapshot> seeds = GroupFixtures.seeds();
        Instant noon = Instant.parse("2011-03-31T12:00:00Z");
        List<Snapshot> partly = List.of(seeds.get(0).withTime(noon.plusSeconds(3600)), seeds.get(1), seeds.get(2).withTime(noon));

        Chain chain = grouper.group(partly).chains().get(0);

        assertThat(chain.basis()).isEqualTo(OrderBasis.SIMILARITY);
        assertThat(chain.oldest()).isEqualTo(GroupFixtures.SEED_FILES.get(2));
        assertThat(chain.newest()).isEqualTo(GroupFixtures.SEED_FILES.get(0));
    }

    @Test
    void the_result_does_not_depend_on_input_order_or_run() {
        List<Snapshot> heap = new ArrayList<>(GroupFixtures.seeds());
        heap.addAll(HeapFixture.generate(5, 40).snapshots());
        List<Snapshot> shuffled = new ArrayList<>(heap);
        Collections.shuffle(shuffled, new Random(9));

        Grouping first = grouper.group(heap);

        assertThat(grouper.group(shuffled)).isEqualTo(first);
        assertThat(grouper.group(heap)).isEqualTo(first);
        assertThat(first.snapshotCount()).isEqualTo(heap.size());
    }

    private static Fingerprint fingerprint(Snapshot s) {
        return new Fingerprinter(new MinHasher(128), 5, 6).of(s.sentences());
    }
}
