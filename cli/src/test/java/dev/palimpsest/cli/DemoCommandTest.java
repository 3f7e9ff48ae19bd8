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
    void demo_tells_the_history_of_the_bundled_sample_and_writes_the_page() throws IOException {
        CliRunner.Result r = CliRunner.run("demo", "--out", dir.toString(), "--color", "never");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("History of 3 versions")
                .contains("v0  002_12d0a6ac5ab71e0b.txt").contains("v2  000_ed93c6f79b7e7cd8.txt")
                .contains("Dateline changed: BREGA, Libya → TRIPOLI, Libya")
                .contains("Tommy Vietor").contains("Marlise Simons");
        Path page = dir.resolve("history.html");
        assertThat(page).exists();
        assertThat(Files.readString(page)).contains("TRIPOLI").contains("Content-Security-Policy");
    }
}
