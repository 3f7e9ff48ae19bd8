package dev.palimpsest.core.align.internal;

import java.util.Arrays;

/**
 * Numbers the distinct terms of one alignment 0, 1, 2, ... in order of first sight, looked up by their
 * chars: no String per word and no boxed map. Open addressing over a copy of each term's chars.
 */
final class TermIds {

    private char[] pool;
    private int poolSize;
    private int[] start;
    private int[] hash;
    private int count;
    /** Term id + 1 per slot, 0 when free; kept at most half full. */
    private int[] slots;

    /** Sized for about {@code expected} terms, so that it seldom grows. */
    TermIds(int expected) {
        int capacity = Math.max(32, expected);
        pool = new char[capacity * 4]; // distinct terms are a small part of the text; grows if not
        start = new int[capacity + 1];
        hash = new int[capacity + 1];
        slots = new int[Integer.highestOneBit(capacity * 2 - 1) * 2];
    }

    int size() {
        return count;
    }

    /** The id of {@code chars[from, to)}; a new one ({@link #size()} before the call) on first sight. */
    int idOf(char[] chars, int from, int to) {
        return idOf(chars, from, to, hash(chars, from, to));
    }

    /** {@link #idOf(char[], int, int)} with the chars' {@link #hash} already known. */
    int idOf(char[] chars, int from, int to, int h) {
        int mask = slots.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (id < 0) {
                return add(chars, from, to, h, slot);
            }
            if (hash[id] == h && sameChars(id, chars, from, to)) {
                return id;
            }
        }
    }

    /** The {@link String#hashCode} of {@code chars[from, to)}. */
    static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private boolean sameChars(int id, char[] chars, int from, int to) {
        int at = start[id];
        if (start[id + 1] - at != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (pool[at++] != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private int add(char[] chars, int from, int to, int h, int slot) {
        int id = count++;
        if (count + 1 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
            hash = Arrays.copyOf(hash, hash.length * 2);
        }
        if (poolSize + (to - from) > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + (to - from)));
        }
        System.arraycopy(chars, from, pool, poolSize, to - from);
        poolSize += to - from;
        start[id] = poolSize - (to - from);
        start[id + 1] = poolSize; // start[id + 1] doubles as this term's end until the next is added
        hash[id] = h;
        slots[slot] = id + 1;
        if (2 * count > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < count; id++) {
            int slot = spread(hash[id]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    private static int spread(int h) {
        return (h * 0x9E3779B9) >>> 7;
    }
}
