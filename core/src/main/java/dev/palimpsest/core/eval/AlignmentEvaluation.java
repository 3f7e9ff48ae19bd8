package dev.palimpsest.core.eval;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.SentenceAligner;
import dev.palimpsest.core.align.baseline.DifflibAligner;
import dev.palimpsest.core.align.baseline.ExactLcsAligner;
import dev.palimpsest.core.align.baseline.GreedyDiceAligner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the aligner and its baselines over the same hand-aligned documents. */
public final class AlignmentEvaluation {

    /**
     * Link F1 NewsEdits reports for its own sentence matcher, on its own (unpublished) news
     * annotations: a reference point, not a score on the same data.
     */
    public static final double NEWSEDITS_REPORTED_F1 = 0.895;

    /** One system's scores. */
    public record Row(String system, AlignmentScore score) {
    }

    private AlignmentEvaluation() {
    }

    /** The systems compared, in table order: ours first, then the baselines from strongest to weakest. */
    public static Map<String, SentenceAligner> systems() {
        Map<String, SentenceAligner> systems = new LinkedHashMap<>();
        systems.put("Palimpsest", Aligner.standard());
        systems.put("greedy Dice", new GreedyDiceAligner());
        systems.put("difflib", new DifflibAligner());
        systems.put("exact LCS", new ExactLcsAligner());
        return systems;
    }

    public static List<Row> run(List<AlignmentGold> golds) {
        List<Row> rows = new ArrayList<>();
        systems().forEach((name, aligner) -> rows.add(new Row(name, AlignmentScorer.score(aligner, golds))));
        return rows;
    }
}
