package dev.palimpsest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small rule-based splitter for building the sentence pool: breaks after {@code . ! ?} (plus closing
 * quotes) before an upper-case letter, digit or opening quote, except after common news abbreviations
 * and initials ("Col.", "Mr.", "C. J."). Good enough for a benchmark corpus; core has the real segmenter.
 */
final class NewsSentenceSplitter {

    private static final Pattern BOUNDARY =
            Pattern.compile("([.!?])([\"'\u201D\u2019)\\]]*)\\s+(?=[\"'\u201C\u2018(\\[]?[A-Z0-9])");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Col", "Gen", "Lt", "Capt", "Sgt", "Maj", "Cmdr", "Adm",
            "Gov", "Sen", "Rep", "Rev", "St", "Jr", "Sr", "No", "Nos", "Mt", "Ft", "Inc", "Corp", "Co",
            "Ltd", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");

    private NewsSentenceSplitter() {
    }

    static List<String> split(String paragraph) {
        String text = paragraph.strip();
        List<String> sentences = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.group(1).equals(".") && m.group(2).isEmpty() && isAbbreviation(text, m.start())) {
                continue;
            }
            sentences.add(text.substring(start, m.start(2) + m.group(2).length()).strip());
            start = m.end();
        }
        if (start < text.length()) {
            sentences.add(text.substring(start).strip());
        }
        sentences.removeIf(String::isEmpty);
        return sentences;
    }

    /** True when the word ending at {@code dot} is an abbreviation, an initial or dotted ("U.S"). */
    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).replaceFirst("^[\"'(\u201C\u2018]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word) || (word.indexOf('.') > 0 && word.length() <= 5);
    }
}
