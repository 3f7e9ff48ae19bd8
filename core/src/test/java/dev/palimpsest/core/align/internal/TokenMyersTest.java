package dev.palimpsest.core.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written Myers diff must choose exactly the edit script java-diff-utils chooses. */
class TokenMyersTest {

    @Test
    void takes_the_same_path_as_java_diff_utils() {
        Random random = new Random(11);
        String[] vocabulary = {"a", "b", "c", "the", ",", "."};
        for (int run = 0; run < 20_000; run++) {
            int kinds = 1 + random.nextInt(vocabulary.length);
            String[] a = tokens(random, vocabulary, kinds, random.nextInt(16));
            String[] b = random.nextBoolean() ? tokens(random, vocabulary, kinds, random.nextInt(16)) : mutate(random, a);
            assertThat(TokenMyers.changes(a, b)).as(Arrays.toString(a) + " -> " + Arrays.toString(b))
                    .containsExactly(reference(a, b));
        }
    }

    private static int[] reference(String[] a, String[] b) {
        List<Integer> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(Arrays.asList(a), Arrays.asList(b)).getDeltas()) {
            out.add(d.getSource().getPosition());
            out.add(d.getSource().getPosition() + d.getSource().size());
            out.add(d.getTarget().getPosition());
            out.add(d.getTarget().getPosition() + d.getTarget().size());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String[] tokens(Random random, String[] vocabulary, int kinds, int count) {
        String[] tokens = new String[count];
        for (int i = 0; i < count; i++) {
            tokens[i] = vocabulary[random.nextInt(kinds)];
        }
        return tokens;
    }

    private static String[] mutate(Random random, String[] a) {
        List<String> t = new ArrayList<>(Arrays.asList(a));
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            int at = random.nextInt(t.size() + 1);
            if (random.nextBoolean() && at < t.size()) {
                t.remove(at);
            } else {
                t.add(at, "x" + random.nextInt(3));
            }
        }
        return t.toArray(new String[0]);
    }
}
