package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aligns_texts_and_sentence_arrays_in_input_order() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            if (i % 2 == 0) {
                in.append("{\"id\": ").append(i).append(", \"old\": \"One. Two number ").append(i)
                        .append(".\", \"new\": \"One. Two number ").append(i + 1).append(".\"}\n");
            } else {
                in.append("{\"id\": \"p").append(i).append("\", \"old\": [\"A b. c\", \"D\"], \"new\": [\"D\", \"A b. c\", \"E\"]}\n");
            }
        }
        Path input = Files.writeString(dir.resolve("in.jsonl"), in);
        Path output = dir.resolve("out.jsonl");
        CliRunner.Result r = CliRunner.run("align", "--input", input.toString(), "--output", output.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(100);
        for (int i = 0; i < 100; i++) {
            JsonNode json = MAPPER.readTree(lines.get(i));
            if (i % 2 == 0) {
                assertThat(json.get("id").asInt()).isEqualTo(i);
                assertThat(json.get("summary").get("unchanged").asInt()).isEqualTo(1);
                assertThat(json.get("summary").get("edited").asInt()).isEqualTo(1);
            } else {
                assertThat(json.get("id").asText()).isEqualTo("p" + i);
                assertThat(json.get("old").get("sentences").get(0).get("text").asText()).isEqualTo("A b. c");
                assertThat(json.get("summary").get("added").asInt()).isEqualTo(1);
                assertThat(json.get("summary").get("moved").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void bad_lines_are_reported_with_their_number_and_skipped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": 1, \"old\": \"A.\", \"new\": \"B.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{not json\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": 3, \"old\": \"A.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 'o', '"', ':', (byte) 0xC3, '(', '}', '\n'});
        bytes.writeBytes("{\"id\": 5, \"old\": 7, \"new\": \"B.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("\n{\"id\": 7, \"old\": [\"A.\"], \"new\": [\"A.\"]}\n".getBytes(StandardCharsets.UTF_8));
        Path input = Files.write(dir.resolve("in.jsonl"), bytes.toByteArray());
        Path output = dir.resolve("out.jsonl");
        CliRunner.Result r = CliRunner.run("align", "--input", input.toString(), "--output", output.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err())
                .contains(input + ":2: malformed JSON")
                .contains(input + ":3: missing \"new\"")
                .contains(input + ":4: is not valid UTF-8")
                .contains(input + ":5: \"old\" must be a text or an array of strings")
                .contains("4 of 6 lines skipped");
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(2);
        assertThat(MAPPER.readTree(lines.get(0)).get("id").asInt()).isEqualTo(1);
        assertThat(MAPPER.readTree(lines.get(1)).get("id").asInt()).isEqualTo(7);
    }

    @Test
    void missing_input_is_a_usage_error() {
        CliRunner.Result r = CliRunner.run("align", "--input", dir.resolve("none.jsonl").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("none.jsonl: no such file");
    }
}
