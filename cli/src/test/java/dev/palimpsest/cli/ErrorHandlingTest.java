package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorHandlingTest {

    @TempDir
    Path dir;

    private Path good() throws IOException {
        return Files.writeString(dir.resolve("good.txt"), "A sentence.", StandardCharsets.UTF_8);
    }

    private static void assertOneLineError(CliRunner.Result r, int status, String fragment) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.err()).contains(fragment).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missing_file_is_a_usage_error_naming_it() throws IOException {
        CliRunner.Result r = CliRunner.run("diff", dir.resolve("nope.txt").toString(), good().toString());
        assertOneLineError(r, 2, "nope.txt: no such file");
    }

    @Test
    void directory_is_a_usage_error() throws IOException {
        CliRunner.Result r = CliRunner.run("diff", dir.toString(), good().toString());
        assertOneLineError(r, 2, "is a directory");
    }

    @Test
    void empty_file_fails_naming_it() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        CliRunner.Result r = CliRunner.run("diff", empty.toString(), good().toString());
        assertOneLineError(r, 1, "empty.txt: is empty");
    }

    @Test
    void binary_file_fails_naming_it() throws IOException {
        Path bin = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, 'J', 'F', 'I', 'F'});
        CliRunner.Result r = CliRunner.run("segment", bin.toString());
        assertOneLineError(r, 1, "photo.jpg: looks like a binary file");
    }

    @Test
    void invalid_utf8_fails_naming_it() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me.".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner.Result r = CliRunner.run("diff", latin1.toString(), good().toString());
        assertOneLineError(r, 1, "latin1.txt: is not valid UTF-8");
    }

    @Test
    void unknown_option_and_format_are_usage_errors() throws IOException {
        assertThat(CliRunner.run("diff", good().toString(), good().toString(), "--frobnicate").status()).isEqualTo(2);
        assertThat(CliRunner.run("diff", good().toString(), good().toString(), "--format", "pdf").status()).isEqualTo(2);
        assertThat(CliRunner.run("diff", good().toString()).status()).isEqualTo(2);
    }

    @Test
    void hostile_html_is_read_as_text() throws IOException {
        Path hostile = Files.writeString(dir.resolve("hostile.html"),
                "<p onclick=\"steal()\">Read <a href=\"javascript:alert(1)\">this</a>.</p><script>document.cookie</script>");
        CliRunner.Result r = CliRunner.run("segment", hostile.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("Read this.\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void a_huge_text_is_refused_quickly_with_a_clear_error() throws IOException {
        // 10 MB of plain sentences: above the character limit, refused instead of processed slowly.
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 10 * 1024 * 1024) {
            sb.append("This is a sentence of a very long page number ").append(sb.length()).append(". ");
        }
        Path big = Files.writeString(dir.resolve("big.txt"), sb);
        CliRunner.Result r = CliRunner.run("diff", big.toString(), good().toString());
        assertOneLineError(r, 1, "big.txt: text of");
        assertThat(r.err()).contains("exceeds the limit");
    }
}
