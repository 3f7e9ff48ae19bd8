package dev.palimpsest.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palimpsest.core.align.Edit;
import dev.palimpsest.store.Store;
import dev.palimpsest.store.StoredHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsEditsExporterTest {

    @TempDir
    static Path storeDir;

    private static Store store;
    private static List<StoredHistory> histories;

    @TempDir
    Path dir;

    @BeforeAll
    static void importSamples() throws IOException {
        store = ExportFixture.store(storeDir);
        histories = ExportFixture.histories(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void the_fixture_store_holds_three_articles_of_seven_versions() {
        assertThat(histories).extracting(h -> h.article().article().articleKey())
                .containsExactlyInAnyOrder("nyt-2011-03-libya-defection", "300", "301");
        assertThat(histories.stream().mapToInt(h -> h.history().versions().size()).sum()).isEqualTo(7);
    }

    @Test
    void sqlite_export_has_the_newsedits_tables_and_columns() throws Exception {
        Path db = dir.resolve("edits.db");

        new NewsEditsExporter(store).toSqlite(db, Optional.empty());

        try (Connection c = connect(db)) {
            assertThat(strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .containsExactly("doc_level_stats", "matched_sentences", "split_sentences");
            assertThat(strings(c, "SELECT name FROM pragma_table_info('split_sentences')"))
                    .containsExactly("entry_id", "version", "sent_idx", "sentence", "source");
            assertThat(strings(c, "SELECT name FROM pragma_table_info('matched_sentences')")).containsExactly(
                    "entry_id", "version_x", "version_y", "sent_idx_x", "sent_idx_y", "avg_sentence_distance_x",
                    "avg_sentence_distance_y", "source");
            assertThat(strings(c, "SELECT name FROM pragma_table_info('doc_level_stats')")).containsExactly(
                    "entry_id", "version_x", "version_y", "avg_sentence_distance_x", "avg_sentence_distance_y",
                    "num_unchanged", "num_edited_x", "num_edited_y", "num_deleted", "num_added", "num_merged",
                    "num_split", "num_sentences_x", "num_sentences_y", "num_refactors", "mean_dist_overall", "source");
        }
        assertThat(dir.resolve("edits.db.part")).doesNotExist();
    }

    @Test
    void sqlite_export_row_counts_match_the_stored_histories() throws Exception {
        Path db = dir.resolve("edits.db");

        ExportResult result = new NewsEditsExporter(store).toSqlite(db, Optional.empty());

        int sentences = 0;
        int pairs = 0;
        int matches = 0;
        for (StoredHistory h : histories) {
            sentences += h.history().documents().stream().mapToInt(d -> d.sentences().size()).sum();
            pairs += h.history().steps().size();
            for (var step : h.history().steps()) {
                for (Edit e : step.edits()) {
                    matches += Math.max(1, e.oldIndices().size()) * Math.max(1, e.newIndices().size());
                }
            }
        }
        assertThat(result.articles()).isEqualTo(3);
        assertThat(result.versions()).isEqualTo(7);
        assertThat(result.rows("split_sentences")).isEqualTo(sentences);
        assertThat(result.rows("matched_sentences")).isEqualTo(matches);
        assertThat(result.rows("doc_level_stats")).isEqualTo(pairs).isEqualTo(4);
        try (Connection c = connect(db)) {
            assertThat(number(c, "SELECT COUNT(*) FROM split_sentences")).isEqualTo(sentences);
            assertThat(number(c, "SELECT COUNT(*) FROM matched_sentences")).isEqualTo(matches);
            assertThat(number(c, "SELECT COUNT(*) FROM doc_level_stats")).isEqualTo(pairs);
        }
    }

    @Test
    void every_sentence_of_each_version_appears_once_per_side_except_split_and_merged_sides() throws Exception {
        Path db = dir.resolve("edits.db");
        new NewsEditsExporter(store).toSqlite(db, Optional.empty());

        Map<String, Integer> expectedX = new HashMap<>();
        Map<String, Integer> expectedY = new HashMap<>();
        for (StoredHistory h : histories) {
            String entry = h.article().article().articleKey();
            for (int y = 1; y < h.history().versions().size(); y++) {
                for (Edit e : h.history().steps().get(y - 1).edits()) {
                    for (int i : e.oldIndices()) {
                        expectedX.put(entry + "/" + (y - 1) + "/" + i, Math.max(1, e.newIndices().size()));
                    }
                    for (int i : e.newIndices()) {
                        expectedY.put(entry + "/" + y + "/" + i, Math.max(1, e.oldIndices().size()));
                    }
                }
                String prefix = entry + "/" + (y - 1) + "/";
                assertThat(expectedX.keySet().stream().filter(k -> k.startsWith(prefix)))
                        .hasSize(h.history().documents().get(y - 1).sentences().size());
            }
        }
        try (Connection c = connect(db)) {
            assertThat(counts(c, "SELECT entry_id || '/' || version_x || '/' || sent_idx_x, COUNT(*) FROM matched_sentences "
                    + "WHERE sent_idx_x IS NOT NULL GROUP BY 1")).isEqualTo(expectedX);
            assertThat(counts(c, "SELECT entry_id || '/' || version_y || '/' || sent_idx_y, COUNT(*) FROM matched_sentences "
                    + "WHERE sent_idx_y IS NOT NULL GROUP BY 1")).isEqualTo(expectedY);
            assertThat(expectedX.values()).as("the wire story has a split").contains(2);
            assertThat(expectedY.values()).as("and a merge").contains(2);
        }
    }

    @Test
    void doc_level_stats_agree_with_the_other_tables() throws Exception {
        Path db = dir.resolve("edits.db");
        new NewsEditsExporter(store).toSqlite(db, Optional.empty());

        try (Connection c = connect(db)) {
            assertThat(number(c, """
                    SELECT COUNT(*) FROM doc_level_stats d WHERE
                      num_sentences_x != (SELECT COUNT(*) FROM split_sentences s WHERE s.entry_id = d.entry_id AND s.version = d.version_x)
                      OR num_sentences_y != (SELECT COUNT(*) FROM split_sentences s WHERE s.entry_id = d.entry_id AND s.version = d.version_y)
                      OR num_added != (SELECT COUNT(*) FROM matched_sentences m WHERE m.entry_id = d.entry_id
                                       AND m.version_x = d.version_x AND m.sent_idx_x IS NULL)
                      OR num_deleted != (SELECT COUNT(*) FROM matched_sentences m WHERE m.entry_id = d.entry_id
                                         AND m.version_x = d.version_x AND m.sent_idx_y IS NULL)
                      OR num_unchanged != (SELECT COUNT(*) FROM matched_sentences m WHERE m.entry_id = d.entry_id
                                           AND m.version_x = d.version_x AND m.avg_sentence_distance_x = 0)""")).isZero();
            assertThat(strings(c, "SELECT num_unchanged || ',' || num_edited_x || ',' || num_edited_y || ',' || num_deleted"
                    + " || ',' || num_added || ',' || num_merged || ',' || num_split || ',' || num_refactors"
                    + " FROM doc_level_stats WHERE entry_id = 300 ORDER BY version_x"))
                    .containsExactly("1,4,4,1,1,1,1,0", "6,0,0,0,0,0,0,1");
            assertThat(number(c, "SELECT COUNT(*) FROM matched_sentences WHERE version_y != version_x + 1")).isZero();
        }
    }

    @Test
    void numeric_entry_ids_are_integers_and_other_keys_text() throws Exception {
        Path db = dir.resolve("edits.db");
        new NewsEditsExporter(store).toSqlite(db, Optional.empty());

        try (Connection c = connect(db)) {
            assertThat(strings(c, "SELECT DISTINCT typeof(entry_id) || ' ' || source FROM split_sentences ORDER BY 1"))
                    .containsExactly("integer wire", "text The New York Times");
            assertThat(strings(c, "SELECT sentence FROM split_sentences WHERE entry_id = 301"))
                    .containsExactly("NATO took command of the air campaign on Thursday morning, officials said, \"as planned.\"");
        }
    }

    @Test
    void one_source_can_be_exported_alone() throws Exception {
        Path db = dir.resolve("wire.db");

        ExportResult result = new NewsEditsExporter(store).toSqlite(db, Optional.of("wire"));

        assertThat(result.articles()).isEqualTo(2);
        try (Connection c = connect(db)) {
            assertThat(strings(c, "SELECT DISTINCT source FROM split_sentences")).containsExactly("wire");
        }
    }

    @Test
    void csv_export_writes_one_file_per_table_with_the_same_rows() throws Exception {
        Path db = dir.resolve("edits.db");
        Path folder = dir.resolve("csv");
        new NewsEditsExporter(store).toSqlite(db, Optional.empty());

        ExportResult result = new NewsEditsExporter(store).toCsv(folder, Optional.empty());

        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("doc_level_stats.csv", "matched_sentences.csv", "split_sentences.csv");
        }
        for (Table t : NewsEditsTables.ALL) {
            List<List<String>> rows = Csv.read(Files.readString(folder.resolve(t.name() + ".csv"), StandardCharsets.UTF_8));
            assertThat(rows.get(0)).isEqualTo(t.columnNames());
            assertThat(rows).hasSize((int) result.rows(t.name()) + 1);
        }
        List<List<String>> sentences = Csv.read(Files.readString(folder.resolve("split_sentences.csv"), StandardCharsets.UTF_8));
        try (Connection c = connect(db)) {
            assertThat(sentences.subList(1, sentences.size())).extracting(r -> r.get(3))
                    .containsExactlyElementsOf(strings(c, "SELECT sentence FROM split_sentences ORDER BY rowid"));
        }
        List<List<String>> matched = Csv.read(Files.readString(folder.resolve("matched_sentences.csv"), StandardCharsets.UTF_8));
        assertThat(matched).anySatisfy(r -> assertThat(r.get(3)).as("an added sentence: NULL sent_idx_x").isEmpty());
    }

    @Test
    void refuses_to_overwrite_and_leaves_no_partial_file() throws IOException {
        Path db = Files.writeString(dir.resolve("edits.db"), "precious");
        Path folder = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(folder.resolve("matched_sentences.csv"), "precious");

        assertThatThrownBy(() -> new NewsEditsExporter(store).toSqlite(db, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(db + ": already exists");
        assertThatThrownBy(() -> new NewsEditsExporter(store).toCsv(folder, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(folder.resolve("matched_sentences.csv") + ": already exists");
        assertThat(Files.readString(db)).isEqualTo("precious");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("matched_sentences.csv");
        }
    }

    private static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Integer> counts(Connection c, String sql) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }
}
