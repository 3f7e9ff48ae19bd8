package dev.palimpsest.core.align;

import dev.palimpsest.core.align.internal.ChangeRuns;
import dev.palimpsest.core.align.internal.TokenMyers;
import java.io.Serializable;

/**
 * Word-level diff of two sentences. Tokens come from {@link WordTokenizer} and are compared exactly
 * (including the whitespace before them), so that {@code diff(a, b).apply(a).equals(b)} always holds.
 *
 * <p>The raw Myers diff is made readable in two steps: inside each changed stretch all deletions come
 * before all insertions, and a short unchanged stretch squeezed between two larger changes (typically
 * a lone "the" or comma inside a rewritten clause) is folded into them, as diff-match-patch's semantic
 * cleanup does, so that a rewrite reads as one replacement rather than confetti.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordDiffer implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final WordDiffer STANDARD = new WordDiffer(true);
    private static final WordDiffer RAW = new WordDiffer(false);

    private final boolean semanticCleanup;

    private WordDiffer(boolean semanticCleanup) {
        this.semanticCleanup = semanticCleanup;
    }

    /** Grouped runs plus semantic cleanup: the differ the aligner uses. */
    public static WordDiffer standard() {
        return STANDARD;
    }

    /** Grouped runs only; every token the two texts share in order stays EQUAL. */
    public static WordDiffer withoutCleanup() {
        return RAW;
    }

    public WordDiff diff(String oldText, String newText) {
        if (oldText.equals(newText)) {
            // Most sentences of a new version are unchanged: no need to tokenize and diff them.
            return WordDiff.identity(oldText);
        }
        String[] oldTokens = WordTokenizer.tokenize(oldText).toArray(new String[0]);
        String[] newTokens = WordTokenizer.tokenize(newText).toArray(new String[0]);
        ChangeRuns runs = new ChangeRuns(oldTokens, newTokens);
        int[] changes = TokenMyers.changes(oldTokens, newTokens);
        int oldPos = 0;
        int newPos = 0;
        for (int c = 0; c < changes.length; c += 4) {
            runs.equal(oldPos, changes[c], newPos, changes[c + 2]);
            runs.change(changes[c], changes[c + 1], changes[c + 2], changes[c + 3]);
            oldPos = changes[c + 1];
            newPos = changes[c + 3];
        }
        runs.equal(oldPos, oldTokens.length, newPos, newTokens.length);
        if (semanticCleanup) {
            runs.absorbShortEqualities();
        }
        return new WordDiff(runs.toOps());
    }

    private Object readResolve() {
        return semanticCleanup ? STANDARD : RAW;
    }
}
