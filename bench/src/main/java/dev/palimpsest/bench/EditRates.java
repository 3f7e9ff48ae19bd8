package dev.palimpsest.bench;

import java.util.List;

/**
 * How often each kind of edit happens when a news article is updated. Counts are drawn from the
 * cumulative weights: {@code added = {0.3, 0.6}} means 0 with 30 %, 1 with 30 %, 2 with the rest.
 * The {@link #NEWS} defaults are judgment calls, not fitted to data: most of an update survives
 * verbatim, a few sentences change, appear or go, and structural edits hit a minority of pairs.
 */
record EditRates(
        double untouched,
        double ledeRewrite,
        double wordEditPerSentence,
        List<Double> deleted,
        List<Double> added,
        double paragraphMove,
        double split,
        double merge) {

    static final EditRates NEWS = new EditRates(
            0.15,
            0.25,
            0.08,
            List.of(0.40, 0.70, 0.88),
            List.of(0.25, 0.55, 0.78, 0.92),
            0.30,
            0.25,
            0.20);

    EditRates {
        deleted = List.copyOf(deleted);
        added = List.copyOf(added);
    }
}
