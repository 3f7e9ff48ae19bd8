package dev.palimpsest.core.analysis;

import static dev.palimpsest.core.analysis.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameRecognizerTest {

    private static List<Entity> entities(String text) {
        return NameRecognizer.standard().recognize(doc(text)).all();
    }

    private static List<String> names(String text) {
        return entities(text).stream().map(Entity::name).toList();
    }

    @Test
    void keeps_initials_and_particles_inside_a_name() {
        assertThat(names("Among them were C. J. Chivers, Ali Abdussalam el-Treki and Osama bin Laden."))
                .containsExactly("C. J. Chivers", "Ali Abdussalam el-Treki", "Osama bin Laden");
    }

    @Test
    void a_title_makes_a_person_and_is_not_part_of_the_name() {
        assertThat(entities("The strikes hit forces loyal to Col. Muammar el-Qaddafi on Monday."))
                .extracting(Entity::name, Entity::kind)
                .containsExactly(tuple("Muammar el-Qaddafi", EntityKind.PERSON));
    }

    @Test
    void merges_short_forms_into_the_full_name() {
        List<Entity> found = entities("Foreign Minister Moussa Koussa left Col. Muammar el-Qaddafi. "
                + "Mr. Koussa had served Colonel Qaddafi for decades. Koussa’s move stunned Qaddafi loyalists.");

        assertThat(found).extracting(Entity::name).containsExactly("Moussa Koussa", "Muammar el-Qaddafi");
        assertThat(found.get(0).forms()).containsExactlyInAnyOrder("Moussa Koussa", "Koussa");
        assertThat(found.get(1).sentences()).containsExactly(0, 1, 2);
    }

    @Test
    void a_short_form_of_two_different_names_stays_apart() {
        assertThat(names("Muammar el-Qaddafi and Saif el-Qaddafi spoke. Mr. Qaddafi left."))
                .containsExactly("Muammar el-Qaddafi", "Saif el-Qaddafi", "Qaddafi");
    }

    @Test
    void sentence_initial_the_is_not_a_name() {
        assertThat(names("The rebels retreated. The town fell. They fled.")).isEmpty();
    }

    @Test
    void words_capitalised_only_because_they_open_a_sentence_are_not_names() {
        assertThat(names("Presumably, the talks continue. Leadership was missing. Previously NATO was in command."))
                .containsExactly("NATO");
    }

    @Test
    void a_sentence_opening_name_is_a_name_when_the_article_also_uses_it_mid_sentence() {
        assertThat(names("Ajdabiya was calm. The rebels held Ajdabiya.")).containsExactly("Ajdabiya");
    }

    @Test
    void classifies_places_organisations_and_people() {
        List<Entity> found = entities("In Brussels NATO officials met. The pan-Arab channel Al Jazeera reported it. "
                + "The prosecutor of the International Criminal Court spoke in Farnborough. "
                + "The plane fell over Lockerbie, Scotland. Abdullah Senussi stayed.");

        assertThat(found).extracting(Entity::name, Entity::kind).containsExactly(
                tuple("Brussels", EntityKind.PLACE),
                tuple("NATO", EntityKind.ORGANIZATION),
                tuple("Al Jazeera", EntityKind.ORGANIZATION),
                tuple("International Criminal Court", EntityKind.ORGANIZATION),
                tuple("Farnborough", EntityKind.PLACE),
                tuple("Lockerbie", EntityKind.PLACE),
                tuple("Scotland", EntityKind.PLACE),
                tuple("Abdullah Senussi", EntityKind.PERSON));
    }

    @Test
    void nationalities_days_and_months_are_not_entities() {
        assertThat(names("British and American officials met Libyan rebels on Thursday, March 3.")).isEmpty();
    }

    @Test
    void the_dateline_is_left_to_the_dateline() {
        assertThat(names("TRIPOLI, Libya — Anxiety seized the government.")).isEmpty();
    }

    @Test
    void a_title_after_a_place_starts_a_new_name() {
        assertThat(names("In a speech in London on Thursday Foreign Secretary William Hague spoke."))
                .containsExactly("London", "William Hague");
    }

    @Test
    void credit_lines_are_not_scanned_for_entities() {
        String text = "Rebels fled.\n\nMore fighting.\n\nC. J. Chivers reported from Brega, Libya.";

        assertThat(names(text)).isEmpty();
    }
}
