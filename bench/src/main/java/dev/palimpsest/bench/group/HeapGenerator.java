package dev.palimpsest.bench.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a heap of article versions from real sentences. Each article gets its own wording
 * ({@link Dialect}), 4–20 opening sentences, an edit history of {@code minVersions..maxVersions}
 * versions ({@link EditHistory}), and half of the articles end with their outlet's tagline (the same
 * sentence in every article of that outlet: boilerplate). A share of articles are distractors: a
 * different story on the same topic as an earlier article, sharing half of its wording
 * ({@link Dialect#sameTopic}), from the same outlet, quoting one or two of its sentences verbatim. Snapshot ids are random, so they reveal neither article nor order.
 */
final class HeapGenerator {

    /** What to generate. {@code snapshots > 0} overrides {@code articles}: articles are added until reached. */
    record Spec(int articles, int snapshots, int minVersions, int maxVersions, double distractorRate,
            double rewriteRate, double wordChange, long seed) {
    }

    private static final int OUTLETS = 40;

    private final SentenceCorpus corpus;
    private final Spec spec;

    HeapGenerator(SentenceCorpus corpus, Spec spec) {
        this.corpus = corpus;
        this.spec = spec;
    }

    GeneratedHeap generate() {
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<String> taglines = new ArrayList<>();
        while (taglines.size() < OUTLETS) {
            String s = pick(corpus.sentences(), random);
            int words = SentenceCorpus.countTokens(s);
            if (words >= 8 && words <= 30) {
                taglines.add(s);
            }
        }
        List<GeneratedHeap.Item> snapshots = new ArrayList<>();
        Map<String, Integer> articleOf = new HashMap<>();
        Map<String, Integer> versionOf = new HashMap<>();
        Map<Integer, Integer> familyOf = new HashMap<>();
        java.util.Set<String> rewritten = new java.util.HashSet<>();
        List<long[]> originals = new ArrayList<>(); // per article: {dialect seed, outlet}
        List<List<String>> openings = new ArrayList<>();
        int[] steps = new int[EditHistory.Step.values().length];
        int distractors = 0;
        HexFormat hex = HexFormat.of();
        for (int article = 0; spec.snapshots() > 0 ? snapshots.size() < spec.snapshots() : article < spec.articles(); article++) {
            boolean distractor = article > 0 && random.nextDouble() < spec.distractorRate();
            int of = distractor ? random.nextInt(article) : article;
            long dialectSeed = random.nextLong();
            int outlet = distractor ? (int) originals.get(of)[1]
                    : random.nextBoolean() ? random.nextInt(OUTLETS) : -1;
            originals.add(new long[] {dialectSeed, outlet});
            familyOf.put(article, distractor ? familyOf.get(of) : article);
            Dialect dialect = distractor
                    ? new Dialect(originals.get(of)[0], spec.wordChange(), corpus.words()).sameTopic(dialectSeed)
                    : new Dialect(dialectSeed, spec.wordChange(), corpus.words());
            SplittableRandom own = random.split();
            EditHistory history = new EditHistory(own,
                    () -> dialect.apply(pick(corpus.sentences(), own)),
                    () -> dialect.apply(pick(corpus.words(), own)),
                    spec.rewriteRate());

            List<String> text = new ArrayList<>();
            for (int k = 4 + own.nextInt(17); k > 0; k--) {
                text.add(dialect.apply(pick(corpus.sentences(), own)));
            }
            if (distractor) {
                distractors++;
                List<String> quoted = openings.get(of);
                for (int k = 1 + own.nextInt(2); k > 0; k--) {
                    text.add(1 + own.nextInt(text.size()), pick(quoted, own));
                }
            }
            openings.add(List.copyOf(text));
            int versions = spec.minVersions() + own.nextInt(spec.maxVersions() - spec.minVersions() + 1);
            for (int v = 0; v < versions; v++) {
                if (v > 0) {
                    text = history.revise(text);
                }
                List<String> published = new ArrayList<>(text);
                if (outlet >= 0) {
                    published.add(taglines.get(outlet));
                }
                String id = hex.toHexDigits(own.nextLong());
                snapshots.add(new GeneratedHeap.Item(id, published));
                if (v > 0 && history.lastWasRewrite()) {
                    rewritten.add(id);
                }
                articleOf.put(id, article);
                versionOf.put(id, v);
            }
            for (EditHistory.Step step : EditHistory.Step.values()) {
                steps[step.ordinal()] += history.count(step);
            }
        }
        Collections.shuffle(snapshots, new java.util.Random(spec.seed()));
        StringBuilder edits = new StringBuilder();
        for (EditHistory.Step step : EditHistory.Step.values()) {
            edits.append(edits.length() == 0 ? "" : ", ").append(step.name().toLowerCase()).append(' ').append(steps[step.ordinal()]);
        }
        return new GeneratedHeap(snapshots, articleOf, versionOf, familyOf, rewritten, articleOf.values().stream().distinct().toList().size(),
                distractors, edits.toString());
    }

    private static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
