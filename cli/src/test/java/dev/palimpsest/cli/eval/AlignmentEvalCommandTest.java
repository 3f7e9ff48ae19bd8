package dev.palimpsest.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AlignmentEvalCommandTest {

    /** The ten-pair ArgRewrite sample kept with core's tests (CC BY 4.0; see its README). */
    private static final Path SAMPLE = Path.of("../core/src/test/resources/align/argrewrite-sample.jsonl");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new AlignmentEvalCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void prints_a_table_of_all_systems_and_the_published_reference() {
        assertThat(SAMPLE).exists();
        int code = run("--data", SAMPLE.toString());
        assertThat(code).isZero();
        String table = out.toString();
        assertThat(table).contains("10 version pairs")
                .contains("link P").contains("link R").contains("link F1").contains("splits").contains("merges");
        assertThat(table.lines().map(String::strip))
                .anyMatch(l -> l.startsWith("Palimpsest "))
                .anyMatch(l -> l.startsWith("greedy Dice "))
                .anyMatch(l -> l.startsWith("difflib "))
                .anyMatch(l -> l.startsWith("exact LCS "))
                .anyMatch(l -> l.startsWith("NewsEdits") && l.contains("0.895"));
        assertThat(f1(table, "Palimpsest")).isGreaterThan(f1(table, "greedy Dice"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void a_missing_file_is_one_line_on_stderr_and_exit_code_2() {
        int code = run("--data", "no/such/file.jsonl");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("alignment data not found:").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_malformed_file_is_reported_with_exit_code_2(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"old_sentences\": [{\"idx\": 2, \"text\": \"x\", \"label\": \"deleted\"}]}\n");
        assertThat(run("--data", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("expected sentence idx 1");
    }

    /** The link F1 column (third number) of a system's row. */
    private static double f1(String table, String system) {
        String row = table.lines().filter(l -> l.startsWith(system + " ")).findFirst().orElseThrow();
        String[] cells = row.substring(system.length()).trim().split("\\s+");
        return Double.parseDouble(cells[2]);
    }
}
