package dev.palimpsest.core.align;

import dev.palimpsest.core.align.internal.Block;
import dev.palimpsest.core.align.internal.CandidatePairs;
import dev.palimpsest.core.align.internal.EditAssembler;
import dev.palimpsest.core.align.internal.ExactMatches;
import dev.palimpsest.core.align.internal.Match;
import dev.palimpsest.core.align.internal.MonotoneChain;
import dev.palimpsest.core.align.internal.SentenceTable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Aligns the sentences of two versions of a text into unchanged, edited, added, deleted, split and
 * merged sentences, and flags moves. Immutable and thread-safe: build one with {@link #builder()} (or
 * take {@link #standard()}) and share it.
 *
 * <h2>How</h2>
 * <ol>
 *   <li>Sentences whose folded text is equal (case, curly/straight quotes, dashes and whitespace
 *       folded) are matched first, the k-th copy in the old version with the k-th in the new.</li>
 *   <li>For the rest, candidate pairs come from an inverted index of rarer words and word pairs,
 *       capped per sentence, so there is no all-pairs comparison. Pairs are scored by a weighted Dice
 *       coefficient over crudely stemmed words (function words count a quarter).</li>
 *   <li>Candidate pairs, and one-to-many / many-to-one groups of consecutive sentences whose every
 *       piece is mostly covered by the other side, become blocks worth (similarity − threshold);
 *       exact matches are worth 1. The best in-order chain of blocks is kept, with a bonus for each
 *       block that directly continues the previous one, so that a heavy rewrite between two matched
 *       sentences is matched while a lone weak resemblance is not.</li>
 *   <li>Sentences left over are paired across the text (moves) only when similar enough
 *       ({@link Builder#moveThreshold}).</li>
 *   <li>Moves are flagged as NewsEdits defines refactors: the matches outside a maximum non-crossing
 *       subset, weighted by text length so a long paragraph stays put rather than a short one.</li>
 * </ol>
 *
 * <h2>Output</h2>
 * {@link Alignment#edits()} are in reading order of the new version: matched and added edits by their
 * first new sentence; each deleted sentence right after the edit holding the old sentence before it
 * (deleted runs stay together, deletions at the very start come first). Word diffs are of the real
 * texts; split and merged sentences are diffed as their texts joined by single spaces. The similarity
 * of an edit is the weighted word-overlap (Dice) score the aligner matched it on.
 *
 * <p>Deterministic: the same input gives the same alignment, independent of hash iteration order.
 */
public final class Aligner implements SentenceAligner, Serializable {

    private static final long serialVersionUID = 1L;

    /** A matched pair must be at least this similar, unless neighbours vouch for it (see the bonus). */
    public static final double DEFAULT_MATCH_THRESHOLD = 0.4;
    /** Added per block that continues the previous match diagonally; lets sandwiched rewrites through. */
    public static final double DEFAULT_CONTINUITY_BONUS = 0.05;
    /** Similarity a sentence needs to be matched out of order (moved). */
    public static final double DEFAULT_MOVE_THRESHOLD = 0.6;
    /** Share of each piece of a split or merge that must occur in the other side. */
    public static final double DEFAULT_SPLIT_COVERAGE = 0.7;
    /** Most sentences a split produces or a merge consumes. */
    public static final int DEFAULT_MAX_SPLIT_PARTS = 3;
    /** Old sentences compared with each new sentence, at most. */
    public static final int DEFAULT_CANDIDATES_PER_SENTENCE = 24;
    /** A word found in more old sentences than this is too common to look candidates up by. */
    public static final int DEFAULT_COMMON_WORD_LIMIT = 64;
    /**
     * Longest version accepted: far beyond any article (a long one has 200 sentences), and small
     * enough that an accidental whole-corpus input fails fast instead of eating memory.
     */
    public static final int DEFAULT_MAX_SENTENCES = 20_000;

    /** An identical sentence is worth more than any non-identical pair can be. */
    private static final double EXACT_WEIGHT = 1.0;

    private static final Aligner STANDARD = builder().build();

    private final double matchThreshold;
    private final double continuityBonus;
    private final double moveThreshold;
    private final double splitCoverage;
    private final int maxSplitParts;
    private final int candidatesPerSentence;
    private final int commonWordLimit;
    private final int maxSentences;
    private final WordDiffer wordDiffer;

    private Aligner(Builder b) {
        matchThreshold = b.matchThreshold;
        continuityBonus = b.continuityBonus;
        moveThreshold = b.moveThreshold;
        splitCoverage = b.splitCoverage;
        maxSplitParts = b.maxSplitParts;
        candidatesPerSentence = b.candidatesPerSentence;
        commonWordLimit = b.commonWordLimit;
        maxSentences = b.maxSentences;
        wordDiffer = b.wordDiffer;
    }

    /** The aligner with all defaults. */
    public static Aligner standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @throws IllegalArgumentException if either version has more than {@link Builder#maxSentences}
     *     sentences
     */
    @Override
    public Alignment align(List<String> oldSentences, List<String> newSentences) {
        checkSize("old", oldSentences);
        checkSize("new", newSentences);
        // Arrays from here on, whatever list class the caller passes: call sites that see several list
        // classes are where the compiled aligner kept being thrown away.
        String[] olds = oldSentences.toArray(new String[0]);
        String[] news = newSentences.toArray(new String[0]);
        int newSize = news.length;
        boolean[] oldTaken = new boolean[olds.length];
        boolean[] newTaken = new boolean[newSize];
        boolean[] sameText = new boolean[newSize];
        int[] exactOld = ExactMatches.find(olds, news, sameText);
        List<Block> blocks = new ArrayList<>();
        for (int n = 0; n < newSize; n++) {
            int o = exactOld[n];
            if (o >= 0) {
                oldTaken[o] = true;
                newTaken[n] = true;
                blocks.add(Block.pair(o, n, EXACT_WEIGHT, 1.0));
            }
        }
        SentenceTable table = new SentenceTable(olds, news, oldTaken, newTaken);
        long[] pairs = CandidatePairs.find(table, oldTaken, newTaken, candidatesPerSentence, commonWordLimit);
        double[] similarity = new double[pairs.length];
        addCandidateBlocks(table, pairs, similarity, oldTaken, newTaken, blocks);
        // Per match: every match holds a new sentence of its own, so there are at most newSize.
        double[] matchSimilarity = new double[newSize];
        boolean[] matchSameText = new boolean[newSize];
        List<Match> matches = matches(blocks, exactOld, sameText, pairs, similarity, oldTaken, newTaken,
                matchSimilarity, matchSameText);
        return EditAssembler.assemble(olds, news, matches, matchSimilarity, matchSameText, wordDiffer);
    }

    private void checkSize(String which, List<String> sentences) {
        Objects.requireNonNull(sentences, which + "Sentences");
        if (sentences.size() > maxSentences) {
            throw new IllegalArgumentException("the " + which + " version has " + sentences.size()
                    + " sentences, more than maxSentences " + maxSentences
                    + "; align smaller documents or raise Aligner.builder().maxSentences(...)");
        }
    }

    /**
     * The best in-order chain of blocks, then the exact matches left out of it, then the moves; the
     * similarity of each goes to {@code matchSimilarity} (exact matches are 1 by definition), and to
     * {@code matchSameText} whether its texts are known to be equal ({@code sameText} of exact ones).
     */
    private List<Match> matches(List<Block> blocks, int[] exactOld, boolean[] sameText, long[] pairs,
                                double[] similarity, boolean[] oldTaken, boolean[] newTaken,
                                double[] matchSimilarity, boolean[] matchSameText) {
        List<Match> matches = new ArrayList<>();
        boolean[] oldMatched = oldTaken.clone();
        boolean[] newMatched = newTaken.clone();
        boolean[] exactInChain = new boolean[oldTaken.length];
        for (Block b : MonotoneChain.best(blocks, newTaken.length, continuityBonus)) {
            // Only exact blocks hold a sentence taken by an exact match.
            boolean exact = oldTaken[b.oldStart()];
            matchSimilarity[matches.size()] = b.similarity();
            matchSameText[matches.size()] = exact && sameText[b.newStart()];
            matches.add(Match.of(b));
            exactInChain[b.oldStart()] = exact;
            Arrays.fill(oldMatched, b.oldStart(), b.oldEnd() + 1, true);
            Arrays.fill(newMatched, b.newStart(), b.newEnd() + 1, true);
        }
        // Identical sentences left out of the in-order chain are still the same sentence: moved.
        for (int n = 0; n < exactOld.length; n++) {
            if (exactOld[n] >= 0 && !exactInChain[exactOld[n]]) {
                matchSimilarity[matches.size()] = 1.0;
                matchSameText[matches.size()] = sameText[n];
                matches.add(Match.pair(exactOld[n], n));
            }
        }
        addMoves(pairs, similarity, oldMatched, newMatched, matches, matchSimilarity);
        return matches;
    }

    /** Scores the candidate pairs (into {@code similarity}) and adds every block that could pay off. */
    private void addCandidateBlocks(SentenceTable table, long[] pairs, double[] similarity,
                                    boolean[] oldTaken, boolean[] newTaken, List<Block> blocks) {
        // A block weaker than this cannot gain, even with a continuity bonus on both sides.
        double floor = matchThreshold - 2 * continuityBonus;
        for (int p = 0; p < pairs.length; p++) {
            int o = CandidatePairs.oldOf(pairs[p]);
            int n = CandidatePairs.newOf(pairs[p]);
            int[] oldTerms = table.oldTerms(o, o);
            int[] newTerms = table.newTerms(n, n);
            // The shared weight once for the three scores of the pair (it is symmetric).
            double shared = table.sharedWeight(oldTerms, newTerms);
            similarity[p] = SentenceTable.dice(shared, table.oldWeight(o), table.newWeight(n));
            if (similarity[p] > floor) {
                blocks.add(Block.pair(o, n, similarity[p] - matchThreshold, similarity[p]));
            }
            // Groups start at a candidate pair: old o split into n, n+1, ...; or o, o+1, ... merged into n.
            if (SentenceTable.coverage(shared, table.newWeight(n)) >= splitCoverage) {
                for (int end = n + 1; end < n + maxSplitParts && end < newTaken.length && !newTaken[end]; end++) {
                    if (table.coverage(table.newTerms(end, end), oldTerms) < splitCoverage) {
                        break;
                    }
                    double sim = table.dice(oldTerms, table.newTerms(n, end));
                    if (sim > floor) {
                        blocks.add(new Block(o, o, n, end, sim - matchThreshold, sim));
                    }
                }
            }
            if (SentenceTable.coverage(shared, table.oldWeight(o)) >= splitCoverage) {
                for (int end = o + 1; end < o + maxSplitParts && end < oldTaken.length && !oldTaken[end]; end++) {
                    if (table.coverage(table.oldTerms(end, end), newTerms) < splitCoverage) {
                        break;
                    }
                    double sim = table.dice(table.oldTerms(o, end), newTerms);
                    if (sim > floor) {
                        blocks.add(new Block(o, end, n, n, sim - matchThreshold, sim));
                    }
                }
            }
        }
    }

    /** Adds the leftover pairs similar enough to be the same sentence moved elsewhere, most similar first. */
    private void addMoves(long[] pairs, double[] similarity, boolean[] oldMatched, boolean[] newMatched,
                          List<Match> matches, double[] matchSimilarity) {
        // A pair with a side already matched can never become a move: leave it out of the sort, which
        // is then mostly skipped.
        int[] strong = new int[pairs.length];
        int count = 0;
        for (int p = 0; p < pairs.length; p++) {
            if (similarity[p] >= moveThreshold && !oldMatched[CandidatePairs.oldOf(pairs[p])]
                    && !newMatched[CandidatePairs.newOf(pairs[p])]) {
                // Insertion sort, most similar first, then by old and new index: a handful at most.
                int i = count++;
                while (i > 0 && movesBefore(p, strong[i - 1], pairs, similarity)) {
                    strong[i] = strong[i - 1];
                    i--;
                }
                strong[i] = p;
            }
        }
        for (int i = 0; i < count; i++) {
            int o = CandidatePairs.oldOf(pairs[strong[i]]);
            int n = CandidatePairs.newOf(pairs[strong[i]]);
            if (!oldMatched[o] && !newMatched[n]) {
                oldMatched[o] = true;
                newMatched[n] = true;
                matchSimilarity[matches.size()] = similarity[strong[i]];
                matches.add(Match.pair(o, n));
            }
        }
    }

    /** Whether pair {@code p} is tried as a move before pair {@code q}. */
    private static boolean movesBefore(int p, int q, long[] pairs, double[] similarity) {
        int c = Double.compare(-similarity[p], -similarity[q]);
        if (c == 0) {
            c = Integer.compare(CandidatePairs.oldOf(pairs[p]), CandidatePairs.oldOf(pairs[q]));
        }
        if (c == 0) {
            c = Integer.compare(CandidatePairs.newOf(pairs[p]), CandidatePairs.newOf(pairs[q]));
        }
        return c < 0;
    }

    /** Settings of an {@link Aligner}; every one has a named default. */
    public static final class Builder {
        private double matchThreshold = DEFAULT_MATCH_THRESHOLD;
        private double continuityBonus = DEFAULT_CONTINUITY_BONUS;
        private double moveThreshold = DEFAULT_MOVE_THRESHOLD;
        private double splitCoverage = DEFAULT_SPLIT_COVERAGE;
        private int maxSplitParts = DEFAULT_MAX_SPLIT_PARTS;
        private int candidatesPerSentence = DEFAULT_CANDIDATES_PER_SENTENCE;
        private int commonWordLimit = DEFAULT_COMMON_WORD_LIMIT;
        private int maxSentences = DEFAULT_MAX_SENTENCES;
        private WordDiffer wordDiffer = WordDiffer.standard();

        private Builder() {
        }

        public Builder matchThreshold(double value) {
            matchThreshold = unit("matchThreshold", value);
            return this;
        }

        public Builder continuityBonus(double value) {
            continuityBonus = unit("continuityBonus", value);
            return this;
        }

        public Builder moveThreshold(double value) {
            moveThreshold = unit("moveThreshold", value);
            return this;
        }

        public Builder splitCoverage(double value) {
            splitCoverage = unit("splitCoverage", value);
            return this;
        }

        /** 1 turns splits and merges off. */
        public Builder maxSplitParts(int value) {
            maxSplitParts = atLeast("maxSplitParts", value, 1);
            return this;
        }

        public Builder candidatesPerSentence(int value) {
            candidatesPerSentence = atLeast("candidatesPerSentence", value, 1);
            return this;
        }

        public Builder commonWordLimit(int value) {
            commonWordLimit = atLeast("commonWordLimit", value, 1);
            return this;
        }

        /** Inputs longer than this are refused with an {@link IllegalArgumentException}. */
        public Builder maxSentences(int value) {
            maxSentences = atLeast("maxSentences", value, 0);
            return this;
        }

        public Builder wordDiffer(WordDiffer value) {
            wordDiffer = Objects.requireNonNull(value, "wordDiffer");
            return this;
        }

        public Aligner build() {
            return new Aligner(this);
        }

        private static double unit(String name, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
            }
            return value;
        }

        private static int atLeast(String name, int value, int min) {
            if (value < min) {
                throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
            }
            return value;
        }
    }
}
