package dev.palimpsest.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A batched prepared statement: rows are sent every {@link #SIZE} rows and on {@link #close}. */
public final class Batch implements AutoCloseable {

    public static final int SIZE = 500;

    private final PreparedStatement ps;
    private int pending;

    public Batch(Connection c, String sql) throws SQLException {
        this.ps = c.prepareStatement(sql);
    }

    public void add(Object... params) throws SQLException {
        Sql.bind(ps, params);
        ps.addBatch();
        if (++pending >= SIZE) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            ps.executeBatch();
            pending = 0;
        }
    }

    /** Sends the remaining rows and closes the statement. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            ps.close();
        }
    }
}
