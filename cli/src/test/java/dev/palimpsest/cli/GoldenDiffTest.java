package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-reviewed alignments: {@code golden/<case>/{old.txt,new.txt,expected.diff}}. Regenerate with
 * {@code -Dgolden.update=true} (then review the change in git before committing it).
 */
class GoldenDiffTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenDiffTest.class.getResource("/golden").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void diff_matches_the_reviewed_golden_file(String name) throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenDiffTest.class.getResource("/golden/" + name).toURI());
        CliRunner.Result r = CliRunner.run("diff", dir.resolve("old.txt").toString(), dir.resolve("new.txt").toString(),
                "--all", "--color", "never");
        assertThat(r.status()).as(r.err()).isZero();
        String actual = r.out().replace(System.lineSeparator(), "\n");
        if (Boolean.getBoolean("golden.update")) {
            Path source = Path.of("src/test/resources/golden", name, "expected.diff");
            Files.writeString(source, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(dir.resolve("expected.diff"), StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(expected);
    }
}
