package dev.palimpsest.core.align.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        // Own sorts, not Arrays.sort with comparators: this runs once per aligned pair, and TimSort's
        // profile, shared by every comparator sort in the program, kept deoptimizing the aligner.
        if (!isSorted(blocks)) { // often they are: exact matches in order and nothing else
            mergeSort(blocks, blocks.clone(), 0, blocks.length);
        }
        int count = blocks.length;
        int[] byOldEnd = byOldEnd(blocks);

        double[] best = new double[count];
        int[] prev = new int[count];
        MaxFenwick done = new MaxFenwick(newSize);
        // For each (old end, new end) of a block, the best block ending there so far (ties: the first).
        long[] ends = distinctEnds(blocks);
        int[] endingAt = new int[ends.length];
        Arrays.fill(endingAt, -1);
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
            int slot = Arrays.binarySearch(ends, key(b.oldStart() - 1, b.newStart() - 1));
            int adjacent = slot >= 0 ? endingAt[slot] : -1;
            if (adjacent >= 0 && best[adjacent] + continuityBonus > base) {
                base = best[adjacent] + continuityBonus;
                from = adjacent;
            }
            best[i] = b.weight() + base;
            prev[i] = from;
            int own = Arrays.binarySearch(ends, key(b.oldEnd(), b.newEnd()));
            if (endingAt[own] < 0 || best[i] > best[endingAt[own]]) {
                endingAt[own] = i;
            }
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

    private static boolean isSorted(Block[] blocks) {
        for (int i = 1; i < blocks.length; i++) {
            if (compare(blocks[i - 1], blocks[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Stable sort of {@code a[from, to)} by {@link #compare}; {@code scratch} starts as a copy of {@code a}. */
    private static void mergeSort(Block[] a, Block[] scratch, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        // Sort each half of the scratch copy, then merge the halves back into a.
        mergeSort(scratch, a, from, mid);
        mergeSort(scratch, a, mid, to);
        int left = from;
        int right = mid;
        for (int i = from; i < to; i++) {
            if (right >= to || left < mid && compare(scratch[left], scratch[right]) <= 0) {
                a[i] = scratch[left++];
            } else {
                a[i] = scratch[right++];
            }
        }
    }

    /** By old start, new start, old end, new end, then weight. */
    private static int compare(Block a, Block b) {
        int c = Integer.compare(a.oldStart(), b.oldStart());
        if (c == 0) {
            c = Integer.compare(a.newStart(), b.newStart());
        }
        if (c == 0) {
            c = Integer.compare(a.oldEnd(), b.oldEnd());
        }
        if (c == 0) {
            c = Integer.compare(a.newEnd(), b.newEnd());
        }
        return c != 0 ? c : Double.compare(a.weight(), b.weight());
    }

    /** Indices of {@code blocks} by old end, then index. */
    private static int[] byOldEnd(Block[] blocks) {
        long[] keys = new long[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            keys[i] = ((long) blocks[i].oldEnd() << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** The distinct {@link #key}s of the blocks' ends, sorted (a lookup table without boxing). */
    private static long[] distinctEnds(Block[] blocks) {
        long[] ends = new long[blocks.length];
        for (int i = 0; i < blocks.length; i++) {
            ends[i] = key(blocks[i].oldEnd(), blocks[i].newEnd());
        }
        Arrays.sort(ends);
        int distinct = 0;
        for (int i = 0; i < ends.length; i++) {
            if (distinct == 0 || ends[i] != ends[distinct - 1]) {
                ends[distinct++] = ends[i];
            }
        }
        return Arrays.copyOf(ends, distinct);
    }

    private static long key(int oldIndex, int newIndex) {
        return ((long) oldIndex << 32) ^ (newIndex & 0xffffffffL);
    }
}
