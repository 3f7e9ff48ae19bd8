package dev.palimpsest.bench.group;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's own wording: replaces a fixed share of its content words by other corpus words, the
 * same way every time within the article (one "Koussa" becomes one other name throughout).
 *
 * <p>Why: the evaluation texts hold about 10,000 sentences, while 100,000 snapshots need about
 * 400,000 distinct ones, so every real sentence serves dozens of articles. Unchanged, those copies
 * would be verbatim sentences shared by unrelated articles, which real news heaps rarely have. With
 * most content words replaced per article, the sentences keep their real structure, function words
 * and length, and the same source sentence in two articles shares only short runs of words.
 */
final class Dialect {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> KEEP = Set.of(
            "that", "with", "have", "this", "from", "they", "will", "would", "there", "their", "what",
            "about", "which", "when", "were", "been", "said", "more", "also", "into", "than", "them",
            "some", "could", "other", "after", "over", "only", "most", "such", "these", "those", "then",
            "very", "just", "while", "where", "because", "being", "does", "here", "both", "each", "much",
            "many", "before", "under", "since", "through", "still", "even", "between", "should",
            "against", "during", "without", "again", "your", "says", "year", "years", "first", "last");

    private final long seed;
    private final double rate;
    private final List<String> vocabulary;

    Dialect(long seed, double rate, List<String> vocabulary) {
        this.seed = seed;
        this.rate = rate;
        this.vocabulary = vocabulary;
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
            long h = mix(seed ^ mix(key.hashCode() * 0x9E3779B97F4A7C15L));
            if ((h >>> 11) * 0x1.0p-53 >= rate) {
                continue;
            }
            String replacement = vocabulary.get((int) Math.floorMod(mix(h + 1), (long) vocabulary.size()));
            out.append(sentence, from, m.start()).append(sameCase(word, replacement));
            from = m.end();
        }
        return out.append(sentence, from, sentence.length()).toString();
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
