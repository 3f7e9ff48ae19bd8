package dev.palimpsest.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain-JDBC helpers: bind parameters, map rows. Parameters may be {@code String}, {@code Integer},
 * {@code Long}, {@code Double}, {@code Boolean}, an enum (bound by name), an {@link Instant} (bound as
 * epoch milliseconds) or a typed {@link Null} for SQL NULL; {@code Optional}s of those are unwrapped.
 */
public final class Sql {

    /** A typed SQL NULL (PostgreSQL wants to know the type of a NULL parameter). */
    public record Null(int sqlType) {
    }

    public static final Null NULL_TEXT = new Null(Types.VARCHAR);
    public static final Null NULL_BIGINT = new Null(Types.BIGINT);
    public static final Null NULL_INT = new Null(Types.INTEGER);

    /** Maps the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    /** An optional text as a parameter. */
    public static Object text(Optional<String> value) {
        return value.isPresent() ? value.get() : NULL_TEXT;
    }

    /** An optional time as epoch milliseconds. */
    public static Object millis(Optional<Instant> value) {
        return value.isPresent() ? value.get().toEpochMilli() : NULL_BIGINT;
    }

    /** An optional row id. */
    public static Object id(Optional<Long> value) {
        return value.isPresent() ? value.get() : NULL_BIGINT;
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            bindOne(ps, i + 1, params[i]);
        }
    }

    private static void bindOne(PreparedStatement ps, int at, Object value) throws SQLException {
        Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
        if (v == null) {
            throw new IllegalArgumentException("parameter " + at + " is null or empty; bind a typed Sql.Null");
        }
        if (v instanceof String s) {
            ps.setString(at, s);
        } else if (v instanceof Integer n) {
            ps.setInt(at, n);
        } else if (v instanceof Long n) {
            ps.setLong(at, n);
        } else if (v instanceof Double d) {
            ps.setDouble(at, d);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(at, b);
        } else if (v instanceof Instant t) {
            ps.setLong(at, t.toEpochMilli());
        } else if (v instanceof Enum<?> e) {
            ps.setString(at, e.name());
        } else if (v instanceof Null n) {
            ps.setNull(at, n.sqlType());
        } else {
            throw new IllegalArgumentException("cannot bind parameter " + at + " of " + v.getClass().getName());
        }
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    public static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
            }
        }
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return first(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs an {@code INSERT … RETURNING id} and returns the new row's id. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no id returned by: " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    /** A column that may be NULL, as an Optional. */
    public static Optional<String> optText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    public static Optional<Long> optLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    public static Optional<Instant> optMillis(ResultSet rs, String column) throws SQLException {
        return optLong(rs, column).map(Instant::ofEpochMilli);
    }
}
