package dev.palimpsest.store.read;

import dev.palimpsest.core.text.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Excerpts of matching text with the matched words marked. Marks words whose folded form (case and
 * accents ignored) equals a query word or shares its stem by a crude English suffix rule: close to,
 * not the same as, what the databases' stemmers matched. Computed here, so both databases give the
 * same snippets.
 */
final class Snippets {

    /** Texts up to this long are shown whole. */
    static final int MAX_LENGTH = 240;
    private static final int CONTEXT = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    record Snippet(String text, List<Span> highlights) {
    }

    private Snippets() {
    }

    static Snippet of(String text, List<String> queryWords) {
        List<String> stems = queryWords.stream().map(Snippets::stem).toList();
        List<Span> marks = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (stems.contains(stem(m.group()))) {
                marks.add(new Span(m.start(), m.end()));
            }
        }
        if (text.length() <= MAX_LENGTH) {
            return new Snippet(text, marks);
        }
        int center = marks.isEmpty() ? 0 : marks.get(0).start();
        int from = Math.max(0, center - CONTEXT);
        int to = Math.min(text.length(), from + MAX_LENGTH);
        from = Math.max(0, Math.min(from, to - MAX_LENGTH));
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String prefix = from > 0 ? "…" : "";
        String suffix = to < text.length() ? "…" : "";
        int shift = prefix.length() - from;
        List<Span> shifted = new ArrayList<>();
        for (Span s : marks) {
            if (s.start() >= from && s.end() <= to) {
                shifted.add(new Span(s.start() + shift, s.end() + shift));
            }
        }
        return new Snippet(prefix + text.substring(from, to).stripTrailing() + suffix, shifted);
    }

    static String stem(String word) {
        String w = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        for (String suffix : new String[] {"ing", "ed", "es", "s", "ly"}) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
