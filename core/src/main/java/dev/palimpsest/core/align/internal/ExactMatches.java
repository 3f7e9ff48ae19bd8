package dev.palimpsest.core.align.internal;

/**
 * Pairs sentences whose folded keys ({@link TextFolding#fold}) are equal, the k-th copy in the old
 * version with the k-th copy in the new. Keys are compared by {@link TextFolding#keyHash} in a
 * primitive table and confirmed with {@link TextFolding#sameKey}: no key is built, and no sentence
 * read whole, unless two sentences look alike.
 */
public final class ExactMatches {

    private ExactMatches() {
    }

    /** For each new sentence, the old sentence it is matched with exactly, or -1. */
    public static int[] find(String[] oldSentences, String[] newSentences) {
        return find(oldSentences, newSentences, new boolean[newSentences.length]);
    }

    /**
     * As {@link #find(String[], String[])}, also setting {@code sameText[n]} when new sentence
     * {@code n} is known to be its partner's very text, not only of the same key: found out on the
     * way, so that the edits need not compare the texts again (most sentences are left as they were).
     */
    public static int[] find(String[] oldSentences, String[] newSentences, boolean[] sameText) {
        int oldSize = oldSentences.length;
        char[] scratch = new char[TextFolding.EDGE];
        // One slot per distinct old key: its hash, and the old sentences with it not yet matched, as a
        // queue linked through nextCopy.
        int capacity = Integer.highestOneBit(Math.max(4, oldSize * 2 + 1)) * 2;
        int mask = capacity - 1;
        long[] slotHash = new long[capacity];
        int[] slotKey = new int[capacity]; // an old sentence with the slot's key + 1; 0 when free
        int[] slotFirst = new int[capacity]; // the first copy not yet matched, -1 when none is left
        int[] slotLast = new int[capacity];
        int[] nextCopy = new int[oldSize];
        for (int o = 0; o < oldSize; o++) {
            long h = TextFolding.keyHash(oldSentences[o], scratch);
            int slot = find(slotHash, slotKey, mask, h, oldSentences[o], oldSentences);
            nextCopy[o] = -1;
            if (slotKey[slot] == 0) {
                slotHash[slot] = h;
                slotKey[slot] = o + 1;
                slotFirst[slot] = o;
            } else {
                nextCopy[slotLast[slot]] = o;
            }
            slotLast[slot] = o;
        }
        int[] partner = new int[newSentences.length];
        for (int n = 0; n < newSentences.length; n++) {
            String text = newSentences[n];
            long h = TextFolding.keyHash(text, scratch);
            int slot = (int) h & mask;
            boolean equalsFirst = false; // text equals the slot's first old sentence
            for (; slotKey[slot] != 0; slot = (slot + 1) & mask) {
                if (slotHash[slot] == h) {
                    String first = oldSentences[slotKey[slot] - 1];
                    equalsFirst = text.equals(first);
                    if (equalsFirst || TextFolding.sameFoldedText(text, first)) {
                        break;
                    }
                }
            }
            int o = slotKey[slot] == 0 ? -1 : slotFirst[slot];
            partner[n] = o;
            if (o >= 0) {
                slotFirst[slot] = nextCopy[o];
                sameText[n] = equalsFirst && o == slotKey[slot] - 1;
            }
        }
        return partner;
    }

    /** The slot holding {@code text}'s key, or the free slot where it would go. */
    private static int find(long[] slotHash, int[] slotKey, int mask, long h, String text, String[] oldSentences) {
        for (int slot = (int) h & mask; ; slot = (slot + 1) & mask) {
            if (slotKey[slot] == 0
                    || slotHash[slot] == h && TextFolding.sameKey(text, oldSentences[slotKey[slot] - 1])) {
                return slot;
            }
        }
    }
}
