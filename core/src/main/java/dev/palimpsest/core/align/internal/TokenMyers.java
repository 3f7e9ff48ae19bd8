package dev.palimpsest.core.align.internal;

import java.util.Arrays;

/**
 * Eugene Myers' greedy diff of two token arrays, written to take exactly the path java-diff-utils'
 * {@code MyersDiff} takes (the word diffs are part of the output, and among equally short edit
 * scripts that one is the reference): same sweep of diagonals, same tie-break (down when
 * {@code V[k-1] < V[k+1]}), same snake-to-snake changes. Path nodes live in int arrays instead of
 * objects.
 */
public final class TokenMyers {

    private int[] nodeI = new int[64];
    private int[] nodeJ = new int[64];
    private int[] nodePrev = new int[64];
    private boolean[] nodeSnake = new boolean[64];
    private int nodes;
    private int bootstrapNode = -1;

    /**
     * The changes turning {@code a} into {@code b}, in ascending order: change {@code c} replaces
     * {@code a[out[4c], out[4c+1])} with {@code b[out[4c+2], out[4c+3])}. Unchanged stretches lie
     * between them.
     */
    public static int[] changes(String[] a, String[] b) {
        return new TokenMyers().run(a, b);
    }

    private int[] run(String[] a, String[] b) {
        int end = buildPath(a, b);
        // Walk back from the end: each change runs from the end of one snake to the start of the next.
        int[] out = new int[16];
        int count = 0;
        int path = end;
        if (nodeSnake[path]) {
            path = nodePrev[path];
        }
        while (path >= 0 && nodePrev[path] >= 0 && nodeJ[nodePrev[path]] >= 0) {
            int i = nodeI[path];
            int j = nodeJ[path];
            path = nodePrev[path];
            if (4 * count + 4 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[4 * count] = nodeI[path];
            out[4 * count + 1] = i;
            out[4 * count + 2] = nodeJ[path];
            out[4 * count + 3] = j;
            count++;
            if (nodeSnake[path]) {
                path = nodePrev[path];
            }
        }
        // Found last to first; the changes are disjoint and ordered, so reversing sorts them.
        int[] ordered = new int[4 * count];
        for (int c = 0; c < count; c++) {
            System.arraycopy(out, 4 * c, ordered, 4 * (count - 1 - c), 4);
        }
        return ordered;
    }

    /** The node where the furthest-reaching path first reaches (N, M). */
    private int buildPath(String[] a, String[] b) {
        int n = a.length;
        int m = b.length;
        int max = n + m + 1;
        int size = 1 + 2 * max;
        int middle = size / 2;
        int[] diagonal = new int[size];
        diagonal[middle + 1] = node(0, -1, true, true, -1);
        for (int d = 0; d < max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int kmiddle = middle + k;
                int kplus = kmiddle + 1;
                int kminus = kmiddle - 1;
                int prev;
                int i;
                if (k == -d || (k != d && nodeI[diagonal[kminus]] < nodeI[diagonal[kplus]])) {
                    i = nodeI[diagonal[kplus]];
                    prev = diagonal[kplus];
                } else {
                    i = nodeI[diagonal[kminus]] + 1;
                    prev = diagonal[kminus];
                }
                int j = i - k;
                int node = node(i, j, false, false, prev);
                while (i < n && j < m && a[i].equals(b[j])) {
                    i++;
                    j++;
                }
                if (i != nodeI[node]) {
                    node = node(i, j, true, false, node);
                }
                diagonal[kmiddle] = node;
                if (i >= n && j >= m) {
                    return node;
                }
            }
        }
        throw new IllegalStateException("could not find a diff path");
    }

    /**
     * A new path node. As in java-diff-utils, a non-snake node links straight back to the last snake
     * before it (or the first node), and the bootstrap node counts as no node at all.
     */
    private int node(int i, int j, boolean snake, boolean bootstrap, int prev) {
        if (nodes == nodeI.length) {
            nodeI = Arrays.copyOf(nodeI, nodes * 2);
            nodeJ = Arrays.copyOf(nodeJ, nodes * 2);
            nodePrev = Arrays.copyOf(nodePrev, nodes * 2);
            nodeSnake = Arrays.copyOf(nodeSnake, nodes * 2);
        }
        int id = nodes++;
        nodeI[id] = i;
        nodeJ[id] = j;
        nodeSnake[id] = snake;
        nodePrev[id] = snake || prev < 0 ? prev : previousSnake(prev);
        if (bootstrap) {
            bootstrapNode = id;
        }
        return id;
    }

    private int previousSnake(int id) {
        while (true) {
            if (id == bootstrapNode) {
                return -1;
            }
            if (!nodeSnake[id] && nodePrev[id] >= 0) {
                id = nodePrev[id];
            } else {
                return id;
            }
        }
    }
}
