package dev.palimpsest.store;

import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.ingest.IncomingVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;

/**
 * Deterministic made-up articles of five versions each: sentences edited, added, deleted and moved,
 * titles changed, and every seventh article's last version reverting to its third. The same
 * {@code (count, seed)} always gives the same articles.
 */
final class GeneratedArticles implements Iterator<List<IncomingVersion>> {

    static final int VERSIONS = 5;
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final String[] WHO = {"The minister", "Rebel commanders", "A spokesman for the army", "Residents",
        "The United Nations", "Officials in the capital", "Aid workers", "The opposition leader", "Witnesses", "Analysts"};
    private static final String[] DID = {"said", "denied", "confirmed", "warned", "reported", "insisted", "announced"};
    private static final String[] WHAT = {"that the talks had stalled", "heavy shelling near the port",
        "that supplies were running low", "a ceasefire would begin at dawn", "more than 40 people were killed",
        "the convoy had reached the border", "new sanctions against the government", "that the airport was closed",
        "fighting in the eastern districts", "that elections would be delayed"};
    private static final String[] WHEN = {"on Monday", "on Tuesday", "late on Wednesday", "this week", "overnight",
        "after a meeting in Geneva", "in a televised address", "according to local media"};

    private final int count;
    private final long seed;
    private int next;

    GeneratedArticles(int count, long seed) {
        this.count = count;
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
        Random random = new Random(seed * 1_000_003L + n);
        List<String> sentences = new ArrayList<>();
        int size = 8 + random.nextInt(9);
        for (int i = 0; i < size; i++) {
            sentences.add(sentence(random, n));
        }
        String title = "Story " + n + ": " + WHAT[random.nextInt(WHAT.length)];
        List<String> bodies = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int v = 0; v < VERSIONS; v++) {
            if (v > 0) {
                mutate(random, sentences, n);
                if (random.nextInt(4) == 0) {
                    title = "Story " + n + ": " + WHAT[random.nextInt(WHAT.length)] + " (updated)";
                }
            }
            boolean revert = v == VERSIONS - 1 && n % 7 == 0;
            bodies.add(revert ? bodies.get(2) : String.join(" ", sentences));
            titles.add(revert ? titles.get(2) : title);
        }
        List<IncomingVersion> versions = new ArrayList<>();
        for (int v = 0; v < VERSIONS; v++) {
            versions.add(new IncomingVersion("Generated Wire", "story-" + n, Optional.of("https://example.org/story/" + n),
                    Optional.of(titles.get(v)), Optional.of(T0.plusSeconds(60L * n + 3600L * v)), bodies.get(v),
                    InputFormat.TEXT, "generated:" + n + ":" + v));
        }
        return versions;
    }

    private static void mutate(Random random, List<String> sentences, int n) {
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(sentences.size());
            switch (random.nextInt(4)) {
                case 0 -> sentences.set(at, sentences.get(at).replaceFirst("\\.$", ", " + WHEN[random.nextInt(WHEN.length)] + "."));
                case 1 -> sentences.add(at, sentence(random, n));
                case 2 -> {
                    if (sentences.size() > 4) {
                        sentences.remove(at);
                    }
                }
                default -> sentences.add(random.nextInt(sentences.size()), sentences.remove(at));
            }
        }
    }

    private static String sentence(Random random, int n) {
        return WHO[random.nextInt(WHO.length)] + " " + DID[random.nextInt(DID.length)] + " "
                + WHAT[random.nextInt(WHAT.length)] + " " + WHEN[random.nextInt(WHEN.length)] + " in district "
                + (n % 97 + random.nextInt(50)) + ".";
    }
}
