package dev.palimpsest.ingest.jsonl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the lines of each article are in the file: byte offset, length and line number of every
 * line, per article, articles in order of first appearance. About 20 bytes a line plus the keys,
 * so millions of lines fit where their texts would not.
 */
final class LineIndex {

    /** One article's identity within a file. */
    record Key(String source, String article) {
    }

    /** The lines of one article, packed: offset, length and line number per line. */
    static final class Lines {
        private long[] offsets = new long[2];
        private int[] lengths = new int[2];
        private int[] numbers = new int[2];
        private int size;

        void add(long offset, int length, int number) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            offsets[size] = offset;
            lengths[size] = length;
            numbers[size] = number;
            size++;
        }

        int size() {
            return size;
        }

        long offset(int i) {
            return offsets[i];
        }

        int length(int i) {
            return lengths[i];
        }

        int number(int i) {
            return numbers[i];
        }
    }

    private final Map<Key, Lines> articles = new LinkedHashMap<>();

    void add(Key key, long offset, int length, int number) {
        articles.computeIfAbsent(key, k -> new Lines()).add(offset, length, number);
    }

    /** The articles' lines, in order of each article's first line. */
    List<Lines> articles() {
        return new ArrayList<>(articles.values());
    }

    int articleCount() {
        return articles.size();
    }
}
