package dev.palimpsest.core.align.internal;

/**
 * Prefix maximum over positions {@code 0..size-1} with the id that reached it; on equal values the
 * lower id wins, so results never depend on insertion order.
 */
final class MaxFenwick {

    private final double[] value;
    private final int[] id;

    MaxFenwick(int size) {
        value = new double[size + 1];
        id = new int[size + 1];
        java.util.Arrays.fill(id, -1);
    }

    void update(int position, double v, int who) {
        for (int i = position + 1; i < value.length; i += i & -i) {
            if (id[i] < 0 || v > value[i] || (v == value[i] && who < id[i])) {
                value[i] = v;
                id[i] = who;
            }
        }
    }

    /** The id with the largest value at positions {@code 0..position}, or -1 if there is none. */
    int argMax(int position) {
        int bestId = -1;
        double bestValue = 0;
        for (int i = Math.min(position + 1, value.length - 1); i > 0; i -= i & -i) {
            if (id[i] >= 0 && (bestId < 0 || value[i] > bestValue || (value[i] == bestValue && id[i] < bestId))) {
                bestValue = value[i];
                bestId = id[i];
            }
        }
        return bestId;
    }
}
