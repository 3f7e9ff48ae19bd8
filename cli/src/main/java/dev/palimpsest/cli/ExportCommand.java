package dev.palimpsest.cli;

import dev.palimpsest.store.Store;
import dev.palimpsest.store.export.ExportResult;
import dev.palimpsest.store.export.JsonLinesExporter;
import dev.palimpsest.store.export.NewsEditsExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the store: JSON Lines (one version a line, with its sentences), or NewsEdits'",
                "processed tables (split_sentences, matched_sentences, doc_level_stats) as SQLite or CSV."})
final class ExportCommand implements Callable<Integer> {

    enum Kind { JSONL, NEWSEDITS_SQLITE, NEWSEDITS_CSV }

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(paramLabel = "OUTPUT", description = "A .jsonl file, a .db file, or a folder for CSV files.")
    Path output;

    @Option(names = "--as", defaultValue = "jsonl", paramLabel = "KIND",
            description = "jsonl, newsedits-sqlite or newsedits-csv (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--source", paramLabel = "NAME", description = "Only this source.")
    Optional<String> source;

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Kind as = switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case "jsonl" -> Kind.JSONL;
            case "newsedits-sqlite", "newsedits" -> Kind.NEWSEDITS_SQLITE;
            case "newsedits-csv" -> Kind.NEWSEDITS_CSV;
            default -> throw new UsageException("--as must be jsonl, newsedits-sqlite or newsedits-csv, not \"" + kind + "\"");
        };
        if (as != Kind.NEWSEDITS_CSV && Files.exists(output) && !force) {
            throw new UsageException(output + ": exists already (use --force to overwrite)");
        }
        if (as != Kind.NEWSEDITS_CSV && Files.isDirectory(output)) {
            throw new UsageException(output + ": is a directory, expected a file");
        }
        if (as == Kind.NEWSEDITS_SQLITE && force) {
            Files.deleteIfExists(output);
        }
        ExportResult result;
        try (Store store = db.open()) {
            result = switch (as) {
                case JSONL -> new JsonLinesExporter(store).toFile(output, source);
                case NEWSEDITS_SQLITE -> new NewsEditsExporter(store).toSqlite(output, source);
                case NEWSEDITS_CSV -> new NewsEditsExporter(store).toCsv(output, source);
            };
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Exported " + result.articles() + " article(s), " + result.versions() + " version(s) to " + output
                + rows(result.rows()));
        out.flush();
        return ExitCodes.OK;
    }

    private static String rows(Map<String, Long> rows) {
        return rows.isEmpty() ? "" : ": " + rows.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " rows")
                .collect(Collectors.joining(", "));
    }
}
