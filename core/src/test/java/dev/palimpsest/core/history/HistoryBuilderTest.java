package dev.palimpsest.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryBuilderTest {

    private static final DocumentParser PARSER = new DocumentParser(
            Normalizer.standard(), NewsSentenceSplitter.create(), DocumentParser.DEFAULT_MAX_CHARS);
    private static final HistoryBuilder BUILDER = new HistoryBuilder(Aligner.standard());

    private static final List<String> POOL = List.of(
            "The rebels retreated from Brega on Wednesday under heavy shelling.",
            "Government forces seized the oil port of Ras Lanuf after a brief fight.",
            "The foreign minister flew to London aboard a private jet.",
            "British officials said no immunity had been offered to him.",
            "Residents of Ajdabiya packed their cars and drove north toward Benghazi.",
            "NATO took command of the air campaign on Thursday morning.",
            "A rebel commander pleaded for heavier weapons and better radios.",
            "The White House declined to comment on reports of covert support.",
            "Oil prices rose sharply as traders weighed the risk of a long war.",
            "Doctors at the hospital said at least twelve fighters had been wounded.",
            "The speaker of Parliament was rumored to have fled to Tunisia.",
            "Analysts said the defection could encourage other officials to leave.",
            "The United Nations envoy called for an immediate ceasefire across the country.",
            "Journalists in Tripoli were kept inside their hotel by minders.",
            "Several towns along the coast changed hands twice in one week.",
            "The state broadcaster showed crowds cheering for the leader.",
            "Aid groups warned of shortages of medicine and fuel in the east.",
            "The intelligence chief had not been seen in public for days.",
            "An official said the talks in London would continue next week.",
            "Witnesses described artillery fire landing near the main highway.");

    private static Document doc(List<String> sentences) {
        return PARSER.parse(String.join("\n\n", sentences), dev.palimpsest.core.text.InputFormat.TEXT);
    }

    private static HistoryBuilder.Input input(String label, List<String> sentences) {
        return new HistoryBuilder.Input(VersionMeta.of(label), doc(sentences));
    }

    @Test
    void follows_an_edited_sentence_as_one_thread_and_blames_the_edit() {
        ArticleHistory h = BUILDER.build(List.of(
                input("a", List.of(POOL.get(0), POOL.get(1))),
                input("b", List.of(POOL.get(0).replace("Wednesday", "Thursday"), POOL.get(1))),
                input("c", List.of(POOL.get(0).replace("Wednesday", "Thursday"), POOL.get(1), POOL.get(2)))));
        assertThat(h.threads()).hasSize(3);
        SentenceThread first = h.thread(h.threadIds(2).get(0));
        assertThat(first.steps()).extracting(ThreadStep::kind)
                .containsExactly(StepKind.ADDED, StepKind.EDITED, StepKind.UNCHANGED);
        assertThat(first.steps().get(1).words().newText()).contains("Thursday");
        List<Blame> blame = h.blame(2);
        assertThat(blame.get(0).introducedIn()).isZero();
        assertThat(blame.get(0).lastChangedIn()).isEqualTo(1);
        assertThat(blame.get(1).lastChangedIn()).isZero();
        assertThat(blame.get(2).introducedIn()).isEqualTo(2);
        assertThat(h.orderBasis()).isEqualTo(ArticleHistory.OrderBasis.GIVEN);
    }

    @Test
    void a_sentence_that_comes_back_continues_its_thread() {
        ArticleHistory h = BUILDER.build(List.of(
                input("a", List.of(POOL.get(0), POOL.get(1), POOL.get(2))),
                input("b", List.of(POOL.get(0), POOL.get(2))),
                input("c", List.of(POOL.get(0), POOL.get(2))),
                input("d", List.of(POOL.get(0), POOL.get(1), POOL.get(2)))));
        SentenceThread back = h.thread(h.threadIds(3).get(1));
        assertThat(back.firstVersion()).isZero();
        assertThat(back.steps()).extracting(ThreadStep::kind)
                .containsExactly(StepKind.ADDED, StepKind.REMOVED, StepKind.ABSENT, StepKind.RETURNED);
        assertThat(h.threads()).hasSize(3);
    }

    @Test
    void timestamps_decide_the_order_when_every_version_has_one() {
        var late = new HistoryBuilder.Input(new VersionMeta("late", Optional.of(Instant.parse("2011-03-31T15:00:00Z")),
                Optional.empty()), doc(List.of(POOL.get(0), POOL.get(1))));
        var early = new HistoryBuilder.Input(new VersionMeta("early", Optional.of(Instant.parse("2011-03-30T21:00:00Z")),
                Optional.empty()), doc(List.of(POOL.get(0))));
        ArticleHistory h = BUILDER.build(List.of(late, early));
        assertThat(h.versions()).extracting(VersionMeta::label).containsExactly("early", "late");
        assertThat(h.orderBasis()).isEqualTo(ArticleHistory.OrderBasis.TIMESTAMPS);
        assertThat(h.timeToStability()).hasValueSatisfying(d -> assertThat(d.toHours()).isEqualTo(18));
    }

    @Test
    void stability_figures_count_carried_over_text_and_churn() {
        ArticleHistory h = BUILDER.build(List.of(
                input("a", List.of(POOL.get(0), POOL.get(1))),
                input("b", List.of(POOL.get(0), POOL.get(1))),
                input("c", List.of(POOL.get(0), POOL.get(3)))));
        assertThat(h.stats().get(1).churn()).isZero();
        assertThat(h.stats().get(1).carriedOver()).isEqualTo(1.0);
        assertThat(h.stats().get(2).churn()).isGreaterThan(0.2);
        assertThat(h.stats().get(2).carriedOver()).isLessThan(0.6);
        assertThat(h.lastChangedVersion()).isEqualTo(2);
    }

    @Test
    void refuses_an_empty_history() {
        assertThatThrownBy(() -> BUILDER.build(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** Lineage invariants on generated histories: every sentence in exactly one thread, no version skipped. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void generated_histories_keep_the_lineage_invariants(int seed) {
        Random random = new Random(seed);
        int versions = 2 + random.nextInt(39);
        List<String> current = new ArrayList<>(POOL.subList(0, 6 + random.nextInt(6)));
        List<HistoryBuilder.Input> inputs = new ArrayList<>();
        for (int v = 0; v < versions; v++) {
            inputs.add(input("v" + v, current));
            current = mutate(current, random);
        }
        ArticleHistory h = BUILDER.build(inputs);
        assertThat(h.versions()).hasSize(versions);
        for (int v = 0; v < versions; v++) {
            int sentences = h.documents().get(v).sentences().size();
            List<String> ids = h.threadIds(v);
            assertThat(ids).hasSize(sentences).doesNotContainNull();
            assertThat(new HashSet<>(ids)).as("one thread per sentence in v" + v).hasSize(sentences);
            assertThat(h.blame(v)).allSatisfy(b -> {
                assertThat(b.introducedIn()).isBetween(0, b.lastChangedIn());
            });
        }
        Set<String> threadIds = new HashSet<>();
        for (SentenceThread t : h.threads()) {
            assertThat(threadIds.add(t.id())).isTrue();
            assertThat(t.firstVersion() + t.steps().size()).as("thread " + t.id() + " reaches the last version")
                    .isEqualTo(versions);
            assertThat(t.steps().get(0).kind()).isIn(StepKind.ADDED, StepKind.FORKED);
            for (int i = 1; i < t.steps().size(); i++) {
                StepKind prev = t.steps().get(i - 1).kind();
                StepKind kind = t.steps().get(i).kind();
                if (kind == StepKind.REMOVED || kind == StepKind.MERGED_AWAY) {
                    assertThat(prev.present()).isTrue();
                }
                if (kind == StepKind.ABSENT || kind == StepKind.RETURNED) {
                    assertThat(prev.present()).isFalse();
                }
                if (kind.present() && kind != StepKind.RETURNED) {
                    assertThat(prev.present()).as(t.id() + " v" + t.steps().get(i).version()).isTrue();
                }
            }
        }
    }

    private static List<String> mutate(List<String> sentences, Random random) {
        List<String> next = new ArrayList<>(sentences);
        int ops = 1 + random.nextInt(3);
        for (int k = 0; k < ops; k++) {
            int op = random.nextInt(5);
            if (op == 0 && next.size() > 3) {
                next.remove(random.nextInt(next.size()));
            } else if (op == 1) {
                next.add(random.nextInt(next.size() + 1), POOL.get(random.nextInt(POOL.size())) .replace(".", " again."));
            } else if (op == 2) {
                int i = random.nextInt(next.size());
                next.set(i, next.get(i).replaceFirst("the", "a").replaceFirst("on", "late on"));
            } else if (op == 3 && next.size() > 2) {
                String moved = next.remove(random.nextInt(next.size()));
                next.add(random.nextInt(next.size() + 1), moved);
            } else {
                next.add(POOL.get(random.nextInt(POOL.size())));
            }
        }
        return next;
    }
}
