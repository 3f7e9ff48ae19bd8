package dev.palimpsest.core.segment;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a run of terminal punctuation ends a sentence. One instance per block and call.
 *
 * <p>The decision looks at the word before the punctuation and at the first word after it:
 * <ul>
 *   <li>a lower-case continuation never starts a sentence ("Co. at noon", "Yahoo! in");
 *   <li>after an ordinary word a capital or a number does ("World. My", "1990. 2000 people");
 *   <li>after an abbreviation that may end a sentence ("U.S.", "Co.", "Jr.", an initial) only a
 *       closed-class opener does ("the U.S. How about", but "the U.S. Government");
 *   <li>titles ("Mr.", "Gen.") and inner abbreviations ("e.g.") never end a sentence;
 *   <li>after "a.m."/"p.m." a capital starts a sentence unless it is a day, month or zone, or the
 *       sentence so far is just an opening time phrase ("At 5 a.m. Mr. Smith went").
 * </ul>
 */
final class BoundaryRules {

    static final int NO_CUT = -1;

    /** Letter groups of one or two joined by periods: "U.S", "a.m", "Ph.D", "J.C". */
    private static final Pattern MULTI_PERIOD = Pattern.compile("\\p{L}{1,2}(?:\\.\\p{L}{1,2})+");
    /** A sentence this short is a label or list number, not a sentence: "Q.", "1.", "(iii)". */
    private static final Pattern LABEL = Pattern.compile("\\(?(?:\\p{L}|\\d{1,3}|[ivxlc]{1,4}|[IVXLC]{1,4})");

    private final char[] text;
    private final int blockStart;
    private final int blockEnd;
    private final Lexicon lexicon;
    private final Brackets brackets;

    BoundaryRules(char[] text, int blockStart, int blockEnd, Lexicon lexicon, Brackets brackets) {
        this.text = text;
        this.blockStart = blockStart;
        this.blockEnd = blockEnd;
        this.lexicon = lexicon;
        this.brackets = brackets;
    }

    /** Where the sentence begun at {@code sentenceStart} ends at this cluster, or {@link #NO_CUT}. */
    int cut(Cluster cluster, int sentenceStart) {
        if (cluster.end() >= blockEnd || brackets.enclosesMidSentence(cluster.start(), sentenceStart)) {
            return NO_CUT;
        }
        if (!Chars.isSpace(text[cluster.end()])) {
            return cutWithoutSpace(cluster);
        }
        Next next = Next.read(text, cluster.end(), blockEnd);
        if (isCitationAhead(cluster.end())) {
            return NO_CUT;
        }
        if (cluster.isEllipsis(text)) {
            return cutAtEllipsis(cluster, next);
        }
        if (cluster.contains(text, '!') || cluster.contains(text, '?')) {
            return next.kind() == Next.Kind.LOWER || next.kind() == Next.Kind.DASH ? NO_CUT : cluster.end();
        }
        if (isLabel(sentenceStart, cluster.start())) {
            return NO_CUT;
        }
        String word = wordBefore(sentenceStart, cluster.start());
        boolean ends = switch (next.kind()) {
            case LOWER, DASH, NONE -> false;
            case DIGIT -> !isAbbreviation(word);
            case UPPER -> endsBeforeCapital(word, next, sentenceStart, cluster.start());
            case OTHER -> true;
        };
        return ends ? cluster.end() : NO_CUT;
    }

    /**
     * A parenthetical closed by the sentence's own period belongs to the sentence before it: a
     * citation after a quotation, as in {@code stairways [...]" (Smith 55).}
     */
    private boolean isCitationAhead(int from) {
        int k = from;
        while (k < blockEnd && Chars.isSpace(text[k])) {
            k++;
        }
        if (k >= blockEnd || text[k] != '(') {
            return false;
        }
        int close = brackets.closeOf(k);
        return close >= 0 && close + 1 < blockEnd && Chars.isTerminal(text[close + 1])
                && !Chars.isTerminal(text[close - 1]);
    }

