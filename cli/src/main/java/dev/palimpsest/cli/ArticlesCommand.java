package dev.palimpsest.cli;

import dev.palimpsest.cli.json.StoreJson;
import dev.palimpsest.store.ArticleQuery;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = "List stored articles, most recently changed first.")
final class ArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--source", paramLabel = "NAME", description = "Only this source.")
    Optional<String> source;

    @Option(names = "--since", paramLabel = "DATE", description = "Last changed on or after DATE (2011-03-30 or ISO instant).")
    Optional<String> since;

    @Option(names = "--until", paramLabel = "DATE", description = "Last changed before DATE.")
    Optional<String> until;

    @Option(names = "--changed", description = "Only articles with more than one version.")
    boolean changedOnly;

    @Mixin
    PageOptions page;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        int limit = page.limit(ArticleQuery.DEFAULT_LIMIT, ArticleQuery.MAX_LIMIT);
        ArticleQuery query = new ArticleQuery(source, since.map(s -> instant("--since", s)), until.map(s -> instant("--until", s)),
                changedOnly, page.offset, limit);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = db.open()) {
            Page<ArticleSummary> articles = store.articles(query);
            switch (format) {
                case JSON -> StoreJson.write(out, g -> StoreJson.writeArticlePage(g, articles));
                case TEXT -> {
                    for (ArticleSummary a : articles.items()) {
                        out.println(a.id() + "  " + a.source() + "  " + a.versionCount() + " version"
                                + (a.versionCount() == 1 ? " " : "s") + "  "
                                + a.lastChanged().map(Instant::toString).orElse("time unknown") + "  "
                                + a.title().or(a::url).orElse(a.articleKey()));
                    }
                    if (articles.items().isEmpty()) {
                        out.println("No articles" + (page.offset > 0 ? " on this page." : " match."));
                    }
                    PageOptions.printMore(articles, out);
                }
                case HTML -> throw new UsageException("--format html is not offered by articles; use text or json");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Instant instant(String option, String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": cannot read \"" + value + "\" as a date (2011-03-30) or instant (2011-03-30T12:00:00Z)");
        }
    }
}
