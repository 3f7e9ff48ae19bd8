package dev.palimpsest.bench.group;

import dev.palimpsest.core.group.Chain;
import dev.palimpsest.core.group.Grouping;
import dev.palimpsest.core.group.Snapshot;
import dev.palimpsest.core.group.SnapshotGrouper;
import java.util.List;

/**
 * The one seam to the code under test, {@code SnapshotGrouper.standard().group(snapshots)}: the
 * generator and the scoring never touch core, so the benchmark input cannot depend on what it measures.
 */
final class CoreGrouper {

    /** What the benchmark reads of a chain. */
    record ChainView(List<String> ids, String basis, double confidence) {
    }

    private final SnapshotGrouper grouper = SnapshotGrouper.standard();

    static CoreGrouper standard() {
        return new CoreGrouper();
    }

    /** Core's snapshots for the items, built before timing starts. */
    List<Snapshot> snapshots(List<GeneratedHeap.Item> items) {
        return items.stream().map(item -> Snapshot.of(item.id(), item.sentences())).toList();
    }

    /** Runs the grouper: the part that is timed. */
    Grouping group(List<Snapshot> snapshots) {
        return grouper.group(snapshots);
    }

    List<ChainView> chains(Grouping grouping) {
        return grouping.chains().stream().map(CoreGrouper::view).toList();
    }

    private static ChainView view(Chain chain) {
        return new ChainView(chain.snapshotIds(), chain.basis().name(), chain.confidence());
    }
}
