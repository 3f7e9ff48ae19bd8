package dev.palimpsest.store.read;

import dev.palimpsest.store.DailyEdits;
import dev.palimpsest.store.SourceStability;
import dev.palimpsest.store.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Figures over many articles. */
public final class StatsReads {

    private static final long DAY_MILLIS = 86_400_000L;

    private StatsReads() {
    }

    public static List<DailyEdits> editsOverTime(Connection c, Optional<String> source) throws SQLException {
        String where = source.isPresent() ? " AND src.name = ?" : "";
        Object[] params = source.isPresent() ? new Object[] {source.get()} : new Object[0];
        return Sql.list(c, "SELECT src.name, v.seen_at / " + DAY_MILLIS + " AS day, COUNT(*), COUNT(DISTINCT v.article_id) "
                        + "FROM versions v JOIN articles a ON a.id = v.article_id JOIN sources src ON src.id = a.source_id "
                        + "WHERE v.seq > 0 AND v.seen_at IS NOT NULL" + where
                        + " GROUP BY src.name, v.seen_at / " + DAY_MILLIS + " ORDER BY day, src.name",
                rs -> new DailyEdits(rs.getString(1), LocalDate.ofEpochDay(rs.getLong(2)), rs.getLong(3), rs.getLong(4)),
                params);
    }

    /**
     * Per source: articles, changed articles, and the median and 90th percentile (nearest rank) of the
     * time from an article's first version to its last, over changed articles with times.
     */
    public static List<SourceStability> stability(Connection c) throws SQLException {
        record Counts(String source, long articles, long changed) {
        }
        List<Counts> counts = Sql.list(c, "SELECT src.name, COUNT(*), "
                        + "SUM(CASE WHEN a.version_count > 1 THEN 1 ELSE 0 END) FROM articles a "
                        + "JOIN sources src ON src.id = a.source_id GROUP BY src.name ORDER BY src.name",
                rs -> new Counts(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        Map<String, List<Long>> durations = new HashMap<>();
        for (var row : Sql.list(c, "SELECT src.name, a.last_changed - a.first_seen FROM articles a "
                        + "JOIN sources src ON src.id = a.source_id WHERE a.version_count > 1 "
                        + "AND a.first_seen IS NOT NULL AND a.last_changed IS NOT NULL ORDER BY 2",
                rs -> Map.entry(rs.getString(1), rs.getLong(2)))) {
            durations.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        List<SourceStability> out = new ArrayList<>();
        for (Counts cn : counts) {
            List<Long> d = durations.getOrDefault(cn.source(), List.of());
            out.add(new SourceStability(cn.source(), cn.articles(), cn.changed(), percentile(d, 50), percentile(d, 90)));
        }
        return out;
    }

    /** Nearest-rank percentile of sorted millisecond values. */
    static Optional<Duration> percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Optional.of(Duration.ofMillis(sorted.get(Math.max(0, rank - 1))));
    }
}
