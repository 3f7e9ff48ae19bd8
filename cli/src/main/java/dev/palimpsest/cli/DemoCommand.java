package dev.palimpsest.cli;

import dev.palimpsest.render.HistoryTextRenderer;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.history.VersionMeta;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Show the history of the bundled sample: three versions of a 2011 New York Times story.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "palimpsest-demo", paramLabel = "DIR",
            description = "Where to write the HTML page (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", description = "auto, always or never.")
    Terminal.Colour colour;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<HistoryBuilder.Input> inputs = SampleArticle.load().stream()
                .map(v -> new HistoryBuilder.Input(new VersionMeta(v.file(),
                        Optional.of(OffsetDateTime.parse(v.seen()).toInstant()), Optional.empty()), v.document()))
                .toList();
        ArticleHistory history = Engines.HISTORY.build(inputs);
        Histories.Explained explained = Histories.explain(history);
        String orderSource = "timestamps from the sample's versions.json";
        out.println("Palimpsest demo: a New York Times story about Libya, 30-31 March 2011, as it changed.");
        out.println();
        new HistoryTextRenderer(Terminal.useColour(colour)).render(history, explained.notes(), orderSource, out);
        Files.createDirectories(outDir);
        Path page = outDir.resolve("history.html");
        Files.writeString(page, Histories.html(explained, "New York Times, Libya, 30-31 March 2011", orderSource),
                StandardCharsets.UTF_8);
        out.println();
        out.println("Open the timeline, side-by-side diffs and blame view in a browser:");
        out.println("  " + page.toAbsolutePath().normalize().toUri());
        out.println("Compare two versions in the terminal: ./palimpsest diff samples/libya-2011/001_a28352500c04e153.txt "
                + "samples/libya-2011/000_ed93c6f79b7e7cd8.txt");
        out.flush();
        return ExitCodes.OK;
    }
}
