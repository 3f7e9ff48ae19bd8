package dev.palimpsest.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSearchTest {

    @Test
    void the_exact_search_finds_the_order_of_points_on_a_line() {
        double[] position = {0.5, 0.1, 0.9, 0.3, 0.0, 0.7};

        PathSearch.Path path = PathSearch.exact(lineDistances(position));

        assertThat(path.order()).satisfiesAnyOf(
                order -> assertThat(order).containsExactly(4, 1, 3, 0, 5, 2),
                order -> assertThat(order).containsExactly(2, 5, 0, 3, 1, 4));
        assertThat(path.cost()).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(path.margin()).isPositive();
    }

    @Test
    void the_heuristic_search_finds_the_order_of_many_points_on_a_line() {
        double[] position = IntStream.range(0, 40).mapToDouble(i -> (i * 17 % 40) / 40.0).toArray();

        PathSearch.Path path = PathSearch.shortest(lineDistances(position), 10);

        assertThat(path.cost()).isEqualTo(39 / 40.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(path.order()).hasSize(40).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void the_exact_margin_is_the_gap_to_the_next_best_path_not_the_reverse(long seed) {
        double[][] d = randomMetric(6, seed);

        PathSearch.Path exact = PathSearch.exact(d);

        double best = Double.POSITIVE_INFINITY;
        double second = Double.POSITIVE_INFINITY;
        for (int[] p : permutations(6)) {
            if (p[0] < p[5]) {
                double cost = PathSearch.cost(p, d);
                if (cost < best) {
                    second = best;
                    best = cost;
                } else if (cost < second) {
                    second = cost;
                }
            }
        }
        assertThat(exact.cost()).isEqualTo(best, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(PathSearch.cost(exact.order(), d)).isEqualTo(best, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(exact.margin()).isEqualTo(second - best, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void the_heuristic_is_never_better_than_exact_and_usually_equal(long seed) {
        double[][] d = randomMetric(9, seed);

        double exact = PathSearch.exact(d).cost();
        double heuristic = PathSearch.heuristic(d).cost();

        assertThat(heuristic).isGreaterThanOrEqualTo(exact - 1e-9).isLessThanOrEqualTo(exact * 1.1);
    }

    @Test
    void two_snapshots_have_one_path_and_no_alternative() {
        PathSearch.Path path = PathSearch.shortest(new double[][] {{0, 0.4}, {0.4, 0}}, 10);

        assertThat(path.order()).containsExactly(0, 1);
        assertThat(path.margin()).isInfinite();
    }

    private static double[][] lineDistances(double[] position) {
        int n = position.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = Math.abs(position[i] - position[j]);
            }
        }
        return d;
    }

    private static double[][] randomMetric(int n, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[n][2];
        for (double[] p : points) {
            p[0] = random.nextDouble();
            p[1] = random.nextDouble();
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
            }
        }
        return d;
    }

    private static java.util.List<int[]> permutations(int n) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        permute(IntStream.range(0, n).toArray(), 0, out);
        return out;
    }

    private static void permute(int[] a, int k, java.util.List<int[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, out);
            a[i] = a[k];
            a[k] = t;
        }
    }
}
