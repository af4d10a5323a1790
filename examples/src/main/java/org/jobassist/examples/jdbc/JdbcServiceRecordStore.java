package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.time.DateRange;

/**
 * Append-only {@link ServiceRecordStore} over the table {@code service_record}, one row per
 * record id. Appends go through {@link KeyedTable}: a stored id holding another record is a
 * {@code store.id-conflict}, never an update, and the whole batch is rolled back. Two writers
 * appending the same new record meet at the primary key; the loser's transaction is run again
 * and finds it stored, unchanged.
 *
 * <p>Thread-safe.
 */
public final class JdbcServiceRecordStore implements ServiceRecordStore {

    static final String COLUMNS = "id, person, kind, record_date, provided_by, outcome, note_code";
    private static final Comparator<ServiceRecord> BY_ID = Comparator.comparing(ServiceRecord::id);
    private static final Comparator<ServiceRecord> ORDER =
            Comparator.comparing(ServiceRecord::date).thenComparing(ServiceRecord::id);

    private final Database db;
    private final KeyedTable<ServiceRecord> table;

    JdbcServiceRecordStore(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "append service records") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM service_record WHERE id = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, ServiceRecord r) throws SQLException {
                p.setString(1, r.id());
            }

            @Override
            Sql.Decoder<ServiceRecord> decoder() {
                return JdbcServiceRecordStore::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO service_record (person, kind, record_date, provided_by, outcome, note_code, id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, ServiceRecord r) throws SQLException {
                p.setString(1, r.person().value());
                p.setString(2, r.kind().name());
                Sql.setDate(p, 3, r.date());
                p.setString(4, r.providedBy());
                p.setString(5, r.outcome().name());
                Sql.setText(p, 6, r.noteCode().orElse(null));
                p.setString(7, r.id());
            }

            /** Never run: {@link #replacementFault} refuses every change. */
            @Override
            String updateSql() {
                return "UPDATE service_record SET id = id WHERE id = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, ServiceRecord r) throws SQLException {
                p.setString(1, r.id());
            }

            @Override
            Violation replacementFault(ServiceRecord stored, ServiceRecord next, String path) {
                return new Violation(path + ".id", "store.id-conflict", "another record is stored under this id");
            }

            @Override
            Comparator<ServiceRecord> keyOrder() {
                return BY_ID;
            }
        };
    }

    @Override
    public BatchResult appendAll(List<ServiceRecord> records) {
        Objects.requireNonNull(records, "records");
        List<ServiceRecord> items = new ArrayList<>(records);
        List<Violation> faults = KeyedTable.checkBatch(items, "records", ServiceRecord::id, ".id",
                ServiceRecord::equals);
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.writeDistinct(items, "records", ServiceRecord::id);
    }

    @Override
    public Optional<ServiceRecord> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(db.read("find service record", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM service_record WHERE id = ?", p -> p.setString(1, id),
                JdbcServiceRecordStore::decode)));
    }

    @Override
    public List<ServiceRecord> byPerson(PersonId person, DateRange period) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        List<ServiceRecord> found = db.read("find service records of a person", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM service_record WHERE person = ? AND " + within(period), p -> {
                    p.setString(1, person.value());
                    bindWithin(p, 2, period);
                }, JdbcServiceRecordStore::decode));
        found.sort(ORDER);
        return List.copyOf(found);
    }

    @Override
    public void forEachIn(DateRange period, Consumer<? super ServiceRecord> action) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(action, "action");
        Sql.forEach(db, "service_record", COLUMNS, within(period), p -> bindWithin(p, 2, period),
                JdbcServiceRecordStore::decode, action);
    }

    /** The condition "dated within {@code period}"; an open end is left out, not bound to NULL. */
    private static String within(DateRange period) {
        return period.isOpenEnded() ? "record_date >= ?" : "record_date >= ? AND record_date <= ?";
    }

    private static void bindWithin(PreparedStatement p, int i, DateRange period) throws SQLException {
        Sql.setDate(p, i, period.start());
        if (!period.isOpenEnded()) {
            Sql.setDate(p, i + 1, period.end());
        }
    }

    @Override
    public long count() {
        return Sql.count(db, "service_record");
    }

    private static ServiceRecord decode(ResultSet rs) throws SQLException {
        ServiceRecord.Builder b = ServiceRecord.builder()
                .id(rs.getString("id"))
                .person(PersonId.of(rs.getString("person")))
                .kind(ServiceActionKind.valueOf(rs.getString("kind")))
                .date(Sql.date(rs, "record_date"))
                .providedBy(rs.getString("provided_by"))
                .outcome(ServiceOutcome.valueOf(rs.getString("outcome")))
                .noteCode(rs.getString("note_code"));
        return b.build();
    }

    @Override
    public String toString() {
        return "JdbcServiceRecordStore";
    }
}
