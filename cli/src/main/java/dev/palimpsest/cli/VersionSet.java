package dev.palimpsest.cli;

import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.core.text.BadInputException;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.PageMetadata;
import dev.palimpsest.ingest.folder.VersionManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
        Map<Path, VersionManifest.Entry> manifest = readManifests(files);
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
            VersionManifest.Entry m = manifest.get(f.toAbsolutePath().normalize());
            PageMetadata meta = format == InputFormat.HTML ? PageMetadata.of(text) : PageMetadata.NONE;
            Optional<Instant> time = m != null ? m.seen() : Optional.empty();
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

    private static Map<Path, VersionManifest.Entry> readManifests(List<Path> files) {
        Map<Path, VersionManifest.Entry> entries = new HashMap<>();
        files.stream().map(f -> f.toAbsolutePath().normalize().getParent()).distinct().forEach(dir ->
                VersionManifest.find(dir).ifPresent(manifest -> files.stream()
                        .filter(f -> dir.equals(f.toAbsolutePath().normalize().getParent()))
                        .forEach(f -> manifest.entry(f).ifPresent(e -> entries.put(f.toAbsolutePath().normalize(), e)))));
        return entries;
    }
}
