package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jobassist.api.time.DateRange;

/** Small JDBC steps shared by the stores. Stateless and thread-safe. */
final class Sql {

    /** Rows read per page by {@link #forEach}. */
    static final int PAGE = 500;

    private Sql() {}

    /** Binds the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        /**
         * Binds them.
         *
         * @param p the statement
         * @throws SQLException when the driver fails
         */
        void bind(PreparedStatement p) throws SQLException;
    }

    /** Makes a value of the current row. */
    @FunctionalInterface
    interface Decoder<T> {
        /**
         * Makes it.
         *
         * @param rs the result set, on a row
         * @return the value
         * @throws SQLException when the driver fails
         */
        T decode(ResultSet rs) throws SQLException;
    }

    static void setDate(PreparedStatement p, int i, LocalDate date) throws SQLException {
        if (date == null) {
            p.setNull(i, Types.DATE);
        } else {
            p.setObject(i, date);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * Binds a range's first day at {@code i} and its last at {@code i + 1}, NULL for an
     * open-ended range: {@link LocalDate#MAX} does not fit PostgreSQL's {@code DATE}.
     */
    static void setRange(PreparedStatement p, int i, DateRange range) throws SQLException {
        setDate(p, i, range.start());
        setDate(p, i + 1, range.isOpenEnded() ? null : range.end());
    }

    /** The range of two columns written by {@link #setRange}. */
    static DateRange range(ResultSet rs, String startColumn, String endColumn) throws SQLException {
        LocalDate end = date(rs, endColumn);
        LocalDate start = date(rs, startColumn);
        return end == null ? DateRange.startingOn(start) : DateRange.of(start, end);
    }

    static void setText(PreparedStatement p, int i, String text) throws SQLException {
        if (text == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, text);
        }
    }

    /** The values of every row {@code sql} selects. */
    static <T> List<T> list(Connection c, String sql, Binder binder, Decoder<T> decoder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet rs = p.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(decoder.decode(rs));
                }
                return out;
            }
        }
    }

    /** The value of the first row {@code sql} selects, or null. */
    static <T> T first(Connection c, String sql, Binder binder, Decoder<T> decoder) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            binder.bind(p);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? decoder.decode(rs) : null;
            }
        }
    }

    /** The number of rows of {@code table}. */
    static long count(Database db, String table) {
        return db.read("count " + table, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Hands every row of {@code table} to {@code action}, a page at a time in {@code row_id}
     * order, calling the action outside any connection so that it may use the stores.
     * Weakly consistent: a row committed before the call is seen once; a row changed during
     * the call may be seen in either state.
     */
    static <T> void forEach(Database db, String table, String columns, String where, Binder binder,
                            Decoder<T> decoder, Consumer<? super T> action) {
        String sql = "SELECT row_id, " + columns + " FROM " + table + " WHERE row_id > ?"
                + (where.isEmpty() ? "" : " AND " + where) + " ORDER BY row_id FETCH FIRST " + PAGE + " ROWS ONLY";
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            long[] last = {after};
            List<T> page = db.read("iterate " + table, c -> list(c, sql, p -> {
                p.setLong(1, from);
                binder.bind(p);
            }, rs -> {
                last[0] = rs.getLong("row_id");
                return decoder.decode(rs);
            }));
            page.forEach(action);
            if (page.size() < PAGE) {
                return;
            }
            after = last[0];
        }
    }
}
