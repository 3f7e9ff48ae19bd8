package dev.palimpsest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PairGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SENTENCES = 24;
    private static SentencePool pool;

    @BeforeAll
    static void load_test_corpus() throws URISyntaxException {
        Path corpus = Path.of(Objects.requireNonNull(PairGeneratorTest.class.getResource("/corpus")).toURI());
        pool = SentencePool.load(List.of(corpus));
    }

    private static PairGenerator generator(long seed) {
        return new PairGenerator(pool, EditRates.NEWS, seed, SENTENCES);
    }

    private static String jsonLines(long seed, int pairs, InputMode mode) throws IOException {
        StringWriter out = new StringWriter();
        generator(seed).write(pairs, mode, out);
        return out.toString();
    }

    @Test
    void the_same_seed_gives_the_same_pairs() throws IOException {
        assertThat(jsonLines(42, 50, InputMode.MIXED)).isEqualTo(jsonLines(42, 50, InputMode.MIXED));
        assertThat(jsonLines(43, 50, InputMode.MIXED)).isNotEqualTo(jsonLines(42, 50, InputMode.MIXED));
    }

    @Test
    void a_pair_depends_only_on_seed_and_id_not_on_how_many_are_generated() throws IOException {
        List<String> few = jsonLines(7, 5, InputMode.SENTENCES).lines().toList();
        List<String> many = jsonLines(7, 40, InputMode.SENTENCES).lines().toList();
        assertThat(many.subList(0, 5)).isEqualTo(few);
    }

    @Test
    void every_line_is_an_align_input_object_with_text_or_sentences() throws IOException {
        List<String> lines = jsonLines(42, 40, InputMode.MIXED).lines().toList();
        assertThat(lines).hasSize(40);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode pair = JSON.readTree(lines.get(i));
            assertThat(pair.properties()).extracting(e -> e.getKey()).containsExactly("id", "old", "new");
            assertThat(pair.get("id").isIntegralNumber()).isTrue();
            assertThat(pair.get("id").asLong()).isEqualTo(i);
            for (String side : List.of("old", "new")) {
                JsonNode version = pair.get(side);
                if (i % 2 == 0) {
                    assertThat(version.isTextual()).as("even ids are texts").isTrue();
                    assertThat(version.asText()).contains("\n\n").doesNotContain("&rsquo;", "&mdash;");
                } else {
                    assertThat(version.isArray()).as("odd ids are sentence arrays").isTrue();
                    assertThat(version.size()).isGreaterThan(SENTENCES / 2);
                    version.forEach(s -> assertThat(s.isTextual() && !s.asText().isBlank()).isTrue());
                }
            }
        }
    }

    @Test
    void text_and_sentence_modes_write_the_same_articles() throws IOException {
        JsonNode asText = JSON.readTree(jsonLines(5, 1, InputMode.TEXT).strip());
        JsonNode asSentences = JSON.readTree(jsonLines(5, 1, InputMode.SENTENCES).strip());
        StringBuilder joined = new StringBuilder();
        asSentences.get("old").forEach(s -> joined.append(s.asText()).append(' '));
        assertThat(asText.get("old").asText().replaceAll("\\s+", " ")).isEqualTo(joined.toString().strip());
    }

    @Test
    void the_edit_mix_over_500_pairs_looks_like_news_updates() {
        PairGenerator generator = generator(42);
        List<PairGenerator.VersionPair> pairs = LongStream.range(0, 500).mapToObj(generator::pair).toList();
        EditLog total = pairs.stream().map(PairGenerator.VersionPair::log).reduce(EditLog.UNTOUCHED, EditLog::plus);
        long untouched = pairs.stream().filter(p -> p.log().untouched()).count();
        assertThat(untouched).as("untouched pairs").isBetween(50L, 100L);
        pairs.stream().filter(p -> p.log().untouched()).forEach(p -> assertThat(p.revised()).isEqualTo(p.old()));
        pairs.stream().filter(p -> !p.log().untouched())
                .forEach(p -> assertThat(p.revised()).isNotEqualTo(p.old()));
        assertThat(total.paragraphMoves()).as("paragraph moves").isGreaterThan(50);
        assertThat(total.splits()).as("splits").isGreaterThan(25);
        assertThat(total.merges()).as("merges").isGreaterThan(25);
        assertThat(total.ledeRewrites()).as("lede rewrites").isGreaterThan(50);
        assertThat(total.added()).as("added").isGreaterThan(total.deleted());
        assertThat(total.wordEdits()).as("word edits").isGreaterThan(500);

        long oldSentences = 0;
        long survivors = 0;
        for (PairGenerator.VersionPair pair : pairs) {
            Set<String> revised = new HashSet<>(pair.revised().sentences());
            oldSentences += pair.old().sentenceCount();
            survivors += pair.old().sentences().stream().filter(revised::contains).count();
            assertThat(pair.old().sentenceCount()).isBetween(SENTENCES - 3, SENTENCES + 3);
            assertThat(new HashSet<>(pair.old().sentences())).as("no repeated sentence").hasSize(pair.old().sentenceCount());
            assertThat(pair.old().paragraphs()).allSatisfy(p -> assertThat(p).hasSizeBetween(1, 3));
        }
        assertThat((double) survivors / oldSentences).as("old sentences kept verbatim").isBetween(0.75, 0.97);
    }

    @Test
    void articles_start_with_a_dateline_lede_and_decode_entities() {
        PairGenerator.VersionPair pair = generator(1).pair(3);
        assertThat(pair.old().sentences().get(0)).startsWith("MARLOW, England \u2014 ");
        assertThat(String.join(" ", pair.old().sentences())).doesNotContain("&");
    }

    @Test
    void articles_shrink_to_what_a_small_pool_can_supply() {
        SentencePool tiny = SentencePool.fromTexts(List.of(
                "One sentence is here. Two sentences are here.\nThree sentences now. Four of them exist.\n"
                        + "Five is a number. Six is another one."));
        PairGenerator generator = new PairGenerator(tiny, EditRates.NEWS, 1, 40);
        assertThat(generator.pair(0).old().sentenceCount()).isLessThanOrEqualTo(4);
    }

    @Test
    void bad_arguments_are_rejected_with_the_value() {
        assertThatThrownBy(() -> PairGenerator.run(new String[] {"--pairs", "many"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'many'");
        assertThatThrownBy(() -> PairGenerator.run(new String[] {"--mode", "html"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'html'");
        assertThatThrownBy(() -> PairGenerator.run(new String[] {"--samples", "no/such/dir"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no/such/dir");
    }

    @Test
    void json_strings_are_escaped() throws IOException {
        StringWriter out = new StringWriter();
        String tricky = "He said \"no\" \\ then\tleft\n\u0001 \u201Cok\u201D";
        JsonLines.writeString(out, tricky);
        assertThat(JSON.readTree(out.toString()).asText()).isEqualTo(tricky);
    }
}
