package dev.palimpsest.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.ingest.folder.FolderSource;
import dev.palimpsest.ingest.jsonl.JsonLinesSource;
import dev.palimpsest.ingest.newsedits.NewsEditsFixture;
import dev.palimpsest.ingest.newsedits.NewsEditsSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionSourcesTest {

    @TempDir
    Path dir;

    @Test
    void picks_the_reader_by_folder_extension_or_first_bytes() throws IOException {
        Path db = NewsEditsFixture.writeAp(dir.resolve("ap.db"));
        Path gz = NewsEditsFixture.gzip(db, dir.resolve("ap.db.gz"));
        Path unnamedDb = Files.copy(db, dir.resolve("archive.bin"));
        Path unnamedGz = Files.copy(gz, dir.resolve("archive2.bin"));
        Path jsonl = Files.writeString(dir.resolve("dump.txt"), "\n{\"article\": \"a\", \"text\": \"x\"}\n");

        assertThat(VersionSources.open(dir)).isInstanceOf(FolderSource.class);
        assertThat(VersionSources.open(db)).isInstanceOf(NewsEditsSource.class);
        assertThat(VersionSources.open(gz)).isInstanceOf(NewsEditsSource.class);
        assertThat(VersionSources.open(unnamedDb)).isInstanceOf(NewsEditsSource.class);
        assertThat(VersionSources.open(unnamedGz)).isInstanceOf(NewsEditsSource.class);
        assertThat(VersionSources.open(Files.writeString(dir.resolve("a.jsonl"), ""))).isInstanceOf(JsonLinesSource.class);
        assertThat(VersionSources.open(jsonl)).isInstanceOf(JsonLinesSource.class);
        assertThat(VersionSources.open(gz).name()).isEqualTo(gz.toString());
    }

    @Test
    void refuses_what_it_cannot_read_naming_the_path() throws IOException {
        Path missing = dir.resolve("missing.db");
        Path text = Files.writeString(dir.resolve("notes.txt"), "Just some notes.");

        assertThatThrownBy(() -> VersionSources.open(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(missing + ": no such file or folder");
        assertThatThrownBy(() -> VersionSources.open(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(text + ": unknown input format (expected a folder, .jsonl or a NewsEdits .db/.db.gz)");
    }
}
