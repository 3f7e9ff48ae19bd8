package dev.palimpsest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Derives a later version of an article with typical news-update edits at {@link EditRates}: a lede
 * rewrite, deleted and added sentences, word edits, a sentence split in two, two merged, a paragraph
 * moved; or nothing at all. Each sentence takes at most one of these edits, so the {@link EditLog} is an
 * exact account of what happened. Immutable; all randomness comes from the {@link Random} passed in.
 */
final class NewsReviser {

    /** The revised article and the edits that produced it. */
    record Revision(Article revised, EditLog log) {
    }

    /** A sentence of the version being written; {@code touched} once an edit has used it. */
    private record Line(String text, boolean touched) {
        Line edited(String newText) {
            return new Line(newText, true);
        }
    }

    private final EditRates rates;

    NewsReviser(EditRates rates) {
        this.rates = rates;
    }

    Revision revise(ArticleSampler.Draw draw, Random rnd) {
        Article old = draw.article();
        if (rnd.nextDouble() < rates.untouched()) {
            return new Revision(old, EditLog.UNTOUCHED);
        }
        List<List<Line>> doc = new ArrayList<>();
        for (List<String> paragraph : old.paragraphs()) {
            List<Line> lines = new ArrayList<>();
            paragraph.forEach(s -> lines.add(new Line(s, false)));
            doc.add(lines);
        }
        int lede = rnd.nextDouble() < rates.ledeRewrite() && rewriteLede(doc, draw, rnd) ? 1 : 0;
        int deleted = 0;
        for (int n = draw(rates.deleted(), rnd); n > 0; n--) {
            deleted += delete(doc, rnd) ? 1 : 0;
        }
        int splits = rnd.nextDouble() < rates.split() && split(doc, rnd) ? 1 : 0;
        int merges = rnd.nextDouble() < rates.merge() && merge(doc, rnd) ? 1 : 0;
        int wordEdits = wordEdits(doc, rnd);
        int added = 0;
        for (int n = draw(rates.added(), rnd); n > 0; n--) {
            added += add(doc, draw, rnd) ? 1 : 0;
        }
        int moves = rnd.nextDouble() < rates.paragraphMove() && moveParagraph(doc, rnd) ? 1 : 0;
        if (lede + deleted + splits + merges + wordEdits + added + moves == 0) {
            wordEdits = forceWordEdit(doc, rnd);
        }
        List<List<String>> paragraphs = doc.stream()
                .filter(p -> !p.isEmpty())
                .map(p -> p.stream().map(Line::text).toList())
                .toList();
        return new Revision(new Article(paragraphs),
                new EditLog(false, lede, wordEdits, deleted, added, moves, splits, merges));
    }

    /** A count from cumulative weights: the index of the first weight above a uniform draw. */
    private static int draw(List<Double> cumulative, Random rnd) {
        double u = rnd.nextDouble();
        int n = 0;
        while (n < cumulative.size() && u >= cumulative.get(n)) {
            n++;
        }
        return n;
    }

    /**
     * Either rewrites the first half of the lede in place (keeping its dateline and closing clauses), or
     * writes a new lede and pushes the old one down into its own paragraph without the dateline.
     */
    private static boolean rewriteLede(List<List<Line>> doc, ArticleSampler.Draw draw, Random rnd) {
        String lede = doc.get(0).get(0).text();
        String dateline = WordEdits.dateline(lede);
        String body = lede.substring(dateline.length());
        Optional<String> donor = draw.fresh(rnd);
        if (donor.isEmpty()) {
            return false;
        }
        String newHead = donor.get().replaceFirst("[.!?][\"\u201D\u2019]*$", "");
        int cut = body.indexOf(", ", body.length() * 2 / 5);
        if (rnd.nextDouble() < 0.6 && cut > 0) {
            int headEnd = newHead.indexOf(", ", Math.min(newHead.length(), 30));
            String head = headEnd > 0 ? newHead.substring(0, headEnd) : newHead;
            doc.get(0).set(0, new Line(dateline + head + body.substring(cut), true));
        } else {
            List<Line> first = doc.get(0);
            List<Line> demoted = new ArrayList<>(first);
            demoted.set(0, new Line(WordEdits.capitalize(body), true));
            doc.set(0, new ArrayList<>(List.of(new Line(dateline + newHead + ".", true))));
            doc.add(1, demoted);
        }
        return true;
    }

