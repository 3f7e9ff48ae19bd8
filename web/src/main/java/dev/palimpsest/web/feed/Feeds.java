package dev.palimpsest.web.feed;

import dev.palimpsest.render.ChangeNote;
import dev.palimpsest.render.HistoryFormat;
import dev.palimpsest.render.HistoryIds;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.RecentChange;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.VersionSummary;
import dev.palimpsest.web.WebConfig;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.Params;
import dev.palimpsest.web.model.ArticleHistories;
import dev.palimpsest.web.model.WebHistory;
import dev.palimpsest.web.page.ChangeLists;
import dev.palimpsest.web.page.Layout;
import dev.palimpsest.web.page.Urls;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Atom feeds: {@code /feeds/changes.atom} (every new version, newest first), {@code /feeds/sources/{source}.atom}
 * and {@code /feeds/articles/{id}.atom}. Each entry is one new version: its title names the article
 * and the version, its summary is the change summary, its link opens the diff with the version before.
 * A version without a time is dated by the newest time in the feed, or the epoch.
 */
public final class Feeds {

    static final int ENTRIES = 50;
    private static final String SUFFIX = ".atom";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:\\d{1,5})?");

    private final Store store;
    private final ArticleHistories histories;
    private final WebConfig config;

    public Feeds(Store store, ArticleHistories histories, WebConfig config) {
        this.store = store;
        this.histories = histories;
        this.config = config;
    }

    public void changes(Context ctx) {
        changeFeed(ctx, Optional.empty(), "/feeds/changes.atom", "/");
    }

    public void source(Context ctx) {
        String source = strip(ctx.pathParam("file"), "source");
        if (!store.sources().contains(source)) {
            throw HttpProblem.notFound("No source " + Params.quote(source) + ".");
        }
        changeFeed(ctx, Optional.of(source), Urls.sourceFeed(source), Urls.query("/", "source", source));
    }

    public void article(Context ctx) {
        String id = strip(ctx.pathParam("file"), "article");
        WebHistory h = histories.expect(id);
        String base = base(ctx);
        String title = Layout.name(HistoryFormat.title(h.history()).or(() -> h.article().title()), h.article().articleKey());
        Instant updated = h.detail().latest().seen().orElse(Instant.EPOCH);
        AtomWriter atom = new AtomWriter(AtomWriter.urn("article:" + id), "Changes to \u201c" + title + "\u201d",
                base + Urls.articleFeed(id), base + Urls.article(id), updated);
        for (int v = h.size() - 1; v >= 1; v--) {
            VersionSummary version = h.version(v);
            String summary = h.notes().get(v).isEmpty()
                    ? counts(h, v)
                    : h.notes().get(v).stream().map(ChangeNote::text).collect(Collectors.joining("\n"));
            if (version.isRevert()) {
                summary = "Reverted to an earlier text.\n" + summary;
            }
            atom.entry(AtomWriter.urn("version:" + version.id()), HistoryFormat.name(v) + ": " + version.title().orElse(title),
                    version.seen().orElse(updated), base + Urls.compare(id, v - 1, v, false, HistoryIds.diff(v - 1, v)), summary,
                    Optional.of(h.article().source()));
        }
        send(ctx, atom.finish());
    }

    private void changeFeed(Context ctx, Optional<String> source, String self, String html) {
        String base = base(ctx);
        Page<RecentChange> changes = store.recentChanges(source, 0, ENTRIES);
        Instant updated = changes.items().stream().flatMap(c -> c.seen().stream()).max(Instant::compareTo).orElse(Instant.EPOCH);
        AtomWriter atom = new AtomWriter(AtomWriter.urn(source.map(s -> "source:" + s).orElse("changes")),
                "Palimpsest: " + source.map(s -> "changes in " + s).orElse("all changes"), base + self, base + html, updated);
        Map<String, String> names = new HashMap<>();
        for (RecentChange c : changes.items()) {
            int v = c.number();
            String title = ChangeLists.name(store, c.articleId(), c.title(), names);
            atom.entry(AtomWriter.urn("version:" + c.versionId()), HistoryFormat.name(v) + ": " + title, c.seen().orElse(updated),
                    base + Urls.compare(c.articleId(), v - 1, v, false, HistoryIds.diff(v - 1, v)), c.summary(),
                    Optional.of(c.source()));
        }
        send(ctx, atom.finish());
    }

    private static String counts(WebHistory h, int v) {
        var s = h.history().steps().get(v - 1).summary();
        return "Sentences: " + s.edited() + " edited, " + s.added() + " added, " + s.deleted() + " deleted, " + s.moved() + " moved.";
    }

    private static String strip(String file, String what) {
        if (!file.endsWith(SUFFIX) || file.length() == SUFFIX.length()) {
            throw HttpProblem.notFound("No such feed: feeds of " + what + "s end in " + SUFFIX + ".");
        }
        return file.substring(0, file.length() - SUFFIX.length());
    }

    /** Absolute links need a base: the configured one, or the scheme and host this request came to, if sane. */
    private String base(Context ctx) {
        if (config.baseUrl().isPresent()) {
            return config.baseUrl().get();
        }
        String host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) {
            host = config.host() + ":" + ctx.port();
        }
        return ("https".equals(ctx.scheme()) ? "https" : "http") + "://" + host;
    }

    private static void send(Context ctx, String xml) {
        ctx.contentType("application/atom+xml; charset=utf-8").result(xml.getBytes(StandardCharsets.UTF_8));
    }
}
