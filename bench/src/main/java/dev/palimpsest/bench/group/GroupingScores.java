package dev.palimpsest.bench.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a grouping compares with the truth.
 *
 * <p>Grouping: pairwise precision and recall over snapshot pairs (a pair is positive when both
 * snapshots are in one chain), and the share of articles found exactly (one chain, nothing else).
 * Order: over chains that are exactly one article with at least two versions, the share ordered
 * exactly right, the mean Kendall tau against the true order, and a calibration table of the
 * reported confidence against the measured share right.
 */
record GroupingScores(long truePairs, long predictedPairs, long correctPairs, int articles, int exactArticles,
        int orderedChains, int orderedRight, int pathRight, double meanKendallTau, List<String> byLength, List<String> calibration) {

    double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    double orderAccuracy() {
        return orderedChains == 0 ? 1.0 : (double) orderedRight / orderedChains;
    }

    static GroupingScores of(List<CoreGrouper.ChainView> chains, GeneratedHeap heap) {
        Map<Integer, Integer> articleSizes = new HashMap<>();
        heap.articleOf().values().forEach(a -> articleSizes.merge(a, 1, Integer::sum));
        long truePairs = articleSizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long predicted = 0;
        long correct = 0;
        int exact = 0;
        int ordered = 0;
        int right = 0;
        int pathRight = 0;
        double tauSum = 0;
        int[][] byLength = new int[10][2];
        double[][] bins = new double[5][3]; // count, confidence sum, right
        for (CoreGrouper.ChainView chain : chains) {
            int n = chain.ids().size();
            predicted += (long) n * (n - 1) / 2;
            Map<Integer, Integer> cells = new HashMap<>();
            chain.ids().forEach(id -> cells.merge(heap.articleOf().get(id), 1, Integer::sum));
            correct += cells.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
            if (cells.size() != 1) {
                continue;
            }
            int article = cells.keySet().iterator().next();
            if (articleSizes.get(article) != n) {
                continue;
            }
            exact++;
            if (n < 2) {
                continue;
            }
            List<Integer> versions = new ArrayList<>();
            chain.ids().forEach(id -> versions.add(heap.versionOf().get(id)));
            double tau = kendallTau(versions);
            boolean isRight = tau == 1.0;
            ordered++;
            right += isRight ? 1 : 0;
            pathRight += Math.abs(tau) == 1.0 ? 1 : 0;
            tauSum += tau;
            int lengthBin = Math.min(n, 9);
            byLength[lengthBin][0]++;
            byLength[lengthBin][1] += isRight ? 1 : 0;
            int bin = Math.min(4, (int) (chain.confidence() * 5));
            bins[bin][0]++;
            bins[bin][1] += chain.confidence();
            bins[bin][2] += isRight ? 1 : 0;
        }
        List<String> lengths = new ArrayList<>();
        for (int n = 2; n < byLength.length; n++) {
            if (byLength[n][0] > 0) {
                lengths.add(String.format("%s%d: %d/%d = %.3f", n == 9 ? ">=" : "", n, byLength[n][1], byLength[n][0],
                        (double) byLength[n][1] / byLength[n][0]));
            }
        }
        List<String> calibration = new ArrayList<>();
        for (int b = 0; b < bins.length; b++) {
            if (bins[b][0] > 0) {
                calibration.add(String.format("confidence [%.1f, %.1f%s: %d chains, mean confidence %.3f, right %.3f",
                        b / 5.0, (b + 1) / 5.0, b == 4 ? "]" : ")", (int) bins[b][0], bins[b][1] / bins[b][0], bins[b][2] / bins[b][0]));
            }
        }
        return new GroupingScores(truePairs, predicted, correct, articleSizes.size(), exact, ordered, right, pathRight,
                ordered == 0 ? 1.0 : tauSum / ordered, lengths, calibration);
    }

    /** Kendall tau-a between chain position and true version number: 1 = same order, -1 = reversed. */
    static double kendallTau(List<Integer> versions) {
        int concordant = 0;
        int discordant = 0;
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                int c = Integer.compare(versions.get(j), versions.get(i));
                concordant += c > 0 ? 1 : 0;
                discordant += c < 0 ? 1 : 0;
            }
        }
        int pairs = versions.size() * (versions.size() - 1) / 2;
        return pairs == 0 ? 1.0 : (double) (concordant - discordant) / pairs;
    }
}
