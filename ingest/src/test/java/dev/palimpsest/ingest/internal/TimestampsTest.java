package dev.palimpsest.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2011-03-31T09:00:00-04:00     | 2011-03-31T13:00:00Z",
        "2011-03-31T13:00:00Z          | 2011-03-31T13:00:00Z",
        "2011-03-31 13:00:00           | 2011-03-31T13:00:00Z",
        "2011-03-31T13:00:00           | 2011-03-31T13:00:00Z",
        "2011-03-31 13:00:00.250000    | 2011-03-31T13:00:00.250Z",
        "2011-03-31 13:00:00+0200      | 2011-03-31T11:00:00Z",
        "2011-03-31                    | 2011-03-31T00:00:00Z",
    })
    void reads_iso_forms_and_takes_no_zone_as_utc(String text, String expected) {
        assertThat(Timestamps.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blank_is_no_time(String text) {
        assertThat(Timestamps.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "31/03/2011", "2011-13-01", "1301572800"})
    void anything_else_is_refused_quoting_the_text(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreadable time \"" + text + "\" (use ISO 8601, e.g. 2011-03-31T09:00:00-04:00)");
    }
}
