package dev.palimpsest.core.group;

/**
 * Turns the two kinds of ordering evidence into probabilities, by piecewise-linear tables measured on
 * the generated benchmark (bench {@code GroupingBenchmark}, seed 7: 30,000 snapshots, 6,700 articles,
 * the true order known; each point is the measured share right among chains in a bin of 0.01 margin
 * or 0.05 evidence). They describe generated edit histories; on real heaps treat them as estimates.
 * Neither ever reaches 1: similarity alone does not prove an order.
 */
final class OrderConfidence {

    /** Path margin (distance units) → measured share of paths right up to direction. */
    private static final double[][] PATH = {
        {0.00, 0.50}, {0.01, 0.78}, {0.02, 0.90}, {0.03, 0.95}, {0.04, 0.975}, {0.05, 0.99}, {0.10, 0.995}};

    /** |orientation evidence| → measured share of right directions, given a right path. */
    private static final double[][] DIRECTION = {
        {0.00, 0.64}, {0.10, 0.72}, {0.20, 0.84}, {0.30, 0.92}, {0.45, 0.945}, {0.60, 0.975}, {1.00, 0.99}};

    private OrderConfidence() {
    }

    static double path(double margin) {
        return Double.isInfinite(margin) ? 1.0 : interpolate(PATH, margin);
    }

    static double direction(double evidence) {
        return interpolate(DIRECTION, Math.abs(evidence));
    }

    private static double interpolate(double[][] table, double x) {
        if (x <= table[0][0]) {
            return table[0][1];
        }
        for (int k = 1; k < table.length; k++) {
            if (x <= table[k][0]) {
                double t = (x - table[k - 1][0]) / (table[k][0] - table[k - 1][0]);
                return table[k - 1][1] + t * (table[k][1] - table[k - 1][1]);
            }
        }
        return table[table.length - 1][1];
    }
}
