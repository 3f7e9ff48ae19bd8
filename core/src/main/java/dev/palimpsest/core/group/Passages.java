package dev.palimpsest.core.group;

/**
 * Anchors for verbatim passages inside one sentence: word {@value #GRAM}-grams selected by winnowing
 * (the rightmost minimum of every {@value #WINDOW} consecutive grams). Two sentences that share a run of
 * at least {@code GRAM + WINDOW - 1} = 12 words always share an anchor, and any shared anchor means at
 * least {@value #GRAM} identical words in a row: edited sentences of a rewrite still match ("He placed
 * Mr. Koussa second after Col. Muammar el-Qaddafi on a list of..." against "...after Colonel Qaddafi on
 * a list of..."), while short stock phrases of one topic ("Foreign Minister Moussa Koussa") do not.
 */
final class Passages {

    static final int GRAM = 8;
    static final int WINDOW = 5;

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Passages() {
    }

    /**
     * Appends the anchors of one sentence to {@code out} and returns how many were added. A sentence
     * shorter than one gram is anchored by the hash of all its words.
     */
    static int anchors(long[] tokens, LongList out) {
        if (tokens.length < GRAM) {
            out.add(TextFeatures.sequenceHash(tokens));
            return 1;
        }
        int count = tokens.length - GRAM + 1;
        long[] grams = new long[count];
        for (int start = 0; start < count; start++) {
            long h = GRAM;
            for (int j = start; j < start + GRAM; j++) {
                h = h * GOLDEN + tokens[j];
            }
            grams[start] = TextFeatures.mix(h);
        }
        int window = Math.min(WINDOW, count);
        int added = 0;
        int last = -1;
        for (int from = 0; from + window <= count; from++) {
            int min = from;
            for (int j = from + 1; j < from + window; j++) {
                if (grams[j] <= grams[min]) {
                    min = j;
                }
            }
            if (min != last) {
                out.add(grams[min]);
                last = min;
                added++;
            }
        }
        return added;
    }
}
