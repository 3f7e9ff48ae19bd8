package dev.palimpsest.core.align.baseline;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.SentenceAligner;
import dev.palimpsest.core.align.WordDiffer;
import dev.palimpsest.core.align.internal.EditAssembler;
import dev.palimpsest.core.align.internal.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Baseline: what news-diff tools built on Python's difflib do. SequenceMatcher over the two sentence
 * lists gives equal runs (unchanged) and "replace" runs; inside a replace run the sentences are paired
 * one-to-one in order, keeping a pair only if its word-level SequenceMatcher ratio reaches
 * {@code minRatio} (NewsEdits keeps a pair above 0.8 or with an ndiff hint; with no cutoff, unrelated
 * sentences in uneven runs get paired). Leftovers are deletions and additions.
 */
public final class DifflibAligner implements SentenceAligner {

    public static final double DEFAULT_MIN_RATIO = 0.5;

    private final double minRatio;

    public DifflibAligner() {
        this(DEFAULT_MIN_RATIO);
    }

    public DifflibAligner(double minRatio) {
        this.minRatio = minRatio;
    }

    @Override
    public Alignment align(List<String> oldSentences, List<String> newSentences) {
        List<Match> matches = new ArrayList<>();
        for (SequenceMatcher.Opcode op : new SequenceMatcher<>(oldSentences, newSentences).opcodes()) {
            if (op.tag().equals("equal")) {
                for (int k = 0; k < op.i2() - op.i1(); k++) {
                    matches.add(Match.pair(op.i1() + k, op.j1() + k));
                }
            } else if (op.tag().equals("replace")) {
                for (int k = 0; k < Math.min(op.i2() - op.i1(), op.j2() - op.j1()); k++) {
                    String o = oldSentences.get(op.i1() + k);
                    String n = newSentences.get(op.j1() + k);
                    if (wordRatio(o, n) >= minRatio) {
                        matches.add(Match.pair(op.i1() + k, op.j1() + k));
                    }
                }
            }
        }
        return EditAssembler.assemble(oldSentences, newSentences, matches, WordDiffer.standard());
    }

    /** Python's {@code SequenceMatcher(None, a.split(), b.split()).ratio()}. */
    static double wordRatio(String a, String b) {
        return new SequenceMatcher<>(split(a), split(b)).ratio();
    }

    private static List<String> split(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }
}
