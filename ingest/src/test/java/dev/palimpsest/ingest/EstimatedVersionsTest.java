package dev.palimpsest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimatedVersionsTest {

    @TempDir
    Path dir;

    @Test
    void a_folder_counts_its_version_files_outside_hidden_folders() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("a/1.txt"), "One.");
        Files.writeString(dir.resolve("a/2.html"), "<p>Two.</p>");
        Files.writeString(dir.resolve("a/notes.md"), "not a version");
        Files.writeString(dir.resolve(".git/x.txt"), "hidden");
        assertThat(VersionSources.open(dir).estimatedVersions()).hasValue(2);
    }

    @Test
    void json_lines_count_their_lines() throws Exception {
        Path f = Files.writeString(dir.resolve("in.jsonl"), "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n");
        assertThat(VersionSources.open(f).estimatedVersions()).hasValue(3);
    }

    @Test
    void a_broken_archive_has_no_estimate_and_reports_nothing() throws Exception {
        Path f = Files.writeString(dir.resolve("x.db"), "not sqlite");
        assertThat(VersionSources.open(f).estimatedVersions()).isEmpty();
    }
}
