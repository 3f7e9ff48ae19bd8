package dev.palimpsest.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.IngestException;
import dev.palimpsest.ingest.IngestProblem;
import dev.palimpsest.ingest.jsonl.JsonLinesSource;
import dev.palimpsest.store.ImportException;
import dev.palimpsest.store.ImportListener;
import dev.palimpsest.store.ImportTotals;
import dev.palimpsest.store.Store;
import dev.palimpsest.web.http.AdminAuth;
import dev.palimpsest.web.http.HttpProblem;
import dev.palimpsest.web.model.ArticleHistories;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code POST /api/import}: versions in the JSON Lines ingest format (one
 * {@code {"article", "url", "title", "created", "text", "source", "format"}} object a line), imported
 * like {@code palimpsest import}: one transaction per article, bad lines and articles skipped and
 * reported. Needs the admin token. The body is spooled to a temporary file (the reader seeks) and
 * refused beyond the configured size.
 */
public final class ImportApi {

    /** Problems listed in a response at most; the count is always complete. */
    private static final int MAX_PROBLEMS = 100;
    private static final String SOURCE = "import";

    private final Store store;
    private final ArticleHistories histories;
    private final AdminAuth auth;
    private final long maxBytes;

    public ImportApi(Store store, ArticleHistories histories, AdminAuth auth, long maxBytes) {
        this.store = store;
        this.histories = histories;
        this.auth = auth;
        this.maxBytes = maxBytes;
    }

    public void importLines(Context ctx) throws IOException {
        auth.require(ctx);
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,19}") && Long.parseLong(length) > maxBytes) {
            throw HttpProblem.tooLarge("The body has " + length + " bytes; this server imports at most " + maxBytes + " at a time.");
        }
        Path dir = Files.createTempDirectory("palimpsest-import-");
        try {
            Path file = dir.resolve("request.jsonl");
            long size = spool(ctx.bodyInputStream(), file);
            if (size == 0) {
                throw HttpProblem.badRequest("The body is empty: send versions as JSON Lines, one object a line.");
            }
            List<IngestProblem> problems = new ArrayList<>();
            int[] problemCount = {0};
            ImportTotals totals;
            try (Stream<List<IncomingVersion>> articles = new JsonLinesSource(file, SOURCE).articles(p -> {
                problemCount[0]++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(p);
                }
            })) {
                totals = store.importAll(articles.iterator(), new ImportListener() {
                    @Override
                    public boolean failed(ImportException error, ImportTotals soFar) {
                        problemCount[0]++;
                        if (problems.size() < MAX_PROBLEMS) {
                            problems.add(error.problem());
                        }
                        return true;
                    }
                });
            } catch (IngestException | UncheckedIOException e) {
                throw HttpProblem.badRequest("Cannot read the body: " + e.getMessage().replace(file.toString(), "line"));
            } finally {
                histories.clear();
            }
            ObjectNode body = Json.object();
            body.put("articles", totals.articles());
            body.put("versions_stored", totals.versionsStored());
            body.put("reverts", totals.reverts());
            body.put("unchanged", totals.unchanged());
            body.put("duplicates", totals.duplicates());
            body.put("errors", totals.errors());
            body.put("problem_count", problemCount[0]);
            ArrayNode list = body.putArray("problems");
            for (IngestProblem p : problems) {
                ObjectNode o = list.addObject();
                o.put("where", p.origin().replace(file.toString(), "line"));
                o.put("reason", p.message());
            }
            boolean nothing = totals.articles() == 0 && problemCount[0] > 0;
            Json.send(ctx, nothing ? 400 : 200, nothing ? withError(body) : body);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static ObjectNode withError(ObjectNode body) {
        ObjectNode error = Json.error(400, "Nothing could be imported: see problems.");
        ((ObjectNode) error.get("error")).setAll(body);
        return error;
    }

    private long spool(InputStream in, Path file) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw HttpProblem.tooLarge("The body is larger than " + maxBytes + " bytes, the most this server imports at a time.");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary file is not worth failing the request for.
        }
    }
}
