package dev.palimpsest.core.segment;

import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Finds the markers of list items run together in one block ("1) The first item 2) The second
 * item", "• 9. Stop smoking • 10. Get some rest"). Each marker starts a new sentence and its own
 * period is not a sentence end.
 *
 * <p>Enumerators ("2.", "b)", "(iii)") count only as a run of consecutive values ("1." then "2.")
 * whose first item opens the block or follows a sentence end or colon, so that "for 1. above"
 * and "scored 2. Then" stay prose. Bullets always start an item.
 */
final class ListMarkers {

    private enum Kind { NUMBER, LOWER_LETTER, UPPER_LETTER, LOWER_ROMAN, UPPER_ROMAN }

    private enum Form { DOT, PAREN, DOT_PAREN, PARENS }

    private record Enumerator(int start, int end, Kind kind, Form form, int value) {
    }

    private ListMarkers() {
    }

    /** Marker spans in text order; item {@code k} starts at marker {@code k}. */
    /** @param mayHaveBullets false when the text holds no bullet character */
    static List<Span> find(char[] text, int start, int end, boolean mayHaveBullets) {
        if (mayHaveBullets) {
            return find(text, start, end, new ArrayList<>());
        }
        List<Enumerator> enumerators = new ArrayList<>();
        enumeratorsWithoutBullets(text, start, end, enumerators);
        if (enumerators.isEmpty()) {
            return List.of(); // nearly every block of prose
        }
        return markers(text, start, new TreeMap<>(), enumerators);
    }

    /**
     * What the word-by-word scan of {@link #find(char[], int, int, List)} collects, for a block
     * without bullets, found faster: an enumerator ends within five characters of its word start in
     * "." or ")", so only the few word starts just before those characters need parsing.
     */
    private static void enumeratorsWithoutBullets(char[] text, int start, int end, List<Enumerator> out) {
        int untried = start;
        for (int q = start; q < end; q++) {
            char c = text[q];
            if (c == '.' || c == ')') {
                for (int i = Math.max(untried, q - 5); i < q; i++) {
                    if (i == start || Chars.isSpace(text[i - 1])) {
                        out.addAll(parse(text, i, end));
                    }
                }
                untried = Math.max(untried, q);
            }
        }
    }

    private static List<Span> find(char[] text, int start, int end, List<Enumerator> enumerators) {
        TreeMap<Integer, Span> markers = new TreeMap<>();
        for (int i = start; i < end; i++) {
            if (i > start && !Chars.isSpace(text[i - 1])) {
                continue;
            }
            if (Chars.isBullet(text[i])) {
                int after = i + 1;
                while (after < end && Chars.isBlank(text[after])) {
                    after++;
                }
                List<Enumerator> numbered = parse(text, after, end);
                int markerEnd = numbered.isEmpty() ? i + 1 : numbered.get(0).end();
                markers.put(i, new Span(i, markerEnd));
                i = markerEnd - 1;
            } else {
                enumerators.addAll(parse(text, i, end));
            }
        }
        return markers(text, start, markers, enumerators);
    }

    /** Adds to the bullet markers the enumerators that make a list; all marker spans in order. */
    private static List<Span> markers(char[] text, int start, TreeMap<Integer, Span> markers,
            List<Enumerator> enumerators) {
        for (Enumerator head : enumerators) {
            if (markers.containsKey(head.start()) || !opensList(text, start, head.start())) {
                continue;
            }
            List<Enumerator> run = runFrom(head, enumerators);
            if (run.size() >= 2 || head.start() == start) {
                run.forEach(e -> markers.putIfAbsent(e.start(), new Span(e.start(), e.end())));
            }
        }
        return List.copyOf(markers.values());
    }

    /** Whether a list marker (bullet or enumerator) starts at {@code i}. */
    static boolean startsAt(char[] text, int i, int end) {
        return i < end && (Chars.isBullet(text[i]) || !parse(text, i, end).isEmpty());
    }

    /** The chain head, then each following enumerator of the same style with the next value. */
    private static List<Enumerator> runFrom(Enumerator head, List<Enumerator> all) {
        List<Enumerator> run = new ArrayList<>(List.of(head));
        Enumerator last = head;
        for (Enumerator e : all) {
            if (e.start() > last.start() && e.kind() == last.kind() && e.form() == last.form()) {
                if (e.value() != last.value() + 1) {
                    break;
                }
                run.add(e);
                last = e;
            }
        }
        return run;
    }

    /** A list opens the block or follows a sentence end or a colon. */
    private static boolean opensList(char[] text, int blockStart, int at) {
        int i = at - 1;
        while (i >= blockStart && (Chars.isSpace(text[i]) || Chars.isCloser(text[i]))) {
            i--;
        }
        if (i < blockStart) {
            return true;
        }
        char c = text[i];
        return Chars.isTerminal(c) || c == ':' || c == ';';
    }

    /** All readings of an enumerator at {@code i} ("i)" is both a letter and a roman one). */
    private static List<Enumerator> parse(char[] text, int i, int end) {
        boolean parens = i < end && text[i] == '(';
        int from = parens ? i + 1 : i;
        // At most four label characters.
        int to = from;
        int labelLimit = Math.min(end, from + 4);
        while (to < labelLimit && Chars.isLetterOrDigit(text[to])) {
            to++;
        }
        if (to == from || to >= end) {
            return List.of();
        }
        // The terminator is checked before the label is taken: at nearly every word start it fails.
        Form form;
        int markerEnd;
        if (parens) {
            form = Form.PARENS;
            markerEnd = text[to] == ')' ? to + 1 : -1;
        } else if (to + 1 < text.length && text[to] == '.' && text[to + 1] == ')') {
            form = Form.DOT_PAREN;
            markerEnd = to + 2;
        } else if (text[to] == ')') {
            form = Form.PAREN;
            markerEnd = to + 1;
        } else if (text[to] == '.') {
            form = Form.DOT;
            markerEnd = to + 1;
        } else {
            return List.of();
        }
        if (markerEnd < 0 || markerEnd >= end || !Chars.isBlank(text[markerEnd])) {
            return List.of();
        }
        String label = Chars.string(text, from, to);
        List<Enumerator> readings = new ArrayList<>();
        if (label.chars().allMatch(Character::isDigit) && label.length() <= 3) {
            readings.add(new Enumerator(i, markerEnd, Kind.NUMBER, form, Integer.parseInt(label)));
        }
        if (label.length() == 1 && Character.isLetter(label.charAt(0))) {
            char c = label.charAt(0);
            // "A." is far more often an initial than a list item; only "A)" and "(A)" count.
            boolean upper = Character.isUpperCase(c);
            if (!(upper && form == Form.DOT)) {
                Kind kind = upper ? Kind.UPPER_LETTER : Kind.LOWER_LETTER;
                readings.add(new Enumerator(i, markerEnd, kind, form, Character.toLowerCase(c) - 'a' + 1));
            }
        }
        int roman = romanValue(label);
        if (roman > 0 && form != Form.DOT) {
            Kind kind = Character.isUpperCase(label.charAt(0)) ? Kind.UPPER_ROMAN : Kind.LOWER_ROMAN;
            readings.add(new Enumerator(i, markerEnd, kind, form, roman));
        }
        return readings;
    }

    /** The value of a small roman numeral in one case, or 0. */
    private static int romanValue(String label) {
        if (!label.equals(label.toLowerCase(Locale.ROOT)) && !label.equals(label.toUpperCase(Locale.ROOT))) {
            return 0;
        }
        String lower = label.toLowerCase(Locale.ROOT);
        List<String> numerals = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");
        return numerals.indexOf(lower) + 1;
    }
}
