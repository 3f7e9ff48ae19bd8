package dev.palimpsest.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.palimpsest.cli.json.HistoryJson;
import dev.palimpsest.render.ChangeNote;
import dev.palimpsest.render.HistoryTextRenderer;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoredChange;
import dev.palimpsest.store.StoredHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a stored article's history: versions, what changed in each, lineage and blame.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "ARTICLE", description = "The article id (from 'palimpsest articles' or 'search').")
    String articleId;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html.")
    OutputFormat format;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", description = "auto, always or never.")
    Terminal.Colour colour;

    @Override
    public Integer call() throws IOException {
        StoredHistory stored;
        try (Store store = db.open()) {
            stored = store.findHistory(articleId)
                    .orElseThrow(() -> new IllegalArgumentException("no article " + articleId + " in " + store.description()));
        }
        List<List<ChangeNote>> notes = stored.notes().stream()
                .map(list -> list.stream().map(ShowCommand::note).toList()).toList();
        String order = "the times stored with each version";
        PrintWriter out = spec.commandLine().getOut();
        Histories.Explained explained = new Histories.Explained(stored.history(), notes);
        switch (format) {
            case TEXT -> {
                var a = stored.article().article();
                out.println(a.title().orElse(a.articleKey()) + "  (" + a.source() + a.url().map(u -> ", " + u).orElse("") + ")");
                new HistoryTextRenderer(Terminal.useColour(colour)).render(stored.history(), notes, order, out);
            }
            case JSON -> {
                try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.useDefaultPrettyPrinter();
                    HistoryJson.write(g, stored.history(), notes, order);
                }
                out.println();
            }
            case HTML -> out.print(Histories.html(explained,
                    stored.article().article().title().orElse(stored.article().article().articleKey()), order));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ChangeNote note(StoredChange c) {
        return new ChangeNote(c.kind(), c.text(), c.oldSentences(), c.newSentences());
    }
}
