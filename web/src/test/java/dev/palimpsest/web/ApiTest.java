package dev.palimpsest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.palimpsest.web.http.SecurityHeaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against a real SQLite store, on a free port. */
class ApiTest {

    @TempDir
    static Path dir;

    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() {
        site = TestSite.start(dir, WebConfig.defaults());
        http = new Http(site.url(""));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static JsonNode ok(String path) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        return r.json();
    }

    private static JsonNode error(String path, int status) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode error = r.json().get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).isNotBlank();
        return error;
    }

    @Test
    void articles_are_listed_latest_change_first_with_stable_ids_and_links() {
        JsonNode page = ok("/api/articles");
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("id").asText()).isEqualTo(site.hostileId);
        assertThat(page.get("has_more").asBoolean()).isFalse();
        assertThat(page.get("next").isNull()).isTrue();
        JsonNode libya = page.get("items").get(1);
        assertThat(libya.get("id").asText()).isEqualTo(site.libyaId).matches("[0-9a-f]{16}");
        assertThat(libya.get("source").asText()).isEqualTo("The New York Times");
        assertThat(libya.get("version_count").asInt()).isEqualTo(3);
        assertThat(libya.get("links").get("html").asText()).isEqualTo("/articles/" + site.libyaId);
        assertThat(ok("/api/articles?source=The%20New%20York%20Times").get("items")).hasSize(1);
        assertThat(ok("/api/articles?changed=true&from=2024-05-01&to=2024-05-01").get("items")).hasSize(1);
    }

    @Test
    void pages_are_bounded_and_link_to_the_next() {
        JsonNode first = ok("/api/articles?limit=1");
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("limit").asInt()).isEqualTo(1);
        assertThat(first.get("has_more").asBoolean()).isTrue();
        String next = first.get("next").asText();
        assertThat(next).contains("offset=1").contains("limit=1");
        JsonNode second = ok(next);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("has_more").asBoolean()).isFalse();
        assertThat(ok("/api/articles?offset=5").get("items")).isEmpty();
        assertThat(error("/api/articles?limit=0", 400).get("message").asText()).contains("limit").contains("1 to 100");
        error("/api/articles?limit=101", 400);
        error("/api/articles?limit=many", 400);
        error("/api/articles?offset=-1", 400);
        error("/api/articles?offset=100001", 400);
        error("/api/changes?limit=1000", 400);
        error("/api/search?q=Libya&limit=500", 400);
    }

    @Test
    void one_article_has_its_versions() {
        JsonNode a = ok("/api/articles/" + site.libyaId);
        assertThat(a.get("versions")).hasSize(3);
        JsonNode v1 = a.get("versions").get(1);
        assertThat(v1.get("number").asInt()).isEqualTo(1);
        assertThat(v1.get("seen").asText()).isEqualTo("2011-03-31T13:00:00Z");
        assertThat(v1.get("edits").get("moved").asInt()).isEqualTo(7);
        assertThat(v1.get("links").get("raw").asText()).isEqualTo("/versions/" + v1.get("id").asText() + "/raw");
        assertThat(a.get("versions").get(0).get("edits").isNull()).isTrue();
        JsonNode versions = ok("/api/articles/" + site.libyaId + "/versions?limit=2");
        assertThat(versions.get("items")).hasSize(2);
        assertThat(versions.get("has_more").asBoolean()).isTrue();
    }

    @Test
    void one_version_has_its_sentences_with_blame_and_its_change_notes() {
        JsonNode v2 = ok("/api/articles/" + site.libyaId + "/versions/2");
        JsonNode text = v2.get("text");
        assertThat(text).hasSize(v2.get("sentences").asInt());
        assertThat(text.get(0).get("text").asText()).startsWith("TRIPOLI, Libya");
        assertThat(text.get(0).get("thread").asText()).matches("t\\d+");
        assertThat(text.get(0).get("introduced_in").asInt()).isBetween(0, 2);
        assertThat(v2.get("changes").findValuesAsText("text")).contains("Dateline changed: BREGA, Libya \u2192 TRIPOLI, Libya");
        String id = v2.get("id").asText();
        assertThat(ok("/api/articles/" + site.libyaId + "/versions/" + id).get("number").asInt()).isEqualTo(2);
        error("/api/articles/" + site.libyaId + "/versions/3", 400);
    }

    @Test
    void diffs_of_any_two_versions_by_number_or_id() {
        JsonNode d = ok("/api/articles/" + site.hostileId + "/diff?from=0&to=1");
        assertThat(d.get("summary").get("moved").asInt()).isEqualTo(1);
        assertThat(d.get("summary").get("edited").asInt()).isEqualTo(2);
        List<String> types = d.get("edits").findValuesAsText("type");
        assertThat(types).contains("EDITED", "ADDED", "DELETED", "UNCHANGED");
        JsonNode edited = null;
        for (JsonNode e : d.get("edits")) {
            if (e.get("type").asText().equals("EDITED") && e.get("moved").asBoolean()) {
                edited = e;
            }
        }
        assertThat(edited).isNotNull();
        assertThat(edited.get("words").findValuesAsText("text")).contains(" Monday", " Tuesday");
        assertThat(d.get("old").get("sentences").get(0).get("text").asText()).contains("<script>alert(1)</script>");
        JsonNode far = ok("/api/articles/" + site.libyaId + "/diff?from=0&to=2");
        assertThat(far.get("from").get("number").asInt()).isZero();
        assertThat(far.get("to").get("number").asInt()).isEqualTo(2);
        String v0 = far.get("from").get("id").asText();
        String v2 = far.get("to").get("id").asText();
        JsonNode byId = ok("/api/articles/" + site.libyaId + "/diff?from=" + v2 + "&to=" + v0);
        assertThat(byId.get("old").get("sentences")).hasSize(far.get("new").get("sentences").size());
        error("/api/articles/" + site.libyaId + "/diff?from=0", 400);
        error("/api/articles/" + site.libyaId + "/diff?from=0&to=0", 400);
        error("/api/articles/" + site.libyaId + "/diff?from=0&to=9", 400);
        error("/api/articles/" + site.libyaId + "/diff?from=0&to=zz", 400);
        error("/api/articles/" + site.libyaId + "/diff?from=0&to=ffffffffffffffff", 400);
    }

    @Test
    void threads_changes_and_events() {
        JsonNode threads = ok("/api/articles/" + site.hostileId + "/threads");
        assertThat(threads.get("total").asInt()).isEqualTo(threads.get("items").size());
        assertThat(threads.get("items").get(0).get("steps")).hasSize(2);
        JsonNode changes = ok("/api/articles/" + site.libyaId + "/changes");
        assertThat(changes.get("items")).hasSize(2);
        assertThat(changes.get("items").get(1).get("changes").findValuesAsText("kind")).contains("dateline_changed");
        JsonNode events = ok("/api/articles/" + site.libyaId + "/events");
        assertThat(events.get("items").findValuesAsText("kind")).containsExactly("FIRST_SEEN", "CHANGED", "CHANGED");
    }

    @Test
    void recent_changes_search_sources_and_stats() {
        JsonNode changes = ok("/api/changes");
        assertThat(changes.get("items")).hasSize(3);
        assertThat(changes.get("items").get(0).get("article_id").asText()).isEqualTo(site.hostileId);
        assertThat(ok("/api/changes?source=The%20New%20York%20Times&from=2011-03-31&to=2011-03-31").get("items")).hasSize(2);
        error("/api/changes?source=Nobody", 404);
        JsonNode hits = ok("/api/search?q=" + Urls.enc("\"Readers can click\""));
        assertThat(hits.get("items")).hasSize(1);
        JsonNode hit = hits.get("items").get(0);
        assertThat(hit.get("presence").asText()).isEqualTo("DELETED");
        assertThat(hit.get("version_number").asInt()).isZero();
        assertThat(hit.get("links").get("html").asText()).startsWith("/articles/" + site.hostileId + "/locate?");
        assertThat(ok("/api/search?q=Libya&deleted=true").get("items").findValuesAsText("presence")).isNotEmpty()
                .doesNotContain("PRESENT");
        error("/api/search", 400);
        error("/api/search?q=" + "x".repeat(501), 400);
        assertThat(ok("/api/sources").get("items").findValuesAsText("name"))
                .containsExactly(TestSite.HOSTILE_SOURCE, "The New York Times");
        JsonNode stats = ok("/api/stats");
        assertThat(stats.get("most_edited")).hasSize(2);
        assertThat(stats.get("stability")).hasSize(2);
        assertThat(stats.get("edits_over_time")).isNotEmpty();
    }

    @Test
    void unknown_things_are_404_with_a_json_body() {
        error("/api/articles/0123456789abcdef", 404);
        error("/api/articles/not-an-id", 404);
        error("/api/articles/0123456789abcdef/diff?from=0&to=1", 404);
        error("/api/nothing", 404);
        Http.Response wrongMethod = http.send("DELETE", "/api/articles", "");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("error").get("status").asInt()).isEqualTo(405);
    }

    @Test
    void openapi_document_parses_and_lists_every_route() {
        JsonNode api = ok("/api/openapi.json");
        assertThat(api.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> paths = new ArrayList<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/articles", "/api/articles/{id}", "/api/articles/{id}/versions",
                "/api/articles/{id}/versions/{version}", "/api/articles/{id}/diff", "/api/articles/{id}/threads",
                "/api/articles/{id}/changes", "/api/articles/{id}/events", "/api/changes", "/api/search", "/api/sources",
                "/api/stats", "/api/import", "/api/openapi.json");
        assertThat(api.get("paths").get("/api/import").get("post").has("security")).isTrue();
        // Every documented GET answers (with the sample's ids filled in).
        api.get("paths").properties().forEach(e -> {
            if (e.getValue().has("get")) {
                String path = e.getKey().replace("{id}", site.libyaId).replace("{version}", "1")
                        + (e.getKey().endsWith("/diff") ? "?from=0&to=2" : e.getKey().endsWith("/search") ? "?q=Libya" : "");
                assertThat(http.get(path).status()).as(path).isEqualTo(200);
            }
        });
        String docs = http.get("/api").body();
        for (String path : paths) {
            assertThat(docs).as("the /api page lists " + path).contains(path);
        }
    }
}
