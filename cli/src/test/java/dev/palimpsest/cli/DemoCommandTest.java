package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palimpsest.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demo_tells_the_history_imports_the_sample_into_a_fresh_database_and_writes_the_page() throws IOException {
        CliRunner.Result r = CliRunner.run("demo", "--out", dir.toString(), "--color", "never", "--no-serve");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("History of 3 versions")
                .contains("v0  002_12d0a6ac5ab71e0b.txt").contains("v2  000_ed93c6f79b7e7cd8.txt")
                .contains("Dateline changed: BREGA, Libya → TRIPOLI, Libya")
                .contains("Tommy Vietor").contains("Marlise Simons")
                .contains("Imported the sample into a fresh database: " + dir.resolve("demo.db").toAbsolutePath().normalize());
        Path page = dir.resolve("history.html");
        assertThat(page).exists();
        assertThat(Files.readString(page)).contains("TRIPOLI").contains("Content-Security-Policy");
        assertThat(dir.resolve("sample/libya-2011/versions.json")).exists();

        // A second run starts from an empty database again rather than piling up.
        Files.writeString(dir.resolve("demo.db-journal"), "stale");
        assertThat(CliRunner.run("demo", "--out", dir.toString(), "--color", "never", "--no-serve").status()).isZero();
        try (Store store = Store.open(dir.resolve("demo.db").toString())) {
            assertThat(store.counts().articles()).isEqualTo(1);
            assertThat(store.counts().versions()).isEqualTo(3);
        }
    }

    @Test
    void demo_serves_the_article_until_stopped() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger status = new AtomicInteger(-1);
        Thread demo = new Thread(() -> status.set(Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("demo", "--out", dir.toString(), "--color", "never", "--port", "0")));
        demo.start();
        Pattern url = Pattern.compile("Open the article: (http://127\\.0\\.0\\.1:\\d+/articles/[0-9a-f]{16})\\S*");
        Matcher m = url.matcher("");
        for (int i = 0; i < 300 && !m.reset(out.toString()).find(); i++) {
            Thread.sleep(100);
        }
        assertThat(m.find(0)).as(out + err.toString()).isTrue();
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("nyt-2011-03-libya-defection").contains("TRIPOLI");
        demo.interrupt();
        demo.join(10_000);
        assertThat(demo.isAlive()).isFalse();
        assertThat(status.get()).as(err.toString()).isZero();
    }

    @Test
    void a_bad_port_is_a_usage_error() {
        CliRunner.Result r = CliRunner.run("demo", "--out", dir.toString(), "--port", "70000", "--no-serve");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--port");
    }
}
