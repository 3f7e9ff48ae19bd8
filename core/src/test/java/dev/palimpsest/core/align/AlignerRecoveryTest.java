package dev.palimpsest.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random edit scripts over real news sentences with a known answer: deletions, additions, light and
 * heavy rewording, splits, merges and long-distance moves. Unchanged and moved sentences must be
 * recovered exactly in every case; the rest is measured over all cases against fixed thresholds.
 */
class AlignerRecoveryTest {

    private static final int CASES = 300;
    private static final List<String> POOL = load();
    private static final Aligner ALIGNER = Aligner.standard();

    enum Kind { KEPT, MOVED, LIGHT_EDIT, HEAVY_EDIT, SPLIT, MERGED, ADDED }

    /** One new sentence and where it came from. Split parts share their old index. */
    record Item(String text, List<Integer> oldIndices, Kind kind) {
    }

    record Case(List<String> oldSentences, List<Item> newItems) {
        List<String> newSentences() {
            return newItems.stream().map(Item::text).toList();
        }
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, CASES).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void unchanged_and_moved_sentences_are_recovered_exactly_and_invariants_hold(long seed) {
        Case c = generate(seed);
        Alignment a = ALIGNER.align(c.oldSentences(), c.newSentences());

        assertThat(a.oldSize()).isEqualTo(c.oldSentences().size());
        assertThat(a.newSize()).isEqualTo(c.newItems().size());
        for (Edit e : a.edits()) {
            String oldText = join(c.oldSentences(), e.oldIndices());
            String newText = join(c.newSentences(), e.newIndices());
            if (!e.oldIndices().isEmpty() && !e.newIndices().isEmpty()) {
                assertThat(e.words().oldText()).isEqualTo(oldText);
                assertThat(e.words().apply(oldText)).isEqualTo(newText);
                assertThat(e.similarity()).isBetween(0.0, 1.0);
            } else {
                assertThat(e.words().ops()).isEmpty();
                assertThat(e.moved()).isFalse();
            }
            if (e instanceof Edit.Unchanged) {
                assertThat(oldText).isEqualTo(newText);
            }
        }
        assertReadingOrder(a);

        Set<List<Integer>> expectedUnchanged = new HashSet<>();
        Set<List<Integer>> expectedMoved = new HashSet<>();
        for (int n = 0; n < c.newItems().size(); n++) {
            Item item = c.newItems().get(n);
            if (item.kind() == Kind.KEPT || item.kind() == Kind.MOVED) {
                expectedUnchanged.add(List.of(item.oldIndices().get(0), n));
            }
            if (item.kind() == Kind.MOVED) {
                expectedMoved.add(List.of(item.oldIndices().get(0), n));
            }
        }
        Set<List<Integer>> unchanged = new HashSet<>();
        Set<List<Integer>> moved = new HashSet<>();
        for (Edit e : a.edits()) {
            if (e instanceof Edit.Unchanged u) {
                unchanged.add(List.of(u.oldIndex(), u.newIndex()));
            }
            if (e.moved()) {
                moved.add(List.of(e.oldIndices().get(0), e.newIndices().get(0)));
            }
        }
        assertThat(unchanged).as("seed %d unchanged", seed).isEqualTo(expectedUnchanged);
        assertThat(moved).as("seed %d moved", seed).isEqualTo(expectedMoved);
    }

