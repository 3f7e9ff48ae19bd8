package dev.palimpsest.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.group.Chain;
import dev.palimpsest.core.group.Grouping;
import dev.palimpsest.core.group.Snapshot;
import dev.palimpsest.core.group.SnapshotGrouper;
import dev.palimpsest.core.text.BadInputException;
import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.core.text.PageMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "group", mixinStandardHelpOptions = true,
        description = {"Sort a heap of snapshots from many articles into articles (version chains) by text alone,",
                "and put each chain in order (by time when known, otherwise by similarity, with a confidence)."})
final class GroupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Snapshot files, or folders searched recursively for .txt and .html.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    private record Read(Optional<Snapshot> snapshot, Optional<String> error) {
    }

    @Override
    public Integer call() throws IOException {
        if (format == OutputFormat.HTML) {
            throw new UsageException("--format html is not offered by group; use text or json");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new UsageException(p + ": no such file or folder");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(GroupCommand::isSnapshotFile).sorted().forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw new BadInputException(p.toString(), "cannot list folder: " + e.getCause().getMessage());
                }
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no .txt or .html snapshots found in " + inputs);
        }
        List<Read> reads = files.parallelStream().map(GroupCommand::read).toList();
        PrintWriter err = spec.commandLine().getErr();
        List<Snapshot> snapshots = new ArrayList<>();
        int bad = 0;
        for (Read r : reads) {
            if (r.error().isPresent()) {
                err.println("palimpsest group: " + r.error().get() + " (skipped)");
                bad++;
            } else {
                snapshots.add(r.snapshot().orElseThrow());
            }
        }
        Grouping grouping = SnapshotGrouper.standard().group(snapshots);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            writeJson(grouping, out);
        } else {
            writeText(grouping, out);
        }
        out.flush();
        if (bad > 0) {
            err.println("palimpsest group: " + bad + " of " + files.size() + " files skipped");
            err.flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private static boolean isSnapshotFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    // A bad file is that file's problem: reported and skipped, never the end of the whole run.
    private static Read read(Path file) {
        try {
            String text = InputFiles.readText(file);
            InputFormat format = InputFormat.detect(file.getFileName().toString(), text);
            Document doc = Engines.PARSER.parse(text, format);
            Snapshot snapshot = Snapshot.of(file.toString(), doc);
            if (format == InputFormat.HTML) {
                Optional<java.time.Instant> time = PageMetadata.of(text).modified();
                if (time.isPresent()) {
                    snapshot = snapshot.withTime(time.get());
                }
            }
            return new Read(Optional.of(snapshot), Optional.empty());
        } catch (BadInputException | UsageException | UncheckedIOException e) {
            return new Read(Optional.empty(), Optional.of(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return new Read(Optional.empty(), Optional.of(file + ": " + e.getMessage()));
        }
    }

    private static void writeText(Grouping grouping, PrintWriter out) {
        out.println(grouping.snapshotCount() + " snapshots in " + grouping.chains().size() + " article"
                + (grouping.chains().size() == 1 ? "" : "s"));
        int n = 0;
        for (Chain chain : grouping.chains()) {
            n++;
            out.println();
            out.println(String.format(Locale.ROOT, "Article %d: %d version%s, ordered by %s (confidence %.2f)", n,
                    chain.size(), chain.size() == 1 ? "" : "s", chain.basis().name().toLowerCase(Locale.ROOT),
                    chain.confidence()));
            int v = 0;
            for (String id : chain.snapshotIds()) {
                out.println("  v" + v++ + "  " + id);
            }
        }
    }

    private static void writeJson(Grouping grouping, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("snapshots", grouping.snapshotCount());
            g.writeArrayFieldStart("articles");
            for (Chain chain : grouping.chains()) {
                g.writeStartObject();
                g.writeArrayFieldStart("versions");
                for (String id : chain.snapshotIds()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeStringField("order", chain.basis().name().toLowerCase(Locale.ROOT));
                g.writeNumberField("confidence", Math.round(chain.confidence() * 1000) / 1000.0);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }
}
