package dev.palimpsest.core.align.baseline;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.SentenceAligner;
import dev.palimpsest.core.align.WordDiffer;
import dev.palimpsest.core.align.internal.EditAssembler;
import dev.palimpsest.core.align.internal.Match;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline: score every pair by the Dice coefficient of their lower-cased word sets, then take pairs
 * one-to-one from the most similar down while they reach the threshold. Order-blind and quadratic.
 */
public final class GreedyDiceAligner implements SentenceAligner {

    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private final double threshold;

    public GreedyDiceAligner() {
        this(DEFAULT_THRESHOLD);
    }

    public GreedyDiceAligner(double threshold) {
        this.threshold = threshold;
    }

    @Override
    public Alignment align(List<String> oldSentences, List<String> newSentences) {
        List<Set<String>> oldWords = oldSentences.stream().map(GreedyDiceAligner::words).toList();
        List<Set<String>> newWords = newSentences.stream().map(GreedyDiceAligner::words).toList();
        record Scored(int oldIndex, int newIndex, double dice) {
        }
        List<Scored> pairs = new ArrayList<>();
        for (int o = 0; o < oldWords.size(); o++) {
            for (int n = 0; n < newWords.size(); n++) {
                double d = dice(oldWords.get(o), newWords.get(n));
                if (d >= threshold) {
                    pairs.add(new Scored(o, n, d));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Scored s) -> -s.dice()).thenComparingInt(Scored::oldIndex)
                .thenComparingInt(Scored::newIndex));
        boolean[] oldUsed = new boolean[oldSentences.size()];
        boolean[] newUsed = new boolean[newSentences.size()];
        List<Match> matches = new ArrayList<>();
        for (Scored s : pairs) {
            if (!oldUsed[s.oldIndex()] && !newUsed[s.newIndex()]) {
                oldUsed[s.oldIndex()] = true;
                newUsed[s.newIndex()] = true;
                matches.add(Match.pair(s.oldIndex(), s.newIndex()));
            }
        }
        return EditAssembler.assemble(oldSentences, newSentences, matches, WordDiffer.standard());
    }

    static Set<String> words(String sentence) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** 2·|a∩b| / (|a| + |b|); two empty sets are identical. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
