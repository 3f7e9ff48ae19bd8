package dev.palimpsest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM importing into SQLite is killed (SIGKILL) in the middle of the import: the file must be
 * sound and consistent, hold only whole articles, and a second run must resume to exactly the store
 * an uninterrupted import gives.
 */
class CrashImportTest {

    private static final int ARTICLES = 300;
    private static final long SEED = 42;
    private static final int KILL_AFTER = 60;

    @TempDir
    Path dir;

    @Test
    void killing_the_import_leaves_a_consistent_store_and_a_rerun_completes_it() throws Exception {
        Path crashed = dir.resolve("crashed.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashImportMain.class.getName(), crashed.toString(),
                String.valueOf(ARTICLES), String.valueOf(SEED))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int seen = waitForProgress(child);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("killed in the middle").isBetween(KILL_AFTER, ARTICLES - 1);

        long storedAfterCrash;
        try (Store store = Store.open(crashed.toString())) {
            assertThat(store.check()).isEmpty();
            storedAfterCrash = store.counts().articles();
            assertThat(storedAfterCrash).isBetween((long) KILL_AFTER, (long) ARTICLES - 1);
        }
        assertThat(quickCheck(crashed)).isEqualTo("ok");

        StoreCounts expected;
        List<String> expectedIds;
        try (Store reference = Store.open(dir.resolve("reference.db").toString())) {
            reference.importAll(new GeneratedArticles(ARTICLES, SEED), ImportListener.NONE);
            expected = reference.counts();
            expectedIds = versionIds(reference);
        }
        try (Store resumed = Store.open(crashed.toString())) {
            ImportTotals totals = resumed.importAll(new GeneratedArticles(ARTICLES, SEED), ImportListener.NONE);
            assertThat(totals.errors()).isZero();
            assertThat(totals.duplicates()).isEqualTo(storedAfterCrash * GeneratedArticles.VERSIONS);
            assertThat(resumed.check()).isEmpty();
            assertThat(resumed.counts()).isEqualTo(expected);
            assertThat(versionIds(resumed)).isEqualTo(expectedIds);
        }
        assertThat(expected.articles()).isEqualTo(ARTICLES);
        assertThat(expected.events()).isEqualTo((long) ARTICLES * GeneratedArticles.VERSIONS);
    }

    /** Reads the child's progress until it has imported {@link #KILL_AFTER} articles; returns the last count. */
    private static int waitForProgress(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int seen = 0;
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("imported ")) {
                seen = Integer.parseInt(line.substring("imported ".length()));
                if (seen >= KILL_AFTER) {
                    return seen;
                }
            }
        }
        return seen;
    }

    private static String quickCheck(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static List<String> versionIds(Store store) {
        return store.articles(ArticleQuery.all().withPage(0, ArticleQuery.MAX_LIMIT)).items().stream()
                .flatMap(a -> store.findArticle(a.id()).orElseThrow().versions().stream().map(VersionSummary::id))
                .sorted().toList();
    }
}
