package dev.palimpsest.cli.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.Page;
import dev.palimpsest.store.SearchHit;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** JSON of what the store lists: article pages and search results. */
public final class StoreJson {

    /** A body of JSON written to a generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private StoreJson() {
    }

    /** Writes one pretty-printed JSON document and a newline, leaving {@code out} open. */
    public static void write(PrintWriter out, Body body) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            body.write(g);
        }
        out.println();
    }

    public static void writeArticlePage(JsonGenerator g, Page<ArticleSummary> page) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("articles");
        for (ArticleSummary a : page.items()) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("source", a.source());
            g.writeStringField("key", a.articleKey());
            optional(g, "url", a.url());
            optional(g, "title", a.title());
            optionalTime(g, "first_seen", a.firstSeen());
            optionalTime(g, "last_changed", a.lastChanged());
            g.writeNumberField("versions", a.versionCount());
            g.writeNumberField("reverts", a.revertCount());
            g.writeEndObject();
        }
        g.writeEndArray();
        writePaging(g, page);
        g.writeEndObject();
    }

    public static void writeSearchPage(JsonGenerator g, String query, Page<SearchHit> page) throws IOException {
        g.writeStartObject();
        g.writeStringField("query", query);
        g.writeArrayFieldStart("hits");
        for (SearchHit h : page.items()) {
            g.writeStartObject();
            g.writeStringField("article", h.articleId());
            g.writeStringField("source", h.source());
            optional(g, "title", h.articleTitle());
            g.writeStringField("version", h.versionId());
            g.writeNumberField("version_number", h.versionNumber());
            g.writeStringField("field", h.field().name().toLowerCase(Locale.ROOT));
            g.writeStringField("presence", h.presence().name().toLowerCase(Locale.ROOT));
            g.writeStringField("text", h.text());
            g.writeStringField("snippet", h.snippet());
            g.writeEndObject();
        }
        g.writeEndArray();
        writePaging(g, page);
        g.writeEndObject();
    }

    private static void writePaging(JsonGenerator g, Page<?> page) throws IOException {
        g.writeNumberField("offset", page.offset());
        g.writeNumberField("limit", page.limit());
        g.writeBooleanField("has_more", page.hasMore());
    }

    static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    static void optionalTime(JsonGenerator g, String name, Optional<Instant> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get().toString());
        }
    }
}
