package dev.palimpsest.core.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a quote is attributed to from the words around it: {@code “…,” said X},
 * {@code X said}, {@code X, the Y, said}, {@code he said}, {@code one senior official said},
 * {@code according to X}. Works on paragraph text whose quoted words are blanked out, so that names
 * inside quotes are never taken for speakers.
 */
final class SpeakerFinder {

    private static final Pattern VERB = Pattern.compile(
            "(?<![\\p{L}\\-])(?:" + String.join("|", NameLists.SPEECH_VERBS) + "|according to)(?![\\p{L}\\-])");

    /** An appositive between a name and its verb: "Musa Ibrahim, a government spokesman, said". */
    private static final Pattern APPOSITIVE = Pattern.compile(
            ",\\s*(?:a|an|the|who|whose|which|one|his|her|its|their|another|also|now)\\b[^“”\"]*,\\s*");

    private static final Pattern COMMA_ONLY = Pattern.compile("\\s*,\\s*");
    private static final Pattern PRONOUN_BEFORE = Pattern.compile("(?i)\\b(?:he|she)\\s*$");
    private static final Pattern OPAQUE_BEFORE = Pattern.compile("(?i)\\b(?:it|they|this|that|we|i)\\s*$");
    private static final Pattern DESCRIBED_BEFORE = Pattern.compile(
            "(?<![\\p{L}’'\\-])((?i:a|an|the|one|two|three|another|several|some|many)(?:\\s+[\\p{L}’'\\-]+){1,5})\\s*$");
    private static final Pattern DESCRIBED_AFTER = Pattern.compile(
            "^\\s+((?i:a|an|the|one|two|three|another|several|some|many)(?:\\s+[\\p{L}’'\\-]+){1,5}?)\\s*(?:[,.;]|$)");
    private static final Pattern AFTER_QUOTE = Pattern.compile("[”\"]\\s*,?\\s*$");

    private SpeakerFinder() {
    }

    /**
     * The attribution in {@code masked[from, to)}, the sentences of one quote.
     *
     * @param mentions the names of the paragraph outside quotes, in paragraph coordinates
     */
    static Optional<Attribution> find(String masked, int from, int to, List<PlacedMention> mentions) {
        Matcher verb = VERB.matcher(masked).region(from, to);
        while (verb.find()) {
            Optional<Attribution> found = at(masked, from, to, verb, mentions);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Attribution> at(String masked, int from, int to, Matcher verb, List<PlacedMention> mentions) {
        String before = masked.substring(from, verb.start());
        boolean accordingTo = verb.group().startsWith("according");
        if (!accordingTo) {
            Optional<PlacedMention> adjacent = mentions.stream()
                    .filter(m -> m.start() >= from && m.end() <= verb.start())
                    .filter(m -> masked.substring(m.end(), verb.start()).isBlank())
                    .findFirst();
            if (adjacent.isPresent()) {
                return Optional.of(new Attribution.Named(adjacent.get().mention()));
            }
            // "The White House press secretary, Jay Carney, said"
            Optional<PlacedMention> framed = mentions.stream()
                    .filter(m -> m.start() >= from && m.end() <= verb.start())
                    .filter(m -> COMMA_ONLY.matcher(masked.substring(m.end(), verb.start())).matches())
                    .filter(m -> masked.substring(from, m.start()).stripTrailing().endsWith(","))
                    .findFirst();
            if (framed.isPresent()) {
                return Optional.of(new Attribution.Named(framed.get().mention()));
            }
            Optional<PlacedMention> apposed = mentions.stream()
                    .filter(m -> m.start() >= from && m.end() <= verb.start())
                    .filter(m -> APPOSITIVE.matcher(masked.substring(m.end(), verb.start())).matches())
                    .max(Comparator.comparingInt(PlacedMention::end));
            if (apposed.isPresent()) {
                return Optional.of(new Attribution.Named(apposed.get().mention()));
            }
            if (PRONOUN_BEFORE.matcher(before).find()) {
                return Optional.of(new Attribution.Pronoun());
            }
            if (OPAQUE_BEFORE.matcher(before).find()) {
                return Optional.of(new Attribution.Unknown());
            }
            Matcher described = DESCRIBED_BEFORE.matcher(before);
            if (described.find() && isDescription(described.group(1))) {
                return Optional.of(new Attribution.Described(described.group(1)));
            }
            if (!AFTER_QUOTE.matcher(before).find()) {
                return Optional.empty();
            }
        }
        // "“…,” said Tommy Vietor", "according to Mr. Ibrahim"
        Optional<PlacedMention> following = mentions.stream()
                .filter(m -> m.start() >= verb.end() && m.end() <= to)
                .filter(m -> masked.substring(verb.end(), m.start()).isBlank())
                .findFirst();
        if (following.isPresent()) {
            return Optional.of(new Attribution.Named(following.get().mention()));
        }
        Matcher described = DESCRIBED_AFTER.matcher(masked.substring(verb.end(), to));
        if (described.find() && isDescription(described.group(1))) {
            return Optional.of(new Attribution.Described(described.group(1)));
        }
        return Optional.empty();
    }

    /** "one senior American official", not "the fight continues" or "a few days". */
    private static boolean isDescription(String phrase) {
        String[] words = phrase.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String key = NameLists.key(words[i]);
            if (NameLists.STOPWORDS.contains(key) || NameLists.SPEECH_VERBS.contains(key)) {
                return false;
            }
        }
        return true;
    }
}
