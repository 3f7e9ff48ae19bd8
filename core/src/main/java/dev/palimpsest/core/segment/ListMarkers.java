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
    static List<Span> find(String text, int start, int end) {
        TreeMap<Integer, Span> markers = new TreeMap<>();
        List<Enumerator> enumerators = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (i > start && !Chars.isSpace(text.charAt(i - 1))) {
                continue;
            }
            if (Chars.isBullet(text.charAt(i))) {
                int after = i + 1;
                while (after < end && Chars.isBlank(text.charAt(after))) {
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
    static boolean startsAt(String text, int i, int end) {
        return i < end && (Chars.isBullet(text.charAt(i)) || !parse(text, i, end).isEmpty());
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
    private static boolean opensList(String text, int blockStart, int at) {
        int i = at - 1;
        while (i >= blockStart && (Chars.isSpace(text.charAt(i)) || Chars.isCloser(text.charAt(i)))) {
            i--;
        }
        if (i < blockStart) {
            return true;
        }
        char c = text.charAt(i);
        return Chars.isTerminal(c) || c == ':' || c == ';';
    }

    /** All readings of an enumerator at {@code i} ("i)" is both a letter and a roman one). */
    private static List<Enumerator> parse(String text, int i, int end) {
        boolean parens = i < end && text.charAt(i) == '(';
        int from = parens ? i + 1 : i;
        // At most four label characters, scanned in a copy (see Chars.copy).
        char[] window = Chars.copy(text, from, Math.min(end, from + 4));
        int to = from;
        while (to - from < window.length && Character.isLetterOrDigit(window[to - from])) {
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
            markerEnd = text.charAt(to) == ')' ? to + 1 : -1;
        } else if (text.startsWith(".)", to)) {
            form = Form.DOT_PAREN;
            markerEnd = to + 2;
        } else if (text.charAt(to) == ')') {
            form = Form.PAREN;
            markerEnd = to + 1;
        } else if (text.charAt(to) == '.') {
            form = Form.DOT;
            markerEnd = to + 1;
        } else {
            return List.of();
        }
        if (markerEnd < 0 || markerEnd >= end || !Chars.isBlank(text.charAt(markerEnd))) {
            return List.of();
        }
        String label = text.substring(from, to);
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
