package dev.palimpsest.core.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English word lists the boundary rules consult, read once from {@code lexicon-en.txt}.
 * Immutable; shared by all splitters.
 */
final class Lexicon {

    private static final String RESOURCE = "lexicon-en.txt";
    private static final List<String> SECTIONS =
            List.of("titles", "inner", "general", "numeric", "time", "openers", "time-followers", "time-intro",
                    "capital-openers", "credits");

    /** Loaded on first use, then shared: holder idiom, no mutable state. */
    private static final class English {
        static final Lexicon INSTANCE = load(RESOURCE);
    }

    private final Map<String, Set<String>> sections;
    /** First characters of the capital openers and credit labels, see {@link #mayOpenGlued}. */
    private final boolean[] gluedInitials;
    /** Glued initials and sentence-final punctuation, see {@link #eventChars}. */
    private final boolean[] eventChars;
    /** The capital openers and credit labels as characters, by length, see {@link #mayBeGluedWord}. */
    private final char[][][] gluedWordsByLength;

    private Lexicon(Map<String, Set<String>> sections) {
        this.sections = Map.copyOf(sections);
        boolean[] initials = new boolean[Character.MAX_VALUE + 1];
        for (String section : List.of("capital-openers", "credits")) {
            for (String word : this.sections.getOrDefault(section, Set.of())) {
                if (!word.isEmpty()) {
                    initials[word.charAt(0)] = true;
                }
            }
        }
        this.gluedInitials = initials;
        this.gluedWordsByLength = byLength(this.sections.getOrDefault("capital-openers", Set.of()),
                this.sections.getOrDefault("credits", Set.of()));
        this.eventChars = initials.clone();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            eventChars[c] |= Chars.isTerminal(c);
        }
    }

    static Lexicon english() {
        return English.INSTANCE;
    }

    /** Prepositive titles ("Mr", "Gen"): a name follows, so they never end a sentence. */
    boolean isTitle(String word) {
        return matches("titles", word);
    }

    /** Abbreviations always followed by more of the sentence ("e.g", "vs"). */
    boolean isInner(String word) {
        return matches("inner", word);
    }

    /** Abbreviations that may end a sentence ("Co", "Jr", "etc", "Calif"). */
    boolean isGeneral(String word) {
        return matches("general", word);
    }

    /** Words that abbreviate only before a number ("No. 5", "art. 3"). */
    boolean isNumeric(String word) {
        return matches("numeric", word);
    }

    boolean isClockAbbreviation(String word) {
        return sections.get("time").contains(word.toLowerCase(Locale.ROOT));
    }

    /** Any abbreviation; used where a number follows. */
    boolean isAbbreviation(String word) {
        return isTitle(word) || isInner(word) || isGeneral(word) || isNumeric(word) || isClockAbbreviation(word);
    }

    /** Closed-class words that typically open a sentence ("The", "It", "However"). */
    boolean isOpener(String word) {
        return sections.get("openers").contains(word.replace('’', '\''));
    }

    boolean isTimeFollower(String word) {
        return sections.get("time-followers").contains(word);
    }

    boolean isTimeIntro(String word) {
        return sections.get("time-intro").contains(word);
    }

    /** Closed-class words that are capitalized only at a sentence start ("In", "The"). */
    boolean isCapitalOpener(String word) {
        return sections.get("capital-openers").contains(word);
    }

    /**
     * Whether a word starting with {@code c} can be a capital opener or a credit label: a cheap test
     * that lets the glued-sentence check skip most words without taking them out of the text.
     */
    boolean mayOpenGlued(char c) {
        return gluedInitials[c]; // asked at every character: one array load
    }

    /**
     * For every char, whether the splitter must stop there: sentence-final punctuation or a possible
     * glued sentence start. Shared, not copied: callers only read it.
     */
    boolean[] eventChars() {
        return eventChars;
    }

    /**
     * Whether {@code text[from, to)} is a capital opener or a credit label, compared in place: the
     * glued-sentence check asks it of many capitalized words, most of which are neither.
     */
    boolean mayBeGluedWord(char[] text, int from, int to) {
        int length = to - from;
        if (length >= gluedWordsByLength.length) {
            return false;
        }
        for (char[] word : gluedWordsByLength[length]) {
            if (Arrays.equals(word, 0, length, text, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static char[][][] byLength(Set<String> openers, Set<String> credits) {
        List<String> words = new ArrayList<>(openers);
        words.addAll(credits);
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        char[][][] byLength = new char[longest + 1][][];
        for (int length = 0; length <= longest; length++) {
            int n = length;
            byLength[length] = words.stream().filter(w -> w.length() == n).map(String::toCharArray)
                    .toArray(char[][]::new);
        }
        return byLength;
    }

    /** Credit labels that open a sentence of their own ("Image:", "Photo:"). */
    boolean isCreditLabel(String word) {
        return sections.get("credits").contains(word);
    }

    private boolean matches(String section, String word) {
        Set<String> entries = sections.get(section);
        if (entries.contains(word)) {
            return true;
        }
        // ALL CAPS text ("INC.", "CO.") uses the same abbreviations; a lower-case entry covers it.
        return isAllCaps(word) && entries.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code word.equals(word.toUpperCase(Locale.ROOT))}, without making the upper-case copy for an
     * ASCII word (asked at every candidate sentence end, of words that are nearly never all caps).
     */
    private static boolean isAllCaps(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return word.equals(word.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    static Lexicon load(String resource) {
        Map<String, Set<String>> sections = new HashMap<>();
        SECTIONS.forEach(name -> sections.put(name, new HashSet<>()));
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.replaceFirst("#.*", "").strip();
                if (content.startsWith("[") && content.endsWith("]")) {
                    String name = content.substring(1, content.length() - 1);
                    current = sections.get(name);
                    if (current == null) {
                        throw new IllegalStateException("unknown section [" + name + "] in " + resource);
                    }
                } else if (!content.isEmpty()) {
                    if (current == null) {
                        throw new IllegalStateException("entry before any section in " + resource + ": " + line);
                    }
                    current.addAll(List.of(content.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        sections.forEach((name, words) -> frozen.put(name, Set.copyOf(words)));
        return new Lexicon(frozen);
    }
}
