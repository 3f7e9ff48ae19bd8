package dev.palimpsest.core.document;

import dev.palimpsest.core.text.Dateline;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the furniture of a news story without removing it: the dateline that opens the first
 * paragraph ({@code BREGA, Libya —}), bylines, end-of-story credit lines and corrections.
 */
final class StoryTagger {

    /**
     * An upper-case place, optionally followed by a region in title case and an agency in
     * parentheses, then a dash or colon: "BREGA, Libya —", "WASHINGTON (AP) —", "NEW YORK —".
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:[A-Z][A-Z.'’\\-]*)(?:\\s+[A-Z][A-Z.'’\\-]*){0,4}"
                    + "(?:,\\s+[A-Z][\\p{L}.'’\\-]*(?:\\s+[A-Z][\\p{L}.'’\\-]*){0,3})?"
                    + "(?:\\s+\\([A-Za-z ]{1,20}\\))?)"
                    + "\\s*(?:—|–|--|-|:)\\s+");

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Written by|Reporting by)\\s+\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’\\-]*,?){0,8}\\s*$");

    private static final Pattern CREDIT = Pattern.compile(
            "(?:\\b(?:reported|reporting) from\\b|\\bcontributed (?:reporting|research|to this (?:article|report))\\b"
                    + "|^(?:Additional )?[Rr]eporting by\\b|^(?:Writing|Editing|Research) by\\b|\\bcontributed from\\b)");

    private static final Pattern CORRECTION = Pattern.compile(
            "^(?:Correction:|Clarification:|Editor[’']s [Nn]ote:|CORRECTION|An earlier version of this"
                    + "|A previous version of this|This (?:article|story) has been (?:updated|corrected|revised))");

    /** Credit lines only count near the end of a story, where newspapers print them. */
    private static final int CREDIT_TAIL_PARAGRAPHS = 3;
    private static final int CREDIT_TAIL_SENTENCES = 6;

    private StoryTagger() {
    }

    static Optional<Dateline> findDateline(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        // A byline may come first; the dateline opens the first body paragraph.
        for (Sentence s : sentences) {
            if (s.paragraph() > 1) {
                break;
            }
            if (s.role() != SentenceRole.BODY || !isParagraphStart(s, sentences)) {
                continue;
            }
            Matcher m = DATELINE.matcher(s.text());
            // The pattern is anchored: lookingAt answers as find would, without trying every position.
            if (m.lookingAt() && m.group(1).length() >= 3 && hasUpperWord(m.group(1))) {
                int start = s.span().start();
                return Optional.of(new Dateline(m.group(1).strip(), new Span(start, start + m.end())));
            }
        }
        return Optional.empty();
    }

    static List<Sentence> tagRoles(List<Sentence> sentences) {
        int lastParagraph = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph();
        List<Sentence> tagged = new ArrayList<>(sentences.size());
        int tailStart = sentences.size() - CREDIT_TAIL_SENTENCES;
        for (Sentence s : sentences) {
            boolean inTail = s.paragraph() > lastParagraph - CREDIT_TAIL_PARAGRAPHS && s.index() >= tailStart;
            tagged.add(s.withRole(roleOf(s, inTail)));
        }
        return tagged;
    }

    private static SentenceRole roleOf(Sentence s, boolean inTail) {
        String text = s.text();
        if (mayBeCorrection(text) && CORRECTION.matcher(text).lookingAt()) {
            return SentenceRole.CORRECTION;
        }
        if (s.paragraph() <= 1 && text.length() < 120 && mayBeByline(text) && BYLINE.matcher(text).matches()) {
            return SentenceRole.BYLINE;
        }
        if (inTail && text.length() < 400 && mayBeCredit(text) && CREDIT.matcher(text).find()) {
            return SentenceRole.CREDIT;
        }
        return SentenceRole.BODY;
    }

    // Every byline starts with one of these.
    private static boolean mayBeByline(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        return (first == 'B' || first == 'W' || first == 'R') && (text.startsWith("By") || text.startsWith("BY")
                || text.startsWith("Written by") || text.startsWith("Reporting by"));
    }

    // Every correction notice starts with one of these; checking them first spares most sentences the regex.
    private static boolean mayBeCorrection(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        return first == 'C' || first == 'E' && text.startsWith("Editor")
                || first == 'A' && (text.startsWith("An earlier") || text.startsWith("A previous"))
                || first == 'T' && text.startsWith("This ");
    }

    // Every credit phrase holds one of these; checking them first spares most sentences the regex.
    private static boolean mayBeCredit(String text) {
        // Every one of them holds " by", " from" or "contributed": three scans usually settle it.
        if (text.indexOf(" by") < 0 && text.indexOf(" from") < 0 && text.indexOf("contributed") < 0) {
            return false;
        }
        return text.contains("contributed ") || text.contains("reported from") || text.contains("reporting from")
                || text.contains("eporting by") || text.contains("Writing by") || text.contains("Editing by")
                || text.contains("Research by");
    }

    private static boolean isParagraphStart(Sentence s, List<Sentence> sentences) {
        return s.index() == 0 || sentences.get(s.index() - 1).paragraph() != s.paragraph();
    }

    // "A —" or "I:" are not places: require a word of two or more capitals.
    private static boolean hasUpperWord(String place) {
        return place.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
