package dev.palimpsest.ingest.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.ingest.IngestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionManifestTest {

    @TempDir
    Path dir;

    @Test
    void json_manifest_gives_article_source_url_and_per_file_times_and_titles() throws IOException {
        Files.writeString(dir.resolve("versions.json"), """
                {"article": "k", "source": "The Paper", "url": "https://example.org/k",
                 "versions": [{"file": "a.txt", "seen": "2020-01-01T10:00:00+01:00", "title": "A"},
                              {"file": "sub/../b.txt", "time": "2020-01-02"}]}""");

        VersionManifest m = VersionManifest.find(dir).orElseThrow();

        assertThat(m.article()).contains("k");
        assertThat(m.source()).contains("The Paper");
        assertThat(m.url()).contains("https://example.org/k");
        assertThat(m.entry(dir.resolve("a.txt"))).contains(
                new VersionManifest.Entry(Optional.of(Instant.parse("2020-01-01T09:00:00Z")), Optional.of("A")));
        assertThat(m.entry(dir.resolve("b.txt")).flatMap(VersionManifest.Entry::seen))
                .contains(Instant.parse("2020-01-02T00:00:00Z"));
        assertThat(m.entry(dir.resolve("c.txt"))).isEmpty();
    }

    @Test
    void a_bare_json_array_is_a_list_of_versions() throws IOException {
        Files.writeString(dir.resolve("versions.json"), "[{\"file\": \"a.txt\"}]");

        VersionManifest m = VersionManifest.find(dir).orElseThrow();

        assertThat(m.article()).isEmpty();
        assertThat(m.entry(dir.resolve("a.txt"))).contains(new VersionManifest.Entry(Optional.empty(), Optional.empty()));
    }

    @Test
    void json_takes_precedence_over_csv_and_no_manifest_is_empty() throws IOException {
        assertThat(VersionManifest.find(dir)).isEmpty();
        Files.writeString(dir.resolve("versions.csv"), "a.txt,2020-01-01T00:00:00Z\n");
        assertThat(VersionManifest.find(dir).orElseThrow().file().getFileName()).hasToString("versions.csv");
        Files.writeString(dir.resolve("versions.json"), "[]");
        assertThat(VersionManifest.find(dir).orElseThrow().file().getFileName()).hasToString("versions.json");
    }

    @Test
    void bad_entries_name_the_manifest_and_the_entry_or_line() throws IOException {
        Path json = Files.writeString(dir.resolve("versions.json"), "{\"versions\": [{\"file\": \"a.txt\"}, {\"seen\": \"2020-01-01\"}]}");
        assertThatThrownBy(() -> VersionManifest.readJson(json)).isInstanceOf(IngestException.class)
                .hasMessage(json + " entry 2: missing \"file\"");

        Path shape = Files.writeString(dir.resolve("shape.json"), "{\"files\": []}");
        assertThatThrownBy(() -> VersionManifest.readJson(shape))
                .hasMessage(shape + ": expected {\"versions\": [{\"file\": ..., \"seen\": ...}]}");

        Path csv = Files.writeString(dir.resolve("versions.csv"), "file,seen,title\na.txt,2020-01-01T00:00:00Z\nb.txt\n");
        assertThatThrownBy(() -> VersionManifest.readCsv(csv)).hasMessage(csv + ":3: expected file,seen[,title]");

        Path time = Files.writeString(dir.resolve("time.csv"), "a.txt,31/03/2011\n");
        assertThatThrownBy(() -> VersionManifest.readCsv(time))
                .hasMessage(time + ":1: unreadable time \"31/03/2011\" (use ISO 8601, e.g. 2011-03-31T09:00:00-04:00)");
    }
}
