package dev.palimpsest.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.palimpsest.store.Store;
import dev.palimpsest.web.api.ArticlesApi;
import dev.palimpsest.web.api.ChangesApi;
import dev.palimpsest.web.api.ImportApi;
import dev.palimpsest.web.api.Json;
import dev.palimpsest.web.feed.Feeds;
import dev.palimpsest.web.http.AdminAuth;
import dev.palimpsest.web.http.Assets;
import dev.palimpsest.web.http.SecurityHeaders;
import dev.palimpsest.web.model.ArticleHistories;
import dev.palimpsest.web.page.ApiDocsPage;
import dev.palimpsest.web.page.ArticlePage;
import dev.palimpsest.web.page.HomePage;
import dev.palimpsest.web.page.RawVersions;
import dev.palimpsest.web.page.SearchPage;
import dev.palimpsest.web.page.StatsPage;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The Palimpsest server over one store: pages, the JSON API, Atom feeds. Every route is declared in
 * {@link #routes}, each a method of a small handler class; failures become responses in one place
 * ({@link ErrorMapper}); every response carries the security headers. Read-only unless the config
 * has an admin token.
 *
 * <pre>{@code
 * try (Store store = Store.open("palimpsest.db");
 *      WebServer server = WebServer.start(store, WebConfig.defaults().withPort(0))) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {

    static final String OPENAPI_RESOURCE = "/dev/palimpsest/web/openapi.json";

    private final Javalin app;
    private final WebConfig config;

    private WebServer(Javalin app, WebConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * Starts serving {@code store} as {@code config} says and returns once the server listens.
     *
     * @throws IllegalStateException when the port cannot be bound (Javalin's message says why)
     */
    public static WebServer start(Store store, WebConfig config) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(config, "config");
        byte[] openApi = resource(OPENAPI_RESOURCE);
        JsonNode openApiTree;
        try {
            openApiTree = Json.MAPPER.readTree(openApi);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled OpenAPI document unreadable", e);
        }
        ArticleHistories histories = new ArticleHistories(store, config.maxDiffSentences());
        Handlers h = new Handlers(new HomePage(store), new ArticlePage(histories), new SearchPage(store), new StatsPage(store),
                new RawVersions(store), new ApiDocsPage(openApiTree), new Assets(),
                new ArticlesApi(store, histories), new ChangesApi(store),
                new ImportApi(store, histories, new AdminAuth(config.adminToken()), config.maxImportBytes()),
                new Feeds(store, histories, config), openApi);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = config.maxImportBytes();
            cfg.router.ignoreTrailingSlashes = true;
            routes(cfg.routes, h);
        });
        app.start(config.host(), config.port());
        return new WebServer(app, config);
    }

    /** The handlers behind the routes, built once per server. */
    private record Handlers(HomePage home, ArticlePage article, SearchPage search, StatsPage stats, RawVersions raw,
            ApiDocsPage apiDocs, Assets assets, ArticlesApi articles, ChangesApi changes, ImportApi importer, Feeds feeds,
            byte[] openApi) {

        void openApi(Context ctx) {
            ctx.contentType("application/json; charset=utf-8").result(openApi);
        }
    }

    private static void routes(RoutesConfig r, Handlers h) {
        r.before(SecurityHeaders::apply);
        // Pages
        r.get("/", h.home()::show);
        r.get("/articles/{id}", h.article()::show);
        r.get("/articles/{id}/locate", h.article()::locate);
        r.get("/versions/{id}/raw", h.raw()::show);
        r.get("/search", h.search()::show);
        r.get("/stats", h.stats()::show);
        r.get("/api", h.apiDocs()::show);
        r.get("/assets/{name}", h.assets()::serve);
        r.get("/favicon.ico", h.assets()::favicon);
        // JSON API
        r.get("/api/openapi.json", h::openApi);
        r.get("/api/articles", h.articles()::list);
        r.get("/api/articles/{id}", h.articles()::one);
        r.get("/api/articles/{id}/versions", h.articles()::versions);
        r.get("/api/articles/{id}/versions/{version}", h.articles()::version);
        r.get("/api/articles/{id}/diff", h.articles()::diff);
        r.get("/api/articles/{id}/threads", h.articles()::threads);
        r.get("/api/articles/{id}/changes", h.articles()::changes);
        r.get("/api/articles/{id}/events", h.articles()::events);
        r.get("/api/changes", h.changes()::changes);
        r.get("/api/search", h.changes()::search);
        r.get("/api/sources", h.changes()::sources);
        r.get("/api/stats", h.changes()::stats);
        r.post("/api/import", h.importer()::importLines);
        // Atom feeds
        r.get("/feeds/changes.atom", h.feeds()::changes);
        r.get("/feeds/sources/{file}", h.feeds()::source);
        r.get("/feeds/articles/{file}", h.feeds()::article);
        ErrorMapper.register(r);
    }

    /** The port listened on (the one picked when the config said 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser: {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + "/";
    }

    public WebConfig config() {
        return config;
    }

    /** Stops serving; the store stays open (its owner closes it). */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
