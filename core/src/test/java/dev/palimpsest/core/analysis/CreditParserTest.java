package dev.palimpsest.core.analysis;

import static dev.palimpsest.core.analysis.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditParserTest {

    private final CreditParser parser = CreditParser.standard();

    @Test
    void reads_reporters_and_skips_the_places_they_reported_from() {
        assertThat(parser.names("C. J. Chivers reported from Brega and Ajdabiya, Libya, and Marlise Simons from Paris."))
                .containsExactly("C. J. Chivers", "Marlise Simons");
    }

    @Test
    void reads_contributors_joined_by_and_and_listed_after_semicolons() {
        assertThat(parser.names("David E. Sanger contributed reporting from Washington; Kareem Fahim from Benghazi, "
                + "Libya; and Alan Cowell and Marlise Simons contributed reporting from Paris."))
                .containsExactly("David E. Sanger", "Kareem Fahim", "Alan Cowell", "Marlise Simons");
    }

    @Test
    void reads_names_listed_after_by() {
        assertThat(parser.names("By David D. Kirkpatrick, Alan Cowell and C. J. Chivers"))
                .containsExactly("David D. Kirkpatrick", "Alan Cowell", "C. J. Chivers");
    }

    @Test
    void reads_the_credit_line_and_the_byline_of_a_document() {
        var document = doc("By David D. Kirkpatrick\n\nRebels fled.\n\nMore fighting.\n\n"
                + "David D. Kirkpatrick reported from Tripoli, and C. J. Chivers from Ajdabiya, Libya.");

        assertThat(parser.byline(document)).containsExactly("David D. Kirkpatrick");
        assertThat(parser.reporters(document)).containsExactly("David D. Kirkpatrick", "C. J. Chivers");
    }
}
