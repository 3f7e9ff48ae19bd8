package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demo_diffs_the_bundled_versions_and_writes_pages() throws IOException {
        CliRunner.Result r = CliRunner.run("demo", "--out", dir.toString(), "--color", "never");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("--- 002_12d0a6ac5ab71e0b.txt").contains("+++ 001_a28352500c04e153.txt")
                .contains("+++ 000_ed93c6f79b7e7cd8.txt").contains("dateline TRIPOLI, Libya");
        assertThat(dir.resolve("diff-002-001.html")).exists();
        assertThat(Files.readString(dir.resolve("diff-001-000.html"))).contains("TRIPOLI");
    }
}
