package dev.palimpsest.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.Blame;
import dev.palimpsest.core.history.SentenceThread;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.store.ArticleDetail;
import dev.palimpsest.store.ArticleQuery;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoredEvent;
import dev.palimpsest.store.VersionSummary;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.http.Params;
import dev.palimpsest.web.model.ArticleHistories;
import dev.palimpsest.web.model.WebHistory;
import dev.palimpsest.web.page.Urls;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/articles} and everything under one article: its versions (one with its sentences and
 * their blame), the diff of any two versions, sentence threads, change notes and observations.
 * Versions are named by number ({@code 0} is the first) or by id.
 */
public final class ArticlesApi {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    private final Store store;
    private final ArticleHistories histories;

    public ArticlesApi(Store store, ArticleHistories histories) {
        this.store = store;
        this.histories = histories;
    }

    public void list(Context ctx) {
        Optional<String> source = Params.text(ctx, "source", 500);
        Optional<LocalDate> fromDay = Params.date(ctx, "from");
        Optional<LocalDate> toDay = Params.date(ctx, "to");
        boolean changed = Params.flag(ctx, "changed");
        Params.PageRequest page = Params.page(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        ArticleQuery query = ArticleQuery.all().withChangedOnly(changed)
                .withRange(fromDay.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()),
                        toDay.map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .withPage(page.offset(), page.limit());
        Page<ArticleSummary> articles = store.articles(source.map(query::withSource).orElse(query));
        Json.send(ctx, ApiJson.page(articles, ApiJson::article, offset -> Urls.query("/api/articles", "source", source,
                "from", fromDay, "to", toDay, "changed", changed ? "true" : "", "offset", offset, "limit", page.limit())));
    }

    public void one(Context ctx) {
        ArticleDetail detail = histories.expectDetail(Params.publicId(ctx, "id", "article"));
        ObjectNode body = ApiJson.article(detail.article());
        ArrayNode versions = body.putArray("versions");
        detail.versions().forEach(v -> versions.add(ApiJson.version(detail.article().id(), v)));
        Json.send(ctx, body);
    }

    public void versions(Context ctx) {
        ArticleDetail detail = histories.expectDetail(Params.publicId(ctx, "id", "article"));
        Params.PageRequest page = Params.page(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        List<VersionSummary> all = detail.versions();
        List<VersionSummary> slice = all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit(), all.size()));
        Page<VersionSummary> p = new Page<>(slice, page.offset(), page.limit(), page.offset() + page.limit() < all.size());
        String id = detail.article().id();
        Json.send(ctx, ApiJson.page(p, v -> ApiJson.version(id, v),
                offset -> "/api/articles/" + id + "/versions?offset=" + offset + "&limit=" + page.limit()));
    }

    /** One version with its sentences, each with its thread and blame, and its change notes. */
    public void version(Context ctx) {
        WebHistory h = histories.expect(Params.publicId(ctx, "id", "article"));
        int v = versionRef(h, ctx.pathParam("version"), "version");
        ObjectNode body = ApiJson.version(h.article().id(), h.version(v));
        Document doc = h.history().documents().get(v);
        List<Blame> blame = h.history().blame(v);
        ArrayNode sentences = body.putArray("text");
        for (Sentence s : doc.sentences()) {
            ObjectNode o = ApiJson.sentence(s);
            Blame b = blame.get(s.index());
            o.put("thread", b.thread());
            o.put("introduced_in", b.introducedIn());
            o.put("last_changed_in", b.lastChangedIn());
            sentences.add(o);
        }
        ArrayNode notes = body.putArray("changes");
        h.notes().get(v).forEach(n -> notes.add(ApiJson.note(n)));
        Json.send(ctx, body);
    }

    /** {@code ?from=&to=}: any two versions, by number or id. */
    public void diff(Context ctx) {
        WebHistory h = histories.expect(Params.publicId(ctx, "id", "article"));
        int from = versionRef(h, Params.text(ctx, "from", 20).orElseThrow(() -> HttpProblem.badRequest("from is required")), "from");
        int to = versionRef(h, Params.text(ctx, "to", 20).orElseThrow(() -> HttpProblem.badRequest("to is required")), "to");
        Alignment alignment = histories.compare(h, from, to);
        Json.send(ctx, ApiJson.diff(h.article().id(), h.version(from), h.version(to), h.history().documents().get(from),
                h.history().documents().get(to), alignment));
    }

    public void threads(Context ctx) {
        WebHistory h = histories.expect(Params.publicId(ctx, "id", "article"));
        Params.PageRequest page = Params.page(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        List<SentenceThread> all = h.history().threads();
        List<SentenceThread> slice = all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit(), all.size()));
        Page<SentenceThread> p = new Page<>(slice, page.offset(), page.limit(), page.offset() + page.limit() < all.size());
        String id = h.article().id();
        ObjectNode body = ApiJson.page(p, ApiJson::thread,
                offset -> "/api/articles/" + id + "/threads?offset=" + offset + "&limit=" + page.limit());
        body.put("total", all.size());
        Json.send(ctx, body);
    }

    /** The change notes of every version after the first, oldest first. */
    public void changes(Context ctx) {
        WebHistory h = histories.expect(Params.publicId(ctx, "id", "article"));
        ObjectNode body = Json.object();
        body.put("article", h.article().id());
        ArrayNode items = body.putArray("items");
        for (int v = 1; v < h.size(); v++) {
            VersionSummary version = h.version(v);
            ObjectNode o = items.addObject();
            o.put("version", v);
            o.put("version_id", version.id());
            Json.put(o, "seen", version.seen());
            Json.put(o, "revert_of", version.revertOf());
            o.set("edits", ApiJson.summary(h.history().steps().get(v - 1).summary()));
            ArrayNode notes = o.putArray("changes");
            h.notes().get(v).forEach(n -> notes.add(ApiJson.note(n)));
        }
        Json.send(ctx, body);
    }

    /** Every observation of the article: first seen, changed, unchanged checks, reverts. */
    public void events(Context ctx) {
        ArticleDetail detail = histories.expectDetail(Params.publicId(ctx, "id", "article"));
        List<StoredEvent> events = store.events(detail.article().id());
        ObjectNode body = Json.object();
        body.put("article", detail.article().id());
        ArrayNode items = body.putArray("items");
        for (StoredEvent e : events) {
            ObjectNode o = items.addObject();
            o.put("kind", e.kind().name());
            Json.put(o, "seen", e.seen());
            Json.put(o, "version_id", e.versionId());
            o.put("recorded", e.recorded().toString());
        }
        Json.send(ctx, body);
    }

    /** A version number ({@code 0}, {@code 1}, …) or a version id of this article. */
    static int versionRef(WebHistory h, String ref, String name) {
        String r = ref.strip().toLowerCase(Locale.ROOT);
        if (r.matches("v?\\d{1,9}")) {
            int v = Integer.parseInt(r.startsWith("v") ? r.substring(1) : r);
            if (v >= h.size()) {
                throw HttpProblem.badRequest(name + ": this article has versions 0 to " + (h.size() - 1) + ", not " + v);
            }
            return v;
        }
        if (Params.isPublicId(r)) {
            for (VersionSummary v : h.detail().versions()) {
                if (v.id().equals(r)) {
                    return v.number();
                }
            }
            throw HttpProblem.badRequest(name + ": no version " + Params.quote(ref) + " in this article");
        }
        throw HttpProblem.badRequest(name + " must be a version number or a version id: " + Params.quote(ref));
    }
}
