package dev.palimpsest.core.eval;

import java.util.EnumMap;
import java.util.Map;

/**
 * Alignment quality summed over documents (micro-average). Links are scored twice: {@code inOrder}
 * drops the links a system flags as moved, because the gold annotates reordered sentences as
 * deleted + added; {@code raw} keeps every link. Labels follow the in-order reading too.
 *
 * @param inOrder link counts after moved links are turned into deletions and additions
 * @param raw link counts with every predicted link
 * @param labels per gold label: sentences whose predicted label matched, out of all with that label
 * @param splits gold splits (one old sentence, several new) whose links were reproduced exactly
 * @param merges gold merges (several old sentences, one new) whose links were reproduced exactly
 */
public record AlignmentScore(int documents, LinkCounts inOrder, LinkCounts raw,
                             Map<AlignmentLabel, Tally> labels, Tally splits, Tally merges) {

    public AlignmentScore {
        labels = Map.copyOf(labels);
    }

    /** Nothing scored yet: the start of a sum. */
    public static AlignmentScore empty() {
        Map<AlignmentLabel, Tally> labels = new EnumMap<>(AlignmentLabel.class);
        for (AlignmentLabel l : AlignmentLabel.values()) {
            labels.put(l, Tally.NONE);
        }
        return new AlignmentScore(0, LinkCounts.NONE, LinkCounts.NONE, labels, Tally.NONE, Tally.NONE);
    }

    public AlignmentScore plus(AlignmentScore other) {
        Map<AlignmentLabel, Tally> sum = new EnumMap<>(AlignmentLabel.class);
        for (AlignmentLabel l : AlignmentLabel.values()) {
            sum.put(l, tally(l).plus(other.tally(l)));
        }
        return new AlignmentScore(documents + other.documents, inOrder.plus(other.inOrder),
                raw.plus(other.raw), sum, splits.plus(other.splits), merges.plus(other.merges));
    }

    public Tally tally(AlignmentLabel label) {
        return labels.getOrDefault(label, Tally.NONE);
    }

    /** Sentences of both versions whose label matched, over all sentences. */
    public Tally allLabels() {
        Tally all = Tally.NONE;
        for (Tally t : labels.values()) {
            all = all.plus(t);
        }
        return all;
    }

    /** True, false and missed links. */
    public record LinkCounts(int truePositives, int falsePositives, int falseNegatives) {
        public static final LinkCounts NONE = new LinkCounts(0, 0, 0);

        public LinkCounts plus(LinkCounts o) {
            return new LinkCounts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }

        /** 1 when nothing was predicted. */
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        /** 1 when there was nothing to find. */
        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** {@code hits} out of {@code total}. */
    public record Tally(int hits, int total) {
        public static final Tally NONE = new Tally(0, 0);

        public Tally {
            if (hits < 0 || hits > total) {
                throw new IllegalArgumentException("bad tally " + hits + "/" + total);
            }
        }

        public Tally plus(Tally o) {
            return new Tally(hits + o.hits, total + o.total);
        }

        public Tally plus(boolean hit) {
            return new Tally(hits + (hit ? 1 : 0), total + 1);
        }

        /** hits / total; 1 when there was nothing to count. */
        public double rate() {
            return total == 0 ? 1.0 : (double) hits / total;
        }
    }
}
