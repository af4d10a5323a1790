package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.service.RecruitmentEventKind;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.RecruitmentEventStore;
import org.jobassist.api.time.DateRange;

/**
 * {@link RecruitmentEventStore} over the table {@code recruitment_event}, one row per event id,
 * the event's vacancy ids in one list cell in their order. Writes go through
 * {@link KeyedTable}; {@link #during} is one statement, filtered by {@link DivisionCode#contains}
 * and sorted in Java.
 *
 * <p>Thread-safe.
 */
public final class JdbcRecruitmentEventStore implements RecruitmentEventStore {

    static final String COLUMNS = "id, kind, name, city, first_day, last_day, vacancy_ids";
    private static final Comparator<RecruitmentEvent> BY_ID = Comparator.comparing(RecruitmentEvent::id);
    private static final Comparator<RecruitmentEvent> ORDER =
            Comparator.comparing((RecruitmentEvent e) -> e.dates().start()).thenComparing(RecruitmentEvent::id);

    private final Database db;
    private final KeyedTable<RecruitmentEvent> table;

    JdbcRecruitmentEventStore(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "save recruitment events") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM recruitment_event WHERE id = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, RecruitmentEvent e) throws SQLException {
                p.setString(1, e.id());
            }

            @Override
            Sql.Decoder<RecruitmentEvent> decoder() {
                return JdbcRecruitmentEventStore::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO recruitment_event (kind, name, city, first_day, last_day, vacancy_ids, id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, RecruitmentEvent e) throws SQLException {
                bind(p, e);
            }

            @Override
            String updateSql() {
                return "UPDATE recruitment_event SET kind = ?, name = ?, city = ?, first_day = ?, last_day = ?, "
                        + "vacancy_ids = ? WHERE id = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, RecruitmentEvent e) throws SQLException {
                bind(p, e);
            }

            @Override
            Comparator<RecruitmentEvent> keyOrder() {
                return BY_ID;
            }
        };
    }

    private static void bind(PreparedStatement p, RecruitmentEvent e) throws SQLException {
        p.setString(1, e.kind().name());
        p.setString(2, e.name());
        p.setString(3, e.city().code());
        Sql.setRange(p, 4, e.dates());
        p.setString(6, Cells.join(Cells.LIST, e.vacancyIds()));
        p.setString(7, e.id());
    }

    @Override
    public BatchResult saveAll(List<RecruitmentEvent> events) {
        Objects.requireNonNull(events, "events");
        List<RecruitmentEvent> items = new ArrayList<>(events);
        List<Violation> faults = KeyedTable.checkBatch(items, "events", RecruitmentEvent::id, ".id");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(items, KeyedTable.paths("events", items.size()));
    }

    @Override
    public Optional<RecruitmentEvent> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(db.read("find recruitment event", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM recruitment_event WHERE id = ?", p -> p.setString(1, id),
                JdbcRecruitmentEventStore::decode)));
    }

    @Override
    public List<RecruitmentEvent> during(DivisionCode area, DateRange period) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        // An open-ended period starts no event too late: its bound is left out, not bound to NULL.
        String sql = "SELECT " + COLUMNS + " FROM recruitment_event WHERE city LIKE ? "
                + "AND (last_day IS NULL OR last_day >= ?)" + (period.isOpenEnded() ? "" : " AND first_day <= ?");
        List<RecruitmentEvent> found = db.read("find recruitment events", c -> Sql.list(c, sql, p -> {
            p.setString(1, Divisions.prefix(area) + "%");
            Sql.setDate(p, 2, period.start());
            if (!period.isOpenEnded()) {
                Sql.setDate(p, 3, period.end());
            }
        }, JdbcRecruitmentEventStore::decode));
        found.removeIf(e -> !area.contains(e.city()) || !e.dates().overlaps(period));
        found.sort(ORDER);
        return List.copyOf(found);
    }

    @Override
    public long count() {
        return Sql.count(db, "recruitment_event");
    }

    private static RecruitmentEvent decode(ResultSet rs) throws SQLException {
        return RecruitmentEvent.builder()
                .id(rs.getString("id"))
                .kind(RecruitmentEventKind.valueOf(rs.getString("kind")))
                .name(rs.getString("name"))
                .city(DivisionCode.parse(rs.getString("city")))
                .dates(Sql.range(rs, "first_day", "last_day"))
                .vacancyIds(Cells.split(Cells.LIST, rs.getString("vacancy_ids")))
                .build();
    }

    @Override
    public String toString() {
        return "JdbcRecruitmentEventStore";
    }
}
