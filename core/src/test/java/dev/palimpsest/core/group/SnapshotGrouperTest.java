package dev.palimpsest.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotGrouperTest {

    @Test
    void an_empty_heap_gives_no_chains() {
        assertThat(SnapshotGrouper.standard().group(List.of()).chains()).isEmpty();
    }

    @Test
    void duplicate_ids_are_refused_naming_the_id() {
        List<Snapshot> heap = List.of(Snapshot.of("x.txt", List.of("One.")), Snapshot.of("x.txt", List.of("Two.")));

        assertThatThrownBy(() -> SnapshotGrouper.standard().group(heap))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x.txt'");
    }

    @Test
    void bad_settings_are_refused_quoting_the_value() {
        assertThatThrownBy(() -> SnapshotGrouper.builder().hashFunctions(100).bands(64).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> SnapshotGrouper.builder().minJaccard(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> SnapshotGrouper.builder().maxSentenceClusters(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
    }

    @Test
    void the_standard_bands_make_pairs_from_about_an_eighth_shared_candidates() {
        assertThat(SnapshotGrouper.standard().candidateThreshold()).isBetween(0.1, 0.15);
    }

    @Test
    void a_page_saved_more_times_than_the_search_limit_is_ordered_by_length_with_no_confidence() {
        String base = "Officials said the bridge would reopen next week after repairs to its main span were finished";
        List<Snapshot> heap = new java.util.ArrayList<>();
        for (int i = 0; i <= ChainOrderer.MAX_SEARCHED; i++) {
            heap.add(Snapshot.of(String.format("save-%04d", ChainOrderer.MAX_SEARCHED - i), List.of(base + " update".repeat(i % 3) + ".")));
        }

        Chain chain = SnapshotGrouper.standard().group(heap).chains().get(0);

        assertThat(chain.size()).isEqualTo(ChainOrderer.MAX_SEARCHED + 1);
        assertThat(chain.confidence()).isZero();
        assertThat(heap.stream().filter(s -> s.id().equals(chain.newest())).findFirst().orElseThrow().sentences().get(0))
                .endsWith("update update.");
    }

    @Test
    void a_chain_refuses_a_confidence_outside_zero_to_one() {
        assertThatThrownBy(() -> new Chain(List.of("a"), OrderBasis.SIMILARITY, 1.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2");
    }

    @Test
    void a_grouping_finds_the_chain_of_a_snapshot() {
        Grouping grouping = new Grouping(List.of(new Chain(List.of("a", "b"), OrderBasis.TIMESTAMPS, 1.0)));

        assertThat(grouping.findChainOf("b")).isPresent();
        assertThat(grouping.findChainOf("c")).isEmpty();
        assertThatThrownBy(() -> grouping.expectChainOf("c")).hasMessageContaining("'c'");
    }
}
