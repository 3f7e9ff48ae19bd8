package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

    @TempDir
    Path dir;

    @Test
    void prints_one_sentence_per_line_keeping_news_style_intact() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"),
                "BREGA, Libya &mdash; Col. Muammar el-Qaddafi&rsquo;s forces advanced. Mr. Koussa left.\n\n"
                        + "C. J. Chivers reported from Brega, Libya.");
        CliRunner.Result r = CliRunner.run("segment", f.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "BREGA, Libya — Col. Muammar el-Qaddafi’s forces advanced.",
                "Mr. Koussa left.",
                "C. J. Chivers reported from Brega, Libya.");
    }

    @Test
    void json_gives_offsets_into_the_normalized_text_and_the_source() throws IOException {
        String raw = "BREGA, Libya &mdash; Libya&rsquo;s minister left. He flew.\n\nC. J. Chivers reported from Brega.";
        Path f = Files.writeString(dir.resolve("a.txt"), raw);
        CliRunner.Result r = CliRunner.run("segment", f.toString(), "--format", "json");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("dateline").get("place").asText()).isEqualTo("BREGA, Libya");
        JsonNode sentences = json.get("sentences");
        assertThat(sentences).hasSize(3);
        JsonNode first = sentences.get(0);
        assertThat(first.get("text").asText()).isEqualTo("BREGA, Libya — Libya’s minister left.");
        int start = first.get("source").get("start").asInt();
        int end = first.get("source").get("end").asInt();
        assertThat(raw.substring(start, end)).isEqualTo("BREGA, Libya &mdash; Libya&rsquo;s minister left.");
        assertThat(sentences.get(2).get("paragraph").asInt()).isEqualTo(1);
        assertThat(sentences.get(2).get("role").asText()).isEqualTo("credit");
    }
}
