package dev.palimpsest.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.palimpsest.store.DailyEdits;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.RecentChange;
import dev.palimpsest.store.SearchHit;
import dev.palimpsest.store.SearchQuery;
import dev.palimpsest.store.SourceStability;
import dev.palimpsest.store.Store;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.Params;
import dev.palimpsest.web.page.ChangeLists;
import dev.palimpsest.web.page.SearchPage;
import dev.palimpsest.web.page.Urls;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@code /api/changes}, {@code /api/search}, {@code /api/sources} and {@code /api/stats}: reads across articles. */
public final class ChangesApi {

    private final Store store;

    public ChangesApi(Store store) {
        this.store = store;
    }

    /** The newest versions after the first, across all articles or one source, optionally in a range of days. */
    public void changes(Context ctx) {
        Optional<String> source = knownSource(ctx);
        Optional<LocalDate> fromDay = Params.date(ctx, "from");
        Optional<LocalDate> toDay = Params.date(ctx, "to");
        Params.PageRequest page = Params.page(ctx, ArticlesApi.DEFAULT_LIMIT, ArticlesApi.MAX_LIMIT);
        Page<RecentChange> changes = ChangeLists.recent(store, source,
                fromDay.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()),
                toDay.map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()), page.offset(), page.limit());
        Json.send(ctx, ApiJson.page(changes, ApiJson::change, offset -> Urls.query("/api/changes", "source", source,
                "from", fromDay, "to", toDay, "offset", offset, "limit", page.limit())));
    }

    public void search(Context ctx) {
        String q = Params.text(ctx, "q", SearchPage.MAX_QUERY).orElseThrow(() -> HttpProblem.badRequest("q is required"));
        Optional<String> source = Params.text(ctx, "source", 500);
        boolean deleted = Params.flag(ctx, "deleted");
        Params.PageRequest page = Params.page(ctx, SearchQuery.DEFAULT_LIMIT, ArticlesApi.MAX_LIMIT);
        SearchQuery query = SearchQuery.of(q).withDeletedOnly(deleted).withPage(page.offset(), page.limit());
        Page<SearchHit> hits = store.search(source.map(query::withSource).orElse(query));
        Json.send(ctx, ApiJson.page(hits, ApiJson::hit, offset -> Urls.query("/api/search", "q", q, "source", source,
                "deleted", deleted ? "true" : "", "offset", offset, "limit", page.limit())));
    }

    public void sources(Context ctx) {
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("items");
        for (String s : store.sources()) {
            ObjectNode o = items.addObject();
            o.put("name", s);
            ObjectNode links = o.putObject("links");
            links.put("articles", Urls.query("/api/articles", "source", s));
            links.put("changes", Urls.query("/api/changes", "source", s));
            links.put("feed", Urls.sourceFeed(s));
        }
        Json.send(ctx, body);
    }

    public void stats(Context ctx) {
        Optional<String> source = knownSource(ctx);
        ObjectNode body = Json.object();
        ArrayNode edits = body.putArray("edits_over_time");
        for (DailyEdits d : store.editsOverTime(source)) {
            ObjectNode o = edits.addObject();
            o.put("source", d.source());
            o.put("day", d.day().toString());
            o.put("versions", d.versions());
            o.put("articles", d.articles());
        }
        ArrayNode most = body.putArray("most_edited");
        store.mostEdited(source, 20).forEach(a -> most.add(ApiJson.article(a)));
        ArrayNode stability = body.putArray("stability");
        List<SourceStability> rows = store.stability();
        for (SourceStability s : rows) {
            if (source.isPresent() && !source.get().equals(s.source())) {
                continue;
            }
            ObjectNode o = stability.addObject();
            o.put("source", s.source());
            o.put("articles", s.articles());
            o.put("changed_articles", s.changedArticles());
            Json.put(o, "median_seconds_to_stability", s.medianTimeToStability().map(java.time.Duration::toSeconds));
            Json.put(o, "p90_seconds_to_stability", s.p90TimeToStability().map(java.time.Duration::toSeconds));
        }
        Json.send(ctx, body);
    }

    private Optional<String> knownSource(Context ctx) {
        Optional<String> source = Params.text(ctx, "source", 500);
        if (source.isPresent() && !store.sources().contains(source.get())) {
            throw HttpProblem.notFound("No source " + Params.quote(source.get()) + ".");
        }
        return source;
    }
}
