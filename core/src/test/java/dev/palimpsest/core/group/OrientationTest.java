package dev.palimpsest.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrientationTest {

    @Test
    void a_growing_story_reads_forward_and_its_reverse_backward() {
        List<Orientation.Features> growing = List.of(words(300), words(420), words(500));
        List<Orientation.Features> shrinking = List.of(words(500), words(420), words(300));

        assertThat(Orientation.score(growing)).isPositive();
        assertThat(Orientation.score(shrinking)).isNegative();
    }

    @Test
    void a_change_of_a_word_or_two_is_weak_evidence() {
        assertThat(Math.abs(Orientation.growthScore(List.of(words(400), words(401))))).isLessThan(0.05);
    }

    @Test
    void later_weekdays_read_forward_even_across_the_weekend() {
        List<Orientation.Features> path = List.of(
                features("The talks began on Friday."),
                features("The talks began on Friday and went on through Saturday."),
                features("The talks, begun on Friday, ended on Monday."));

        assertThat(Orientation.weekdayScore(path)).isEqualTo(1.0);
    }

    @Test
    void known_times_of_some_snapshots_decide_the_direction() {
        Instant t = Instant.parse("2024-05-01T10:00:00Z");
        List<Orientation.Features> path = List.of(
                new Orientation.Features(500, 0, Optional.of(t.plusSeconds(60))),
                new Orientation.Features(400, 0, Optional.empty()),
                new Orientation.Features(300, 0, Optional.of(t)));

        assertThat(Orientation.score(path)).isNegative();
    }

    private static Orientation.Features words(int count) {
        return new Orientation.Features(count, 0, Optional.empty());
    }

    private static Orientation.Features features(String text) {
        return Orientation.Features.of(Snapshot.of("x", List.of(text)));
    }
}
