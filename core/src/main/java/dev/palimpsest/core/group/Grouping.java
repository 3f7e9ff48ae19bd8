package dev.palimpsest.core.group;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Snapshots grouped into articles: every input snapshot is in exactly one chain. Chains are listed by
 * their smallest snapshot id, so equal inputs give equal groupings whatever their order.
 */
public record Grouping(List<Chain> chains) {

    public Grouping {
        chains = List.copyOf(chains);
        Set<String> seen = new HashSet<>();
        for (Chain chain : chains) {
            for (String id : chain.snapshotIds()) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("snapshot '" + id + "' is in more than one chain");
                }
            }
        }
    }

    public Optional<Chain> findChainOf(String snapshotId) {
        return chains.stream().filter(c -> c.snapshotIds().contains(snapshotId)).findFirst();
    }

    /** @throws IllegalArgumentException naming the id when no chain holds it */
    public Chain expectChainOf(String snapshotId) {
        return findChainOf(snapshotId)
                .orElseThrow(() -> new IllegalArgumentException("no chain holds snapshot '" + snapshotId + "'"));
    }

    public int snapshotCount() {
        return chains.stream().mapToInt(Chain::size).sum();
    }
}
