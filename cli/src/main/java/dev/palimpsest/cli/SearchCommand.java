package dev.palimpsest.cli;

import dev.palimpsest.cli.json.StoreJson;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.SearchHit;
import dev.palimpsest.store.SearchQuery;
import dev.palimpsest.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Find articles by words that were ever in them, in any version.",
                "Plain words must all occur; \"quoted phrases\" must occur as written. --deleted finds removed sentences."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words and \"phrases\".")
    List<String> words;

    @Option(names = "--deleted", description = "Only sentences no longer in the latest version.")
    boolean deletedOnly;

    @Option(names = "--source", paramLabel = "NAME", description = "Only this source.")
    Optional<String> source;

    @Mixin
    PageOptions page;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        String text = String.join(" ", words);
        if (text.isBlank()) {
            throw new UsageException("the query is empty");
        }
        int limit = page.limit(SearchQuery.DEFAULT_LIMIT, SearchQuery.MAX_LIMIT);
        SearchQuery query = new SearchQuery(text, source, deletedOnly, page.offset, limit);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = db.open()) {
            Page<SearchHit> hits = store.search(query);
            switch (format) {
                case JSON -> StoreJson.write(out, g -> StoreJson.writeSearchPage(g, text, hits));
                case TEXT -> {
                    for (SearchHit h : hits.items()) {
                        out.println(h.articleId() + " v" + h.versionNumber() + "  [" + h.presence().name().toLowerCase(Locale.ROOT)
                                + "]  " + h.articleTitle().orElse(h.source()));
                        out.println("    " + h.snippet());
                    }
                    if (hits.items().isEmpty()) {
                        out.println("No matches for " + text);
                    }
                    PageOptions.printMore(hits, out);
                }
                case HTML -> throw new UsageException("--format html is not offered by search; use text or json");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
