package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommandTest {

    @TempDir
    Path heap;

    @Test
    void groups_the_sample_versions_with_an_unrelated_story_apart() throws Exception {
        Path sample = Path.of(GroupCommandTest.class.getResource("/history/libya-2011").toURI());
        Files.copy(sample.resolve("000_ed93c6f79b7e7cd8.txt"), heap.resolve("x1.txt"));
        Files.copy(sample.resolve("002_12d0a6ac5ab71e0b.txt"), heap.resolve("x2.txt"));
        Files.copy(sample.resolve("001_a28352500c04e153.txt"), heap.resolve("x3.txt"));
        Files.writeString(heap.resolve("other.txt"), "WASHINGTON — The Senate passed a spending bill on Friday after a "
                + "long debate over military aid.\n\nLawmakers said the vote was close. The House will take it up next week.");
        Files.write(heap.resolve("broken.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        CliRunner.Result r = CliRunner.run("group", heap.toString(), "--format", "json");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("broken.txt").contains("1 of 5 files skipped");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("snapshots").asInt()).isEqualTo(4);
        assertThat(json.get("articles")).hasSize(2);
        JsonNode libya = null;
        for (JsonNode a : json.get("articles")) {
            if (a.get("versions").size() == 3) {
                libya = a;
            }
        }
        assertThat(libya).isNotNull();
        assertThat(libya.get("versions").get(0).asText()).endsWith("x2.txt");
        assertThat(libya.get("versions").get(1).asText()).endsWith("x3.txt");
        assertThat(libya.get("versions").get(2).asText()).endsWith("x1.txt");
        assertThat(libya.get("order").asText()).isEqualTo("similarity");
        assertThat(libya.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void text_output_lists_each_article() throws Exception {
        Files.writeString(heap.resolve("a.txt"), "Only one snapshot of a story about fishing quotas in the North Sea.");
        CliRunner.Result r = CliRunner.run("group", heap.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 snapshots in 1 article").contains("Article 1: 1 version");
    }
}
