package dev.palimpsest.core.group;

import java.util.Arrays;

/**
 * The shortest Hamiltonian path through a distance matrix, with the cost gap to the next best path:
 * the most plausible version chain is the one that changes least between neighbours. Paths are
 * undirected here; {@link Orientation} decides which end is the oldest.
 */
final class PathSearch {

    /**
     * @param order the path, as indices into the matrix
     * @param margin how much longer the next best path (other than the reverse) is; infinite when there
     *     is no other path, and a lower bound found by local moves when the search was heuristic
     */
    record Path(int[] order, double cost, double margin) {
    }

    private PathSearch() {
    }

    static Path shortest(double[][] distance, int exactLimit) {
        int n = distance.length;
        if (n <= 2) {
            int[] order = n == 2 ? new int[] {0, 1} : new int[n];
            return new Path(order, n == 2 ? distance[0][1] : 0.0, Double.POSITIVE_INFINITY);
        }
        return n <= exactLimit ? exact(distance) : heuristic(distance);
    }

    /** Held-Karp from each start, keeping the two best paths per state to measure the margin. */
    static Path exact(double[][] d) {
        int n = d.length;
        int full = (1 << n) - 1;
        int states = (1 << n) * n;
        // State (mask, last) lives at mask * n + last.
        double[] b1 = new double[states];
        double[] b2 = new double[states];
        int[] parent = new int[states];
        double best = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        int[] bestOrder = new int[0];
        for (int s = 0; s < n - 1; s++) {
            Arrays.fill(b1, Double.POSITIVE_INFINITY);
            Arrays.fill(b2, Double.POSITIVE_INFINITY);
            b1[(1 << s) * n + s] = 0.0;
            for (int mask = 1 << s; mask <= full; mask++) {
                if ((mask & (1 << s)) == 0) {
                    continue;
                }
                for (int u = 0; u < n; u++) {
                    double c1 = b1[mask * n + u];
                    if (c1 == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c2 = b2[mask * n + u];
                    for (int v = 0; v < n; v++) {
                        if ((mask & (1 << v)) != 0) {
                            continue;
                        }
                        int next = (mask | (1 << v)) * n + v;
                        offer(b1, b2, parent, next, c1 + d[u][v], u);
                        offer(b1, b2, parent, next, c2 + d[u][v], -1);
                    }
                }
            }
            // Each undirected path is counted once: from its smaller end s to its larger end e.
            for (int e = s + 1; e < n; e++) {
                double first = b1[full * n + e];
                if (first < best) {
                    second = best;
                    best = first;
                    bestOrder = trace(parent, full, e, n);
                } else if (first < second) {
                    second = first;
                }
                second = Math.min(second, b2[full * n + e]);
            }
        }
        return new Path(bestOrder, best, second - best);
    }

    private static void offer(double[] b1, double[] b2, int[] parent, int state, double cost, int from) {
        if (cost < b1[state]) {
            b2[state] = b1[state];
            b1[state] = cost;
            parent[state] = from;
        } else if (cost < b2[state]) {
            b2[state] = cost;
        }
    }

    private static int[] trace(int[] parent, int mask, int last, int n) {
        int[] order = new int[n];
        for (int k = n - 1; k >= 0; k--) {
            order[k] = last;
            int previous = parent[mask * n + last];
            mask &= ~(1 << last);
            last = previous;
        }
        return order;
    }

    /** Nearest-neighbour paths from several starts, improved by 2-opt; the margin is the cheapest 2-opt move. */
    static Path heuristic(double[][] d) {
        int n = d.length;
        int starts = Math.min(n, n > 200 ? 8 : 32);
        int[] best = new int[0];
        double bestCost = Double.POSITIVE_INFINITY;
        for (int k = 0; k < starts; k++) {
            int[] path = twoOpt(nearestNeighbour(d, (int) ((long) k * n / starts)), d);
            double cost = cost(path, d);
            if (cost < bestCost) {
                bestCost = cost;
                best = path;
            }
        }
        return new Path(best, bestCost, cheapestMove(best, d));
    }

    private static int[] nearestNeighbour(double[][] d, int start) {
        int n = d.length;
        boolean[] used = new boolean[n];
        int[] path = new int[n];
        path[0] = start;
        used[start] = true;
        for (int k = 1; k < n; k++) {
            int previous = path[k - 1];
            int next = -1;
            for (int v = 0; v < n; v++) {
                if (!used[v] && (next < 0 || d[previous][v] < d[previous][next])) {
                    next = v;
                }
            }
            path[k] = next;
            used[next] = true;
        }
        return path;
    }

    // Reversing path[i..j] changes only the edges at its two ends; an end of the path has no outer edge.
    private static double reversalDelta(int[] p, double[][] d, int i, int j) {
        double delta = 0.0;
        if (i > 0) {
            delta += d[p[i - 1]][p[j]] - d[p[i - 1]][p[i]];
        }
        if (j < p.length - 1) {
            delta += d[p[i]][p[j + 1]] - d[p[j]][p[j + 1]];
        }
        return delta;
    }

    private static int[] twoOpt(int[] path, double[][] d) {
        int[] p = path.clone();
        boolean improved = true;
        for (int pass = 0; improved && pass < 100; pass++) {
            improved = false;
            for (int i = 0; i < p.length - 1; i++) {
                for (int j = i + 1; j < p.length; j++) {
                    if ((i > 0 || j < p.length - 1) && reversalDelta(p, d, i, j) < -1e-12) {
                        reverse(p, i, j);
                        improved = true;
                    }
                }
            }
        }
        return p;
    }

    private static double cheapestMove(int[] p, double[][] d) {
        double cheapest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < p.length - 1; i++) {
            for (int j = i + 1; j < p.length; j++) {
                if (i > 0 || j < p.length - 1) {
                    cheapest = Math.min(cheapest, reversalDelta(p, d, i, j));
                }
            }
        }
        return Math.max(0.0, cheapest);
    }

    private static void reverse(int[] p, int i, int j) {
        for (; i < j; i++, j--) {
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
    }

    static double cost(int[] path, double[][] d) {
        double sum = 0.0;
        for (int k = 1; k < path.length; k++) {
            sum += d[path[k - 1]][path[k]];
        }
        return sum;
    }
}
