package dev.palimpsest.core.eval;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.SentenceAligner;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores predicted alignments against hand alignments: link precision, recall and F1 (micro-averaged
 * over all links of all documents), per-label accuracy and exactly recovered splits and merges.
 *
 * <p>Protocol: ArgRewrite-style gold never links a reordered sentence (it is deleted there and added
 * elsewhere), so a predicted link flagged {@link Edit#moved()} is read as a deletion plus an addition
 * for the main scores. The same rule is applied to every system; {@link AlignmentScore#raw()} keeps
 * all links for comparison.
 */
public final class AlignmentScorer {

    private AlignmentScorer() {
    }

    /** Aligns and scores every document with {@code aligner}, summing the counts. */
    public static AlignmentScore score(SentenceAligner aligner, List<AlignmentGold> golds) {
        AlignmentScore total = AlignmentScore.empty();
        for (AlignmentGold gold : golds) {
            total = total.plus(score(gold, aligner.align(gold.oldSentences(), gold.newSentences())));
        }
        return total;
    }

    public static AlignmentScore score(AlignmentGold gold, Alignment predicted) {
        if (predicted.oldSize() != gold.oldSentences().size() || predicted.newSize() != gold.newSentences().size()) {
            throw new IllegalArgumentException(gold.id() + ": alignment sizes " + predicted.oldSize() + "/"
                    + predicted.newSize() + " do not match the gold");
        }
        Set<AlignmentLink> inOrder = links(predicted, true);
        Set<AlignmentLink> all = links(predicted, false);

        Map<AlignmentLabel, AlignmentScore.Tally> labels = new EnumMap<>(AlignmentLabel.class);
        for (AlignmentLabel l : AlignmentLabel.values()) {
            labels.put(l, AlignmentScore.Tally.NONE);
        }
        AlignmentLabel[] oldPredicted = new AlignmentLabel[predicted.oldSize()];
        AlignmentLabel[] newPredicted = new AlignmentLabel[predicted.newSize()];
        for (Edit e : predicted.edits()) {
            AlignmentLabel label = AlignmentLabel.of(e.type());
            for (int o : e.oldIndices()) {
                oldPredicted[o] = e.moved() ? AlignmentLabel.DELETED : label;
            }
            for (int n : e.newIndices()) {
                newPredicted[n] = e.moved() ? AlignmentLabel.ADDED : label;
            }
        }
        for (int o = 0; o < oldPredicted.length; o++) {
            labels.merge(gold.oldLabels().get(o), AlignmentScore.Tally.NONE.plus(oldPredicted[o] == gold.oldLabels().get(o)),
                    AlignmentScore.Tally::plus);
        }
        for (int n = 0; n < newPredicted.length; n++) {
            labels.merge(gold.newLabels().get(n), AlignmentScore.Tally.NONE.plus(newPredicted[n] == gold.newLabels().get(n)),
                    AlignmentScore.Tally::plus);
        }
        return new AlignmentScore(1, counts(gold.links(), inOrder), counts(gold.links(), all), labels,
                groups(gold.links(), inOrder, AlignmentLink::oldIndex),
                groups(gold.links(), inOrder, AlignmentLink::newIndex));
    }

    /** The (old, new) links of every matched edit, optionally only those not flagged as moved. */
    public static Set<AlignmentLink> links(Alignment alignment, boolean inOrderOnly) {
        Set<AlignmentLink> links = new TreeSet<>();
        for (Edit e : alignment.edits()) {
            if (inOrderOnly && e.moved()) {
                continue;
            }
            for (int o : e.oldIndices()) {
                for (int n : e.newIndices()) {
                    links.add(new AlignmentLink(o, n));
                }
            }
        }
        return links;
    }

    private static AlignmentScore.LinkCounts counts(Set<AlignmentLink> gold, Set<AlignmentLink> predicted) {
        int tp = 0;
        for (AlignmentLink l : predicted) {
            if (gold.contains(l)) {
                tp++;
            }
        }
        return new AlignmentScore.LinkCounts(tp, predicted.size() - tp, gold.size() - tp);
    }

    /**
     * Gold groups of two or more links sharing one sentence (by {@code side}: the old sentence for
     * splits, the new one for merges), and how many the prediction reproduced link for link.
     */
    private static AlignmentScore.Tally groups(Set<AlignmentLink> gold, Set<AlignmentLink> predicted,
                                               Function<AlignmentLink, Integer> side) {
        Map<Integer, Set<AlignmentLink>> goldBy = group(gold, side);
        Map<Integer, Set<AlignmentLink>> predictedBy = group(predicted, side);
        AlignmentScore.Tally tally = AlignmentScore.Tally.NONE;
        for (Map.Entry<Integer, Set<AlignmentLink>> g : goldBy.entrySet()) {
            if (g.getValue().size() > 1) {
                tally = tally.plus(g.getValue().equals(predictedBy.getOrDefault(g.getKey(), Set.of())));
            }
        }
        return tally;
    }

    private static Map<Integer, Set<AlignmentLink>> group(Set<AlignmentLink> links, Function<AlignmentLink, Integer> side) {
        Map<Integer, Set<AlignmentLink>> by = new HashMap<>();
        for (AlignmentLink l : links) {
            by.computeIfAbsent(side.apply(l), k -> new HashSet<>()).add(l);
        }
        return by;
    }
}
