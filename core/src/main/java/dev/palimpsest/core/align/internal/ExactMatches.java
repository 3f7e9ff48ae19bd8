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
            long h = TextFolding.keyHash(newSentences[n], scratch);
            int slot = find(slotHash, slotKey, mask, h, newSentences[n], oldSentences);
            int o = slotKey[slot] == 0 ? -1 : slotFirst[slot];
            partner[n] = o;
            if (o >= 0) {
                slotFirst[slot] = nextCopy[o];
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
