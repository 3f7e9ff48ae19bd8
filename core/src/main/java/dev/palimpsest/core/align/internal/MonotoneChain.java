package dev.palimpsest.core.align.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The best in-order alignment over a sparse set of blocks: a chain of blocks strictly increasing on
 * both sides that maximizes the sum of block weights plus {@code continuityBonus} for every block that
 * directly continues the previous one (next old and next new sentence). The bonus is what lets a weak
 * rewrite be matched when it sits between two matches, and not when it floats alone.
 *
 * <p>Equivalent to the quadratic alignment dynamic program (skips free, blocks scored) restricted to
 * the given blocks, in O(B log B) for B blocks: a sweep over old positions with a max-Fenwick tree
 * over new positions, plus a direct lookup of the block ending diagonally before each block.
 */
public final class MonotoneChain {

    private MonotoneChain() {
    }

    /** The chosen blocks in increasing order; ties resolve to the earlier blocks in (old, new) order. */
    public static List<Block> best(List<Block> candidates, int newSize, double continuityBonus) {
        Block[] blocks = candidates.toArray(new Block[0]);
        Arrays.sort(blocks, Comparator.comparingInt(Block::oldStart).thenComparingInt(Block::newStart)
                .thenComparingInt(Block::oldEnd).thenComparingInt(Block::newEnd)
                .thenComparingDouble(Block::weight));
        int count = blocks.length;
        Integer[] byOldEnd = new Integer[count];
        for (int i = 0; i < count; i++) {
            byOldEnd[i] = i;
        }
        Arrays.sort(byOldEnd, Comparator.comparingInt((Integer i) -> blocks[i].oldEnd()).thenComparingInt(i -> i));

        double[] best = new double[count];
        int[] prev = new int[count];
        MaxFenwick done = new MaxFenwick(newSize);
        Map<Long, Integer> endingAt = new HashMap<>();
        int inserted = 0;
        for (int i = 0; i < count; i++) {
            Block b = blocks[i];
            while (inserted < count && blocks[byOldEnd[inserted]].oldEnd() < b.oldStart()) {
                int j = byOldEnd[inserted++];
                done.update(blocks[j].newEnd(), best[j], j);
            }
            double base = 0;
            int from = -1;
            int j = done.argMax(b.newStart() - 1);
            if (j >= 0 && best[j] > base) {
                base = best[j];
                from = j;
            }
            Integer adjacent = endingAt.get(key(b.oldStart() - 1, b.newStart() - 1));
            if (adjacent != null && best[adjacent] + continuityBonus > base) {
                base = best[adjacent] + continuityBonus;
                from = adjacent;
            }
            best[i] = b.weight() + base;
            prev[i] = from;
            endingAt.merge(key(b.oldEnd(), b.newEnd()), i, (a, c) -> best[c] > best[a] ? c : a);
        }

        int end = -1;
        for (int i = 0; i < count; i++) {
            if (best[i] > 0 && (end < 0 || best[i] > best[end])) {
                end = i;
            }
        }
        List<Block> chain = new ArrayList<>();
        for (int i = end; i >= 0; i = prev[i]) {
            chain.add(blocks[i]);
        }
        java.util.Collections.reverse(chain);
        return chain;
    }

    private static long key(int oldIndex, int newIndex) {
        return ((long) oldIndex << 32) ^ (newIndex & 0xffffffffL);
    }
}
