package dev.palimpsest.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.palimpsest.cli.json.AlignmentJson;
import dev.palimpsest.render.DiffView;
import dev.palimpsest.render.HtmlDiffRenderer;
import dev.palimpsest.render.TextDiffRenderer;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.document.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Align two versions of an article sentence by sentence and show what changed.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "Older version (.txt or .html).")
    Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "Newer version (.txt or .html).")
    Path newPath;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--all", description = "In text output, also list unchanged sentences.")
    boolean all;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "auto, always or never (auto: only on a terminal without NO_COLOR).")
    Terminal.Colour colour;

    @Override
    public Integer call() throws IOException {
        Document oldDoc = InputFiles.readDocument(oldPath);
        Document newDoc = InputFiles.readDocument(newPath);
        Alignment alignment = Engines.ALIGNER.align(oldDoc.sentenceTexts(), newDoc.sentenceTexts());
        DiffView view = new DiffView(InputFiles.label(oldPath), InputFiles.label(newPath), oldDoc, newDoc, alignment);
        write(view, format, spec.commandLine().getOut(), all, Terminal.useColour(colour));
        return ExitCodes.OK;
    }

    static void write(DiffView view, OutputFormat format, PrintWriter out, boolean all, boolean colour) throws IOException {
        switch (format) {
            case TEXT -> new TextDiffRenderer(colour, all).render(view, out);
            case HTML -> out.print(new HtmlDiffRenderer().render(view));
            case JSON -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.useDefaultPrettyPrinter();
                    AlignmentJson.writeDiff(g, view.oldDoc(), view.newDoc(), view.alignment());
                }
                out.println();
            }
        }
        out.flush();
    }
}
