package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass reader must read every line it accepts exactly as the general (Jackson) reader does. */
class PlainLineReaderTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] PIECES = {"The", " ", "minister’s", "“quote”", "\"", "\\", "/", "\n", "\t", "\r",
        "\b", "\f", "\u0001", "\u001F", "é", "—", "\uD83D\uDE00", "\uD800", "\uDFFF", "\u2028", "\uFFFF", "\u0000",
        "42", "Col. Muammar el-Qaddafi.", "</p><p>", "&rsquo;"};

    private final PlainLineReader plain = new PlainLineReader();

    @Test
    void the_usual_lines_are_read_and_read_alike() throws IOException {
        List<String> lines = List.of(
                "{\"id\": 3, \"old\": \"A’s text.\\n\\nNext paragraph.\", \"new\": [\"x\", \"y\"]}",
                "{\"old\":[],\"new\":\"\",\"id\":0}",
                " { \"id\" : 12 , \"old\" : \"\\u201Cquoted\\u201D \\ud83d\\ude00\" , \"new\" : [ \"a\" ] } ",
                "{\"old\": \"a\", \"new\": \"b\", \"old\": \"c\"}",
                "{\"old\": \"a\", \"new\": \"b\"} trailing text is ignored by both");
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(plain.read(bytes)).as(line).isPresent();
            assertReadAlike(bytes);
        }
    }

    @Test
    void anything_unusual_is_left_to_the_general_reader() throws IOException {
        List<byte[]> lines = new ArrayList<>();
        for (String line : List.of("{\"id\": \"s\", \"old\": \"a\", \"new\": \"b\"}", "{\"id\": -1, \"old\": \"a\", \"new\": \"b\"}",
                "{\"id\": 1.5, \"old\": \"a\", \"new\": \"b\"}", "{\"id\": 007, \"old\": \"a\", \"new\": \"b\"}",
                "{\"x\": 1, \"old\": \"a\", \"new\": \"b\"}", "{\"old\": 5, \"new\": \"b\"}", "{\"old\": null, \"new\": \"b\"}",
                "{\"old\": \"a\" \"new\": \"b\"}", "{\"old\": \"raw\ttab\", \"new\": \"b\"}", "{\"old\": \"a\\x\", \"new\": \"b\"}",
                "{\"old\": \"a", "[1, 2]", "", "{\"old\": [\"a\", 1], \"new\": \"b\"}")) {
            lines.add(line.getBytes(StandardCharsets.UTF_8));
        }
        lines.add(new byte[] {'{', '"', 'o', 'l', 'd', '"', ':', '"', (byte) 0xC3, '(', '"', '}'}); // broken UTF-8
        lines.add(new byte[] {'{', '"', 'o', 'l', 'd', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        lines.add(new byte[] {'{', '"', 'o', 'l', 'd', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'}); // overlong
        for (byte[] line : lines) {
            assertThat(plain.read(line)).as(new String(line, StandardCharsets.UTF_8)).isEmpty();
        }
    }

    @Test
    void generated_lines_are_declined_or_read_alike() throws IOException {
        Random random = new Random(11);
        int accepted = 0;
        for (int n = 0; n < 2000; n++) {
            Map<String, Object> pair = Map.of("id", random.nextInt(1_000_000), "old", text(random),
                    "new", random.nextBoolean() ? text(random) : List.of(text(random), text(random)));
            String json = MAPPER.writeValueAsString(pair);
            // As UTF-8 (a lone surrogate becomes '?'), or with \\uXXXX escapes (lone ones kept).
            byte[] line = random.nextInt(4) == 0 ? withEscapedNonAscii(json) : json.getBytes(StandardCharsets.UTF_8);
            accepted += plain.read(line).isPresent() ? 1 : 0;
            assertReadAlike(line);
        }
        assertThat(accepted).isGreaterThan(1000); // the fast path is taken, not just declined
    }

    private void assertReadAlike(byte[] line) throws IOException {
        Optional<AlignInput> fast = plain.read(line);
        if (fast.isEmpty()) {
            return;
        }
        AlignInput general;
        try (JsonParser parser = JSON.createParser(line)) {
            general = AlignInput.read(parser).orElseThrow();
        }
        String what = new String(line, StandardCharsets.UTF_8);
        assertThat(fast.get().old()).as(what).isEqualTo(general.old());
        assertThat(fast.get().now()).as(what).isEqualTo(general.now());
        assertThat(fast.get().id()).as(what).isEqualTo(general.id());
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    // The same JSON with every non-ASCII character written as \\uXXXX, the other common spelling.
    private static byte[] withEscapedNonAscii(String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (char c : json.toCharArray()) {
            String piece = c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c);
            out.writeBytes(piece.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
