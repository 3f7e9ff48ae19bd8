package dev.palimpsest.store.export;

import dev.palimpsest.core.align.AlignmentSummary;
import dev.palimpsest.core.document.Document;
import dev.palimpsest.core.text.Sentence;
import dev.palimpsest.store.ArticleSummary;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoredHistory;
import dev.palimpsest.store.VersionSummary;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes stored articles as JSON Lines, one line per version, the versions of an article on
 * consecutive lines, oldest first:
 * <pre>
 * {"article": "101", "source": "ap", "url": "https://...", "title": "...", "created": "2019-08-01T04:12:07Z",
 *  "text": "First paragraph.\n\nSecond paragraph.", "format": "text",
 *  "article_id": "3f2a...", "version": 0, "version_id": "9c1d...",
 *  "sentences": [{"index": 0, "paragraph": 0, "text": "First paragraph."}, ...],
 *  "edits": {"unchanged": 3, "edited": 1, "added": 0, "deleted": 0, "moved": 0, "split": 0, "merged": 0}}
 * </pre>
 * {@code text} is the normalized text (entities decoded, tags stripped, paragraphs separated by a
 * blank line); {@code url}, {@code title}, {@code created} and {@code edits} (against the previous
 * version; the first has none) are {@code null} when unknown. The first seven fields are what
 * {@code palimpsest import} reads from JSON Lines, so an export can be imported again.
 */
public final class JsonLinesExporter {

    /** The key of {@link ExportResult#rows(String)} that counts lines written. */
    public static final String LINES = "lines";

    private final Store store;

    public JsonLinesExporter(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Writes a new file, as {@code <file>.part} renamed when complete.
     *
     * @param source only this source's articles, or all
     * @throws IllegalArgumentException naming the file when it exists
     */
    public ExportResult toFile(Path file, Optional<String> source) throws IOException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + ": already exists");
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            ExportResult result;
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                result = write(out, source);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Writes to {@code out} (not closed), e.g. standard output. */
    public ExportResult write(Writer out, Optional<String> source) throws IOException {
        long articles = 0;
        long versions = 0;
        StoredArticles all = new StoredArticles(store, source);
        while (all.hasNext()) {
            StoredHistory h = all.next();
            for (int v = 0; v < h.history().versions().size(); v++) {
                out.write(line(h, v));
                out.write('\n');
                versions++;
            }
            articles++;
        }
        out.flush();
        return new ExportResult(articles, versions, Map.of(LINES, versions));
    }

    /** One version as one JSON object (no line end). */
    static String line(StoredHistory h, int v) {
        ArticleSummary article = h.article().article();
        VersionSummary version = h.article().versions().get(v);
        Document doc = h.history().documents().get(v);
        StringBuilder out = new StringBuilder("{");
        JsonText.string(JsonText.name(out, "article"), article.articleKey());
        JsonText.string(JsonText.name(out, "source"), article.source());
        optional(out, "url", version.url().or(article::url));
        optional(out, "title", version.title());
        optional(out, "created", version.seen().map(Object::toString));
        JsonText.string(JsonText.name(out, "text"), doc.text().text());
        JsonText.string(JsonText.name(out, "format"), "text");
        JsonText.string(JsonText.name(out, "article_id"), article.id());
        JsonText.name(out, "version").append(v);
        JsonText.string(JsonText.name(out, "version_id"), version.id());
        JsonText.name(out, "sentences").append('[');
        for (Sentence s : doc.sentences()) {
            if (s.index() > 0) {
                out.append(", ");
            }
            out.append('{');
            JsonText.name(out, "index").append(s.index());
            JsonText.name(out, "paragraph").append(s.paragraph());
            JsonText.string(JsonText.name(out, "text"), s.text());
            out.append('}');
        }
        out.append(']');
        JsonText.name(out, "edits");
        Optional<AlignmentSummary> edits = version.edits();
        if (edits.isPresent()) {
            AlignmentSummary e = edits.orElseThrow();
            out.append("{\"unchanged\": ").append(e.unchanged()).append(", \"edited\": ").append(e.edited())
                    .append(", \"added\": ").append(e.added()).append(", \"deleted\": ").append(e.deleted())
                    .append(", \"moved\": ").append(e.moved()).append(", \"split\": ").append(e.split())
                    .append(", \"merged\": ").append(e.merged()).append('}');
        } else {
            out.append("null");
        }
        return out.append('}').toString();
    }

    private static void optional(StringBuilder out, String name, Optional<String> value) {
        JsonText.name(out, name);
        if (value.isPresent()) {
            JsonText.string(out, value.orElseThrow());
        } else {
            out.append("null");
        }
    }
}
