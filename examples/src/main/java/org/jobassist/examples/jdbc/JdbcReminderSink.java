package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.ReminderSink;
import org.jobassist.api.spi.StorageException;

/**
 * {@link ReminderSink} over the table {@code reminder} (督促提醒): the reminders to cities
 * behind schedule, for the host's notice system to pick up.
 *
 * <p>Idempotent: a reminder is a value, and the table's primary key is the whole of it (city,
 * month, status, gap, months behind, escalated). {@link #remind} looks the reminder up and
 * inserts it only if absent, in one transaction; two deliveries of equal reminders (a
 * monthly run retried after a crash, or run twice at once) keep one row, since the later
 * insert of a race fails on the primary key and its transaction, run again by
 * {@code Database}, then finds the row. A reminder for the same city and month with other
 * figures (the month's report run again after corrected data) is another reminder and is
 * kept beside the first, so the table shows every notice that went out.
 *
 * <p>Reminders name cities, not people: the table holds no personal data.
 *
 * <p>Thread-safe.
 */
public final class JdbcReminderSink implements ReminderSink {

    private static final String COLUMNS = "city, month_no, status, gap, months_behind, escalated";
    private static final String KEY = "city = ? AND month_no = ? AND status = ? AND gap = ? AND months_behind = ? "
            + "AND escalated = ?";

    private final Database db;

    JdbcReminderSink(Database db) {
        this.db = db;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Keeps the reminder unless an equal one is kept already; committed before it returns.
     * Unlike the interface's wish, a failed write throws: a reminder that was not kept must
     * not pass for delivered.
     *
     * @throws StorageException if the database fails; the reminder is not kept
     * @throws IllegalStateException if the {@link JdbcStores} were closed
     */
    @Override
    public void remind(Reminder reminder) {
        Objects.requireNonNull(reminder, "reminder");
        db.inTransaction("keep a reminder", c -> {
            Integer found = Sql.first(c, "SELECT 1 FROM reminder WHERE " + KEY, p -> bind(p, reminder),
                    rs -> 1);
            if (found == null) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO reminder (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                    bind(p, reminder);
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void bind(PreparedStatement p, Reminder r) throws SQLException {
        p.setString(1, r.city().code());
        p.setInt(2, monthNo(r.month()));
        p.setString(3, r.status().name());
        p.setInt(4, r.gap());
        p.setInt(5, r.monthsBehind());
        p.setBoolean(6, r.escalated());
    }

    /**
     * The reminders kept for {@code month}, in the order kept.
     *
     * @param month the report month
     * @return the reminders, unmodifiable
     * @throws NullPointerException if {@code month} is null
     * @throws StorageException if the database fails
     */
    public List<Reminder> reminders(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return List.copyOf(db.read("read reminders", c -> Sql.list(c, "SELECT " + COLUMNS
                + " FROM reminder WHERE month_no = ? ORDER BY row_id", p -> p.setInt(1, monthNo(month)),
                JdbcReminderSink::decode)));
    }

    /**
     * The number of reminders kept.
     *
     * @return the count
     * @throws StorageException if the database fails
     */
    public long count() {
        return Sql.count(db, "reminder");
    }

    private static int monthNo(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    private static Reminder decode(ResultSet rs) throws SQLException {
        int no = rs.getInt("month_no");
        return new Reminder(DivisionCode.parse(rs.getString("city")),
                YearMonth.of(Math.floorDiv(no, 12), Math.floorMod(no, 12) + 1),
                ProgressStatus.valueOf(rs.getString("status")), rs.getInt("gap"), rs.getInt("months_behind"),
                rs.getBoolean("escalated"));
    }

    @Override
    public String toString() {
        return "JdbcReminderSink";
    }
}
