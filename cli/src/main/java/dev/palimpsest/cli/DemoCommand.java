package dev.palimpsest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.palimpsest.core.history.ArticleHistory;
import dev.palimpsest.core.history.HistoryBuilder;
import dev.palimpsest.core.history.VersionMeta;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.folder.FolderSource;
import dev.palimpsest.render.HistoryTextRenderer;
import dev.palimpsest.store.ImportResult;
import dev.palimpsest.store.Store;
import dev.palimpsest.web.WebConfig;
import dev.palimpsest.web.WebServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Show the history of the bundled sample (three versions of a 2011 New York Times story), import it",
                "into a fresh database and serve the web UI on this machine until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE = "libya-2011";
    static final String DATABASE = "demo.db";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "palimpsest-demo", paramLabel = "DIR",
            description = "Where the demo database, the sample and the self-contained HTML page go (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "Port for the web UI (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = WebConfig.DEFAULT_HOST, paramLabel = "H",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--no-serve", description = "Import and print, then exit without serving.")
    boolean noServe;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", description = "auto, always or never.")
    Terminal.Colour colour;

    @Override
    public Integer call() throws IOException {
        WebConfig config = Serving.config(host, port, null);
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

        Path sample = copySample(outDir.resolve("sample").resolve(SAMPLE));
        Path database = freshDatabase(outDir.resolve(DATABASE));
        Store store = Store.open(database.toString());
        try {
            String articleId = importSample(store, sample);
            out.println();
            out.println("Imported the sample into a fresh database: " + database.toAbsolutePath().normalize());
            out.println("The same history as one self-contained page: " + page.toAbsolutePath().normalize().toUri());
            if (noServe) {
                out.println("Serve it: ./palimpsest serve --db " + database);
                out.flush();
                return ExitCodes.OK;
            }
            return Serving.serve(store, config, server -> announce(server, articleId, out));
        } finally {
            store.close();
        }
    }

    private static void announce(WebServer server, String articleId, PrintWriter out) {
        out.println();
        out.println("Open the article: " + server.url() + "articles/" + articleId + "?from=0&to=1#compare");
        out.println("  timeline, side-by-side and inline diffs of any two versions, blame, sentence histories;");
        out.println("  search every version: " + server.url() + "search?q=immunity   API: " + server.url() + "api");
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** The bundled sample (in the jar) as a folder the folder reader can read, with its manifest. */
    private static Path copySample(Path dir) throws IOException {
        Files.createDirectories(dir);
        byte[] manifest = resource("versions.json");
        Files.write(dir.resolve("versions.json"), manifest);
        JsonNode versions = new ObjectMapper().readTree(manifest).path("versions");
        List<String> files = new ArrayList<>();
        versions.forEach(v -> files.add(v.path("file").asText()));
        for (String file : files) {
            if (!file.matches("[A-Za-z0-9._-]+")) {
                throw new IOException("bundled sample names an odd file: " + file);
            }
            Files.write(dir.resolve(file), resource(file));
        }
        return dir;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SampleArticle.ROOT + name)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + SampleArticle.ROOT + name);
            }
            return in.readAllBytes();
        }
    }

    /** Deletes the demo database of an earlier run (and SQLite's side files), so every run starts fresh. */
    private static Path freshDatabase(Path database) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
        }
        return database;
    }

    private static String importSample(Store store, Path sample) {
        try (Stream<List<IncomingVersion>> articles = new FolderSource(sample).articles(ProblemHandler.stop())) {
            List<IncomingVersion> versions = articles.findFirst()
                    .orElseThrow(() -> new IllegalStateException("the bundled sample has no versions"));
            ImportResult result = store.importArticle(versions);
            return result.articleId();
        }
    }
}
