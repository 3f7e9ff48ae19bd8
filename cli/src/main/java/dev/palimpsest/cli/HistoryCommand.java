package dev.palimpsest.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.palimpsest.cli.json.HistoryJson;
import dev.palimpsest.render.DiffView;
import dev.palimpsest.render.HistoryTextRenderer;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.history.ArticleHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"The story of a story: all versions of one article in order, what changed in each,",
                "every sentence followed through the versions, and blame."})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Version files, or a folder of them (with an optional versions.json or versions.csv).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--from", paramLabel = "V", description = "Compare version V (0 = oldest) ...")
    Integer from;

    @Option(names = "--to", paramLabel = "V", description = "... with version V, instead of showing the whole history.")
    Integer to;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", description = "auto, always or never.")
    Terminal.Colour colour;

    @Override
    public Integer call() throws IOException {
        VersionSet.Loaded loaded = VersionSet.load(inputs);
        ArticleHistory history = Engines.HISTORY.build(loaded.inputs());
        PrintWriter out = spec.commandLine().getOut();
        if (from != null || to != null) {
            int last = history.versions().size() - 1;
            int a = from == null ? 0 : from;
            int b = to == null ? last : to;
            if (a < 0 || a > last || b < 0 || b > last) {
                throw new UsageException("--from and --to must be versions between 0 and " + last);
            }
            Alignment alignment = Engines.HISTORY.compare(history, a, b);
            DiffView view = new DiffView("v" + a + " " + history.versions().get(a).label(),
                    "v" + b + " " + history.versions().get(b).label(), history.documents().get(a),
                    history.documents().get(b), alignment);
            DiffCommand.write(view, format, out, false, Terminal.useColour(colour));
            return ExitCodes.OK;
        }
        Histories.Explained explained = Histories.explain(history);
        switch (format) {
            case TEXT -> new HistoryTextRenderer(Terminal.useColour(colour)).render(explained.history(),
                    explained.notes(), loaded.orderSource(), out);
            case JSON -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.useDefaultPrettyPrinter();
                    HistoryJson.write(g, explained.history(), explained.notes(), loaded.orderSource());
                }
                out.println();
            }
            case HTML -> out.print(Histories.html(explained, loaded.label(), loaded.orderSource()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
