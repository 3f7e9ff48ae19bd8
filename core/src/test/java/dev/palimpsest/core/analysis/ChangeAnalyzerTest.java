package dev.palimpsest.core.analysis;

import static dev.palimpsest.core.analysis.Docs.align;
import static dev.palimpsest.core.analysis.Docs.analyze;
import static dev.palimpsest.core.analysis.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordDiff;
import dev.palimpsest.core.document.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeAnalyzerTest {

    private static final String LEDE = "BREGA, Libya — Rebels retreated from the oil town on Wednesday as government forces advanced.";
    private static final String KILLED = "The fighting killed 30 people, hospital officials said. Foreign Minister Moussa Koussa flew to London.";
    private static final String QUOTE = "“We will not give up,” said Mustafa Gheriani, a rebel spokesman.";
    private static final String CREDIT = "C. J. Chivers reported from Brega, Libya.";

    private static String story(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static final String OLD = story(LEDE, KILLED, QUOTE, CREDIT);

    @Test
    void an_unchanged_article_yields_no_changes() {
        assertThat(analyze(OLD, OLD).changes()).isEmpty();
    }

    @Test
    void reports_a_dateline_move_with_the_sentences_that_carry_it() {
        ChangeSummary summary = analyze(OLD, story(LEDE.replace("BREGA", "TRIPOLI"), KILLED, QUOTE, CREDIT));

        assertThat(summary.changes()).containsExactly(new Change.DatelineChanged(
                Optional.of("BREGA, Libya"), Optional.of("TRIPOLI, Libya"), List.of(0), List.of(0)));
        assertThat(summary.describe()).containsExactly("Dateline changed: BREGA, Libya → TRIPOLI, Libya");
    }

    @Test
    void reports_a_rewritten_lede_with_its_share_of_new_words() {
        String newLede = "BREGA, Libya — Anxiety seized the government in Tripoli on Thursday after a second defection.";
        ChangeSummary summary = analyze(OLD, story(newLede, KILLED, QUOTE, CREDIT));

        assertThat(summary.ofType(Change.LedeRewritten.class)).singleElement().satisfies(lede -> {
            assertThat(lede.newShare()).isGreaterThan(0.5);
            assertThat(lede.oldSentences()).containsExactly(0);
            assertThat(lede.newSentences()).containsExactly(0);
        });
        assertThat(summary.describe()).anyMatch(line -> line.startsWith("Lede rewritten: "));
    }

    @Test
    void a_touched_up_lede_is_not_a_rewrite() {
        String newLede = LEDE.replace("advanced.", "advanced quickly.");

        assertThat(analyze(OLD, story(newLede, KILLED, QUOTE, CREDIT)).ofType(Change.LedeRewritten.class)).isEmpty();
    }

    @Test
    void a_moved_paragraph_is_not_a_lede_rewrite() {
        Document older = doc(OLD);
        Document newer = doc(story(LEDE, QUOTE, KILLED, CREDIT));
        // old: 0 lede, 1-2 killed paragraph, 3 quote, 4 credit; new: 0 lede, 1 quote, 2-3 killed, 4 credit
        ChangeSummary summary = ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer),
                align(older, newer, new int[] {0, 0}, new int[] {3, 1}, new int[] {1, 2}, new int[] {2, 3},
                        new int[] {4, 4}));

        assertThat(summary.changes()).isEmpty();
    }

    @Test
    void reports_a_new_quote_with_its_speaker_and_sentence() {
        String added = "“He is the right hand of the regime,” said Ali Aujali, a former ambassador.";
        Document older = doc(OLD);
        Document newer = doc(story(LEDE, KILLED, QUOTE, added, CREDIT));
        ChangeSummary summary = ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer),
                align(older, newer, new int[] {0, 0}, new int[] {1, 1}, new int[] {2, 2}, new int[] {3, 3},
                        new int[] {4, 5}));

        assertThat(summary.ofType(Change.QuoteAdded.class)).containsExactly(new Change.QuoteAdded(
                "He is the right hand of the regime", Optional.of("Ali Aujali"), List.of(4)));
        assertThat(summary.describe()).contains("New quote from Ali Aujali: “He is the right hand of the regime”");
    }

    @Test
    void reports_a_removed_quote() {
        Document older = doc(OLD);
        Document newer = doc(story(LEDE, KILLED, CREDIT));
        ChangeSummary summary = ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer),
                align(older, newer, new int[] {0, 0}, new int[] {1, 1}, new int[] {2, 2}, new int[] {4, 3}));

        assertThat(summary.ofType(Change.QuoteRemoved.class)).containsExactly(new Change.QuoteRemoved(
                "We will not give up", Optional.of("Mustafa Gheriani"), List.of(3)));
    }

    @Test
    void reports_an_altered_quote_once_not_as_removed_and_added() {
        ChangeSummary summary = analyze(OLD, story(LEDE, KILLED, QUOTE.replace("not", "never"), CREDIT));

        assertThat(summary.changes()).containsExactly(new Change.QuoteAltered("We will not give up",
                "We will never give up", Optional.of("Mustafa Gheriani"), List.of(3), List.of(3)));
    }

    @Test
    void reports_a_changed_number_old_to_new_in_context() {
        ChangeSummary summary = analyze(OLD, story(LEDE, KILLED.replace("30", "42"), QUOTE, CREDIT));

        assertThat(summary.changes()).containsExactly(new Change.NumberChanged("30", "42", NumberKind.COUNT,
                "The fighting killed 42 people, hospital officials said.", 1, 1));
        assertThat(summary.describe()).containsExactly(
                "Number changed: 30 → 42 (“The fighting killed 42 people, hospital officials said.”)");
    }

    @Test
    void a_number_changed_in_a_split_sentence_points_at_the_new_sentence_that_has_it() {
        Document older = doc(story(LEDE, "The fighting killed 30 people and wounded 50 others in Brega.", CREDIT));
        Document newer = doc(story(LEDE, "The fighting killed 30 people. It wounded 65 others in Brega.", CREDIT));
        Alignment alignment = new Alignment(3, 4, List.of(new Edit.Unchanged(0, 0, false, WordDiff.EMPTY),
                Docs.split(older, newer, 1, 1, 2), new Edit.Unchanged(2, 3, false, WordDiff.EMPTY)));

        ChangeSummary summary = ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer), alignment);

        assertThat(summary.changes()).containsExactly(new Change.NumberChanged(
                "50", "65", NumberKind.COUNT, "It wounded 65 others in Brega.", 1, 2));
    }

    @Test
    void a_lede_split_in_two_without_new_words_is_not_a_rewrite() {
        String old = story("BREGA, Libya — Rebels retreated on Wednesday as government forces advanced.", KILLED, CREDIT);
        String changed = story("BREGA, Libya — Rebels retreated on Wednesday. Government forces advanced.", KILLED, CREDIT);
        Document older = doc(old);
        Document newer = doc(changed);
        Alignment alignment = new Alignment(4, 5, List.of(Docs.split(older, newer, 0, 0, 1),
                new Edit.Unchanged(1, 2, false, WordDiff.EMPTY), new Edit.Unchanged(2, 3, false, WordDiff.EMPTY),
                new Edit.Unchanged(3, 4, false, WordDiff.EMPTY)));

        assertThat(ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer), alignment)
                .ofType(Change.LedeRewritten.class)).isEmpty();
    }

    @Test
    void a_rewritten_clause_is_not_read_as_changed_figures() {
        String old = story(LEDE, "The fighting killed 30 people, officials at the main hospital in the town said.", CREDIT);
        String changed = story(LEDE, "Doctors, who asked not to be named for fear of reprisals, counted 12 bodies.", CREDIT);

        assertThat(analyze(old, changed).ofType(Change.NumberChanged.class)).isEmpty();
    }

    @Test
    void the_same_number_in_words_is_no_change() {
        String old = story(LEDE, "The fighting killed three people.", CREDIT);
        String changed = story(LEDE, "The fighting killed 3 people.", CREDIT);

        assertThat(analyze(old, changed).ofType(Change.NumberChanged.class)).isEmpty();
    }

    @Test
    void numbers_of_added_sentences_are_not_number_changes() {
        Document older = doc(OLD);
        Document newer = doc(story(LEDE, KILLED, "Another 42 were wounded.", QUOTE, CREDIT));
        ChangeSummary summary = ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer),
                align(older, newer, new int[] {0, 0}, new int[] {1, 1}, new int[] {2, 2}, new int[] {3, 4},
                        new int[] {4, 5}));

        assertThat(summary.ofType(Change.NumberChanged.class)).isEmpty();
    }

    @Test
    void reports_places_and_people_that_appear_or_disappear_across_the_whole_article() {
        ChangeSummary summary = analyze(OLD, story(LEDE, KILLED.replace("London", "Paris"), QUOTE, CREDIT));

        assertThat(summary.ofType(Change.EntityAppeared.class))
                .containsExactly(new Change.EntityAppeared("Paris", EntityKind.PLACE, List.of(2)));
        assertThat(summary.ofType(Change.EntityDisappeared.class))
                .containsExactly(new Change.EntityDisappeared("London", EntityKind.PLACE, List.of(2)));
        assertThat(summary.describe()).contains("Newly mentioned place: Paris", "No longer mentioned place: London");
    }

    @Test
    void a_short_form_of_a_name_already_there_is_no_new_entity() {
        String shortForm = KILLED.replace("Foreign Minister Moussa Koussa", "Mr. Koussa");

        assertThat(analyze(story(LEDE, KILLED, QUOTE, CREDIT), story(LEDE, shortForm, QUOTE, CREDIT))
                .ofType(Change.EntityDisappeared.class)).isEmpty();
    }

    @Test
    void reports_a_correction_that_appeared() {
        String correction = "An earlier version of this article misstated the number of dead.";
        Document older = doc(OLD);
        Document newer = doc(story(LEDE, KILLED, QUOTE, CREDIT, correction));
        ChangeSummary summary = ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer),
                align(older, newer, new int[] {0, 0}, new int[] {1, 1}, new int[] {2, 2}, new int[] {3, 3},
                        new int[] {4, 4}));

        assertThat(summary.changes()).containsExactly(new Change.CorrectionAdded(correction, List.of(5)));
    }

    @Test
    void reports_reporters_added_to_the_credits_without_calling_them_new_entities() {
        String credit = "C. J. Chivers reported from Brega, Libya, and Marlise Simons from Paris.";
        ChangeSummary summary = analyze(OLD, story(LEDE, KILLED, QUOTE, credit));

        assertThat(summary.changes()).containsExactly(new Change.CreditChanged(
                List.of("Marlise Simons"), List.of(), List.of(4), List.of(4)));
        assertThat(summary.describe()).containsExactly("Credits changed: added Marlise Simons");
    }

    @Test
    void reports_names_added_to_the_byline() {
        String old = story("By David D. Kirkpatrick", LEDE, KILLED, QUOTE, CREDIT);
        String changed = story("By David D. Kirkpatrick and Alan Cowell", LEDE, KILLED, QUOTE, CREDIT);

        assertThat(analyze(old, changed).changes()).containsExactly(new Change.BylineChanged(
                List.of("Alan Cowell"), List.of(), List.of(0), List.of(0)));
    }

    @Test
    void reports_a_changed_headline_only_when_both_titles_are_known() {
        Document d = doc(OLD);
        var alignment = Docs.alignInOrder(d, d);

        assertThat(ChangeAnalyzer.standard().analyze(VersionText.of(d, "Libyan Minister Defects"),
                VersionText.of(d, "Anxiety Grips Tripoli"), alignment).changes())
                .containsExactly(new Change.HeadlineChanged("Libyan Minister Defects", "Anxiety Grips Tripoli"));
        assertThat(ChangeAnalyzer.standard().analyze(VersionText.of(d), VersionText.of(d, "Anxiety Grips Tripoli"),
                alignment).changes()).isEmpty();
    }

    @Test
    void every_change_but_a_headline_carries_sentence_evidence() {
        String changed = story(LEDE.replace("BREGA", "TRIPOLI").replace("Rebels retreated", "Anxiety spread"),
                KILLED.replace("30", "42").replace("London", "Paris"), QUOTE.replace("not", "never"),
                "C. J. Chivers reported from Brega, Libya, and Marlise Simons from Paris.");
        ChangeSummary summary = analyze(OLD, changed);

        assertThat(summary.changes()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(summary.changes()).allSatisfy(change ->
                assertThat(change.oldSentences().size() + change.newSentences().size()).isPositive());
    }

    @Test
    void survives_serialization_for_batch_jobs() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ChangeAnalyzer.standard());
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isSameAs(ChangeAnalyzer.standard());
        }
    }

    @Test
    void refuses_an_alignment_of_other_documents() {
        Document older = doc(OLD);
        Document newer = doc(story(LEDE, CREDIT));

        assertThatThrownBy(() -> ChangeAnalyzer.standard().analyze(VersionText.of(older), VersionText.of(newer),
                Docs.alignInOrder(older, older)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
    }
}
