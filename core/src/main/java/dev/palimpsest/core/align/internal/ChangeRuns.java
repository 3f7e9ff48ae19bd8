package dev.palimpsest.core.align.internal;

import dev.palimpsest.core.align.WordOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word diff as alternating runs: unchanged tokens, then a change (deleted tokens, inserted tokens).
 * Runs are consecutive on both sides, so each is a pair of token ranges, {@code old[oldFrom, oldTo)}
 * and {@code new[newFrom, newTo)}: merging neighbours only widens ranges, and lengths come from prefix
 * sums. Adjacent runs of one kind are merged as they are added, so a change always sits between two
 * unchanged runs (or a text edge). Mutable; used by one thread while a diff is built.
 */
public final class ChangeRuns {

    private final String[] oldTokens;
    private final String[] newTokens;
    private final int[] oldEnds; // oldEnds[i]: chars in oldTokens[0, i)
    private final int[] newEnds;
    private boolean[] equal = new boolean[8];
    /** Run r covers old[bounds[4r], bounds[4r+1]) and new[bounds[4r+2], bounds[4r+3]). */
    private int[] bounds = new int[32];
    private int count;

    public ChangeRuns(String[] oldTokens, String[] newTokens) {
        this.oldTokens = oldTokens;
        this.newTokens = newTokens;
        oldEnds = prefixLengths(oldTokens);
        newEnds = prefixLengths(newTokens);
    }

    private static int[] prefixLengths(String[] tokens) {
        int[] ends = new int[tokens.length + 1];
        for (int i = 0; i < tokens.length; i++) {
            ends[i + 1] = ends[i] + tokens[i].length();
        }
        return ends;
    }

    /** Appends the unchanged tokens {@code old[oldFrom, oldTo)}, which are {@code new[newFrom, newTo)}. */
    public void equal(int oldFrom, int oldTo, int newFrom, int newTo) {
        if (oldFrom < oldTo) {
            add(true, oldFrom, oldTo, newFrom, newTo);
        }
    }

    /** Appends a change; deletions are kept before insertions within a merged run. */
    public void change(int oldFrom, int oldTo, int newFrom, int newTo) {
        if (oldFrom < oldTo || newFrom < newTo) {
            add(false, oldFrom, oldTo, newFrom, newTo);
        }
    }

    private void add(boolean isEqual, int oldFrom, int oldTo, int newFrom, int newTo) {
        if (count > 0 && equal[count - 1] == isEqual) {
            bounds[4 * count - 3] = oldTo;
            bounds[4 * count - 1] = newTo;
            return;
        }
        if (count == equal.length) {
            equal = Arrays.copyOf(equal, count * 2);
            bounds = Arrays.copyOf(bounds, count * 8);
        }
        equal[count] = isEqual;
        bounds[4 * count] = oldFrom;
        bounds[4 * count + 1] = oldTo;
        bounds[4 * count + 2] = newFrom;
        bounds[4 * count + 3] = newTo;
        count++;
    }

    /**
     * Folds each unchanged run that lies between two changes and is no longer (in characters) than the
     * larger side of either change into a single change, repeating until nothing changes. This is
     * diff-match-patch's semantic-cleanup rule applied to tokens; it never alters either text.
     */
    public void absorbShortEqualities() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i + 1 < count; i++) {
                if (!equal[i] || equal[i - 1] || equal[i + 1]) {
                    continue;
                }
                int len = oldEnds[bounds[4 * i + 1]] - oldEnds[bounds[4 * i]];
                if (len <= largerSide(i - 1) && len <= largerSide(i + 1)) {
                    // The change before now reaches over the unchanged run to the end of the one after.
                    bounds[4 * (i - 1) + 1] = bounds[4 * (i + 1) + 1];
                    bounds[4 * (i - 1) + 3] = bounds[4 * (i + 1) + 3];
                    System.arraycopy(equal, i + 2, equal, i, count - i - 2);
                    System.arraycopy(bounds, 4 * (i + 2), bounds, 4 * i, 4 * (count - i - 2));
                    count -= 2;
                    changed = true;
                    i--;
                }
            }
        }
    }

    private int largerSide(int run) {
        return Math.max(oldEnds[bounds[4 * run + 1]] - oldEnds[bounds[4 * run]],
                newEnds[bounds[4 * run + 3]] - newEnds[bounds[4 * run + 2]]);
    }

    public List<WordOp> toOps() {
        List<WordOp> ops = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            if (equal[r]) {
                addOps(ops, WordOp.Kind.EQUAL, oldTokens, bounds[4 * r], bounds[4 * r + 1]);
            } else {
                addOps(ops, WordOp.Kind.DELETE, oldTokens, bounds[4 * r], bounds[4 * r + 1]);
                addOps(ops, WordOp.Kind.INSERT, newTokens, bounds[4 * r + 2], bounds[4 * r + 3]);
            }
        }
        return ops;
    }

    private static void addOps(List<WordOp> ops, WordOp.Kind kind, String[] tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            ops.add(new WordOp(kind, tokens[t]));
        }
    }
}