    private static boolean delete(List<List<Line>> doc, Random rnd) {
        List<int[]> candidates = untouched(doc, 1);
        if (candidates.isEmpty()) {
            return false;
        }
        int[] at = candidates.get(rnd.nextInt(candidates.size()));
        doc.get(at[0]).remove(at[1]);
        if (doc.get(at[0]).isEmpty()) {
            doc.remove(at[0]);
        }
        return true;
    }

    private static boolean split(List<List<Line>> doc, Random rnd) {
        List<int[]> candidates = new ArrayList<>();
        for (int[] at : untouched(doc, 0)) {
            if (WordEdits.split(doc.get(at[0]).get(at[1]).text()).isPresent()) {
                candidates.add(at);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int[] at = candidates.get(rnd.nextInt(candidates.size()));
        List<Line> paragraph = doc.get(at[0]);
        List<String> parts = WordEdits.split(paragraph.get(at[1]).text()).orElseThrow();
        paragraph.set(at[1], new Line(parts.get(0), true));
        paragraph.add(at[1] + 1, new Line(parts.get(1), true));
        return true;
    }

    private static boolean merge(List<List<Line>> doc, Random rnd) {
        List<int[]> candidates = new ArrayList<>();
        for (int p = 0; p < doc.size(); p++) {
            List<Line> paragraph = doc.get(p);
            for (int s = 0; s + 1 < paragraph.size(); s++) {
                Line a = paragraph.get(s);
                Line b = paragraph.get(s + 1);
                if (!a.touched() && !b.touched() && WordEdits.merge(a.text(), b.text()).isPresent()) {
                    candidates.add(new int[] {p, s});
                }
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int[] at = candidates.get(rnd.nextInt(candidates.size()));
        List<Line> paragraph = doc.get(at[0]);
        String merged = WordEdits.merge(paragraph.get(at[1]).text(), paragraph.get(at[1] + 1).text()).orElseThrow();
        paragraph.set(at[1], new Line(merged, true));
        paragraph.remove(at[1] + 1);
        return true;
    }

    private int wordEdits(List<List<Line>> doc, Random rnd) {
        int edits = 0;
        for (List<Line> paragraph : doc) {
            for (int s = 0; s < paragraph.size(); s++) {
                Line line = paragraph.get(s);
                if (!line.touched() && rnd.nextDouble() < rates.wordEditPerSentence()) {
                    paragraph.set(s, line.edited(WordEdits.edit(line.text(), rnd)));
                    edits++;
                }
            }
        }
        return edits;
    }

    private static int forceWordEdit(List<List<Line>> doc, Random rnd) {
        List<int[]> candidates = untouched(doc, 0);
        int[] at = candidates.get(rnd.nextInt(candidates.size()));
        Line line = doc.get(at[0]).get(at[1]);
        doc.get(at[0]).set(at[1], line.edited(WordEdits.edit(line.text(), rnd)));
        return 1;
    }

    /** Adds a fresh pool sentence, as a paragraph of its own or into a short paragraph (never the lede). */
    private static boolean add(List<List<Line>> doc, ArticleSampler.Draw draw, Random rnd) {
        Optional<String> sentence = draw.fresh(rnd);
        if (sentence.isEmpty()) {
            return false;
        }
        Line line = new Line(sentence.get(), true);
        int p = 1 + rnd.nextInt(doc.size());
        if (rnd.nextBoolean() && p < doc.size() && doc.get(p).size() < 3) {
            List<Line> paragraph = doc.get(p);
            paragraph.add(rnd.nextInt(paragraph.size() + 1), line);
        } else {
            doc.add(Math.min(p, doc.size()), new ArrayList<>(List.of(line)));
        }
        return true;
    }

    /** Moves one paragraph (not the lede) at least two places up or down. */
    private static boolean moveParagraph(List<List<Line>> doc, Random rnd) {
        if (doc.size() < 5) {
            return false;
        }
        int from = 1 + rnd.nextInt(doc.size() - 1);
        List<Line> paragraph = doc.remove(from);
        int to;
        do {
            to = 1 + rnd.nextInt(doc.size());
        } while (Math.abs(to - from) < 2);
        doc.add(to, paragraph);
        return true;
    }

    /** Positions {paragraph, sentence} of untouched sentences from paragraph {@code firstParagraph} on. */
    private static List<int[]> untouched(List<List<Line>> doc, int firstParagraph) {
        List<int[]> positions = new ArrayList<>();
        for (int p = firstParagraph; p < doc.size(); p++) {
            for (int s = 0; s < doc.get(p).size(); s++) {
                if (!doc.get(p).get(s).touched()) {
                    positions.add(new int[] {p, s});
                }
            }
        }
        return positions;
    }
}
