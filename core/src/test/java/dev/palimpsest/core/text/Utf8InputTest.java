package dev.palimpsest.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8InputTest {

    @Test
    void decodes_utf8_and_drops_a_bom() {
        byte[] bytes = "\uFEFFLibya’s".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Input.decode(bytes, "a.txt")).isEqualTo("Libya’s");
    }

    @Test
    void refuses_empty_and_blank_input_naming_it() {
        assertThatThrownBy(() -> Utf8Input.decode(new byte[0], "empty.txt"))
                .isInstanceOf(BadInputException.class).hasMessage("empty.txt: is empty");
        assertThatThrownBy(() -> Utf8Input.decode(" \n\t".getBytes(StandardCharsets.UTF_8), "blank.txt"))
                .hasMessage("blank.txt: is empty");
    }

    @Test
    void refuses_invalid_utf8_with_the_offset() {
        byte[] bytes = {'a', 'b', (byte) 0xC3, (byte) 0x28, 'c'};
        assertThatThrownBy(() -> Utf8Input.decode(bytes, "latin.txt"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("latin.txt: is not valid UTF-8");
    }

    @Test
    void refuses_binary_input() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> Utf8Input.decode(png, "image.png"))
                .hasMessageContaining("image.png: looks like a binary file");
    }

    @Test
    void refuses_oversized_input_before_decoding() {
        assertThatThrownBy(() -> Utf8Input.decode(new byte[2048], "big.html", 1024))
                .hasMessageContaining("big.html: is 0.0 MB, above the limit");
    }
}
