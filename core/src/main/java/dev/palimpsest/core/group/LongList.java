package dev.palimpsest.core.group;

import java.util.Arrays;

/** A growable array of primitive longs: millions of packed pairs without boxing. */
final class LongList {

    private long[] values;
    private int size;

    LongList() {
        this(1024);
    }

    LongList(int capacity) {
        values = new long[Math.max(capacity, 4)];
    }

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** The values, sorted (in parallel when large); the list itself is left as it was. */
    long[] sorted() {
        long[] out = Arrays.copyOf(values, size);
        Arrays.parallelSort(out);
        return out;
    }
}
