package dev.palimpsest.core.group;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The versions of one article as found in a heap of snapshots, oldest first.
 *
 * @param snapshotIds the snapshot ids, oldest first, each once
 * @param basis what the order rests on
 * @param confidence how likely the order is exactly right, in {@code [0, 1]}: 1 for timestamps and
 *     for a single snapshot; for {@link OrderBasis#SIMILARITY} an estimate from how clearly the best
 *     order beats the next best and how clearly the text grows in one direction
 */
public record Chain(List<String> snapshotIds, OrderBasis basis, double confidence) {

    public Chain {
        snapshotIds = List.copyOf(snapshotIds);
        Objects.requireNonNull(basis, "basis");
        if (snapshotIds.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one snapshot");
        }
        if (new HashSet<>(snapshotIds).size() != snapshotIds.size()) {
            throw new IllegalArgumentException("repeated snapshot id in chain " + snapshotIds);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    public int size() {
        return snapshotIds.size();
    }

    public String oldest() {
        return snapshotIds.get(0);
    }

    public String newest() {
        return snapshotIds.get(snapshotIds.size() - 1);
    }
}
