package dev.palimpsest.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemLogTest {

    private final IngestProblem bad = new IngestProblem("news.jsonl:12", "missing \"text\"");

    @Test
    void skip_counts_keeps_and_tells_the_listener() {
        List<IngestProblem> heard = new ArrayList<>();
        ProblemLog log = new ProblemLog(OnError.SKIP, heard::add);

        log.report(bad);
        log.report(bad);

        assertThat(log.count()).isEqualTo(2);
        assertThat(log.problems()).containsExactly(bad, bad);
        assertThat(heard).containsExactly(bad, bad);
    }

    @Test
    void stop_counts_then_throws_naming_origin_and_reason() {
        ProblemLog log = new ProblemLog(OnError.STOP);

        assertThatThrownBy(() -> log.report(bad)).isInstanceOf(IngestException.class)
                .hasMessage("news.jsonl:12: missing \"text\"")
                .satisfies(e -> assertThat(((IngestException) e).problem()).isEqualTo(bad));
        assertThat(log.count()).isEqualTo(1);
    }

    @Test
    void keeps_only_the_first_problems_but_counts_all() {
        ProblemLog log = new ProblemLog(OnError.SKIP);

        for (int i = 0; i < ProblemLog.KEPT + 5; i++) {
            log.report(bad);
        }

        assertThat(log.count()).isEqualTo(ProblemLog.KEPT + 5);
        assertThat(log.problems()).hasSize(ProblemLog.KEPT);
    }

    @Test
    void on_error_parses_skip_and_stop_only() {
        assertThat(OnError.parse("skip")).isEqualTo(OnError.SKIP);
        assertThat(OnError.parse(" STOP ")).isEqualTo(OnError.STOP);
        assertThatThrownBy(() -> OnError.parse("ignore")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--on-error must be skip or stop, not \"ignore\"");
    }
}
