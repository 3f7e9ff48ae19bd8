package dev.palimpsest.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.palimpsest.core.align.Alignment;
import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.align.Edit;
import dev.palimpsest.core.align.WordOp;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.history.SentenceThread;
import dev.palimpsest.core.history.ThreadStep;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.render.ChangeNote;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.RecentChange;
import dev.palimpsest.store.SearchHit;
import dev.palimpsest.store.VersionSummary;
import dev.palimpsest.web.page.Urls;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The API's JSON shapes. Diffs use the shape of {@code palimpsest diff --format json} (edits with
 * {@code type}, {@code old}, {@code new}, {@code moved}, {@code similarity}, {@code words}); every
 * object that has a page or a feed links to it.
 */
final class ApiJson {

    private ApiJson() {
    }

    /** {@code {"items": [...], "offset", "limit", "has_more", "next"}}; {@code next} is the next page's URL or null. */
    static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> item, IntFunction<String> urlAt) {
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("items");
        page.items().forEach(t -> items.add(item.apply(t)));
        body.put("offset", page.offset());
        body.put("limit", page.limit());
        body.put("has_more", page.hasMore());
        if (page.hasMore()) {
            body.put("next", urlAt.apply(page.offset() + page.limit()));
        } else {
            body.putNull("next");
        }
        return body;
    }

    static ObjectNode article(ArticleSummary a) {
        ObjectNode o = Json.object();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("article_key", a.articleKey());
        Json.put(o, "url", a.url());
        Json.put(o, "title", a.title());
        Json.put(o, "first_seen", a.firstSeen());
        Json.put(o, "last_changed", a.lastChanged());
        o.put("version_count", a.versionCount());
        o.put("revert_count", a.revertCount());
        ObjectNode links = o.putObject("links");
        links.put("self", "/api/articles/" + a.id());
        links.put("html", Urls.article(a.id()));
        links.put("versions", "/api/articles/" + a.id() + "/versions");
        links.put("feed", Urls.articleFeed(a.id()));
        return o;
    }

    static ObjectNode version(String articleId, VersionSummary v) {
        ObjectNode o = Json.object();
        o.put("id", v.id());
        o.put("number", v.number());
        Json.put(o, "seen", v.seen());
        Json.put(o, "title", v.title());
        Json.put(o, "byline", v.byline());
        Json.put(o, "url", v.url());
        o.put("content_hash", v.contentHash());
        Json.put(o, "revert_of", v.revertOf());
        o.put("sentences", v.sentences());
        if (v.edits().isPresent()) {
            o.set("edits", summary(v.edits().get()));
        } else {
            o.putNull("edits");
        }
        o.put("churn", Math.round(v.churn() * 1000) / 1000.0);
        ObjectNode links = o.putObject("links");
        links.put("self", "/api/articles/" + articleId + "/versions/" + v.number());
        links.put("raw", Urls.raw(v.id()));
        links.put("html", Urls.article(articleId) + "#v" + v.number());
        return o;
    }

    static ObjectNode diff(String articleId, VersionSummary from, VersionSummary to, Document oldDoc, Document newDoc,
            Alignment alignment) {
        ObjectNode o = Json.object();
        o.put("article", articleId);
        o.set("from", ref(from));
        o.set("to", ref(to));
        o.set("old", document(oldDoc));
        o.set("new", document(newDoc));
        ArrayNode edits = o.putArray("edits");
        alignment.edits().forEach(e -> edits.add(edit(e)));
        o.set("summary", summary(alignment.summary()));
        o.put("html", Urls.compare(articleId, from.number(), to.number(), false,
                "d" + from.number() + "-" + to.number()));
        return o;
    }

    private static ObjectNode ref(VersionSummary v) {
        ObjectNode o = Json.object();
        o.put("number", v.number());
        o.put("id", v.id());
        Json.put(o, "seen", v.seen());
        return o;
    }

    static ObjectNode document(Document doc) {
        ObjectNode o = Json.object();
        ArrayNode sentences = o.putArray("sentences");
        doc.sentences().forEach(s -> sentences.add(sentence(s)));
        return o;
    }

    static ObjectNode sentence(Sentence s) {
        ObjectNode o = Json.object();
        o.put("index", s.index());
        o.put("paragraph", s.paragraph());
        o.put("text", s.text());
        o.put("role", s.role().name().toLowerCase(Locale.ROOT));
        return o;
    }

    static ObjectNode edit(Edit edit) {
        ObjectNode o = Json.object();
        o.put("type", edit.type().name());
        o.set("old", Json.ints(edit.oldIndices()));
        o.set("new", Json.ints(edit.newIndices()));
        boolean matched = !edit.oldIndices().isEmpty() && !edit.newIndices().isEmpty();
        if (matched) {
            o.put("moved", edit.moved());
            o.put("similarity", Math.round(edit.similarity() * 1000) / 1000.0);
            if (!(edit instanceof Edit.Unchanged)) {
                o.set("words", words(edit.words().ops()));
            }
        }
        return o;
    }

    static ArrayNode words(List<WordOp> ops) {
        ArrayNode a = Json.array();
        for (WordOp op : ops) {
            ObjectNode w = a.addObject();
            w.put("op", op.op().name());
            w.put("text", op.text());
        }
        return a;
    }

    static ObjectNode summary(AlignmentSummary s) {
        ObjectNode o = Json.object();
        o.put("unchanged", s.unchanged());
        o.put("edited", s.edited());
        o.put("added", s.added());
        o.put("deleted", s.deleted());
        o.put("moved", s.moved());
        o.put("split", s.split());
        o.put("merged", s.merged());
        return o;
    }

    static ObjectNode note(ChangeNote n) {
        ObjectNode o = Json.object();
        o.put("kind", n.kind());
        o.put("text", n.text());
        o.set("old", Json.ints(n.oldSentences()));
        o.set("new", Json.ints(n.newSentences()));
        return o;
    }

    static ObjectNode thread(SentenceThread t) {
        ObjectNode o = Json.object();
        o.put("id", t.id());
        o.put("first_version", t.firstVersion());
        Json.put(o, "forked_from", t.forkedFrom());
        o.put("survives", t.survives());
        ArrayNode steps = o.putArray("steps");
        for (ThreadStep s : t.steps()) {
            ObjectNode st = steps.addObject();
            st.put("version", s.version());
            st.put("kind", s.kind().name());
            if (s.kind().present()) {
                st.put("sentence", s.sentence());
            } else {
                st.putNull("sentence");
            }
            st.put("moved", s.moved());
            Json.put(st, "other_thread", s.otherThread());
            if (!s.words().ops().isEmpty() && !s.words().isIdentity()) {
                st.set("words", words(s.words().ops()));
            }
        }
        return o;
    }

    static ObjectNode change(RecentChange c) {
        ObjectNode o = Json.object();
        o.put("version_id", c.versionId());
        o.put("article_id", c.articleId());
        o.put("source", c.source());
        Json.put(o, "title", c.title());
        Json.put(o, "url", c.url());
        Json.put(o, "seen", c.seen());
        o.put("number", c.number());
        o.put("revert", c.revert());
        o.put("summary", c.summary());
        ObjectNode links = o.putObject("links");
        links.put("article", "/api/articles/" + c.articleId());
        links.put("diff", "/api/articles/" + c.articleId() + "/diff?from=" + (c.number() - 1) + "&to=" + c.number());
        links.put("html", Urls.compare(c.articleId(), c.number() - 1, c.number(), false, "d" + (c.number() - 1) + "-" + c.number()));
        return o;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode o = Json.object();
        o.put("article_id", h.articleId());
        o.put("source", h.source());
        Json.put(o, "article_title", h.articleTitle());
        o.put("version_id", h.versionId());
        o.put("version_number", h.versionNumber());
        o.put("field", h.field().name());
        o.put("text", h.text());
        o.put("presence", h.presence().name());
        o.put("snippet", h.snippet());
        ArrayNode highlights = o.putArray("highlights");
        h.highlights().forEach(s -> {
            ObjectNode span = highlights.addObject();
            span.put("start", s.start());
            span.put("end", s.end());
        });
        ObjectNode links = o.putObject("links");
        links.put("article", "/api/articles/" + h.articleId());
        links.put("html", h.field() == SearchHit.Field.TITLE ? Urls.article(h.articleId()) + "#v" + h.versionNumber()
                : Urls.locate(h.articleId(), h.versionNumber(), h.text()));
        return o;
    }
}
