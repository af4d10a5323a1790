package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.VacancyStore;

/**
 * {@link VacancyStore} over the table {@code vacancy}, one row per vacancy id; an open-ended
 * opening has a NULL {@code open_to}. Writes go through {@link KeyedTable}.
 *
 * <p>Each read is one statement, sorted by id in Java (the database's collation need not order
 * ids as {@link String#compareTo} does). {@link #openOn} reads the open vacancies into a list
 * and streams it, so the stream holds no connection and is the snapshot of its call.
 *
 * <p>Thread-safe.
 */
public final class JdbcVacancyStore implements VacancyStore {

    static final String COLUMNS = "id, employer, post, district, lat, lon, required_skills, required_certificates, "
            + "monthly_wage_fen, daily_hours, night_shifts, suits_disabled, welfare_post, open_from, open_to, positions";
    private static final Comparator<Vacancy> BY_ID = Comparator.comparing(Vacancy::id);
    private static final String OPEN = "open_from <= ? AND (open_to IS NULL OR open_to >= ?)";

    private final Database db;
    private final KeyedTable<Vacancy> table;

    JdbcVacancyStore(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "save vacancies") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM vacancy WHERE id = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, Vacancy v) throws SQLException {
                p.setString(1, v.id());
            }

            @Override
            Sql.Decoder<Vacancy> decoder() {
                return JdbcVacancyStore::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO vacancy (employer, post, district, lat, lon, required_skills, "
                        + "required_certificates, monthly_wage_fen, daily_hours, night_shifts, suits_disabled, "
                        + "welfare_post, open_from, open_to, positions, id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, Vacancy v) throws SQLException {
                bind(p, v);
            }

            @Override
            String updateSql() {
                return "UPDATE vacancy SET employer = ?, post = ?, district = ?, lat = ?, lon = ?, "
                        + "required_skills = ?, required_certificates = ?, monthly_wage_fen = ?, daily_hours = ?, "
                        + "night_shifts = ?, suits_disabled = ?, welfare_post = ?, open_from = ?, open_to = ?, "
                        + "positions = ? WHERE id = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, Vacancy v) throws SQLException {
                bind(p, v);
            }

            @Override
            Comparator<Vacancy> keyOrder() {
                return BY_ID;
            }
        };
    }

    private static void bind(PreparedStatement p, Vacancy v) throws SQLException {
        p.setString(1, v.employer().value());
        p.setString(2, v.post());
        p.setString(3, v.district().code());
        p.setInt(4, v.location().latitudeMicroDegrees());
        p.setInt(5, v.location().longitudeMicroDegrees());
        p.setString(6, Cells.joinSorted(v.requiredSkills(), Skill::code));
        p.setString(7, Cells.joinSorted(v.requiredCertificates(), Skill::code));
        p.setLong(8, v.monthlyWage().fen());
        p.setInt(9, v.dailyHours());
        p.setBoolean(10, v.nightShifts());
        p.setBoolean(11, v.suitsDisabled());
        p.setBoolean(12, v.publicWelfarePost());
        Sql.setRange(p, 13, v.open());
        p.setInt(15, v.positions());
        p.setString(16, v.id());
    }

    @Override
    public BatchResult saveAll(List<Vacancy> vacancies) {
        Objects.requireNonNull(vacancies, "vacancies");
        List<Vacancy> items = new ArrayList<>(vacancies);
        List<Violation> faults = KeyedTable.checkBatch(items, "vacancies", Vacancy::id, ".id");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(items, KeyedTable.paths("vacancies", items.size()));
    }

    @Override
    public Optional<Vacancy> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(db.read("find vacancy", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM vacancy WHERE id = ?", p -> p.setString(1, id),
                JdbcVacancyStore::decode)));
    }

    @Override
    public Stream<Vacancy> openOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<Vacancy> found = db.read("find open vacancies", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM vacancy WHERE " + OPEN, p -> {
                    Sql.setDate(p, 1, date);
                    Sql.setDate(p, 2, date);
                }, JdbcVacancyStore::decode));
        found.sort(BY_ID);
        return found.stream();
    }

    @Override
    public List<Vacancy> openIn(DivisionCode area, LocalDate date) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(date, "date");
        List<Vacancy> found = db.read("find open vacancies in an area", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM vacancy WHERE district LIKE ? AND " + OPEN, p -> {
                    p.setString(1, Divisions.prefix(area) + "%");
                    Sql.setDate(p, 2, date);
                    Sql.setDate(p, 3, date);
                }, JdbcVacancyStore::decode));
        found.removeIf(v -> !area.contains(v.district()));
        found.sort(BY_ID);
        return List.copyOf(found);
    }

    @Override
    public long count() {
        return Sql.count(db, "vacancy");
    }

    private static Vacancy decode(ResultSet rs) throws SQLException {
        return Vacancy.builder()
                .id(rs.getString("id"))
                .employer(UnifiedSocialCreditCode.parse(rs.getString("employer")))
                .post(rs.getString("post"))
                .district(DivisionCode.parse(rs.getString("district")))
                .location(Location.ofMicroDegrees(rs.getInt("lat"), rs.getInt("lon")))
                .requiredSkills(Cells.splitEach(rs.getString("required_skills"), Skill::parse))
                .requiredCertificates(Cells.splitEach(rs.getString("required_certificates"), Skill::parse))
                .monthlyWage(Money.ofFen(rs.getLong("monthly_wage_fen")))
                .dailyHours(rs.getInt("daily_hours"))
                .nightShifts(rs.getBoolean("night_shifts"))
                .suitsDisabled(rs.getBoolean("suits_disabled"))
                .publicWelfarePost(rs.getBoolean("welfare_post"))
                .open(Sql.range(rs, "open_from", "open_to"))
                .positions(rs.getInt("positions"))
                .build();
    }

    @Override
    public String toString() {
        return "JdbcVacancyStore";
    }
}
