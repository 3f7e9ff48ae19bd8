package dev.palimpsest.core.align.internal;

import java.util.Arrays;
import java.util.List;

/**
 * NewsEdits' refactor rule: the moved matches are the fewest (here: lightest) whose removal leaves no
 * two matches crossing. Computed exactly as the complement of a maximum-weight non-crossing subset,
 * which for matches over disjoint old ranges is a heaviest increasing subsequence of new positions.
 */
public final class NonCrossing {

    private NonCrossing() {
    }

    /**
     * For each match (in the given order), whether it is moved; match {@code i} weighs
     * {@code weight[i]}. Among equally heavy choices the one that
     * keeps the matches earliest in the old version in place wins, so of two swapped equal sentences the
     * one that moved up is marked.
     */
    public static boolean[] moved(List<Match> matches, double[] weight) {
        int count = matches.size();
        // By old start, ties in the given order: sorted as primitive keys, no comparator sort per pair.
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = ((long) matches.get(i).oldStart() << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) keys[i];
        }
        int newSize = 0;
        for (Match m : matches) {
            newSize = Math.max(newSize, m.newEnd() + 1);
        }
        double[] best = new double[count];
        int[] prev = new int[count];
        MaxFenwick fenwick = new MaxFenwick(newSize);
        int end = -1;
        for (int rank = 0; rank < count; rank++) {
            Match m = matches.get(order[rank]);
            int before = fenwick.argMax(m.newStart() - 1);
            best[rank] = weight[order[rank]] + (before >= 0 ? best[before] : 0);
            prev[rank] = before;
            fenwick.update(m.newEnd(), best[rank], rank);
            if (end < 0 || best[rank] > best[end]) {
                end = rank;
            }
        }
        boolean[] moved = new boolean[count];
        Arrays.fill(moved, true);
        for (int rank = end; rank >= 0; rank = prev[rank]) {
            moved[order[rank]] = false;
        }
        return moved;
    }
}
