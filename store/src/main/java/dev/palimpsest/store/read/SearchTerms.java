package dev.palimpsest.store.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A user's search text as words and "quoted phrases", all required. Nothing else is syntax: the
 * terms reach the database as quoted FTS5 strings or bound {@code tsquery} parameters, never as
 * query syntax. Terms without a letter or digit are dropped; an unclosed quote runs to the end.
 */
public record SearchTerms(List<String> words, List<String> phrases) {

    public SearchTerms {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    public static SearchTerms parse(String text) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : '\0';
            boolean end = i == text.length();
            if (end || ch == '"' || (!quoted && Character.isWhitespace(ch))) {
                String term = current.toString().strip().replaceAll("\\s+", " ");
                if (hasWordCharacter(term)) {
                    (quoted && term.contains(" ") ? phrases : words).add(term);
                }
                current.setLength(0);
                if (ch == '"') {
                    quoted = !quoted;
                }
            } else {
                current.append(ch);
            }
        }
        return new SearchTerms(words, phrases);
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Every term, words first. */
    public List<String> all() {
        List<String> all = new ArrayList<>(words);
        all.addAll(phrases);
        return all;
    }

    /** An FTS5 query: every term a quoted string (quotes doubled), all required. */
    public String fts5() {
        return all().stream().map(t -> "\"" + t.replace("\"", "\"\"") + "\"").collect(Collectors.joining(" AND "));
    }

    /** The lowercased single words of every term, for highlighting. */
    public List<String> highlightWords() {
        List<String> out = new ArrayList<>();
        for (String term : all()) {
            for (String w : term.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty() && !out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static boolean hasWordCharacter(String term) {
        return term.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
