package dev.palimpsest.core.analysis;

import dev.palimpsest.core.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in a text: dates ("March 3", "15 February"), money ("$9.5 million", "300 euros"),
 * percentages, years, counts in digits ("270", "1,200") or words ("two", "twenty-five",
 * "a dozen", "two hundred"). Earlier kinds win where patterns overlap. Immutable and thread-safe.
 */
public final class NumberExtractor {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String AMOUNT = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final String SCALE = "(?:\\s(?:million|billion|trillion|thousand))";
    private static final String SMALL = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    private record Rule(NumberKind kind, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(NumberKind.DATE, Pattern.compile(
                    "\\b" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:,\\s\\d{4})?(?!\\d)"
                            + "|\\b\\d{1,2}\\s" + MONTH + "(?:\\s\\d{4})?\\b|\\b" + MONTH + "\\s\\d{4}\\b")),
            new Rule(NumberKind.MONEY, Pattern.compile(
                    "(?:US|U\\.S\\.|C|A)?[$€£¥]\\s?" + AMOUNT + SCALE + "?"
                            + "|\\b" + AMOUNT + SCALE + "?\\s(?:dollars|euros|pounds|yen|dinars)\\b")),
            new Rule(NumberKind.PERCENT, Pattern.compile("\\b" + AMOUNT + "\\s?(?:%|percent\\b|per cent\\b)")),
            new Rule(NumberKind.YEAR, Pattern.compile("(?<![\\d,.$])\\b(?:1[6-9]\\d{2}|20\\d{2})s?\\b(?![,.]\\d)")),
            new Rule(NumberKind.COUNT, Pattern.compile(
                    "(?<![\\w.])" + AMOUNT + "(?:\\s(?:million|billion|trillion|thousand|hundred))?(?![\\w])")),
            new Rule(NumberKind.COUNT, Pattern.compile(
                    "(?i)\\b(?:a\\s(?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|millions"
                            + "|(?:(?:" + TENS + ")(?:-(?:" + SMALL + "))?|" + SMALL + ")"
                            + "(?:\\s(?:hundred|thousand|million|billion))*)\\b(?![\\-‐‑]\\p{L})"
                            + "(?!\\sanother\\b)")));

    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", BigDecimal.valueOf(100), "thousand", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L));

    private static final Pattern DIGITS = Pattern.compile(AMOUNT);
    private static final Pattern SCALE_WORD = Pattern.compile("\\b(?:hundred|thousand|million|billion|trillion)\\b");
    private static final Pattern NO_BEFORE = Pattern.compile("\\b[Nn]o\\s$");

    /** "hundreds" has no value of its own; it compares by its word. */
    private static final Pattern VAGUE = Pattern.compile("dozens|hundreds|thousands|millions");

    private static final NumberExtractor STANDARD = new NumberExtractor();

    private NumberExtractor() {
    }

    public static NumberExtractor standard() {
        return STANDARD;
    }

    /** The numbers of {@code text} in text order, none overlapping. */
    public List<NumberMention> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<NumberMention> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (isFree(taken, m.start(), m.end()) && !isNoOne(text, m.start())) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    found.add(new NumberMention(m.group(), rule.kind(), new Span(m.start(), m.end()),
                            valueOf(m.group(), rule.kind())));
                }
            }
        }
        found.sort(Comparator.comparingInt(n -> n.span().start()));
        return found;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    // "no one" counts nobody.
    private static boolean isNoOne(String text, int start) {
        return text.regionMatches(true, start, "one", 0, 3)
                && NO_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find();
    }

    /** A comparable value: "$:9500000" for "$9.5 million", "3" for "three", the text for dates. */
    static String valueOf(String text, NumberKind kind) {
        String lower = text.toLowerCase(Locale.ROOT);
        switch (kind) {
            case DATE:
                return lower.replaceAll("[.,]", "").replaceAll("\\s+", " ");
            case YEAR:
                return lower;
            case MONEY:
                String currency = lower.replaceAll("[^$€£¥a-z]", "").replaceAll("million|billion|trillion|thousand", "");
                return currency + ":" + amount(lower).map(BigDecimal::toPlainString).orElse(lower);
            case PERCENT:
                return "%:" + amount(lower).map(BigDecimal::toPlainString).orElse(lower);
            default:
                return amount(lower).map(BigDecimal::toPlainString).orElse(lower);
        }
    }

    /** The amount written in digits or words, times its scale word. */
    private static Optional<BigDecimal> amount(String lower) {
        if (VAGUE.matcher(lower).matches()) {
            return Optional.empty();
        }
        Matcher digits = DIGITS.matcher(lower);
        BigDecimal value = null;
        if (digits.find()) {
            value = new BigDecimal(digits.group().replace(",", ""));
        } else {
            for (String word : lower.split("[\\s\\-‐‑]+")) {
                Integer n = WORD_VALUES.get(word);
                if (n != null) {
                    value = value == null ? BigDecimal.valueOf(n) : value.add(BigDecimal.valueOf(n));
                }
            }
        }
        BigDecimal scale = null;
        Matcher scaleWord = SCALE_WORD.matcher(lower);
        while (scaleWord.find()) {
            scale = (scale == null ? BigDecimal.ONE : scale).multiply(SCALES.get(scaleWord.group()));
        }
        if (value == null && scale == null) {
            return Optional.empty();
        }
        // "a hundred", "a million": the scale alone.
        value = value == null ? BigDecimal.ONE : value;
        if (scale != null) {
            value = value.multiply(scale);
        }
        return Optional.of(value.stripTrailingZeros());
    }
}
