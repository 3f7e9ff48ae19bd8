package dev.palimpsest.core.group;

import java.util.Arrays;

/** Disjoint sets over {@code 0..n-1} with path halving and union by size. Not thread-safe. */
final class UnionFind {

    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    boolean connected(int a, int b) {
        return find(a) == find(b);
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    /** For each element, a dense label {@code 0..k-1} of its set, numbered by each set's smallest element. */
    int[] labels() {
        int[] label = new int[parent.length];
        int[] rootLabel = new int[parent.length];
        Arrays.fill(rootLabel, -1);
        int next = 0;
        for (int i = 0; i < parent.length; i++) {
            int root = find(i);
            if (rootLabel[root] < 0) {
                rootLabel[root] = next++;
            }
            label[i] = rootLabel[root];
        }
        return label;
    }
}
