package dev.palimpsest.bench.store;

import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.ingest.IncomingVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;

/**
 * Deterministic articles of several versions recombined from sample sentences. Each article draws 15
 * to 35 sentences (numbers and years varied so that articles differ) in paragraphs of one to three;
 * each later version, an hour or three later, rewrites words in one to three sentences, adds one or
 * two, deletes up to two, sometimes moves a paragraph or changes the title; one article in ten
 * reverts its last version to the one before the previous. Same {@code (count, versions, seed)},
 * same articles.
 */
final class VersionedArticles implements Iterator<List<IncomingVersion>> {

    private static final Instant T0 = Instant.parse("2011-03-30T00:00:00Z");
    private static final String[] REWRITES = {"said", "told reporters", "insisted", "added", "warned", "confirmed"};

    private final SamplePool pool;
    private final int count;
    private final int versions;
    private final long seed;
    private int next;

    VersionedArticles(SamplePool pool, int count, int versions, long seed) {
        if (versions < 1) {
            throw new IllegalArgumentException("versions must be at least 1: " + versions);
        }
        this.pool = pool;
        this.count = count;
        this.versions = versions;
        this.seed = seed;
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public List<IncomingVersion> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return article(next++);
    }

    private List<IncomingVersion> article(int n) {
        Random rnd = new Random(seed * 2_654_435_761L + n);
        List<List<String>> paragraphs = new ArrayList<>();
        int sentences = 15 + rnd.nextInt(21);
        while (sentences > 0) {
            List<String> paragraph = new ArrayList<>();
            for (int k = 1 + rnd.nextInt(3); k > 0 && sentences > 0; k--, sentences--) {
                paragraph.add(fresh(rnd));
            }
            paragraphs.add(paragraph);
        }
        String title = headline(rnd, n);
        List<String> bodies = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<IncomingVersion> out = new ArrayList<>();
        Instant seen = T0.plusSeconds(37L * n);
        for (int v = 0; v < versions; v++) {
            if (v > 0) {
                revise(rnd, paragraphs);
                if (rnd.nextInt(5) == 0) {
                    title = headline(rnd, n);
                }
                seen = seen.plusSeconds(3600L + rnd.nextInt(7200));
            }
            boolean revert = v >= 3 && v == versions - 1 && n % 10 == 0;
            String body = revert ? bodies.get(v - 2) : render(paragraphs);
            String t = revert ? titles.get(v - 2) : title;
            bodies.add(body);
            titles.add(t);
            out.add(new IncomingVersion("Bench Times", "story-" + n, Optional.of("https://bench.example/" + n),
                    Optional.of(t), Optional.of(seen), body, InputFormat.TEXT, "bench:" + n + ":" + v));
        }
        return out;
    }

    private String fresh(Random rnd) {
        String s = pool.get(rnd.nextInt(pool.size()));
        // Vary numbers so that articles are not copies of one another.
        return s.replaceAll("\\b\\d+\\b", String.valueOf(2 + rnd.nextInt(500)));
    }

    private void revise(Random rnd, List<List<String>> paragraphs) {
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            List<String> p = paragraphs.get(rnd.nextInt(paragraphs.size()));
            int i = rnd.nextInt(p.size());
            p.set(i, p.get(i).replaceFirst("\\b(said|says|told|added)\\b", REWRITES[rnd.nextInt(REWRITES.length)])
                    .replaceFirst("\\.$", " on " + (rnd.nextBoolean() ? "Thursday" : "Friday") + "."));
        }
        for (int k = 1 + rnd.nextInt(2); k > 0; k--) {
            paragraphs.get(rnd.nextInt(paragraphs.size())).add(fresh(rnd));
        }
        for (int k = rnd.nextInt(3); k > 0; k--) {
            List<String> p = paragraphs.get(rnd.nextInt(paragraphs.size()));
            if (p.size() > 1) {
                p.remove(rnd.nextInt(p.size()));
            }
        }
        if (rnd.nextInt(4) == 0 && paragraphs.size() > 2) {
            paragraphs.add(rnd.nextInt(paragraphs.size()), paragraphs.remove(rnd.nextInt(paragraphs.size())));
        }
    }

    private String headline(Random rnd, int n) {
        String words = pool.get(rnd.nextInt(pool.size()));
        String[] w = words.split("\\s+");
        return String.join(" ", Arrays.copyOf(w, Math.min(w.length, 8))).replaceAll("[,.;:]$", "") + " (" + n + ")";
    }

    private static String render(List<List<String>> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (List<String> p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(String.join(" ", p));
        }
        return sb.toString();
    }
}
