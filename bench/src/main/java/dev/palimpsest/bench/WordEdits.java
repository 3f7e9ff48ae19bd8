package dev.palimpsest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence-level rewrites typical of news updates: numbers updated, attributions and time phrases
 * inserted, words swapped for synonyms, asides dropped; plus splitting one sentence in two and merging
 * two into one. Pure functions of their inputs and the given {@link Random}.
 */
final class WordEdits {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d{1,3}(?:,\\d{3})*(?![\\w,.]\\d)");
    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?i:" + String.join("|", NUMBER_WORDS) + ")\\b");

    private static final String[][] SYNONYMS = {
        {"said", "added"}, {"says", "said"}, {"told", "informed"}, {"Monday", "Tuesday"},
        {"Tuesday", "Wednesday"}, {"Wednesday", "Thursday"}, {"Thursday", "Friday"}, {"Friday", "Saturday"},
        {"rebels", "opposition fighters"}, {"rebel", "opposition"}, {"government", "administration"},
        {"officials", "authorities"}, {"forces", "troops"}, {"killed", "left dead"}, {"attack", "assault"},
        {"attacks", "assaults"}, {"capital", "city"}, {"fled", "escaped"}, {"seized", "captured"},
        {"retreat", "withdrawal"}, {"senior", "high-ranking"}, {"reported", "said"}, {"announced", "said"},
        {"many", "numerous"}, {"about", "around"}, {"nearly", "almost"}, {"more than", "over"},
        {"warplanes", "fighter jets"}, {"airstrikes", "air strikes"}, {"leader", "ruler"},
        {"country", "nation"}, {"defection", "departure"}, {"spokesman", "spokesperson"},
        {"insisted", "maintained"}, {"appeared", "seemed"}, {"showed", "suggested"}, {"major", "significant"},
        {"quickly", "swiftly"}, {"residents", "people"}, {"statement", "written statement"},
    };
    private static final List<Pattern> SYNONYM_PATTERNS = java.util.Arrays.stream(SYNONYMS)
            .map(pair -> Pattern.compile("\\b" + Pattern.quote(pair[0]) + "\\b"))
            .toList();

    private static final List<String> ATTRIBUTIONS = List.of(", officials said", ", according to witnesses",
            ", a spokesman said", ", the ministry said in a statement",
            ", according to two people familiar with the matter", ", the agency reported");
    private static final List<String> TRAILING_PHRASES = List.of(" on Thursday", " late on Wednesday",
            ", though details remained unclear", " despite the fighting", " at least for now", " this week");
    private static final Pattern HAS_ATTRIBUTION = Pattern.compile("\\b(said|says|added|told|reported|according)\\b");
    private static final Pattern HAS_TIME =
            Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|now)\\b");
    private static final List<String> QUOTE_ATTRIBUTIONS = List.of("an official said", "he said", "she said",
            "a spokesman said", "the statement said");
    private static final List<String> LEADING_PHRASES = List.of("On Thursday, ", "Meanwhile, ", "Separately, ",
            "In a statement, ", "Earlier, ", "By late afternoon, ", "According to officials, ");
    /** Sentence-initial words that are lower-cased when something is put before them. */
    private static final Set<String> LOWERCASE_STARTERS = Set.of("The", "A", "An", "It", "He", "She", "They",
            "We", "This", "That", "These", "Those", "There", "Some", "Many", "Most", "Other", "Even", "In", "On",
            "At", "By", "As", "His", "Her", "Their", "Its", "What", "Whether", "Previously", "Throughout", "After",
            "Before", "Although", "When", "While", "Still", "Soon", "Yet");
    /** Sentence-initial words that can follow a phrase like "Meanwhile, " once lower-cased. */
    private static final Set<String> SUBJECT_STARTERS = Set.of("The", "A", "An", "It", "He", "She", "They", "We",
            "This", "There", "Some", "Many", "Most", "His", "Her", "Their", "Its");
    /** Sentence-initial words that keep their capital (names, titles). Others block a merge. */
    private static final Set<String> TITLES = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Col.", "Colonel", "Gen.",
            "General", "President", "Secretary", "Prime", "Foreign", "Western", "American", "British", "Libyan");
    private static final Set<String> DROPPABLE_ADVERBS = Set.of("also", "still", "now", "quickly", "increasingly",
            "relatively", "however", "reportedly", "apparently", "only", "again", "almost");
    /**
     * A droppable aside between commas: an appositive or relative clause (", a former ambassador,",
     * ", who ...,") or a short name before a verb (", Jay Carney, released"). No quotes inside.
     */
    private static final Pattern ASIDE = Pattern.compile(", (?:(?:a|an|the|who|which|like|including|in particular"
            + "|experts said|officials said)\\b[^,\"\u201C\u201D\u2018\u2019]{0,60},(?= )"
            + "|[A-Z][\\w.\u2019-]*(?: [A-Z][\\w.\u2019-]*){0,3},(?= (?!a |an |the )[a-z]))");
    private static final Pattern PLAIN_END = Pattern.compile("[.!?]$");
    private static final String[] SPLIT_POINTS = {", and ", "; ", ", but ", ", while "};
    private static final Pattern DATELINE =
            Pattern.compile("^[A-Z][A-Z.'\\- ]+(?:, [A-Z][\\w.]*(?: [A-Z][\\w.]*)*)? [\u2014\u2013-] ");

    private WordEdits() {
    }

    /** One typical word edit, sometimes two of different kinds; always changes the sentence. */
    static String edit(String sentence, Random rnd) {
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        java.util.Collections.shuffle(kinds, rnd);
        int wanted = rnd.nextDouble() < 0.25 ? 2 : 1;
        String edited = sentence;
        for (int kind : kinds) {
            Optional<String> next = switch (kind) {
                case 0 -> changeNumber(edited, rnd);
                case 1 -> swapSynonym(edited, rnd);
                case 2 -> insertTrailingClause(edited, rnd);
                case 3 -> insertLeadingPhrase(edited, rnd);
                default -> dropAside(edited, rnd);
            };
            if (next.isPresent() && !next.get().equals(edited)) {
                edited = next.get();
                if (--wanted == 0) {
                    break;
                }
            }
        }
        return edited.equals(sentence)
                ? sentence.replaceFirst("([.!?\"\u201D\u2019]*)$", " at the time$1")
                : edited;
    }

    static Optional<String> changeNumber(String sentence, Random rnd) {
        List<Hit> numbers = NUMBER.matcher(sentence).results().map(Hit::new).toList();
        if (!numbers.isEmpty()) {
            Hit m = numbers.get(rnd.nextInt(numbers.size()));
            long value = Long.parseLong(m.text().replace(",", ""));
            if (value < 1900 || value > 2099) {
                long delta = Math.max(1, Math.round(value * (0.05 + 0.3 * rnd.nextDouble())));
                long updated = rnd.nextBoolean() || value <= delta ? value + delta : value - delta;
                String formatted = m.text().contains(",") ? String.format(Locale.ROOT, "%,d", updated) : Long.toString(updated);
                return Optional.of(m.replaceIn(sentence, formatted));
            }
        }
        List<Hit> words = NUMBER_WORD.matcher(sentence).results().map(Hit::new).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Hit m = words.get(rnd.nextInt(words.size()));
        int i = NUMBER_WORDS.indexOf(m.text().toLowerCase(Locale.ROOT));
        String next = NUMBER_WORDS.get(i + 1 < NUMBER_WORDS.size() ? i + 1 : i - 1);
        return Optional.of(m.replaceIn(sentence, matchCase(m.text(), next)));
    }

    static Optional<String> swapSynonym(String sentence, Random rnd) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < SYNONYMS.length; i++) {
            if (SYNONYM_PATTERNS.get(i).matcher(sentence).find()) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int i = candidates.get(rnd.nextInt(candidates.size()));
        List<Hit> hits = SYNONYM_PATTERNS.get(i).matcher(sentence).results().map(Hit::new).toList();
        return Optional.of(hits.get(rnd.nextInt(hits.size())).replaceIn(sentence, SYNONYMS[i][1]));
    }

    /** Adds an attribution or time phrase at the end: "... said." or "...,” an official said." */
    static Optional<String> insertTrailingClause(String sentence, Random rnd) {
        boolean attributed = HAS_ATTRIBUTION.matcher(sentence).find();
        if (sentence.endsWith(".\u201D") && sentence.startsWith("\u201C") && !attributed) {
            String who = QUOTE_ATTRIBUTIONS.get(rnd.nextInt(QUOTE_ATTRIBUTIONS.size()));
            return Optional.of(sentence.substring(0, sentence.length() - 2) + ",\u201D " + who + ".");
        }
        if (!PLAIN_END.matcher(sentence).find() || sentence.endsWith("?")) {
            return Optional.empty();
        }
        List<String> clauses = attributed || rnd.nextBoolean() ? TRAILING_PHRASES : ATTRIBUTIONS;
        String clause = clauses.get(rnd.nextInt(clauses.size()));
        if (clauses == TRAILING_PHRASES && HAS_TIME.matcher(sentence).find()) {
            clause = ", though details remained unclear";
        }
        return Optional.of(sentence.substring(0, sentence.length() - 1) + clause + sentence.charAt(sentence.length() - 1));
    }

    static Optional<String> insertLeadingPhrase(String sentence, Random rnd) {
        if (DATELINE.matcher(sentence).find()) {
            return Optional.empty();
        }
        int space = sentence.indexOf(' ');
        if (space < 0 || !SUBJECT_STARTERS.contains(sentence.substring(0, space))) {
            return Optional.empty();
        }
        String phrase = LEADING_PHRASES.get(rnd.nextInt(LEADING_PHRASES.size()));
        return Optional.of(phrase + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
    }

    /** Drops a short aside between commas ("The official, a former ambassador, said") or an adverb. */
    static Optional<String> dropAside(String sentence, Random rnd) {
        List<Hit> asides = ASIDE.matcher(sentence).results().map(Hit::new).toList();
        if (!asides.isEmpty()) {
            return Optional.of(asides.get(rnd.nextInt(asides.size())).replaceIn(sentence, ""));
        }
        String[] words = sentence.split(" ");
        List<Integer> adverbs = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            if (DROPPABLE_ADVERBS.contains(words[i])) {
                adverbs.add(i);
            }
        }
        if (adverbs.isEmpty()) {
            return Optional.empty();
        }
        int drop = adverbs.get(rnd.nextInt(adverbs.size()));
        List<String> kept = new ArrayList<>(List.of(words));
        kept.remove(drop);
        return Optional.of(String.join(" ", kept));
    }

    /** Splits a long sentence at a clause boundary into two sentences, if it has one outside quotes. */
    static Optional<List<String>> split(String sentence) {
        if (sentence.split(" ").length < 14) {
            return Optional.empty();
        }
        for (String point : SPLIT_POINTS) {
            int at = sentence.indexOf(point, sentence.length() / 4);
            if (at < 0 || at > sentence.length() * 3 / 4 || insideQuote(sentence, at)) {
                continue;
            }
            String first = sentence.substring(0, at) + ".";
            String rest = sentence.substring(at + point.length());
            String second = point.equals(", but ") ? "But " + rest : capitalize(rest);
            if (Character.isLetter(second.charAt(0))) {
                return Optional.of(List.of(first, second));
            }
        }
        return Optional.empty();
    }

    /** Joins two sentences into one ("A. The B." becomes "A, and the B."), if the first ends plainly. */
    static Optional<String> merge(String first, String second) {
        if (!first.endsWith(".") || first.endsWith("\u201D.") || !Character.isUpperCase(second.charAt(0))) {
            return Optional.empty();
        }
        int space = second.indexOf(' ');
        String firstWord = space < 0 ? second : second.substring(0, space);
        if (!LOWERCASE_STARTERS.contains(firstWord) && !TITLES.contains(firstWord) && !firstWord.equals("But")) {
            return Optional.empty();
        }
        String tail = LOWERCASE_STARTERS.contains(firstWord)
                ? Character.toLowerCase(second.charAt(0)) + second.substring(1)
                : second;
        String joiner = firstWord.equals("But") ? ", " : (first.length() % 2 == 0 ? ", and " : "; ");
        if (firstWord.equals("But")) {
            tail = "but" + second.substring(3);
        }
        return Optional.of(first.substring(0, first.length() - 1) + joiner + tail);
    }

    /** The leading dateline of a lede ("BREGA, Libya — "), or "" when there is none. */
    static String dateline(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        return m.find() ? m.group() : "";
    }

    /** The sentence without its dateline, for using a lede elsewhere in an article. */
    static String withoutDateline(String sentence) {
        return sentence.substring(dateline(sentence).length());
    }

    private static boolean insideQuote(String sentence, int at) {
        String before = sentence.substring(0, at);
        long open = before.chars().filter(c -> c == '\u201C').count();
        long close = before.chars().filter(c -> c == '\u201D').count();
        long straight = before.chars().filter(c -> c == '"').count();
        return open != close || straight % 2 == 1;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String matchCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0)) ? capitalize(replacement) : replacement;
    }

    /** A regex hit that can be replaced in its sentence. */
    private record Hit(int start, int end, String text) {
        Hit(java.util.regex.MatchResult m) {
            this(m.start(), m.end(), m.group());
        }

        String replaceIn(String sentence, String replacement) {
            return sentence.substring(0, start) + replacement + sentence.substring(end);
        }
    }
}
