package dev.palimpsest.core.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small seeded heap of article versions built from the GUM news sentences, for tests: each article
 * rewords its sentences its own way (a share of its words replaced consistently, so that reused
 * sentences differ between articles), then goes through edits (a word changed, sentences added,
 * deleted, a new lede, now and then a heavy rewrite keeping four sentences). Some articles are
 * same-topic distractors quoting one sentence of an earlier one, and many end with a shared tagline.
 * (The benchmark in module bench has a fuller generator; this one keeps core's tests self-contained.)
 */
final class HeapFixture {

    record Heap(List<Snapshot> snapshots, Map<String, Integer> articleOf, Map<String, Integer> versionOf) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final List<String> SENTENCES =
            Arrays.stream(GroupFixtures.resource("/group/gum-news/sentences.txt").split("\n"))
                    .filter(s -> s.split(" ").length >= 5).toList();
    private static final List<String> WORDS = SENTENCES.stream()
            .flatMap(s -> WORD.matcher(s).results().map(m -> m.group().toLowerCase(Locale.ROOT))).toList();
    private static final String TAGLINE = "Follow our live coverage of the day's events on our website and in the app, "
            + "where you can also sign up for the morning newsletter.";

    private HeapFixture() {
    }

    static Heap generate(long seed, int articles) {
        Random random = new Random(seed);
        List<Snapshot> snapshots = new ArrayList<>();
        Map<String, Integer> articleOf = new HashMap<>();
        Map<String, Integer> versionOf = new HashMap<>();
        List<List<String>> openings = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            long wording = random.nextLong();
            List<String> text = new ArrayList<>();
            for (int k = 5 + random.nextInt(10); k > 0; k--) {
                text.add(fresh(random, wording));
            }
            if (a > 0 && random.nextDouble() < 0.15) {
                List<String> other = openings.get(random.nextInt(a));
                text.add(1 + random.nextInt(text.size()), other.get(random.nextInt(other.size())));
            }
            openings.add(List.copyOf(text));
            boolean tagline = random.nextBoolean();
            int versions = 1 + random.nextInt(6);
            for (int v = 0; v < versions; v++) {
                if (v > 0) {
                    text = revise(text, random, wording);
                }
                List<String> published = new ArrayList<>(text);
                if (tagline) {
                    published.add(TAGLINE);
                }
                String id = String.format("s%016x", random.nextLong());
                snapshots.add(Snapshot.of(id, published));
                articleOf.put(id, a);
                versionOf.put(id, v);
            }
        }
        Collections.shuffle(snapshots, random);
        return new Heap(snapshots, articleOf, versionOf);
    }

    private static List<String> revise(List<String> previous, Random random, long wording) {
        List<String> text = new ArrayList<>(previous);
        if (random.nextDouble() < 0.05) {
            List<String> kept = new ArrayList<>(text);
            Collections.shuffle(kept, random);
            List<String> rewritten = new ArrayList<>();
            for (int k = Math.max(8, text.size()); k > 0; k--) {
                rewritten.add(fresh(random, wording));
            }
            for (String s : kept.subList(0, Math.min(4, kept.size()))) {
                rewritten.add(random.nextInt(rewritten.size() + 1), s);
            }
            return rewritten;
        }
        for (int ops = 1 + random.nextInt(3); ops > 0; ops--) {
            // News grows: additions are the most common step, deletions rare.
            int at = random.nextInt(text.size());
            double step = random.nextDouble();
            if (step < 0.45) {
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    text.add(Math.min(text.size(), at + 1), fresh(random, wording));
                }
            } else if (step < 0.70) {
                String[] words = text.get(at).split(" ");
                words[random.nextInt(words.length)] = WORDS.get(random.nextInt(WORDS.size()));
                text.set(at, String.join(" ", words));
            } else if (step < 0.80) {
                if (text.size() > 4) {
                    text.remove(at);
                }
            } else {
                text.set(0, fresh(random, wording));
            }
        }
        return text;
    }

    private static String fresh(Random random, long wording) {
        String sentence = SENTENCES.get(random.nextInt(SENTENCES.size()));
        Matcher m = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            long h = TextFeatures.mix(wording ^ m.group().toLowerCase(Locale.ROOT).hashCode());
            if ((h & 0xFF) < 0.6 * 256) {
                out.append(sentence, from, m.start()).append(WORDS.get((int) Math.floorMod(h >>> 8, (long) WORDS.size())));
                from = m.end();
            }
        }
        return out.append(sentence.substring(from)).toString();
    }
}
