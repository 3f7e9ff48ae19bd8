package dev.palimpsest.core.analysis;

import dev.palimpsest.core.analysis.NameMention.Cue;
import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds proper names in one sentence: runs of capitalised words, initials ("C. J. Chivers"),
 * particles ("Osama bin Laden", "el-Qaddafi") and titles ("Col. Muammar el-Qaddafi"), with the cues
 * their context gives. Stateless; what the rest of the document knows comes in as {@link Evidence}.
 */
final class MentionFinder {

    /** What the whole document says about a capitalised word seen where any word is capitalised. */
    interface Evidence {
        /** The word also appears capitalised where words normally are not: mid-sentence. */
        boolean capitalisedMidSentence(String word);

        /** The word also appears in lower case: "Previously" is an adverb if "previously" occurs. */
        boolean lowerCaseSomewhere(String word);

        /** No document around the text, as in a credit line: trust capitals. */
        Evidence NONE = new Evidence() {
            @Override
            public boolean capitalisedMidSentence(String word) {
                return true;
            }

            @Override
            public boolean lowerCaseSomewhere(String word) {
                return false;
            }
        };
    }

    private enum Part { TITLE, INITIAL, WORD, PARTICLE }

    private record Piece(String text, Part part, int start, int end) {
    }

    private MentionFinder() {
    }

