package dev.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palimpsest.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures inside the server are clean 500s: a JSON body or a page, no internals, the security headers. */
class ServerErrorsTest {

    @TempDir
    Path dir;

    @Test
    void a_failing_store_is_a_500_that_tells_nothing_about_internals() {
        Store store = Store.open(dir.resolve("gone.db").toString());
        try (WebServer server = WebServer.start(store, WebConfig.defaults().withPort(0))) {
            store.close();
            Http http = new Http("http://127.0.0.1:" + server.port());
            Http.Response api = http.get("/api/articles");
            assertThat(api.status()).isEqualTo(500);
            assertThat(api.json().get("error").get("status").asInt()).isEqualTo(500);
            assertThat(api.body()).doesNotContain("Exception").doesNotContain("gone.db").doesNotContain("at dev.");
            Http.Response page = http.get("/");
            assertThat(page.status()).isEqualTo(500);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(page.body()).doesNotContain("Exception").doesNotContain("gone.db");
        }
    }
}
