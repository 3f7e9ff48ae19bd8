package dev.palimpsest.core.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into the tokens of a word diff: words (with internal apostrophes and hyphens, as
 * in {@code east’s} or {@code el-Qaddafi}), dotted abbreviations ({@code U.S.}), numbers with their
 * separators and unit ({@code 9,000,200.00}, {@code 3.5%}, {@code 21st}) and single punctuation marks.
 *
 * <p>Each token carries the whitespace before it; whitespace after the last token is kept on the last
 * token. So the tokens of a text always concatenate back to that text, and no token is empty. A text
 * of whitespace only is one token; an empty text has none.
 */
public final class WordTokenizer {

    /** Dotted abbreviations first, so that {@code U.S.} is one token and not four. */
    private static final String ABBREVIATION = "\\p{L}(?:\\.\\p{L})+\\.";
    /** Digits with inner separators, a suffix, hyphenated parts: 1,000.50 3.5% 1990s 24/7 21st 19-year-old. */
    private static final String NUMBER =
            "\\p{N}+(?:[.,:/]\\p{N}+)*(?:%|[\\p{L}\\p{M}]+)?(?:[\\-‐‑][\\p{L}\\p{M}\\p{N}]+)*";
    /** Letters and digits, joined by single apostrophes or hyphens: don't, east’s, el-Qaddafi, COVID-19. */
    private static final String WORD = "[\\p{L}\\p{M}\\p{N}]+(?:['’\\-‐‑][\\p{L}\\p{M}\\p{N}]+)*";
    /** Anything else that is not whitespace is a token of its own: one punctuation mark or symbol. */
    private static final String OTHER = "\\S";

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:" + ABBREVIATION + "|" + NUMBER + "|" + WORD + "|" + OTHER + ")");

    private WordTokenizer() {
    }

    /** The tokens of {@code text}, each with its preceding whitespace; they concatenate to {@code text}. */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int end = 0;
        while (m.find()) {
            // The pattern matches at every non-whitespace position, so tokens are contiguous.
            tokens.add(m.group());
            end = m.end();
        }
        if (end < text.length()) {
            String trailing = text.substring(end);
            if (tokens.isEmpty()) {
                tokens.add(trailing);
            } else {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + trailing);
            }
        }
        return List.copyOf(tokens);
    }
}
