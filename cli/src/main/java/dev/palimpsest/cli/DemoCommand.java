package dev.palimpsest.cli;

import dev.palimpsest.cli.render.DiffView;
import dev.palimpsest.core.align.Alignment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Show what changed across the three bundled versions of a 2011 New York Times story.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "palimpsest-demo", paramLabel = "DIR",
            description = "Where to write the HTML pages (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", description = "auto, always or never.")
    Terminal.Colour colour;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<SampleArticle.Version> versions = SampleArticle.load();
        Files.createDirectories(outDir);
        out.println("Palimpsest demo: " + versions.size() + " versions of one New York Times story, 30-31 March 2011");
        out.println();
        for (int i = 1; i < versions.size(); i++) {
            SampleArticle.Version older = versions.get(i - 1);
            SampleArticle.Version newer = versions.get(i);
            Alignment alignment = Engines.ALIGNER.align(older.document().sentenceTexts(), newer.document().sentenceTexts());
            DiffView view = new DiffView(older.file() + " (" + older.seen() + ")", newer.file() + " (" + newer.seen() + ")",
                    older.document(), newer.document(), alignment);
            DiffCommand.write(view, OutputFormat.TEXT, out, false, Terminal.useColour(colour));
            Path page = outDir.resolve("diff-" + stem(older.file()) + "-" + stem(newer.file()) + ".html");
            StringWriter html = new StringWriter();
            DiffCommand.write(view, OutputFormat.HTML, new PrintWriter(html), false, false);
            Files.writeString(page, html.toString(), StandardCharsets.UTF_8);
            out.println();
            out.println("Side-by-side page: " + page.toAbsolutePath().normalize().toUri());
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String stem(String file) {
        return file.substring(0, Math.min(3, file.length()));
    }
}
