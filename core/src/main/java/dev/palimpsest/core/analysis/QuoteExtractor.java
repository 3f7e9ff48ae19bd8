package dev.palimpsest.core.analysis;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.core.text.SentenceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the quotes of a document and their speakers.
 *
 * <p>Quotes open with {@code “} and close with {@code ”}, or sit between straight double quotes;
 * apostrophes and single quotes never delimit a quote, since {@code ’} is mostly an apostrophe. A
 * quote may run over several sentences; one still open at the end of a paragraph ends there (news
 * style leaves it open when the next paragraph continues it). Quotes of fewer than
 * {@value #MIN_WORDS} words are scare quotes or nicknames ("tactical withdrawal") and are left out.
 *
 * <p>Speakers come from the quote's own sentences ({@link SpeakerFinder}); "he said" is the last
 * person named before it in the paragraph, or the previous paragraph's last speaker; a quote with no
 * attribution continues the previous quote of its paragraph, or, when it opens the paragraph, the
 * previous paragraph's. Names resolve to their full form: "Mr. Hague" is "William Hague" when the
 * article named him so. Immutable and thread-safe.
 */
public final class QuoteExtractor {

    /** Fewer quoted words than this is a scare quote, not a quote. */
    public static final int MIN_WORDS = 3;

    private static final QuoteExtractor STANDARD = new QuoteExtractor(NameRecognizer.standard());

    private final NameRecognizer names;

    private QuoteExtractor(NameRecognizer names) {
        this.names = names;
    }

    public static QuoteExtractor standard() {
        return STANDARD;
    }

    public List<Quote> extract(Document document) {
        return extract(document, names.recognize(document));
    }

    /** As {@link #extract(Document)}, with the document's entities already recognised. */
    public List<Quote> extract(Document document, Entities entities) {
        List<Quote> quotes = new ArrayList<>();
        Speakers previousParagraph = Speakers.NONE;
        for (List<Sentence> paragraph : paragraphs(document)) {
            previousParagraph = extractParagraph(paragraph, entities, previousParagraph, quotes);
        }
        return quotes;
    }

    /**
     * What the next paragraph may refer back to: the last speaker (for a quote that continues) and
     * whoever was quoted or named last (for its "he said"). Nothing older than one paragraph.
     */
    private record Speakers(Optional<String> lastSpeaker, Optional<String> lastSeen) {
        static final Speakers NONE = new Speakers(Optional.empty(), Optional.empty());
    }

    /** A speaker or person and where in the paragraph they were last seen. */
    private record Seen(String name, int position) {
    }

    private record Marks(int open, int close) {
    }

    private Speakers extractParagraph(List<Sentence> sentences, Entities entities, Speakers previous, List<Quote> out) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[sentences.size()];
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                text.append(' ');
            }
            starts[k] = text.length();
            text.append(sentences.get(k).text());
        }
        List<Marks> marks = findMarks(text);
        String masked = mask(text, marks);
        List<PlacedMention> mentions = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            for (NameMention m : entities.mentionsIn(sentences.get(k).index())) {
                int start = starts[k] + m.span().start();
                int end = starts[k] + m.span().end();
                if (marks.stream().noneMatch(q -> start > q.open() && end <= q.close())) {
                    mentions.add(new PlacedMention(m, start, end));
                }
            }
        }
        Optional<Seen> lastSpeaker = Optional.empty();
        for (Marks q : marks) {
            String quoted = clean(text.substring(q.open() + 1, q.close()));
            if (wordCount(quoted) < MIN_WORDS) {
                continue;
            }
            int first = sentenceAt(starts, q.open());
            int last = sentenceAt(starts, Math.max(q.open(), q.close() - 1));
            int from = starts[first];
            int to = starts[last] + sentences.get(last).text().length();
            Optional<String> speaker = speaker(
                    SpeakerFinder.find(masked, from, to, mentions), q, text, mentions, entities, lastSpeaker, previous);
            if (speaker.isPresent()) {
                lastSpeaker = Optional.of(new Seen(speaker.get(), q.open()));
            }
            List<Integer> covered = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                covered.add(sentences.get(k).index());
            }
            out.add(new Quote(quoted, speaker, covered));
        }
        Optional<Seen> lastSeen = nearest(lastSpeaker, lastPersonBefore(text.length(), mentions, entities));
        return new Speakers(lastSpeaker.map(Seen::name), lastSeen.map(Seen::name));
    }

    private static Optional<String> speaker(Optional<Attribution> attribution, Marks q, CharSequence text,
            List<PlacedMention> mentions, Entities entities, Optional<Seen> lastSpeaker, Speakers previous) {
        if (attribution.isEmpty()) {
            boolean opensParagraph = text.subSequence(0, q.open()).toString().isBlank();
            return lastSpeaker.isPresent() ? lastSpeaker.map(Seen::name)
                    : opensParagraph ? previous.lastSpeaker() : Optional.empty();
        }
        Attribution a = attribution.get();
        if (a instanceof Attribution.Named named) {
            return Optional.of(entities.fullName(named.mention()));
        }
        if (a instanceof Attribution.Described described) {
            return Optional.of(described.description());
        }
        if (a instanceof Attribution.Pronoun) {
            // "he" is whoever was named or quoted last before the quote.
            return nearest(lastSpeaker, lastPersonBefore(q.open(), mentions, entities)).map(Seen::name)
                    .or(previous::lastSeen);
        }
        return Optional.empty();
    }

    private static Optional<Seen> nearest(Optional<Seen> a, Optional<Seen> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        return a.get().position() >= b.get().position() ? a : b;
    }

    private static Optional<Seen> lastPersonBefore(int position, List<PlacedMention> mentions, Entities entities) {
        Optional<Seen> last = Optional.empty();
        for (PlacedMention m : mentions) {
            Optional<Entity> entity = entities.entityOf(m.mention());
            if (m.end() <= position && entity.isPresent() && entity.get().kind() == EntityKind.PERSON) {
                last = Optional.of(new Seen(entity.get().name(), m.start()));
            }
        }
        return last;
    }

    /** Opening and closing marks: curly pairs, straight quotes toggling; an unclosed quote ends with the paragraph. */
    private static List<Marks> findMarks(CharSequence text) {
        List<Marks> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                if (open >= 0) {
                    marks.add(new Marks(open, i));
                }
                open = i;
            } else if (c == '”' && open >= 0) {
                marks.add(new Marks(open, i));
                open = -1;
            } else if (c == '"') {
                if (open >= 0) {
                    marks.add(new Marks(open, i));
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        if (open >= 0) {
            marks.add(new Marks(open, text.length()));
        }
        return marks;
    }

    /** The paragraph with quoted words blanked out, marks kept, so that attribution reads only the narration. */
    private static String mask(CharSequence text, List<Marks> marks) {
        StringBuilder masked = new StringBuilder(text);
        for (Marks q : marks) {
            for (int i = q.open() + 1; i < q.close(); i++) {
                masked.setCharAt(i, ' ');
            }
        }
        return masked.toString();
    }

    private static String clean(String quoted) {
        String s = quoted.replace('\u00A0', ' ').strip();
        while (!s.isEmpty() && ",;:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    static int wordCount(String s) {
        return (int) Token.of(s).stream().filter(Token::isWord).count();
    }

    private static int sentenceAt(int[] starts, int position) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= position) {
            k++;
        }
        return k;
    }

    /** Body and correction sentences grouped by paragraph; credit lines and bylines hold no quotes. */
    private static List<List<Sentence>> paragraphs(Document document) {
        List<List<Sentence>> paragraphs = new ArrayList<>();
        int current = -1;
        for (Sentence s : document.sentences()) {
            if (s.role() == SentenceRole.CREDIT || s.role() == SentenceRole.BYLINE) {
                continue;
            }
            if (s.paragraph() != current) {
                paragraphs.add(new ArrayList<>());
                current = s.paragraph();
            }
            paragraphs.get(paragraphs.size() - 1).add(s);
        }
        return paragraphs;
    }
}
