package dev.palimpsest.core.eval;

/**
 * Sentence-span agreement: a predicted sentence is correct when its trimmed span equals a gold
 * trimmed span exactly (same start and end offsets).
 *
 * @param correct predicted sentences that match a gold sentence
 * @param predicted all predicted sentences
 * @param gold all gold sentences
 */
public record SpanScore(int correct, int predicted, int gold) {

    public static final SpanScore EMPTY = new SpanScore(0, 0, 0);

    public SpanScore {
        if (correct < 0 || correct > predicted || correct > gold) {
            throw new IllegalArgumentException("invalid span counts: correct=" + correct + ", predicted=" + predicted
                    + ", gold=" + gold);
        }
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        return predicted + gold == 0 ? 0 : 2.0 * correct / (predicted + gold);
    }

    public SpanScore plus(SpanScore other) {
        return new SpanScore(correct + other.correct, predicted + other.predicted, gold + other.gold);
    }
}
