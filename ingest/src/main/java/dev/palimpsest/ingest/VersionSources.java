package dev.palimpsest.ingest;

import dev.palimpsest.ingest.folder.FolderSource;
import dev.palimpsest.ingest.jsonl.JsonLinesSource;
import dev.palimpsest.ingest.newsedits.NewsEditsSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for a path: a folder, a JSON Lines file or a NewsEdits SQLite archive. */
public final class VersionSources {

    private VersionSources() {
    }

    /**
     * A folder → {@link FolderSource}; {@code .jsonl}/{@code .ndjson} → {@link JsonLinesSource};
     * {@code .db}, {@code .sqlite}, {@code .sqlite3}, {@code .gz} → {@link NewsEditsSource}; any other
     * file by its first bytes (SQLite or gzip header → archive, {@code '{'} → JSON Lines).
     *
     * @throws IllegalArgumentException naming the path when it does not exist or its format is unknown
     */
    public static VersionSource open(Path path) {
        if (Files.isDirectory(path)) {
            return new FolderSource(path);
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(path + ": no such file or folder");
        }
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return new JsonLinesSource(path);
        }
        if (name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlite3") || name.endsWith(".gz")) {
            return new NewsEditsSource(path);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(64);
        } catch (IOException e) {
            throw new IllegalArgumentException(path + ": cannot read: " + e.getMessage(), e);
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("SQLite format 3") || (head.length >= 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b)) {
            return new NewsEditsSource(path);
        }
        if (start.stripLeading().startsWith("{")) {
            return new JsonLinesSource(path);
        }
        throw new IllegalArgumentException(path + ": unknown input format (expected a folder, .jsonl or a NewsEdits .db/.db.gz)");
    }
}
