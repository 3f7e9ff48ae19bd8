package dev.palimpsest.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.segment.NewsSentenceSplitter;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.Normalizer;
import dev.palimpsest.core.text.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The list, on the project's sample: three versions of one 2011 Libya story, with the real splitter and aligner. */
class LibyaSampleChangesTest {

    private static final DocumentParser PARSER =
            new DocumentParser(Normalizer.standard(), NewsSentenceSplitter.create(), DocumentParser.DEFAULT_MAX_CHARS);

    private static final Document OLDEST = load("002_12d0a6ac5ab71e0b.txt");
    private static final Document MIDDLE = load("001_a28352500c04e153.txt");
    private static final Document NEWEST = load("000_ed93c6f79b7e7cd8.txt");

    private static final ChangeSummary FIRST = analyze(OLDEST, MIDDLE);
    private static final ChangeSummary SECOND = analyze(MIDDLE, NEWEST);

    private static Document load(String name) {
        try (InputStream in = LibyaSampleChangesTest.class.getResourceAsStream("/analysis/libya-2011/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return PARSER.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChangeSummary analyze(Document older, Document newer) {
        return ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer),
                Aligner.standard().align(older.sentenceTexts(), newer.sentenceTexts()));
    }

    private static String text(Document document, List<Integer> sentences) {
        return sentences.stream().map(i -> document.sentences().get(i)).map(Sentence::text)
                .collect(Collectors.joining(" "));
    }

    @Test
    void the_dateline_moves_from_brega_to_tripoli_in_the_last_version() {
        assertThat(FIRST.ofType(Change.DatelineChanged.class)).isEmpty();
        assertThat(SECOND.ofType(Change.DatelineChanged.class)).singleElement().satisfies(d -> {
            assertThat(d.describe()).isEqualTo("Dateline changed: BREGA, Libya → TRIPOLI, Libya");
            assertThat(text(NEWEST, d.newSentences())).startsWith("TRIPOLI, Libya —");
            assertThat(text(MIDDLE, d.oldSentences())).startsWith("BREGA, Libya —");
        });
    }

    @Test
    void the_lede_is_rewritten_twice() {
        assertThat(FIRST.ofType(Change.LedeRewritten.class)).singleElement().satisfies(lede -> {
            assertThat(lede.newShare()).isGreaterThan(0.8);
            assertThat(text(MIDDLE, lede.newSentences())).contains("began a cautious regrouping");
            assertThat(text(OLDEST, lede.oldSentences())).contains("foreign minister defected to Britain");
        });
        assertThat(SECOND.ofType(Change.LedeRewritten.class)).singleElement().satisfies(lede ->
                assertThat(text(NEWEST, lede.newSentences())).contains("Anxiety seized the Qaddafi government"));
    }

    @Test
    void the_last_version_quotes_tommy_vietor_and_ali_aujali() {
        List<Change.QuoteAdded> added = SECOND.ofType(Change.QuoteAdded.class);

        assertThat(added).filteredOn(q -> q.speaker().equals(Optional.of("Tommy Vietor"))).singleElement()
                .satisfies(q -> {
                    assertThat(q.quote()).contains("which way the wind is blowing in Tripoli");
                    assertThat(text(NEWEST, q.newSentences())).contains(q.quote());
                });
        assertThat(added).filteredOn(q -> q.speaker().equals(Optional.of("Ali Aujali"))).singleElement()
                .satisfies(q -> assertThat(q.quote()).isEqualTo("He is the right hand and the left hand of the regime"));
    }

    @Test
    void quotes_kept_across_versions_are_not_reported() {
        assertThat(SECOND.changes()).noneMatch(c -> c.describe().contains("He is voluntarily talking"));
        assertThat(FIRST.changes()).noneMatch(c -> c.describe().contains("dissolved like snow in the sand"));
    }

    @Test
    void the_last_version_names_ali_abdussalam_el_treki_and_abdullah_senussi() {
        assertThat(SECOND.ofType(Change.EntityAppeared.class))
                .filteredOn(e -> e.kind() == EntityKind.PERSON)
                .extracting(Change.EntityAppeared::name)
                .contains("Ali Abdussalam el-Treki", "Abdullah Senussi", "Tommy Vietor", "Ali Aujali");
        assertThat(SECOND.ofType(Change.EntityAppeared.class)).allSatisfy(e -> {
            String lastWord = e.name().substring(e.name().lastIndexOf(' ') + 1);
            assertThat(text(NEWEST, e.newSentences())).contains(lastWord);
        });
    }

    @Test
    void people_named_in_every_version_never_appear_or_disappear() {
        for (ChangeSummary summary : List.of(FIRST, SECOND)) {
            assertThat(summary.describe()).noneMatch(line -> line.contains("Koussa") && line.contains("mentioned"));
            assertThat(summary.describe()).noneMatch(line -> line.contains("Qaddafi") && line.contains("mentioned"));
        }
    }

    @Test
    void marlise_simons_is_added_to_the_credits() {
        assertThat(FIRST.ofType(Change.CreditChanged.class)).singleElement()
                .satisfies(c -> assertThat(c.added()).containsExactly("Alan Cowell", "Steven Erlanger"));
        assertThat(SECOND.ofType(Change.CreditChanged.class)).singleElement().satisfies(c -> {
            assertThat(c.added()).containsExactly("Marlise Simons");
            assertThat(c.removed()).containsExactly("David E. Sanger", "Kareem Fahim", "Edward Wong", "Steven Erlanger");
            assertThat(text(NEWEST, c.newSentences())).contains("Marlise Simons contributed reporting");
        });
    }

    private record Step(ChangeSummary summary, Document older, Document newer) {
    }

    @Test
    void all_evidence_points_at_real_sentences() {
        for (Step step : List.of(new Step(FIRST, OLDEST, MIDDLE), new Step(SECOND, MIDDLE, NEWEST))) {
            int oldSize = step.older().sentences().size();
            int newSize = step.newer().sentences().size();
            assertThat(step.summary().changes()).allSatisfy(c -> {
                assertThat(c.oldSentences().size() + c.newSentences().size()).isPositive();
                assertThat(c.oldSentences()).allMatch(i -> i >= 0 && i < oldSize);
                assertThat(c.newSentences()).allMatch(i -> i >= 0 && i < newSize);
            });
        }
    }
}
