package dev.palimpsest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentencePoolTest {

    @Test
    void entities_are_decoded() {
        assertThat(Entities.decode("TRIPOLI &mdash; Qaddafi&rsquo;s &ldquo;envoy&rdquo; &amp; co&#46; &#x2019; &bogus;"))
                .isEqualTo("TRIPOLI \u2014 Qaddafi\u2019s \u201Cenvoy\u201D & co. \u2019 &bogus;");
    }

    @Test
    void the_splitter_keeps_abbreviations_and_initials_together() {
        assertThat(NewsSentenceSplitter.split(
                "He placed Mr. Koussa second after Col. Muammar el-Qaddafi. C. J. Chivers reported. "
                        + "\u201CWe will remain here.\u201D He left at 2 a.m. Friday? Yes!"))
                .containsExactly("He placed Mr. Koussa second after Col. Muammar el-Qaddafi.",
                        "C. J. Chivers reported.", "\u201CWe will remain here.\u201D", "He left at 2 a.m. Friday?", "Yes!");
    }

    @Test
    void near_duplicate_versions_of_a_sentence_share_a_group() {
        SentencePool pool = SentencePool.fromTexts(List.of(
                "The rebels fled toward the strategic city of Ajdabiya on Wednesday night.\nCompletely unrelated words here today.",
                "The rebels fled toward the strategic city of Ajdabiya on Thursday night."));
        assertThat(pool.size()).isEqualTo(3);
        assertThat(pool.group(0)).isEqualTo(pool.group(2)).isNotEqualTo(pool.group(1));
        assertThat(pool.paragraphs().get(0).lede()).isTrue();
        assertThat(pool.paragraphs().get(1).lede()).isFalse();
    }

    @Test
    void word_edits_always_change_the_sentence() {
        Random rnd = new Random(3);
        String sentence = "The official, a former ambassador, said 270 people were killed on Thursday.";
        for (int i = 0; i < 200; i++) {
            assertThat(WordEdits.edit(sentence, rnd)).isNotEqualTo(sentence);
        }
        assertThat(WordEdits.edit("Quiet.", rnd)).isNotEqualTo("Quiet.");
    }

    @Test
    void split_and_merge_work_on_clause_boundaries() {
        assertThat(WordEdits.split("Rescue crews in small boats moved from street to street through the night, "
                + "and volunteers handed out blankets at the shelter."))
                .contains(List.of("Rescue crews in small boats moved from street to street through the night.",
                        "Volunteers handed out blankets at the shelter."));
        assertThat(WordEdits.split("Too short, and plain.")).isEmpty();
        assertThat(WordEdits.merge("The river peaked on Wednesday.", "The water began to recede."))
                .hasValueSatisfying(m -> assertThat(m).matches("The river peaked on Wednesday(, and|;) the water began to recede\\."));
        assertThat(WordEdits.merge("He said \u201Cno.\u201D", "Then he left.")).isEmpty();
    }

    @Test
    void datelines_are_recognised() {
        assertThat(WordEdits.dateline("BREGA, Libya \u2014 As rebel forces regrouped.")).isEqualTo("BREGA, Libya \u2014 ");
        assertThat(WordEdits.dateline("The rebels regrouped.")).isEmpty();
    }
}
