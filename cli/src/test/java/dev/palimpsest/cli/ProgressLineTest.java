package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void with_a_total_it_shows_a_bar_the_rate_and_the_time_left() {
        ProgressLine line = new ProgressLine(new PrintWriter(new StringWriter()), true, OptionalLong.of(1000), "versions");
        String text = line.render(250, 5_000_000_000L, "40 articles");
        assertThat(text).contains("25% 250/1,000 versions").contains("ETA 0:15").contains("50/s").contains("40 articles");
    }

    @Test
    void without_a_total_it_shows_the_count_and_rate() {
        ProgressLine line = new ProgressLine(new PrintWriter(new StringWriter()), true, OptionalLong.empty(), "versions");
        assertThat(line.render(120, 2_000_000_000L, "")).isEqualTo("120 versions · 60/s");
    }

    @Test
    void off_a_terminal_it_writes_nothing() {
        StringWriter out = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(out), false, OptionalLong.of(10), "versions");
        line.update(5, "x");
        line.finish();
        assertThat(out.toString()).isEmpty();
    }
}
