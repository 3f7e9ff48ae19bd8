package dev.palimpsest.cli;

import dev.palimpsest.store.Store;
import dev.palimpsest.web.WebConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI, the JSON API (/api) and Atom feeds (/feeds) over a store, until Ctrl-C.",
                "Read-only unless an admin token is given; then POST /api/import takes 'Authorization: Bearer <token>'."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", defaultValue = WebConfig.DEFAULT_HOST, paramLabel = "H",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--admin-token", defaultValue = "${env:PALIMPSEST_ADMIN_TOKEN}", paramLabel = "T",
            description = "Enables endpoints that change data, for requests bearing this token (at least 16 characters;"
                    + " default: the PALIMPSEST_ADMIN_TOKEN environment variable, which keeps it out of the process list).")
    String adminToken;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public address for absolute links in feeds, e.g. https://news.example.org (default: as requested).")
    String baseUrl;

    @Override
    public Integer call() {
        WebConfig config = Serving.config(host, port, adminToken);
        if (baseUrl != null && !baseUrl.isBlank()) {
            try {
                config = config.withBaseUrl(baseUrl);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--base-url: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Store store = db.open();
        try {
            return Serving.serve(store, config, server -> {
                out.println("Palimpsest is serving " + store.description() + " at " + server.url());
                out.println("  API: " + server.url() + "api   feeds: " + server.url() + "feeds/changes.atom");
                out.println(server.config().writable() ? "  Admin token set: POST /api/import is enabled."
                        : "  Read-only (start with --admin-token to enable imports over HTTP).");
                out.println("Press Ctrl-C to stop.");
                out.flush();
            });
        } finally {
            store.close();
        }
    }
}
