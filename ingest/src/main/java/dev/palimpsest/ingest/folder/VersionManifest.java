package dev.palimpsest.ingest.folder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.internal.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a folder says about the versions in it, read from {@code versions.json} or, when there is
 * none, {@code versions.csv}:
 * <pre>
 * {"article": "nyt-libya", "source": "The New York Times", "url": "https://...",
 *  "versions": [{"file": "002.txt", "seen": "2011-03-30T21:00:00-04:00", "title": "..."}]}
 * </pre>
 * (a bare array of versions also works; {@code "time"} is read when there is no {@code "seen"}), or
 * {@code file,seen[,title]} lines with an optional header line starting with {@code file}. Times are
 * ISO 8601. Entries are keyed by the absolute, normalized path of the file they name.
 */
public record VersionManifest(Path file, Optional<String> article, Optional<String> source, Optional<String> url,
        Map<Path, Entry> entries) {

    public static final String JSON = "versions.json";
    public static final String CSV = "versions.csv";

    /** What the manifest says about one version file. */
    public record Entry(Optional<Instant> seen, Optional<String> title) {
        public Entry {
            Objects.requireNonNull(seen, "seen");
            Objects.requireNonNull(title, "title");
        }
    }

    public VersionManifest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        entries = Map.copyOf(entries);
    }

    /** Whether {@code name} is a manifest file name rather than a version. */
    public static boolean isManifest(String name) {
        return name.equals(JSON) || name.equals(CSV);
    }

    /**
     * The manifest of {@code dir}: {@code versions.json}, else {@code versions.csv}, else empty.
     *
     * @throws IngestException naming the manifest (and entry or line) when it cannot be read
     */
    public static Optional<VersionManifest> find(Path dir) {
        Path json = dir.resolve(JSON);
        if (Files.isRegularFile(json)) {
            return Optional.of(readJson(json));
        }
        Path csv = dir.resolve(CSV);
        return Files.isRegularFile(csv) ? Optional.of(readCsv(csv)) : Optional.empty();
    }

    /** The entry for a version file, looked up by its absolute, normalized path. */
    public Optional<Entry> entry(Path versionFile) {
        return Optional.ofNullable(entries.get(key(versionFile)));
    }

    /**
     * @throws IngestException naming the manifest (and entry) when it cannot be read
     */
    public static VersionManifest readJson(Path manifest) {
        Path dir = key(manifest).getParent();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(manifest, StandardCharsets.UTF_8));
        } catch (IOException e) {
            String why = Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
            throw new IngestException(manifest.toString(), "unreadable manifest: " + why.lines().findFirst().orElse(""));
        }
        JsonNode versions = root.isArray() ? root : root.path("versions");
        if (!versions.isArray()) {
            throw new IngestException(manifest.toString(), "expected {\"versions\": [{\"file\": ..., \"seen\": ...}]}");
        }
        Map<Path, Entry> entries = new LinkedHashMap<>();
        int n = 0;
        for (JsonNode v : versions) {
            n++;
            String where = manifest + " entry " + n;
            String file = v.path("file").asText("");
            if (file.isEmpty()) {
                throw new IngestException(where, "missing \"file\"");
            }
            String seen = v.has("seen") ? v.get("seen").asText("") : v.path("time").asText("");
            entries.put(dir.resolve(file).normalize(), new Entry(time(seen, where), text(v.path("title"))));
        }
        return new VersionManifest(manifest, text(root.path("article")), text(root.path("source")), text(root.path("url")),
                entries);
    }

    /**
     * @throws IngestException naming the manifest and line when it cannot be read
     */
    public static VersionManifest readCsv(Path manifest) {
        Path dir = key(manifest).getParent();
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IngestException(manifest.toString(), "unreadable manifest: " + e.getMessage());
        }
        Map<Path, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("file"))) {
                continue;
            }
            String where = manifest + ":" + (i + 1);
            List<String> cells = cells(line);
            if (cells.size() < 2 || cells.get(0).isEmpty()) {
                throw new IngestException(where, "expected file,seen[,title]");
            }
            Optional<String> title = cells.size() > 2 && !cells.get(2).isBlank() ? Optional.of(cells.get(2).strip())
                    : Optional.empty();
            entries.put(dir.resolve(cells.get(0)).normalize(), new Entry(time(cells.get(1), where), title));
        }
        return new VersionManifest(manifest, Optional.empty(), Optional.empty(), Optional.empty(), entries);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static Optional<String> text(JsonNode node) {
        String s = node.isValueNode() ? node.asText("").strip() : "";
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<Instant> time(String text, String where) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IngestException(where, e.getMessage());
        }
    }

    /** The cells of one CSV line: commas separate, double quotes enclose, {@code ""} is a quote; the third cell takes the rest. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == ',' && cells.size() < 2) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
