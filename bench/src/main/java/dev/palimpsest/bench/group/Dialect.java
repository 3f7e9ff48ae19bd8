package dev.palimpsest.bench.group;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's own wording: replaces a fixed share of its content words by other corpus words and of
 * its numbers by other numbers of the same length, the same way every time within the article (one
 * "Koussa" becomes one other name throughout).
 *
 * <p>Why: the evaluation texts hold about 10,000 sentences, while 100,000 snapshots need about
 * 400,000 distinct ones, so every real sentence serves dozens of articles. Unchanged, those copies
 * would be verbatim sentences shared by unrelated articles, which real news heaps rarely have. With
 * most content words replaced per article, the sentences keep their real structure, function words
 * and length, and the same source sentence in two articles shares only short runs of words.
 */
final class Dialect {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}|\\p{N}+");
    private static final Set<String> KEEP = Set.of(
            "that", "with", "have", "this", "from", "they", "will", "would", "there", "their", "what",
            "about", "which", "when", "were", "been", "said", "more", "also", "into", "than", "them",
            "some", "could", "other", "after", "over", "only", "most", "such", "these", "those", "then",
            "very", "just", "while", "where", "because", "being", "does", "here", "both", "each", "much",
            "many", "before", "under", "since", "through", "still", "even", "between", "should",
            "against", "during", "without", "again", "your", "says", "year", "years", "first", "last");

    private final long seed;
    private final long topicSeed;
    private final double rate;
    private final List<String> vocabulary;

    Dialect(long seed, double rate, List<String> vocabulary) {
        this(seed, seed, rate, vocabulary);
    }

    private Dialect(long seed, long topicSeed, double rate, List<String> vocabulary) {
        this.seed = seed;
        this.topicSeed = topicSeed;
        this.rate = rate;
        this.vocabulary = vocabulary;
    }

    /**
     * The wording of another story on the same topic: half of the words (the same half every time)
     * are changed as in this article, so names and terms recur, the rest in its own way.
     */
    Dialect sameTopic(long ownSeed) {
        return new Dialect(ownSeed, seed, rate, vocabulary);
    }

    String apply(String sentence) {
        Matcher m = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder(sentence.length() + 16);
        int from = 0;
        while (m.find()) {
            String word = m.group();
            String key = word.toLowerCase(Locale.ROOT);
            if (KEEP.contains(key)) {
                continue;
            }
            long wordHash = mix(key.hashCode() * 0x9E3779B97F4A7C15L);
            long h = mix(((mix(topicSeed ^ wordHash) & 1) == 0 ? topicSeed : seed) ^ wordHash);
            if ((h >>> 11) * 0x1.0p-53 >= rate) {
                continue;
            }
            String replacement = Character.isDigit(word.charAt(0)) ? digits(word.length(), mix(h + 1))
                    : sameCase(word, vocabulary.get((int) Math.floorMod(mix(h + 1), (long) vocabulary.size())));
            out.append(sentence, from, m.start()).append(replacement);
            from = m.end();
        }
        return out.append(sentence, from, sentence.length()).toString();
    }

    private static String digits(int length, long h) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('0' + Math.floorMod(h, 10L)));
            h = mix(h + i + 1);
        }
        return out.toString();
    }

    private static String sameCase(String model, String word) {
        if (model.length() > 1 && model.chars().allMatch(Character::isUpperCase)) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(model.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
