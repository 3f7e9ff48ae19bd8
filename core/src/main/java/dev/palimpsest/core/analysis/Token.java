package dev.palimpsest.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, dotted abbreviation or single punctuation mark of a sentence, with its character range.
 * Finer than the aligner's tokens on purpose: {@code Mr.} is {@code Mr} then {@code .}, so that
 * titles and initials can be recognised by the token that follows them.
 */
record Token(String text, int start, int end) {

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{Lu}(?:\\.\\p{Lu})+\\.?"
                    + "|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-‐‑][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\S");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean startsUpper() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** The word without a possessive ending: {@code Qaddafi’s} → {@code Qaddafi}. */
    String withoutPossessive() {
        return isPossessive() ? text.substring(0, text.length() - 2) : text;
    }

    boolean isPossessive() {
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }
}