    /** Names in {@code text} at or after character {@code from} (to skip a dateline). */
    static List<NameMention> find(int sentence, String text, int from, Evidence evidence) {
        List<Token> tokens = Token.of(text).stream().filter(t -> t.start() >= from).toList();
        List<NameMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i)) {
                i++;
                continue;
            }
            List<Piece> run = new ArrayList<>();
            int j = collectRun(tokens, i, run);
            List<List<Piece>> segments = segment(trimOpening(run, isInitialPosition(tokens, i), evidence));
            for (int s = 0; s < segments.size(); s++) {
                int firstToken = tokenAt(tokens, segments.get(s).get(0).start());
                int afterRun = s == segments.size() - 1 ? j : -1;
                toMention(sentence, segments.get(s), tokens, firstToken, afterRun).ifPresent(mentions::add);
            }
            i = j;
        }
        return mentions;
    }

    private static int tokenAt(List<Token> tokens, int start) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() == start) {
                return k;
            }
        }
        throw new IllegalStateException("no token starts at " + start);
    }

    /** Sentence openers and words right after an opening quote, bracket or colon are capitalised anyway. */
    static boolean isInitialPosition(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String t = tokens.get(k).text();
            if (t.equals("“") || t.equals("\"") || t.equals("(") || t.equals("‘") || t.equals("—")) {
                continue;
            }
            return t.equals(":");
        }
        return true;
    }

    private static boolean startsName(List<Token> tokens, int i) {
        return isNameWord(tokens.get(i)) || isInitial(tokens, i) || isTitleAbbreviation(tokens, i);
    }

    private static int collectRun(List<Token> tokens, int i, List<Piece> run) {
        int j = i;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            boolean onlyTitlesSoFar = run.stream().allMatch(p -> p.part() == Part.TITLE);
            if (isTitleAbbreviation(tokens, j) && onlyTitlesSoFar) {
                run.add(new Piece(t.text() + ".", Part.TITLE, t.start(), tokens.get(j + 1).end()));
                j += 2;
            } else if (isInitial(tokens, j) && !isTitleAbbreviation(tokens, j)) {
                run.add(new Piece(t.text() + ".", Part.INITIAL, t.start(), tokens.get(j + 1).end()));
                j += 2;
            } else if (isNameWord(t)) {
                run.add(new Piece(t.withoutPossessive(), Part.WORD, t.start(), t.end()));
                j++;
                if (t.isPossessive()) {
                    break;
                }
            } else if (!run.isEmpty() && NameLists.PARTICLES.contains(t.text()) && j + 1 < tokens.size()
                    && isNameWord(tokens.get(j + 1))) {
                run.add(new Piece(t.text(), Part.PARTICLE, t.start(), t.end()));
                j++;
            } else {
                break;
            }
        }
        return Math.max(j, i + 1);
    }

    /**
     * Drops what is capitalised only because it opens the sentence: "But", "Previously" (an adverb
     * that occurs in lower case or ends in -ly), and a lone word never capitalised mid-sentence.
     */
    private static List<Piece> trimOpening(List<Piece> run, boolean initialPosition, Evidence evidence) {
        List<Piece> kept = new ArrayList<>(run);
        if (initialPosition && !kept.isEmpty() && kept.get(0).part() == Part.WORD) {
            String first = kept.get(0).text();
            String key = NameLists.key(first);
            boolean known = NameLists.PLACES.contains(NameLists.phraseKey(first))
                    || NameLists.ORGANIZATIONS.contains(NameLists.phraseKey(first));
            if (NameLists.STOPWORDS.contains(key)) {
                kept.remove(0);
            } else if (kept.size() > 1 && !known && !isTitleWord(first)
                    && (evidence.lowerCaseSomewhere(first) || (key.endsWith("ly") && key.length() > 4))) {
                kept.remove(0);
            } else if (kept.size() == 1 && !known && !isAcronym(first)
                    && !evidence.capitalisedMidSentence(first)) {
                kept.remove(0);
            }
        }
        // "The Associated Press" is the Associated Press; "The Hague" keeps its article.
        while (kept.size() > 2 && kept.get(0).part() == Part.WORD
                && NameLists.STOPWORDS.contains(NameLists.key(kept.get(0).text()))) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && isCalendar(kept.get(0))) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && isCalendar(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        while (!kept.isEmpty() && kept.get(0).part() == Part.PARTICLE) {
            kept.remove(0);
        }
        return kept;
    }

    /**
     * Splits runs that join two names for want of a comma: "Brussels NATO" (an acronym after a word),
     * "London Foreign Secretary William Hague" (a title after a name).
     */
    private static List<List<Piece>> segment(List<Piece> run) {
        List<List<Piece>> segments = new ArrayList<>();
        if (run.isEmpty()) {
            return segments;
        }
        int start = 0;
        for (int k = 1; k < run.size(); k++) {
            Piece previous = run.get(k - 1);
            Piece piece = run.get(k);
            boolean acronymAfterWord = isAcronym(piece.text()) && !isAcronym(previous.text())
                    && previous.part() == Part.WORD;
            boolean titleAfterName = previous.part() != Part.TITLE && !isTitleWord(previous.text())
                    && startsTitledName(run.subList(k, run.size()));
            if (acronymAfterWord || titleAfterName) {
                segments.add(run.subList(start, k));
                start = k;
            }
        }
        segments.add(run.subList(start, run.size()));
        return segments;
    }

    private static Optional<NameMention> toMention(
            int sentence, List<Piece> segment, List<Token> tokens, int firstToken, int afterRun) {
        List<Piece> pieces = new ArrayList<>(segment);
        if (pieces.size() > 1 && isDemonym(pieces.get(0)) && startsTitledName(pieces.subList(1, pieces.size()))) {
            pieces.remove(0);
        }
        int titleLength = startsTitledName(pieces) ? titlePrefixLength(pieces) : 0;
        List<Piece> nameParts = pieces.subList(titleLength, pieces.size());
        if (nameParts.isEmpty() || nameParts.stream().allMatch(p -> p.part() == Part.INITIAL)) {
            return Optional.empty();
        }
        if (nameParts.size() == 1 && isNeverAName(nameParts.get(0))) {
            return Optional.empty();
        }
        if (nameParts.stream().allMatch(p -> isDemonym(p) || isCalendar(p))) {
            return Optional.empty();
        }
        String name = String.join(" ", nameParts.stream().map(Piece::text).toList());
        Optional<String> title = titleLength == 0 ? Optional.empty()
                : Optional.of(String.join(" ", pieces.subList(0, titleLength).stream().map(Piece::text).toList()));
        Span span = new Span(pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
        return Optional.of(new NameMention(sentence, span, name, title,
                cues(name, nameParts, title.isPresent(), tokens, firstToken, afterRun)));
    }

    private static Set<Cue> cues(String name, List<Piece> parts, boolean titled, List<Token> tokens,
            int firstToken, int afterRun) {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        if (titled) {
            cues.add(Cue.TITLE);
        }
        if (parts.stream().anyMatch(p -> p.part() == Part.INITIAL)) {
            cues.add(Cue.INITIALS);
        }
        if (parts.stream().anyMatch(p -> NameLists.ORGANIZATION_WORDS.contains(NameLists.key(p.text())))) {
            cues.add(Cue.ORGANIZATION_WORD);
        }
        if (parts.size() == 1 && isAcronym(name) && !NameLists.PLACES.contains(NameLists.phraseKey(name))) {
            cues.add(Cue.ACRONYM);
        }
        if (NameLists.PLACES.contains(NameLists.phraseKey(name))) {
            cues.add(Cue.KNOWN_PLACE);
        }
        if (NameLists.ORGANIZATIONS.contains(NameLists.phraseKey(name))) {
            cues.add(Cue.KNOWN_ORGANIZATION);
        }
        if (afterRun >= 0 && afterRun < tokens.size() && isSpeechVerb(tokens.get(afterRun))) {
            cues.add(Cue.SPEAKER);
        }
        if (firstToken >= 2 && isSpeechVerb(tokens.get(firstToken - 1))
                && isClosingPunctuation(tokens.get(firstToken - 2))) {
            cues.add(Cue.SPEAKER);
        }
        if (firstToken >= 1 && !titled
                && NameLists.LOCATIVES.contains(tokens.get(firstToken - 1).text().toLowerCase(Locale.ROOT))) {
            cues.add(Cue.LOCATIVE);
        }
        if (afterRun >= 0 && afterRun + 1 < tokens.size() && tokens.get(afterRun).is(",")
                && startsKnownPlace(tokens, afterRun + 1)) {
            cues.add(Cue.PLACE_APPOSITION);
        }
        return cues;
    }

    private static boolean startsKnownPlace(List<Token> tokens, int k) {
        String one = tokens.get(k).withoutPossessive();
        String two = k + 1 < tokens.size() ? one + " " + tokens.get(k + 1).withoutPossessive() : one;
        return isNameWord(tokens.get(k)) && (NameLists.PLACES.contains(NameLists.phraseKey(one))
                || NameLists.PLACES.contains(NameLists.phraseKey(two)));
    }

    /** A title prefix ("Col.", "Foreign Minister", "Secretary General") followed by at least one name word. */
    private static boolean startsTitledName(List<Piece> pieces) {
        int length = titlePrefixLength(pieces);
        if (length == 0 || length == pieces.size()) {
            return false;
        }
        boolean hasTitle = pieces.subList(0, length).stream()
                .anyMatch(p -> NameLists.TITLES.contains(NameLists.key(p.text())));
        boolean restIsOrganization = pieces.subList(length, pieces.size()).stream()
                .anyMatch(p -> NameLists.ORGANIZATION_WORDS.contains(NameLists.key(p.text())));
        return hasTitle && !restIsOrganization;
    }

    private static int titlePrefixLength(List<Piece> pieces) {
        int k = 0;
        while (k < pieces.size() && (pieces.get(k).part() == Part.TITLE || isTitleWord(pieces.get(k).text()))) {
            k++;
        }
        return k;
    }

    private static boolean isTitleWord(String word) {
        String key = NameLists.key(word);
        return NameLists.TITLES.contains(key) || NameLists.TITLE_QUALIFIERS.contains(key);
    }

    private static boolean isNameWord(Token t) {
        if (!t.isWord() || t.text().chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (t.startsUpper()) {
            return true;
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        for (String prefix : NameLists.PREFIXES) {
            if (lower.startsWith(prefix) && t.text().length() > prefix.length()
                    && Character.isUpperCase(t.text().charAt(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** "C." in "C. J. Chivers": one capital letter and a dot right after it. */
    private static boolean isInitial(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && i + 1 < tokens.size()
                && tokens.get(i + 1).is(".") && tokens.get(i + 1).start() == t.end();
    }

    /** "Mr." or "Col.": a title word with its dot. */
    private static boolean isTitleAbbreviation(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.startsUpper() && NameLists.TITLES.contains(NameLists.key(t.text())) && i + 1 < tokens.size()
                && tokens.get(i + 1).is(".") && tokens.get(i + 1).start() == t.end();
    }

    static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    private static boolean isSpeechVerb(Token t) {
        return NameLists.SPEECH_VERBS.contains(t.text());
    }

    private static boolean isClosingPunctuation(Token t) {
        return t.is(",") || t.is("”") || t.is("\"");
    }

    private static boolean isCalendar(Piece p) {
        return p.part() == Part.WORD && NameLists.CALENDAR.contains(NameLists.key(p.text()));
    }

    private static boolean isDemonym(Piece p) {
        return p.part() == Part.WORD && NameLists.DEMONYMS.contains(NameLists.key(p.text()));
    }

    private static boolean isNeverAName(Piece p) {
        String key = NameLists.key(p.text());
        return NameLists.STOPWORDS.contains(key) || NameLists.CALENDAR.contains(key)
                || NameLists.DEMONYMS.contains(key) || isTitleWord(p.text());
    }
}
