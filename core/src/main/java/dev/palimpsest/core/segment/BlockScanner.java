package dev.palimpsest.core.segment;

import dev.palimpsest.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Splits one block (a stretch of text no sentence crosses) into sentences. One use per block. */
final class BlockScanner {

    private final char[] text;
    private final int start;
    private final int end;
    private final BoundaryRules rules;
    private final GluedSentences glued;
    private final int features;
    /** Characters where something may happen: {@link Lexicon#eventChars}. */
    private final boolean[] events;

    /** @param features what the whole text holds, {@link Chars#features} */
    BlockScanner(char[] text, Span block, Lexicon lexicon, int features) {
        this.text = text;
        this.start = block.start();
        this.end = block.end();
        this.features = features;
        this.events = lexicon.eventChars();
        Brackets brackets = (features & Chars.OPEN_BRACKET) != 0 ? Brackets.of(text, start, end) : Brackets.NONE;
        this.rules = new BoundaryRules(text, start, end, lexicon, brackets);
        this.glued = new GluedSentences(text, start, end, lexicon);
    }

    void splitInto(List<Span> sentences) {
        if (Attributions.isPullQuote(text, new Span(start, end))) {
            sentences.add(new Span(start, end));
            return;
        }
        List<Span> markers = ListMarkers.find(text, start, end, (features & Chars.BULLET) != 0);
        List<Integer> cuts = new ArrayList<>();
        int sentenceStart = start;
        int marker = 0;
        int i = start;
        while (i < end) {
            if (marker < markers.size() && i >= markers.get(marker).start()) {
                Span item = markers.get(marker++);
                cuts.add(item.start());
                sentenceStart = item.start();
                i = Math.max(i, item.end()); // a marker's own period ("2.") ends nothing
                continue;
            }
            int limit = marker < markers.size() ? Math.min(end, markers.get(marker).start()) : end;
            i = nextEvent(i, limit);
            if (i == limit) {
                continue;
            }
            if (!isSentenceFinal(i)) {
                if (glued.startsAt(i, sentenceStart)) {
                    cuts.add(i);
                    sentenceStart = i;
                }
                i++;
                continue;
            }
            Cluster cluster = Cluster.read(text, i, end);
            int cut = rules.cut(cluster, sentenceStart);
            if (cut != BoundaryRules.NO_CUT) {
                cuts.add(cut);
                sentenceStart = skipSpaces(cut);
            }
            i = cluster.end();
        }
        cuts.add(end);
        cuts.sort(null); // already in order except in odd punctuation tangles; pieces need it
        addPieces(cuts, sentences, markers);
    }

    /**
     * The first position from {@code from} where something may happen: terminal punctuation or a
     * possible glued sentence start. A small loop of its own, so the rare and large decisions above
     * are compiled once per block rather than looped over every character.
     */
    private int nextEvent(int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (events[text[i]] && (Chars.isTerminal(text[i]) || glued.mayStartAt(i))) {
                return i;
            }
        }
        return limit;
    }

    /** Terminal punctuation, except a "!" that starts a word ("!Kung", a click consonant). */
    private boolean isSentenceFinal(int i) {
        char c = text[i];
        return Chars.isTerminal(c) && !(c == '!' && (i == start || Chars.isSpace(text[i - 1])));
    }

    private int skipSpaces(int i) {
        while (i < end && Chars.isSpace(text[i])) {
            i++;
        }
        return i;
    }

    /**
     * Turns cut positions into trimmed sentences. A piece without a letter or digit (a stray
     * closing quote, the dots of a final ellipsis) joins the sentence before it, and so does a
     * bare name ending the block (an attribution), unless it is a list item.
     */
    private void addPieces(List<Integer> cuts, List<Span> sentences, List<Span> markers) {
        int from = start;
        int firstOfBlock = sentences.size();
        for (int cut : cuts) {
            if (cut <= from) {
                continue;
            }
            Span piece = trim(from, cut);
            from = cut;
            if (piece.length() == 0) {
                continue;
            }
            boolean joins = !hasLetterOrDigit(piece)
                    || cut == end && Attributions.isTrailingName(text, piece) && !startsItem(piece, markers);
            if (joins && sentences.size() > firstOfBlock) {
                Span previous = sentences.remove(sentences.size() - 1);
                sentences.add(new Span(previous.start(), piece.end()));
            } else {
                sentences.add(piece);
            }
        }
    }

    private static boolean startsItem(Span piece, List<Span> markers) {
        return markers.stream().anyMatch(marker -> marker.start() == piece.start());
    }

    private Span trim(int from, int to) {
        while (from < to && Chars.isSpace(text[from])) {
            from++;
        }
        while (to > from && Chars.isSpace(text[to - 1])) {
            to--;
        }
        return new Span(from, to);
    }

    private boolean hasLetterOrDigit(Span piece) {
        for (int i = piece.start(); i < piece.end(); i++) {
            if (Chars.isLetterOrDigit(text[i])) {
                return true;
            }
        }
        return false;
    }
}
