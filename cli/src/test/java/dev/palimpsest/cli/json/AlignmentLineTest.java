package dev.palimpsest.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.align.Aligner;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.document.DocumentParser;
import dev.palimpsest.core.text.InputFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written batch line must be exactly the UTF-8 of what the Jackson writer of the same shape gives. */
class AlignmentLineTest {

    private static final DocumentParser PARSER = DocumentParser.standard();
    private static final Aligner ALIGNER = Aligner.standard();

    // Words with everything JSON escaping cares about: quotes, backslashes, every control
    // character, DEL, non-ASCII, a pair of surrogates and lone ones, line separators.
    private static final String[] WORDS = {"The", "minister", "said", "“quoted”", "\"plain\"", "back\\slash",
        "tab\there", "line\nbreak", "cr\rlf", "bell\u0007", "nul\u0000", "esc\u001B", "del\u007F", "\b\f",
        "café", "Qaddafi’s", "—", "emoji\uD83D\uDE00", "lone\uD800", "\uDC00lone", "sep\u2028", "42", "3.5%", "/"};

    @Test
    void generated_alignments_are_written_exactly_as_the_jackson_writer_writes_them() throws IOException {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            List<String> old = sentences(random);
            List<String> revised = revise(old, random);
            assertSameJson(PARSER.fromSentences(old), PARSER.fromSentences(revised));
        }
    }

    @Test
    void the_bundled_kind_of_text_is_written_the_same_too() throws IOException {
        String old = "BREGA, Libya — Libya’s foreign minister defected.\n\nHe said “no” &amp; left.";
        String revised = "TRIPOLI, Libya — The foreign minister defected on Wednesday.\n\nHe said “no” &amp; left.";
        assertSameJson(PARSER.parse(old, InputFormat.TEXT), PARSER.parse(revised, InputFormat.TEXT));
    }

    private static void assertSameJson(Document oldDoc, Document newDoc) throws IOException {
        Alignment alignment = ALIGNER.align(oldDoc.sentenceTexts(), newDoc.sentenceTexts());
        StringWriter jackson = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(jackson)) {
            AlignmentJson.writeDiff(g, oldDoc, newDoc, alignment);
        }
        JsonBytes line = new JsonBytes().literal('{');
        AlignmentLine.writeFields(line, oldDoc, newDoc, alignment);
        line.literal('}');
        // What a UTF-8 writer makes of Jackson's text: lone surrogates become '?'.
        assertThat(line.toByteArray()).isEqualTo(jackson.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(new ObjectMapper().readTree(line.toByteArray()).get("edits")).isNotNull();
    }

    private static List<String> sentences(Random random) {
        List<String> sentences = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int words = 1 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                s.append(w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
            }
            sentences.add(s.append('.').toString());
        }
        return sentences;
    }

    // Some sentences kept, some edited by a word, some dropped, some new: every kind of edit.
    private static List<String> revise(List<String> old, Random random) {
        List<String> revised = new ArrayList<>();
        for (String s : old) {
            switch (random.nextInt(4)) {
                case 0 -> revised.add(s);
                case 1 -> revised.add(WORDS[random.nextInt(WORDS.length)] + " " + s);
                case 2 -> { }
                default -> {
                    revised.add(s);
                    revised.addAll(sentences(random));
                }
            }
        }
        if (random.nextBoolean() && revised.size() > 1) {
            revised.add(revised.remove(0)); // a move
        }
        return revised;
    }
}
