package dev.palimpsest.core.align.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How sentences are compared (never how they are shown): case, curly versus straight quotes, the
 * dash family and runs of whitespace are folded away, and similarity looks at crudely stemmed words.
 */
public final class TextFolding {

    /** Words for similarity: hyphenated compounds count as their parts, a possessive stays on its word. */
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:'[\\p{L}\\p{M}]+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Function words: they count a quarter in similarity and are never used to find candidates. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was",
            "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "with", "as",
            "by", "from", "i", "we", "you", "he", "she", "they", "them", "their", "our", "my", "your",
            "his", "her", "not", "no", "so", "do", "does", "did", "have", "has", "had", "will", "would",
            "can", "could", "should", "may", "might", "than", "then", "there", "here", "which", "who",
            "whom", "what", "when", "where", "why", "how", "also", "all", "any", "some", "such", "into",
            "about", "over", "more", "most", "very", "just", "if", "said");

    private TextFolding() {
    }

    /** The comparison key: two sentences with equal keys count as the same sentence. */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(foldChar(text.charAt(i)));
        }
        return SPACES.matcher(sb).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The words of a folded text, lower-cased and crudely de-pluralized, in order, with repeats. */
    public static List<String> terms(String folded) {
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(folded);
        while (m.find()) {
            terms.add(stem(m.group()));
        }
        return terms;
    }

    public static boolean isStopWord(String term) {
        return STOP_WORDS.contains(term);
    }

    /** Drops a possessive or plural ending, enough to pair "car" with "cars" and "Libya's" with "Libya". */
    static String stem(String word) {
        if (word.endsWith("'s") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static char foldChar(char c) {
        switch (c) {
            case '‘': case '’': case '‚': case '‛': case '′': case '`': case '´':
                return '\'';
            case '“': case '”': case '„': case '‟': case '″': case '«': case '»':
                return '"';
            case '‐': case '‑': case '‒': case '–': case '—': case '―': case '−':
                return '-';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A':
                return ' ';
            default:
                return c;
        }
    }
}
