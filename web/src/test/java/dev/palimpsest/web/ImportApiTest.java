package dev.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.palimpsest.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one write endpoint: read-only without a token, bearer token otherwise. */
class ImportApiTest {

    static final String LINES = """
            {"source": "Daily Test", "article": "a1", "created": "2020-01-01T10:00:00Z", "title": "First", "text": "The council met on Monday. It voted to close the bridge."}
            {"source": "Daily Test", "article": "a1", "created": "2020-01-01T12:00:00Z", "title": "First", "text": "The council met on Monday night. It voted to close the bridge for a week."}
            not json at all
            """;

    @TempDir
    Path dir;

    @Test
    void a_server_without_a_token_is_read_only() {
        try (TestSite site = TestSite.start(dir, WebConfig.defaults())) {
            Http http = new Http(site.url(""));
            Http.Response r = http.send("POST", "/api/import", LINES, "Authorization", "Bearer " + TestSite.TOKEN);
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.json().get("error").get("message").asText()).contains("read-only");
            assertThat(site.store.counts().articles()).isEqualTo(2);
        }
    }

    @Test
    void with_a_token_imports_need_it() {
        try (TestSite site = TestSite.start(dir, WebConfig.defaults().withAdminToken(TestSite.TOKEN))) {
            Http http = new Http(site.url(""));
            Http.Response none = http.send("POST", "/api/import", LINES);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.json().get("error").get("status").asInt()).isEqualTo(401);
            assertThat(http.send("POST", "/api/import", LINES, "Authorization", "Basic YWRtaW46YWRtaW4=").status()).isEqualTo(401);
            assertThat(http.send("POST", "/api/import", LINES, "Authorization", "Bearer wrong-token-0123456789").status())
                    .isEqualTo(403);
            assertThat(http.send("POST", "/api/import", LINES, "Authorization", "Bearer " + TestSite.TOKEN + "x").status())
                    .isEqualTo(403);
            assertThat(site.store.counts().articles()).isEqualTo(2);

            Http.Response ok = http.send("POST", "/api/import", LINES, "Authorization", "Bearer " + TestSite.TOKEN,
                    "Content-Type", "application/x-ndjson");
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
            JsonNode body = ok.json();
            assertThat(body.get("articles").asInt()).isEqualTo(1);
            assertThat(body.get("versions_stored").asInt()).isEqualTo(2);
            assertThat(body.get("problem_count").asInt()).isEqualTo(1);
            assertThat(body.get("problems").get(0).get("where").asText()).isEqualTo("line:3").doesNotContain("/tmp");
            assertThat(http.get("/api/articles?source=Daily%20Test").json().get("items")).hasSize(1);
            assertThat(http.get("/").body()).contains("Daily Test");

            Http.Response again = http.send("POST", "/api/import", LINES, "Authorization", "Bearer " + TestSite.TOKEN);
            assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);

            Http.Response bad = http.send("POST", "/api/import", "nope\n", "Authorization", "Bearer " + TestSite.TOKEN);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("error").get("problems")).hasSize(1);
            assertThat(http.send("POST", "/api/import", "", "Authorization", "Bearer " + TestSite.TOKEN).status()).isEqualTo(400);
        }
    }

    @Test
    void bodies_beyond_the_limit_are_refused() {
        try (TestSite site = TestSite.start(dir, WebConfig.defaults().withAdminToken(TestSite.TOKEN).withMaxImportBytes(100))) {
            Http http = new Http(site.url(""));
            Http.Response r = http.send("POST", "/api/import", LINES, "Authorization", "Bearer " + TestSite.TOKEN);
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.json().get("error").get("status").asInt()).isEqualTo(413);
            assertThat(site.store.counts().articles()).isEqualTo(2);
        }
    }

    @Test
    void short_tokens_are_refused_at_start() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebConfig.defaults().withAdminToken("short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16");
    }

    @Test
    void the_server_stops_and_frees_its_port() {
        Store store = Store.open(dir.resolve("x.db").toString());
        WebServer server = WebServer.start(store, WebConfig.defaults().withPort(0));
        int port = server.port();
        assertThat(port).isPositive();
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port + "/");
        server.stop();
        store.close();
        WebServer again = WebServer.start(Store.open(dir.resolve("y.db").toString()), WebConfig.defaults().withPort(port));
        assertThat(again.port()).isEqualTo(port);
        again.stop();
    }
}
