package dev.palimpsest.core.align.internal;

import java.util.Arrays;

/**
 * Turns the sentences of one alignment, one at a time, into their distinct term ids and lookup keys
 * (content words and word pairs), numbering terms and keys in order of first sight so that nothing
 * depends on hash order. Primitive tables and reused buffers throughout: no String per word.
 */
final class SentenceIndexer {

    private final TermIds termIds;
    private final LongIds lookupIds;
    private double[] weights = new double[64];
    /** The lookup key of each term as a word on its own, or -1 before it is needed. */
    private int[] wordKey = new int[64];
    private char[] key;
    private int[] bounds;
    private int[] hashes;
    private int[] ids = new int[32];
    private int[] lookups = new int[64];
    private long[] bits = new long[16];
    private int[] lastLookupKeys = new int[0];

    /** For about {@code chars} chars of text in all, the longest sentence {@code longest} chars. */
    SentenceIndexer(int chars, int longest) {
        // In news text distinct terms come to about one per ten chars, distinct words and word pairs
        // (the lookup keys) to one per six or seven. Both tables grow if need be.
        termIds = new TermIds(chars / 8);
        lookupIds = new LongIds(chars / 6);
        key = new char[2 * longest];
        bounds = new int[2 * longest + 1];
        hashes = new int[longest + 1];
    }

    /** The weight of each term id so far: stop words {@link SentenceTable#STOP_WORD_WEIGHT}, others 1. */
    double[] weights() {
        return Arrays.copyOf(weights, termIds.size());
    }

    int lookupKeyCount() {
        return lookupIds.size();
    }

    /** The sorted distinct lookup keys of the sentence last indexed. */
    int[] lastLookupKeys() {
        return lastLookupKeys;
    }

    /** Indexes one sentence: its sorted distinct term ids (and {@link #lastLookupKeys()}). */
    int[] index(String text) {
        int n = text.length();
        char[] key = this.key;
        int[] bounds = this.bounds;
        int[] hashes = this.hashes;
        text.getChars(0, n, key, 0);
        int words = AsciiTerms.scan(key, n, bounds, hashes);
        if (words < 0) {
            words = unicodeTerms(text);
        }
        if (ids.length < words) {
            ids = new int[words];
            lookups = new int[2 * words]; // at most a word and a pair per word
        }
        int[] ids = this.ids;
        int[] lookups = this.lookups;
        int lookupCount = 0;
        for (int w = 0; w < words; w++) {
            int id = termId(bounds[2 * w], bounds[2 * w + 1], hashes[w]);
            ids[w] = id;
            if (weights[id] == 1.0) {
                lookups[lookupCount++] = wordKey(id);
            }
            if (w > 0) {
                // Word pairs find sentences made only of common words ("it was not the first time").
                lookups[lookupCount++] = lookupIds.idOf(((long) (ids[w - 1] + 1) << 32) | id);
            }
        }
        lastLookupKeys = sortedDistinct(lookups, lookupCount, lookupIds.size());
        return sortedDistinct(ids, words, termIds.size());
    }

    /**
     * The terms of a text with a char that folds to non-ASCII, where the key must be built first
     * (Unicode lower-casing is a whole-text affair), into {@code key}, {@code bounds} and {@code hashes}.
     */
    private int unicodeTerms(String text) {
        int length = TextFolding.foldedChars(text, key);
        int words = TextFolding.terms(key, length, bounds);
        for (int w = 0; w < words; w++) {
            hashes[w] = TermIds.hash(key, bounds[2 * w], bounds[2 * w + 1]);
        }
        return words;
    }

    private int termId(int from, int to, int hash) {
        int known = termIds.size();
        int id = termIds.idOf(key, from, to, hash);
        if (id == known) {
            if (id == weights.length) {
                weights = Arrays.copyOf(weights, id * 2);
                wordKey = Arrays.copyOf(wordKey, id * 2);
            }
            weights[id] = TextFolding.isStopWord(key, from, to) ? SentenceTable.STOP_WORD_WEIGHT : 1.0;
            wordKey[id] = -1;
        }
        return id;
    }

    /** The lookup key of a word on its own: (0, id). */
    private int wordKey(int id) {
        if (wordKey[id] < 0) {
            wordKey[id] = lookupIds.idOf(id);
        }
        return wordKey[id];
    }

    /** Above this many values, {@link #sortedDistinct} sets bits rather than sorting. */
    private static final int INSERTION_SORT_MAX = 64;

    /**
     * The distinct values of {@code values[0, count)}, all below {@code bound}, in ascending order;
     * {@code values} is scratch, left sorted. Ids are numbered in order of first sight, so a sentence's
     * ids come mostly in ascending order, and an insertion sort in place is about linear: cheaper in
     * quickly compiled code than bit tricks, which it leaves as calls.
     */
    private int[] sortedDistinct(int[] values, int count, int bound) {
        if (count > INSERTION_SORT_MAX) {
            return sortedDistinctByBits(values, count, bound);
        }
        for (int i = 1; i < count; i++) {
            int v = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = v;
        }
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    /**
     * {@link #sortedDistinct} for long sentences: set as bits and read back, linear in count and
     * bound / 64, no sort.
     */
    private int[] sortedDistinctByBits(int[] values, int count, int bound) {
        if (bits.length * 64 < bound) {
            bits = new long[Math.max(bits.length * 2, (bound + 63) / 64)];
        }
        int low = Integer.MAX_VALUE;
        int high = -1;
        for (int i = 0; i < count; i++) {
            int word = values[i] >>> 6;
            bits[word] |= 1L << values[i];
            low = Math.min(low, word);
            high = Math.max(high, word);
        }
        int distinct = 0;
        for (int word = low; word <= high; word++) {
            distinct += Long.bitCount(bits[word]);
        }
        int[] sorted = new int[distinct];
        int at = 0;
        for (int word = low; word <= high; word++) {
            long b = bits[word];
            bits[word] = 0;
            while (b != 0) {
                sorted[at++] = (word << 6) | Long.numberOfTrailingZeros(b);
                b &= b - 1;
            }
        }
        return sorted;
    }
}
