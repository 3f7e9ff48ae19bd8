package dev.palimpsest.cli;

import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.OnError;
import dev.palimpsest.ingest.ProblemLog;
import dev.palimpsest.ingest.VersionSource;
import dev.palimpsest.ingest.VersionSources;
import dev.palimpsest.store.ImportException;
import dev.palimpsest.store.ImportListener;
import dev.palimpsest.store.ImportResult;
import dev.palimpsest.store.ImportTotals;
import dev.palimpsest.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import article versions into the store: folders of .txt/.html versions (with versions.json/.csv),",
                "JSON Lines ({\"article\", \"url\", \"title\", \"created\", \"text\"}) or NewsEdits SQLite archives (.db, .db.gz).",
                "Idempotent; one transaction per article; bad rows are reported and skipped (or stop the import)."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders, .jsonl files or NewsEdits .db/.db.gz archives.")
    List<Path> inputs;

    @Option(names = "--on-error", defaultValue = "skip", paramLabel = "skip|stop",
            description = "What a bad row, line or file does: skip it and go on (default) or stop.")
    String onError;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "WHEN",
            description = "auto (only on a terminal), always or never.")
    Terminal.Colour progress;

    @Override
    public Integer call() {
        OnError policy;
        try {
            policy = OnError.parse(onError);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<VersionSource> sources = inputs.stream().map(ImportCommand::open).toList();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProblemLog problems = new ProblemLog(policy, p -> report(err, p.toString()));
        boolean showProgress = progress == Terminal.Colour.ALWAYS || (progress == Terminal.Colour.AUTO && ProgressLine.onTerminal());
        ProgressLine bar = new ProgressLine(err, showProgress, showProgress ? estimate(sources) : OptionalLong.empty(),
                "versions");
        ImportTotals totals = ImportTotals.ZERO;
        try (Store store = db.open()) {
            for (VersionSource source : sources) {
                try (Stream<List<IncomingVersion>> articles = source.articles(problems)) {
                    ImportTotals before = totals;
                    ImportTotals sourceTotals = store.importAll(articles.iterator(), new ImportListener() {
                        @Override
                        public void imported(ImportResult result, ImportTotals soFar) {
                            bar.update(seen(before) + seen(soFar), (before.articles() + soFar.articles()) + " articles");
                        }

                        @Override
                        public boolean failed(ImportException error, ImportTotals soFar) {
                            report(err, error.getMessage());
                            return policy == OnError.SKIP;
                        }
                    });
                    totals = add(totals, sourceTotals);
                    if (sourceTotals.stopped()) {
                        break;
                    }
                } catch (IngestException e) {
                    bar.finish();
                    err.println("palimpsest import: stopped at " + e.getMessage());
                    totals = totals.withStopped();
                    break;
                }
            }
            bar.finish();
            out.println(summary(totals, problems.count(), store.description()));
        }
        out.flush();
        err.flush();
        return totals.errors() > 0 || problems.count() > 0 || totals.stopped() ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** Versions read so far: stored, unchanged or already there. */
    private static long seen(ImportTotals t) {
        return t.versionsStored() + t.unchanged() + t.duplicates();
    }

    /** The total for the progress bar's time left, when every input can tell it cheaply. */
    private static OptionalLong estimate(List<VersionSource> sources) {
        long total = 0;
        for (VersionSource source : sources) {
            OptionalLong n = source.estimatedVersions();
            if (n.isEmpty()) {
                return OptionalLong.empty();
            }
            total += n.getAsLong();
        }
        return OptionalLong.of(total);
    }

    private static VersionSource open(Path path) {
        try {
            return VersionSources.open(path);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void report(PrintWriter err, String message) {
        err.println("\r\u001b[Kpalimpsest import: " + message);
        err.flush();
    }

    private static ImportTotals add(ImportTotals a, ImportTotals b) {
        return new ImportTotals(a.articles() + b.articles(), a.versionsStored() + b.versionsStored(),
                a.reverts() + b.reverts(), a.unchanged() + b.unchanged(), a.duplicates() + b.duplicates(),
                a.errors() + b.errors(), a.stopped() || b.stopped());
    }

    static String summary(ImportTotals t, long skippedInputs, String where) {
        return String.format(Locale.ROOT,
                "Imported %,d article(s) into %s: %,d new versions (%,d reverts), %,d unchanged checks, %,d already stored;"
                        + " %,d articles failed, %,d bad inputs skipped%s",
                t.articles(), where, t.versionsStored(), t.reverts(), t.unchanged(), t.duplicates(), t.errors(),
                skippedInputs, t.stopped() ? "; stopped early (--on-error stop)" : "");
    }
}
