package dev.palimpsest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void serves_a_store_read_only_until_stopped() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertThat(CliRunner.run("import", "--db", db, Path.of("..", "samples", "libya-2011").toString()).status()).isZero();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger status = new AtomicInteger(-1);
        Thread serve = new Thread(() -> status.set(Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("serve", "--db", db, "--port", "0")));
        serve.start();
        Matcher m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher("");
        for (int i = 0; i < 300 && !m.reset(out.toString()).find(); i++) {
            Thread.sleep(100);
        }
        assertThat(m.find(0)).as(out + err.toString()).isTrue();
        assertThat(out.toString()).contains("Read-only");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> articles = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/articles")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(articles.statusCode()).isEqualTo(200);
        assertThat(articles.body()).contains("nyt-2011-03-libya-defection");
        HttpResponse<String> write = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/import"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(403);
        serve.interrupt();
        serve.join(10_000);
        assertThat(serve.isAlive()).isFalse();
        assertThat(status.get()).as(err.toString()).isZero();
    }

    @Test
    void short_admin_tokens_and_bad_ports_are_usage_errors() {
        CliRunner.Result token = CliRunner.run("serve", "--db", dir.resolve("t.db").toString(), "--admin-token", "abc");
        assertThat(token.status()).isEqualTo(2);
        assertThat(token.err()).contains("--admin-token").contains("16");
        CliRunner.Result port = CliRunner.run("serve", "--db", dir.resolve("t.db").toString(), "--port", "-1");
        assertThat(port.status()).isEqualTo(2);
    }
}