    /** "world.Today", "1,000.That": a missing space after a period, but not in "Jane.Doe@x.com". */
    private int cutWithoutSpace(Cluster cluster) {
        int at = cluster.start();
        if (Chars.isFullwidthTerminal(text[at])) {
            return cluster.end();
        }
        if (!cluster.isSinglePeriod(text) || cluster.end() != at + 1 || at == blockStart || at + 2 >= blockEnd) {
            return NO_CUT;
        }
        char before = text[at - 1];
        boolean capitalizedWordFollows = Chars.isUpper(text[at + 1]) && Character.isLowerCase(text[at + 2]);
        if (!(Character.isLowerCase(before) || Character.isDigit(before)) || !capitalizedWordFollows) {
            return NO_CUT;
        }
        // Inside an address the text after the period goes on with more of it ("Jane.Doe@x.com",
        // "www.testurl.Awesome.com"); after a sentence end it is a plain word ("x.com.It is").
        int restEnd = at + 1;
        while (restEnd < blockEnd && !Chars.isSpace(text[restEnd])) {
            restEnd++;
        }
        String rest = Chars.string(text, at + 1, restEnd).replaceFirst("\\p{P}+$", "");
        if (rest.contains(".") || rest.contains("/") || rest.contains("@")) {
            return NO_CUT;
        }
        int tokenStart = at;
        while (tokenStart > blockStart && !Chars.isSpace(text[tokenStart - 1])) {
            tokenStart--;
        }
        int wordStart = at;
        while (wordStart > tokenStart && text[wordStart - 1] != '.') {
            wordStart--;
        }
        String word = stripOpeners(Chars.string(text, wordStart, at));
        return lexicon.isTitle(word) || lexicon.isInner(word) ? NO_CUT : cluster.end();
    }

    /**
     * Ellipses. Three spaced dots mark an omission inside a sentence ("the thing is . . . I
     * didn't"); a period before them ends the sentence and the ellipsis opens the next one
     * ("compounds. . . . The practice"); otherwise an ellipsis ends a sentence when a capital
     * follows ("that.... She left", "a period . . . . Next").
     */
    private int cutAtEllipsis(Cluster cluster, Next next) {
        if (next.kind() != Next.Kind.UPPER) {
            return NO_CUT;
        }
        int at = cluster.start();
        boolean attached = at > blockStart && !Chars.isSpace(text[at - 1]);
        boolean spaced = Chars.string(text, at, cluster.terminalsEnd()).indexOf(' ') >= 0;
        if (!attached && spaced && cluster.dots(text) == 3) {
            return NO_CUT;
        }
        if (attached && spaced && text[at] == '.' && text[at + 1] == ' ') {
            return at + 1;
        }
        return cluster.end();
    }

    private boolean endsBeforeCapital(String word, Next next, int sentenceStart, int terminal) {
        if (word.isEmpty() || isUrlOrEmail(word)) {
            return true;
        }
        if (lexicon.isInner(word) || lexicon.isTitle(word)) {
            return false;
        }
        if (lexicon.isClockAbbreviation(word)) {
            return endsAfterClockTime(next, sentenceStart, terminal);
        }
        if (isInitial(word) || isMultiPeriod(word) || lexicon.isGeneral(word)) {
            return isOpener(next);
        }
        return true;
    }

    private boolean endsAfterClockTime(Next next, int sentenceStart, int terminal) {
        if (isOpeningTimePhrase(sentenceStart, terminal)) {
            return false;
        }
        if (isOpener(next)) {
            return true;
        }
        boolean allCaps = next.word().length() > 1 && next.word().equals(next.word().toUpperCase(Locale.ROOT));
        return !(allCaps || lexicon.isTimeFollower(next.word()));
    }

    /** "At 5 a.m.", "Shortly after 6 p.m.": a sentence cannot consist of a time phrase alone. */
    private boolean isOpeningTimePhrase(int sentenceStart, int terminal) {
        String[] tokens = Chars.string(text, sentenceStart, terminal).strip().split("\\s+");
        return tokens.length <= 5 && lexicon.isTimeIntro(stripOpeners(tokens[0]));
    }

    /** A closed-class opener ("The", "It") or a credit label ("Image:") starts the next sentence. */
    private boolean isOpener(Next next) {
        return !next.abbreviated() && lexicon.isOpener(next.word())
                || next.label() && lexicon.isCreditLabel(next.word());
    }

    private boolean isLabel(int sentenceStart, int terminal) {
        if (terminal - sentenceStart > 5) {
            return false; // longer than the longest label, "(viii": spare the regex
        }
        return LABEL.matcher(Chars.string(text, sentenceStart, terminal)).matches();
    }

    private boolean isAbbreviation(String word) {
        return isInitial(word) || isMultiPeriod(word) || lexicon.isAbbreviation(word);
    }

    private static boolean isMultiPeriod(String word) {
        return word.indexOf('.') > 0 && MULTI_PERIOD.matcher(word).matches();
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Chars.isLetter(word.charAt(0));
    }

    /** The token before {@code terminal}, without opening quotes or brackets: "U.S", "Ind", "$100.00". */
    private String wordBefore(int sentenceStart, int terminal) {
        int start = terminal;
        while (start > sentenceStart && !Chars.isSpace(text[start - 1])) {
            start--;
        }
        return stripOpeners(Chars.string(text, start, terminal));
    }

    private static String stripOpeners(String token) {
        int i = 0;
        while (i < token.length() && Chars.isOpener(token.charAt(i))) {
            i++;
        }
        return token.substring(i);
    }

    private static boolean isUrlOrEmail(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lower.contains("@") || lower.contains("://") || lower.startsWith("www.") || lower.contains("/");
    }
}
