package dev.palimpsest.core.analysis;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pairs the quotes of two versions: kept, altered, added or removed.
 *
 * <p>Quotes compare by their words (case, punctuation and quote marks aside). First, identical
 * quotes anywhere in the two versions are the same quote, wherever they moved. Then a new quote
 * whose sentence the alignment matches to an old quote's sentence is that quote altered if they
 * share at least {@link #ALTERED_DICE} of their words (Dice); a quote elsewhere is altered if one
 * holds at least {@link #CONTAINED} of the other's words (a quote extended or trimmed and moved).
 * What remains was added or removed.
 */
final class QuoteComparer {

    static final double ALTERED_DICE = 0.5;
    static final double CONTAINED = 0.8;

    private QuoteComparer() {
    }

    static List<Change> compare(List<Quote> older, List<Quote> newer, Alignment alignment) {
        List<List<String>> oldWords = older.stream().map(q -> words(q.text())).toList();
        List<List<String>> newWords = newer.stream().map(q -> words(q.text())).toList();
        Map<Integer, Integer> pairOfNew = new HashMap<>();
        Set<Integer> pairedOld = new HashSet<>();
        for (int n = 0; n < newer.size(); n++) {
            for (int o = 0; o < older.size(); o++) {
                if (!pairedOld.contains(o) && oldWords.get(o).equals(newWords.get(n))) {
                    pairOfNew.put(n, o);
                    pairedOld.add(o);
                    break;
                }
            }
        }
        Map<Integer, Set<Integer>> oldOfNewSentence = matchedSentences(alignment);
        for (int n = 0; n < newer.size(); n++) {
            if (pairOfNew.containsKey(n)) {
                continue;
            }
            Set<Integer> aligned = new HashSet<>();
            newer.get(n).sentences().forEach(s -> aligned.addAll(oldOfNewSentence.getOrDefault(s, Set.of())));
            int best = -1;
            double bestScore = 0;
            for (int o = 0; o < older.size(); o++) {
                if (pairedOld.contains(o)) {
                    continue;
                }
                boolean isAligned = older.get(o).sentences().stream().anyMatch(aligned::contains);
                double dice = dice(oldWords.get(o), newWords.get(n));
                double contained = containment(oldWords.get(o), newWords.get(n));
                boolean similar = (isAligned && dice >= ALTERED_DICE) || contained >= CONTAINED;
                if (similar && Math.max(dice, contained) > bestScore) {
                    best = o;
                    bestScore = Math.max(dice, contained);
                }
            }
            if (best >= 0) {
                pairOfNew.put(n, best);
                pairedOld.add(best);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (int n = 0; n < newer.size(); n++) {
            Quote q = newer.get(n);
            Integer o = pairOfNew.get(n);
            if (o == null) {
                changes.add(new Change.QuoteAdded(q.text(), q.speaker(), q.sentences()));
            } else if (!oldWords.get(o).equals(newWords.get(n))) {
                Quote old = older.get(o);
                Optional<String> speaker = q.speaker().or(old::speaker);
                changes.add(new Change.QuoteAltered(old.text(), q.text(), speaker, old.sentences(), q.sentences()));
            }
        }
        for (int o = 0; o < older.size(); o++) {
            if (!pairedOld.contains(o)) {
                Quote q = older.get(o);
                changes.add(new Change.QuoteRemoved(q.text(), q.speaker(), q.sentences()));
            }
        }
        return changes;
    }

    private static Map<Integer, Set<Integer>> matchedSentences(Alignment alignment) {
        Map<Integer, Set<Integer>> map = new HashMap<>();
        for (Edit e : alignment.edits()) {
            for (int n : e.newIndices()) {
                map.computeIfAbsent(n, k -> new HashSet<>()).addAll(e.oldIndices());
            }
        }
        return map;
    }

    static List<String> words(String text) {
        return Token.of(text).stream().filter(Token::isWord)
                .map(t -> t.text().toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
    }

    private static double dice(List<String> a, List<String> b) {
        return a.isEmpty() && b.isEmpty() ? 1 : 2.0 * common(a, b) / (a.size() + b.size());
    }

    private static double containment(List<String> a, List<String> b) {
        int smaller = Math.min(a.size(), b.size());
        return smaller < QuoteExtractor.MIN_WORDS ? 0 : (double) common(a, b) / smaller;
    }

    /** Size of the multiset intersection. */
    private static int common(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : b) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        return common;
    }
}
