package dev.palimpsest.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SegmentationEvalCommandTest {

    /** The golden-rule copies kept with core's tests (MIT; see their README). */
    private static final Path FIXTURES = Path.of("../core/src/test/resources/segmentation");

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new SegmentationEvalCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    private void copyGoldenRules() throws IOException {
        Path rules = Files.createDirectories(data.resolve("golden-rules-en"));
        for (String name : new String[] {"pragmatic_segmenter_golden_rules_en.jsonl", "pysbd_golden_rules_en.jsonl"}) {
            Files.copy(FIXTURES.resolve(name), rules.resolve(name));
        }
    }

    @Test
    void scores_the_golden_rules_next_to_the_published_numbers() throws IOException {
        copyGoldenRules();

        assertThat(run("--data", data.toString())).isZero();

        String report = out.toString();
        assertThat(report).contains("Pragmatic Segmenter golden rules (English): 52 cases")
                .contains("pySBD golden rules (English): 48 cases")
                .contains("52/52").contains("48/48")
                .contains("Pragmatic Segmenter (published)").contains("98.08%")
                .contains("NLTK Punkt (published)").contains("46.15%")
                .contains("pySBD (published)").contains("97.92%").contains("spaCy (published)").contains("52–54%")
                .contains("Pragmatic Segmenter spec extras: skipped (not found)")
                .contains("GUM news sentence spans: skipped (not found)")
                .contains("Pragmatic Segmenter golden rules (English): none");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void lists_failed_rules_with_expected_and_actual_and_scores_spans() throws IOException {
        Path rules = Files.createDirectories(data.resolve("golden-rules-en"));
        Files.writeString(rules.resolve("pysbd_golden_rules_en.jsonl"),
                "{\"id\": 1, \"rule\": \"Simple\", \"text\": \"Hello World. My name is Jonas.\", "
                        + "\"expected\": [\"Hello World.\", \"My name is Jonas.\"]}\n"
                        + "{\"id\": 2, \"rule\": \"Kept whole\", \"text\": \"One. Two.\", \"expected\": [\"One. Two.\"]}\n");
        Path gum = Files.createDirectories(data.resolve("gum-news"));
        Files.writeString(gum.resolve("gum_news_sbd.jsonl"),
                "{\"doc_id\": \"toy\", \"text\": \"Headline\\n\\nThe first sentence. The second one.\", "
                        + "\"sentence_spans\": [[0, 8], [10, 29], [30, 45]]}\n");

        assertThat(run("--data", data.toString())).isZero();

        String report = out.toString();
        assertThat(report).contains("pySBD golden rules (English): 2 cases").contains("1/2")
                .contains("Pragmatic Segmenter golden rules (English): skipped (not found)")
                .contains("    #2 Kept whole")
                .contains("      expected: [\"One. Two.\"]")
                .contains("      actual:   [\"One.\", \"Two.\"]")
                .contains("GUM news sentence spans (CC BY-NC-SA 4.0): 1 documents, 3 gold sentences")
                .contains("P 1.0000  R 1.0000  F1 1.0000   (3 correct of 3 predicted)");
    }

    @Test
    void a_missing_data_folder_is_one_line_on_stderr_and_exit_code_2() {
        assertThat(run("--data", data.resolve("nowhere").toString())).isEqualTo(2);

        assertThat(err.toString().strip()).startsWith("segmentation data folder not found:").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_malformed_rule_file_is_reported_with_exit_code_2() throws IOException {
        Path rules = Files.createDirectories(data.resolve("golden-rules-en"));
        Files.writeString(rules.resolve("pysbd_golden_rules_en.jsonl"), "{\"id\": 1, \"expected\": []}\n");

        assertThat(run("--data", data.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("pysbd_golden_rules_en.jsonl line 1: no \"text\"");
    }
}
