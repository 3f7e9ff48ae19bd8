package dev.palimpsest.core.analysis;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule-based proper-name recogniser: finds the people, places and organisations of a document's
 * body and corrections (credit lines and bylines are {@link CreditParser}'s), merging short forms.
 *
 * <p>A capitalised word that opens a sentence counts as a name only if the document also
 * capitalises it mid-sentence, or it is a listed place or organisation: "Presumably" and
 * "Leadership" open sentences, "Ajdabiya" is a name. The dateline is left to the dateline.
 * Immutable and thread-safe.
 */
public final class NameRecognizer {

    private static final NameRecognizer STANDARD = new NameRecognizer();

    private NameRecognizer() {
    }

    public static NameRecognizer standard() {
        return STANDARD;
    }

    public Entities recognize(Document document) {
        int datelineEnd = document.dateline().map(d -> d.span().end()).orElse(-1);
        MentionFinder.Evidence evidence = evidenceOf(document, datelineEnd);
        List<NameMention> mentions = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            if (s.role() == SentenceRole.CREDIT || s.role() == SentenceRole.BYLINE) {
                continue;
            }
            mentions.addAll(MentionFinder.find(s.index(), s.text(), afterDateline(s, datelineEnd), evidence));
        }
        return EntityResolver.resolve(mentions);
    }

    /** Where the sentence's own text starts: after the dateline if the dateline opens it. */
    static int afterDateline(Sentence s, int datelineEnd) {
        return Math.max(0, Math.min(s.text().length(), datelineEnd - s.span().start()));
    }

    private static MentionFinder.Evidence evidenceOf(Document document, int datelineEnd) {
        Set<String> capitalisedMidSentence = new HashSet<>();
        Set<String> lowerCase = new HashSet<>();
        for (Sentence s : document.sentences()) {
            int from = afterDateline(s, datelineEnd);
            List<Token> tokens = Token.of(s.text()).stream().filter(t -> t.start() >= from).toList();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.isWord()) {
                    continue;
                }
                if (Character.isLowerCase(t.text().codePointAt(0))) {
                    lowerCase.add(t.text());
                } else if (t.startsUpper() && !MentionFinder.isInitialPosition(tokens, i)) {
                    capitalisedMidSentence.add(t.withoutPossessive());
                }
            }
        }
        return new MentionFinder.Evidence() {
            @Override
            public boolean capitalisedMidSentence(String word) {
                return capitalisedMidSentence.contains(word);
            }

            @Override
            public boolean lowerCaseSomewhere(String word) {
                return lowerCase.contains(word.toLowerCase(Locale.ROOT));
            }
        };
    }
}
