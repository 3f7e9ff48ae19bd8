package dev.palimpsest.web;

import dev.palimpsest.core.text.InputFormat;
import dev.palimpsest.ingest.IncomingVersion;
import dev.palimpsest.ingest.ProblemHandler;
import dev.palimpsest.ingest.folder.FolderSource;
import dev.palimpsest.store.ImportResult;
import dev.palimpsest.store.Store;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real SQLite store in a temporary folder holding the bundled Libya sample and a hostile article
 * whose every field carries markup, served on a free port.
 */
final class TestSite implements AutoCloseable {

    static final String TOKEN = "test-admin-token-0123456789";
    static final String HOSTILE_SOURCE = "Evil <script>alert('src')</script> Daily";
    static final String HOSTILE_TITLE = "<script>alert(1)</script> & <img src=x onerror=alert(1)> \"quoted\"";
    static final String HOSTILE_URL = "javascript:alert(document.cookie)";

    final Store store;
    final WebServer server;
    final String libyaId;
    final String hostileId;

    private TestSite(Store store, WebServer server, String libyaId, String hostileId) {
        this.store = store;
        this.server = server;
        this.libyaId = libyaId;
        this.hostileId = hostileId;
    }

    static TestSite start(Path dir, WebConfig config) {
        Store store = Store.open(dir.resolve("test.db").toString());
        try {
            String libya = importSample(store);
            String hostile = store.importArticle(hostile()).articleId();
            return new TestSite(store, WebServer.start(store, config.withPort(0)), libya, hostile);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static String importSample(Store store) {
        Path sample;
        try {
            sample = Path.of(TestSite.class.getResource("/samples/libya-2011").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<List<IncomingVersion>> articles = new FolderSource(sample).articles(ProblemHandler.stop())) {
            ImportResult result = store.importArticle(articles.findFirst().orElseThrow());
            return result.articleId();
        }
    }

    /** Two versions of an article whose source, title, url and text are all markup. */
    static List<IncomingVersion> hostile() {
        Instant t0 = Instant.parse("2024-05-01T10:00:00Z");
        String v1 = "Officials said <script>alert(1)</script> was found in the building. "
                + "The mayor resigned on Monday after the report. "
                + "Readers can click <a href=\"javascript:alert(2)\">this link</a> for details. "
                + "A photo <img src=x onerror=alert(3)> showed the scene.";
        String v2 = "Officials said <script>alert(1)</script> was found in the building at noon. "
                + "A photo <img src=x onerror=alert(3)> showed the scene. "
                + "The mayor resigned on Tuesday after the report. "
                + "He wrote \"javascript:alert(4)\" on <b onmouseover=alert(5)>the wall</b>.";
        return List.of(
                new IncomingVersion(HOSTILE_SOURCE, "evil-1", Optional.of(HOSTILE_URL), Optional.of(HOSTILE_TITLE),
                        Optional.of(t0), v1, InputFormat.TEXT, "hostile.jsonl:1"),
                new IncomingVersion(HOSTILE_SOURCE, "evil-1", Optional.of(HOSTILE_URL),
                        Optional.of(HOSTILE_TITLE + " <svg onload=alert(6)>"), Optional.of(t0.plusSeconds(3600)), v2,
                        InputFormat.TEXT, "hostile.jsonl:2"));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