    @Test
    void edits_splits_and_merges_are_recovered_with_high_recall_and_few_false_links() {
        int[] found = new int[Kind.values().length];
        int[] total = new int[Kind.values().length];
        int predictedLinks = 0;
        int correctLinks = 0;
        for (long seed = 0; seed < CASES; seed++) {
            Case c = generate(seed);
            Alignment a = ALIGNER.align(c.oldSentences(), c.newSentences());
            Set<List<Integer>> gold = goldLinks(c);
            Set<List<Integer>> predicted = new HashSet<>();
            for (Edit e : a.edits()) {
                for (int o : e.oldIndices()) {
                    for (int n : e.newIndices()) {
                        predicted.add(List.of(o, n));
                    }
                }
            }
            predictedLinks += predicted.size();
            correctLinks += (int) predicted.stream().filter(gold::contains).count();
            for (int n = 0; n < c.newItems().size(); n++) {
                Item item = c.newItems().get(n);
                Edit edit = editOfNew(a, n);
                boolean right = switch (item.kind()) {
                    case ADDED -> edit instanceof Edit.Added;
                    case LIGHT_EDIT, HEAVY_EDIT -> edit instanceof Edit.Edited && edit.oldIndices().equals(item.oldIndices());
                    case MERGED -> edit instanceof Edit.Merged && edit.oldIndices().equals(item.oldIndices());
                    case SPLIT -> edit instanceof Edit.Split && edit.oldIndices().equals(item.oldIndices())
                            && edit.newIndices().contains(n);
                    case KEPT, MOVED -> edit instanceof Edit.Unchanged && edit.oldIndices().equals(item.oldIndices());
                };
                found[item.kind().ordinal()] += right ? 1 : 0;
                total[item.kind().ordinal()]++;
            }
        }
        double precision = (double) correctLinks / predictedLinks;
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "link precision %.4f", precision));
        for (Kind k : Kind.values()) {
            report.append(String.format(Locale.ROOT, ", %s %d/%d", k, found[k.ordinal()], total[k.ordinal()]));
        }
        assertThat(total[Kind.SPLIT.ordinal()]).as(report.toString()).isGreaterThan(100);
        assertThat(total[Kind.MERGED.ordinal()]).as(report.toString()).isGreaterThan(100);
        assertThat(precision).as(report.toString()).isGreaterThan(0.99);
        assertThat(rate(found, total, Kind.LIGHT_EDIT)).as(report.toString()).isGreaterThan(0.99);
        assertThat(rate(found, total, Kind.HEAVY_EDIT)).as(report.toString()).isGreaterThan(0.9);
        assertThat(rate(found, total, Kind.SPLIT)).as(report.toString()).isGreaterThan(0.95);
        assertThat(rate(found, total, Kind.MERGED)).as(report.toString()).isGreaterThan(0.95);
        assertThat(rate(found, total, Kind.ADDED)).as(report.toString()).isGreaterThan(0.97);
    }

    private static double rate(int[] found, int[] total, Kind k) {
        return (double) found[k.ordinal()] / total[k.ordinal()];
    }

    /** Builds an edit script: walk the old text deciding each sentence's fate, then add and move. */
    static Case generate(long seed) {
        Random random = new Random(seed);
        List<String> pool = new ArrayList<>(POOL);
        Collections.shuffle(pool, random);
        int oldCount = 12 + random.nextInt(29);
        List<String> old = pool.subList(0, oldCount);
        List<String> spare = new ArrayList<>(pool.subList(oldCount, pool.size()));
        List<Item> items = new ArrayList<>();
        for (int o = 0; o < oldCount; o++) {
            String s = old.get(o);
            double roll = random.nextDouble();
            String[] words = s.split(" ");
            if (roll < 0.10) {
                continue; // deleted
            } else if (roll < 0.22 && words.length >= 6) {
                items.add(new Item(reword(s, 1 + random.nextInt(2), random), List.of(o), Kind.LIGHT_EDIT));
            } else if (roll < 0.28 && words.length >= 10) {
                items.add(new Item(reword(s, Math.max(2, words.length * 3 / 10), random), List.of(o), Kind.HEAVY_EDIT));
            } else if (roll < 0.34 && words.length >= 14) {
                int cut = words.length / 3 + random.nextInt(words.length / 3);
                String first = String.join(" ", Arrays.copyOfRange(words, 0, cut)).replaceAll("[,;:]$", "") + ".";
                String second = capitalize(String.join(" ", Arrays.copyOfRange(words, cut, words.length)));
                items.add(new Item(first, List.of(o), Kind.SPLIT));
                items.add(new Item(second, List.of(o), Kind.SPLIT));
            } else if (roll < 0.40 && o + 1 < oldCount) {
                String first = s.replaceAll("[.?!”\"’]+$", "");
                String second = old.get(o + 1);
                items.add(new Item(first + ", and " + lowerFirst(second), List.of(o, o + 1), Kind.MERGED));
                o++;
            } else {
                items.add(new Item(s, List.of(o), Kind.KEPT));
            }
        }
        int adds = random.nextInt(4);
        for (int i = 0; i < adds; i++) {
            int at = random.nextInt(items.size() + 1);
            while (insideSplit(items, at)) {
                at++;
            }
            items.add(at, new Item(spare.get(i), List.of(), Kind.ADDED));
        }
        int moves = random.nextInt(3);
        for (int i = 0; i < moves; i++) {
            move(items, random);
        }
        return new Case(List.copyOf(old), List.copyOf(items));
    }

    /**
     * Moves one unchanged sentence at least six places, and only past more text than its own (twice
     * over), so that by the length-weighted rule it, and not what it jumped over, is the moved one.
     */
    private static void move(List<Item> items, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int from = random.nextInt(items.size());
            int to = random.nextInt(items.size());
            Item item = items.get(from);
            if (item.kind() != Kind.KEPT || Math.abs(from - to) < 6 || insideSplit(items, to + (to > from ? 1 : 0))) {
                continue;
            }
            int jumped = 0;
            for (int k = Math.min(from, to); k <= Math.max(from, to); k++) {
                if (k != from && items.get(k).kind() != Kind.ADDED && items.get(k).kind() != Kind.MOVED) {
                    jumped += items.get(k).text().length();
                }
            }
            if (jumped < 2 * item.text().length()) {
                continue;
            }
            items.remove(from);
            items.add(to, new Item(item.text(), item.oldIndices(), Kind.MOVED));
            return;
        }
    }

    /** Whether inserting at {@code position} would come between two parts of one split. */
    private static boolean insideSplit(List<Item> items, int position) {
        return position > 0 && position < items.size() && items.get(position).kind() == Kind.SPLIT
                && items.get(position - 1).kind() == Kind.SPLIT
                && items.get(position).oldIndices().equals(items.get(position - 1).oldIndices());
    }

    /** Replaces, drops or inserts {@code count} words (never the first), keeping the rest. */
    private static String reword(String sentence, int count, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(sentence.split(" ")));
        String[] fillers = {"reportedly", "again", "officials", "now", "also", "still", "fiercely", "late"};
        for (int i = 0; i < count && words.size() > 3; i++) {
            int at = 1 + random.nextInt(words.size() - 2);
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, fillers[random.nextInt(fillers.length)]);
                case 1 -> words.remove(at);
                default -> words.add(at, fillers[random.nextInt(fillers.length)]);
            }
        }
        String result = String.join(" ", words);
        return result.equals(sentence) ? sentence + " Officials said so." : result;
    }

    private static Set<List<Integer>> goldLinks(Case c) {
        Set<List<Integer>> gold = new HashSet<>();
        for (int n = 0; n < c.newItems().size(); n++) {
            for (int o : c.newItems().get(n).oldIndices()) {
                gold.add(List.of(o, n));
            }
        }
        return gold;
    }

    private static Edit editOfNew(Alignment a, int n) {
        return a.edits().stream().filter(e -> e.newIndices().contains(n)).findFirst().orElseThrow();
    }

    /** Non-deleted edits appear by increasing first new index; a deletion follows its old predecessor. */
    private static void assertReadingOrder(Alignment a) {
        int lastNew = -1;
        for (int i = 0; i < a.edits().size(); i++) {
            Edit e = a.edits().get(i);
            if (e instanceof Edit.Deleted d) {
                if (d.oldIndex() == 0) {
                    assertThat(i).isZero();
                } else {
                    assertThat(i).isPositive();
                    assertThat(a.edits().get(i - 1).oldIndices()).contains(d.oldIndex() - 1);
                }
            } else {
                assertThat(e.newIndices().get(0)).isGreaterThan(lastNew);
                lastNew = e.newIndices().get(e.newIndices().size() - 1);
            }
        }
    }

    private static String join(List<String> sentences, List<Integer> indices) {
        return String.join(" ", indices.stream().map(sentences::get).toList());
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.startsWith("I ") ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static List<String> load() {
        try (InputStream in = AlignerRecoveryTest.class.getResourceAsStream("/align/sentences.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /align/sentences.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
