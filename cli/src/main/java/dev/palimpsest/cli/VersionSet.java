package dev.palimpsest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.core.text.BadInputException;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.PageMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The versions of one article named on the command line: files, or a folder of them, with times
 * from a manifest ({@code versions.json} or {@code versions.csv} beside the files) or from the
 * pages' own metadata. Says which order it used.
 */
final class VersionSet {

    record Loaded(List<HistoryBuilder.Input> inputs, String orderSource, String label) {
    }

    private VersionSet() {
    }

    static Loaded load(List<Path> args) {
        List<Path> files = new ArrayList<>();
        for (Path p : args) {
            if (!Files.exists(p)) {
                throw new UsageException(p + ": no such file or folder");
            }
            if (Files.isDirectory(p)) {
                files.addAll(listVersions(p));
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no .txt or .html versions found in " + args);
        }
        Map<Path, ManifestEntry> manifest = readManifests(files);
        List<HistoryBuilder.Input> inputs = new ArrayList<>();
        boolean allManifest = true;
        boolean allMeta = true;
        for (Path f : files) {
            String text = InputFiles.readText(f);
            InputFormat format = InputFormat.detect(f.getFileName().toString(), text);
            Document doc;
            try {
                doc = Engines.PARSER.parse(text, format);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(f.toString(), e.getMessage());
            }
            ManifestEntry m = manifest.get(f.toAbsolutePath().normalize());
            PageMetadata meta = format == InputFormat.HTML ? PageMetadata.of(text) : PageMetadata.NONE;
            Optional<Instant> time = m != null ? m.time() : Optional.empty();
            allManifest &= time.isPresent();
            if (time.isEmpty()) {
                time = meta.modified();
            }
            allMeta &= meta.modified().isPresent();
            Optional<String> title = m != null && m.title().isPresent() ? m.title() : meta.title();
            inputs.add(new HistoryBuilder.Input(new VersionMeta(InputFiles.label(f), time, title), doc));
        }
        boolean timed = inputs.stream().allMatch(i -> i.meta().time().isPresent());
        String source = !timed ? "the order given on the command line (no timestamps for every version)"
                : allManifest ? "timestamps from the versions manifest"
                : allMeta ? "timestamps from the pages' metadata" : "timestamps from the manifest and the pages' metadata";
        return new Loaded(inputs, source, label(args));
    }

    /** Names the article for people: the folder given, or the first file's folder. */
    private static String label(List<Path> args) {
        Path first = args.get(0).toAbsolutePath().normalize();
        Path folder = Files.isDirectory(first) ? first : first.getParent();
        return folder == null || folder.getFileName() == null ? first.toString() : folder.getFileName().toString();
    }

    private static List<Path> listVersions(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(VersionSet::isVersionFile).sorted().toList();
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), "cannot list folder: " + e.getMessage());
        }
    }

    private static boolean isVersionFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private record ManifestEntry(Optional<Instant> time, Optional<String> title) {
    }

    private static Map<Path, ManifestEntry> readManifests(List<Path> files) {
        Map<Path, ManifestEntry> entries = new HashMap<>();
        files.stream().map(f -> f.toAbsolutePath().normalize().getParent()).distinct().forEach(dir -> {
            Path json = dir.resolve("versions.json");
            Path csv = dir.resolve("versions.csv");
            if (Files.isRegularFile(json)) {
                readJson(json, dir, entries);
            } else if (Files.isRegularFile(csv)) {
                readCsv(csv, dir, entries);
            }
        });
        return entries;
    }

    private static void readJson(Path manifest, Path dir, Map<Path, ManifestEntry> entries) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(manifest, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(manifest.toString(), "unreadable manifest: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode versions = root.isArray() ? root : root.path("versions");
        if (!versions.isArray()) {
            throw new BadInputException(manifest.toString(), "expected {\"versions\": [{\"file\": ..., \"seen\": ...}]}");
        }
        int n = 0;
        for (JsonNode v : versions) {
            n++;
            String file = v.path("file").asText("");
            if (file.isEmpty()) {
                throw new BadInputException(manifest + " entry " + n, "missing \"file\"");
            }
            String seen = v.has("seen") ? v.get("seen").asText() : v.path("time").asText("");
            String title = v.path("title").asText("");
            entries.put(dir.resolve(file).normalize(), new ManifestEntry(parseTime(seen, manifest + " entry " + n),
                    title.isEmpty() ? Optional.empty() : Optional.of(title)));
        }
    }

    private static void readCsv(Path manifest, Path dir, Map<Path, ManifestEntry> entries) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(manifest.toString(), "unreadable manifest: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("file"))) {
                continue;
            }
            String[] cells = line.split(",", 3);
            String where = manifest + " line " + (i + 1);
            if (cells.length < 2) {
                throw new BadInputException(where, "expected file,seen[,title]");
            }
            Optional<String> title = cells.length > 2 && !cells[2].isBlank() ? Optional.of(unquote(cells[2])) : Optional.empty();
            entries.put(dir.resolve(unquote(cells[0])).normalize(), new ManifestEntry(parseTime(unquote(cells[1]), where), title));
        }
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    static Optional<Instant> parseTime(String text, String where) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e2) {
                throw new BadInputException(where, "unreadable time \"" + text + "\" (use ISO 8601, e.g. 2011-03-31T09:00:00-04:00)");
            }
        }
    }
}
