package dev.palimpsest.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WordDifferTest {

    private static final WordDiffer DIFFER = WordDiffer.standard();

    private static final String[] VOCABULARY = {
        "the", "rebels", "Qaddafi", "el-Qaddafi", "east’s", "said", "on", "Thursday", "9,000,200.00", "3.5%",
        ",", ".", "—", "“", "”", "(", ")", "U.S.", "don't", "Brega", "oil", "port", "a", "of", "and", "?",
        "Libya", "officials", "defection", "1988", "!", ";", "’", "Moussa", "Koussa"};
    private static final String[] SPACES = {" ", " ", " ", " ", "  ", "", "\t", "\n", "\u00A0"};

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void applying_the_diff_to_the_old_text_gives_the_new_text(long seed) {
        Random random = new Random(seed);
        String old = randomText(random, random.nextInt(25));
        String changed = mutate(random, old);
        for (WordDiffer differ : List.of(WordDiffer.standard(), WordDiffer.withoutCleanup())) {
            WordDiff diff = differ.diff(old, changed);
            assertThat(diff.apply(old)).isEqualTo(changed);
            assertThat(diff.oldText()).isEqualTo(old);
            assertThat(diff.ops()).allSatisfy(op -> assertThat(op.text()).isNotEmpty());
            if (!old.isBlank() && !changed.isBlank()) {
                assertThat(diff.ops()).allSatisfy(op -> assertThat(op.token()).isNotEmpty());
            }
            assertDeletionsBeforeInsertions(diff);
            assertThat(diff.similarity()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void a_punctuation_only_edit_changes_a_single_token() {
        WordDiff diff = DIFFER.diff("Rebels held Brega on Thursday, officials said.",
                "Rebels held Brega on Thursday, officials said!");
        assertThat(changes(diff)).containsExactly("-.", "+!");

        WordDiff comma = DIFFER.diff("Rebels held Brega on Thursday officials said.",
                "Rebels held Brega on Thursday, officials said.");
        assertThat(changes(comma)).containsExactly("+,");
        assertThat(comma.similarity()).isGreaterThan(0.95);
    }

    @Test
    void a_one_word_edit_is_one_deletion_and_one_insertion() {
        WordDiff diff = DIFFER.diff("Anxiety seized the Qaddafi government on Thursday.",
                "Anxiety gripped the Qaddafi government on Thursday.");
        assertThat(changes(diff)).containsExactly("-seized", "+gripped");
    }

    @Test
    void a_rewritten_clause_reads_as_one_replacement_not_confetti() {
        WordDiff diff = DIFFER.diff(
                "Rebels retreated from the oil port of Brega under heavy fire on Thursday.",
                "Loyalist forces pushed toward the eastern town of Ajdabiya under heavy fire on Thursday.");
        // Without cleanup "the" and "of" would stay as islands inside the rewrite.
        assertThat(diff.ops()).extracting(WordOp::op).containsSubsequence(WordOp.Kind.DELETE, WordOp.Kind.INSERT);
        assertThat(changes(diff)).containsExactly(
                "-Rebels", "-retreated", "-from", "-the", "-oil", "-port", "-of", "-Brega",
                "+Loyalist", "+forces", "+pushed", "+toward", "+the", "+eastern", "+town", "+of", "+Ajdabiya");
        assertThat(changes(WordDiffer.withoutCleanup().diff(diff.oldText(), diff.newText()))).doesNotContain("-the");
    }

    @Test
    void identical_texts_give_an_identity_diff() {
        String s = "“We will remain here until the end.”";
        WordDiff diff = DIFFER.diff(s, s);
        assertThat(diff.isIdentity()).isTrue();
        assertThat(diff.similarity()).isEqualTo(1.0);
        assertThat(DIFFER.diff("", "").ops()).isEmpty();
    }

    @Test
    void apply_refuses_a_different_old_text() {
        WordDiff diff = DIFFER.diff("a b", "a c");
        assertThatThrownBy(() -> diff.apply("a d")).isInstanceOf(IllegalArgumentException.class);
    }

    /** "-token" / "+token" for each non-equal op. */
    private static List<String> changes(WordDiff diff) {
        return diff.ops().stream().filter(op -> op.op() != WordOp.Kind.EQUAL)
                .map(op -> (op.op() == WordOp.Kind.DELETE ? "-" : "+") + op.token()).toList();
    }

    private static void assertDeletionsBeforeInsertions(WordDiff diff) {
        WordOp.Kind previous = WordOp.Kind.EQUAL;
        for (WordOp op : diff.ops()) {
            assertThat(previous == WordOp.Kind.INSERT && op.op() == WordOp.Kind.DELETE)
                    .as("an insertion directly followed by a deletion in %s", diff.ops()).isFalse();
            previous = op.op();
        }
    }

    private static String randomText(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(5) == 0) {
            sb.append(SPACES[random.nextInt(SPACES.length)]);
        }
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(SPACES[random.nextInt(SPACES.length)]);
            }
            sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        if (random.nextInt(5) == 0) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** Random word-level edits: replace, insert, delete, swap, change spacing or case. */
    private static String mutate(Random random, String text) {
        List<String> tokens = new ArrayList<>(WordTokenizer.tokenize(text));
        int edits = random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = tokens.isEmpty() ? 0 : random.nextInt(tokens.size());
            String word = SPACES[random.nextInt(3)] + VOCABULARY[random.nextInt(VOCABULARY.length)];
            switch (random.nextInt(5)) {
                case 0 -> tokens.add(at, word);
                case 1 -> {
                    if (!tokens.isEmpty()) {
                        tokens.remove(at);
                    }
                }
                case 2 -> {
                    if (!tokens.isEmpty()) {
                        tokens.set(at, word);
                    }
                }
                case 3 -> {
                    if (tokens.size() > 1) {
                        int other = random.nextInt(tokens.size());
                        String t = tokens.get(at);
                        tokens.set(at, tokens.get(other));
                        tokens.set(other, t);
                    }
                }
                default -> {
                    if (!tokens.isEmpty()) {
                        tokens.set(at, tokens.get(at).toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return String.join("", tokens) + (random.nextBoolean() ? "" : IntStream.range(0, random.nextInt(2)).mapToObj(i -> " ").reduce("", String::concat));
    }
}
