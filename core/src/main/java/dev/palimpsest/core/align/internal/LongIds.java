package dev.palimpsest.core.align.internal;

import java.util.Arrays;

/** Numbers distinct {@code long} keys 0, 1, 2, ... in order of first sight: a primitive open-addressing map. */
final class LongIds {

    private long[] keys;
    private int[] ids; // id + 1 per slot, 0 when free; at most half full
    private int count;

    /** Sized for about {@code expected} keys, so that it seldom grows. */
    LongIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(32, expected) * 2 - 1) * 2;
        keys = new long[capacity];
        ids = new int[capacity];
    }

    int size() {
        return count;
    }

    /** The id of {@code key}, a new one (the next number) on first sight. */
    int idOf(long key) {
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            if (ids[slot] == 0) {
                keys[slot] = key;
                ids[slot] = ++count;
                if (2 * count > keys.length) {
                    rehash();
                }
                return count - 1;
            }
            if (keys[slot] == key) {
                return ids[slot] - 1;
            }
        }
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldIds.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldIds[i] != 0) {
                int slot = spread(oldKeys[i]) & mask;
                while (ids[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    private static int spread(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40);
    }
}
