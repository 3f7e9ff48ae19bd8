package dev.palimpsest.bench.group;

import dev.palimpsest.core.group.Snapshot;
import java.util.List;
import java.util.Map;

/**
 * A heap of snapshots from many articles, shuffled, with the truth kept apart: which article each
 * snapshot belongs to and its version number within it (0 = oldest).
 */
record GeneratedHeap(List<Snapshot> snapshots, Map<String, Integer> articleOf, Map<String, Integer> versionOf,
        int articles, int distractors, String editCounts) {

    GeneratedHeap {
        snapshots = List.copyOf(snapshots);
        articleOf = Map.copyOf(articleOf);
        versionOf = Map.copyOf(versionOf);
    }
}
