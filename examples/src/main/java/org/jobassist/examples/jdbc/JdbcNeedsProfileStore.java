package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.WorkConstraints;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.NeedsProfileStore;

/**
 * {@link NeedsProfileStore} over the table {@code needs_profile}: one row per person and day
 * recorded (the primary key), with the street and its county in indexed columns. Writes go
 * through {@link KeyedTable}.
 *
 * <p>"In force on a day" is answered by the database in one statement: the person's row with
 * the latest {@code recorded_on} not after the day ({@code NOT EXISTS} a later one), so a
 * reader never mixes two committed states.
 *
 * <p>Thread-safe.
 */
public final class JdbcNeedsProfileStore implements NeedsProfileStore {

    static final String COLUMNS = "person, recorded_on, street, county, home_lat, home_lon, status, willingness, "
            + "skills, certificates, training_wishes, max_daily_hours, max_commute_metres, needs_accommodation, "
            + "day_shift_only, preferred_districts, expected_wage_fen, welfare_post_eligible";
    private static final Comparator<NeedsProfile> BY_KEY =
            Comparator.comparing(NeedsProfile::person).thenComparing(NeedsProfile::recordedOn);
    /** The row is the latest of its person not after the day bound to this condition's one parameter. */
    private static final String LATEST = "NOT EXISTS (SELECT 1 FROM needs_profile later WHERE later.person = "
            + "needs_profile.person AND later.recorded_on > needs_profile.recorded_on AND later.recorded_on <= ?)";

    private final Database db;
    private final KeyedTable<NeedsProfile> table;

    JdbcNeedsProfileStore(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "save needs profiles") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM needs_profile WHERE person = ? AND recorded_on = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, NeedsProfile n) throws SQLException {
                p.setString(1, n.person().value());
                Sql.setDate(p, 2, n.recordedOn());
            }

            @Override
            Sql.Decoder<NeedsProfile> decoder() {
                return JdbcNeedsProfileStore::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO needs_profile (street, county, home_lat, home_lon, status, willingness, skills, "
                        + "certificates, training_wishes, max_daily_hours, max_commute_metres, needs_accommodation, "
                        + "day_shift_only, preferred_districts, expected_wage_fen, welfare_post_eligible, person, "
                        + "recorded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, NeedsProfile n) throws SQLException {
                bind(p, n);
            }

            @Override
            String updateSql() {
                return "UPDATE needs_profile SET street = ?, county = ?, home_lat = ?, home_lon = ?, status = ?, "
                        + "willingness = ?, skills = ?, certificates = ?, training_wishes = ?, max_daily_hours = ?, "
                        + "max_commute_metres = ?, needs_accommodation = ?, day_shift_only = ?, "
                        + "preferred_districts = ?, expected_wage_fen = ?, welfare_post_eligible = ? "
                        + "WHERE person = ? AND recorded_on = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, NeedsProfile n) throws SQLException {
                bind(p, n);
            }

            @Override
            Comparator<NeedsProfile> keyOrder() {
                return BY_KEY;
            }
        };
    }

    private static void bind(PreparedStatement p, NeedsProfile n) throws SQLException {
        p.setString(1, n.street().code());
        p.setString(2, n.street().county().code());
        p.setInt(3, n.home().latitudeMicroDegrees());
        p.setInt(4, n.home().longitudeMicroDegrees());
        p.setString(5, n.status().name());
        p.setString(6, Cells.joinSorted(n.willingness(), Willingness::name));
        p.setString(7, Cells.joinSorted(n.skills(), Skill::code));
        p.setString(8, Cells.joinSorted(n.certificates(), Skill::code));
        p.setString(9, Cells.joinSorted(n.trainingWishes(), Skill::code));
        setInt(p, 10, n.constraints().maxDailyHours());
        setInt(p, 11, n.constraints().maxCommuteMetres());
        p.setBoolean(12, n.constraints().needsAccommodation());
        p.setBoolean(13, n.constraints().dayShiftOnly());
        p.setString(14, Cells.joinSorted(n.preferredDistricts(), DivisionCode::code));
        if (n.expectedMonthlyWage().isPresent()) {
            p.setLong(15, n.expectedMonthlyWage().get().fen());
        } else {
            p.setNull(15, Types.BIGINT);
        }
        p.setBoolean(16, n.publicWelfarePostEligible());
        p.setString(17, n.person().value());
        Sql.setDate(p, 18, n.recordedOn());
    }

    private static void setInt(PreparedStatement p, int i, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            p.setInt(i, value.getAsInt());
        } else {
            p.setNull(i, Types.INTEGER);
        }
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    @Override
    public BatchResult saveAll(List<NeedsProfile> profiles) {
        Objects.requireNonNull(profiles, "profiles");
        List<NeedsProfile> items = new ArrayList<>(profiles);
        List<Violation> faults = KeyedTable.checkBatch(items, "profiles", n -> List.of(n.person(), n.recordedOn()),
                "");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(items, KeyedTable.paths("profiles", items.size()));
    }

    @Override
    public Optional<NeedsProfile> inForce(PersonId person, LocalDate date) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(db.read("find a needs profile in force", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM needs_profile WHERE person = ? AND recorded_on <= ? "
                        + "ORDER BY recorded_on DESC FETCH FIRST 1 ROWS ONLY", p -> {
                            p.setString(1, person.value());
                            Sql.setDate(p, 2, date);
                        }, JdbcNeedsProfileStore::decode)));
    }

    @Override
    public List<NeedsProfile> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        return List.copyOf(db.read("read a needs profile history", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM needs_profile WHERE person = ? ORDER BY recorded_on",
                p -> p.setString(1, person.value()), JdbcNeedsProfileStore::decode)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>One query; sorted by person in Java, since the database's collation need not order ids
     * as {@link PersonId#compareTo} does.
     */
    @Override
    public List<NeedsProfile> inForceOnStreet(StreetCode street, LocalDate date) {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(date, "date");
        List<NeedsProfile> found = db.read("find needs profiles on a street", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM needs_profile WHERE street = ? AND recorded_on <= ? AND " + LATEST,
                p -> {
                    p.setString(1, street.code());
                    Sql.setDate(p, 2, date);
                    Sql.setDate(p, 3, date);
                }, JdbcNeedsProfileStore::decode));
        found.sort(Comparator.comparing(NeedsProfile::person));
        return List.copyOf(found);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Pages through the rows in force by {@code row_id}, each page one statement; the county
     * prefix narrows the query and {@link DivisionCode#contains} decides.
     */
    @Override
    public void forEachInForce(DivisionCode area, LocalDate date, Consumer<? super NeedsProfile> action) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(action, "action");
        Sql.forEach(db, "needs_profile", COLUMNS, "county LIKE ? AND recorded_on <= ? AND " + LATEST, p -> {
            p.setString(2, Divisions.prefix(area) + "%");
            Sql.setDate(p, 3, date);
            Sql.setDate(p, 4, date);
        }, JdbcNeedsProfileStore::decode, n -> {
            if (area.contains(n.street().county())) {
                action.accept(n);
            }
        });
    }

    @Override
    public long count() {
        return Sql.count(db, "needs_profile");
    }

    private static NeedsProfile decode(ResultSet rs) throws SQLException {
        NeedsProfile.Builder b = NeedsProfile.builder()
                .person(PersonId.of(rs.getString("person")))
                .recordedOn(Sql.date(rs, "recorded_on"))
                .street(StreetCode.parse(rs.getString("street")))
                .home(Location.ofMicroDegrees(rs.getInt("home_lat"), rs.getInt("home_lon")))
                .status(EmploymentStatus.valueOf(rs.getString("status")))
                .willingness(Cells.splitEach(rs.getString("willingness"), Willingness::valueOf))
                .skills(Cells.splitEach(rs.getString("skills"), Skill::parse))
                .certificates(Cells.splitEach(rs.getString("certificates"), Skill::parse))
                .trainingWishes(Cells.splitEach(rs.getString("training_wishes"), Skill::parse));
        OptionalInt hours = optionalInt(rs, "max_daily_hours");
        OptionalInt commute = optionalInt(rs, "max_commute_metres");
        b.constraints(new WorkConstraints(hours, commute, rs.getBoolean("needs_accommodation"),
                rs.getBoolean("day_shift_only")));
        b.preferredDistricts(Cells.splitEach(rs.getString("preferred_districts"), DivisionCode::parse));
        long wage = rs.getLong("expected_wage_fen");
        if (!rs.wasNull()) {
            b.expectedMonthlyWage(Money.ofFen(wage));
        }
        return b.publicWelfarePostEligible(rs.getBoolean("welfare_post_eligible")).build();
    }

    @Override
    public String toString() {
        return "JdbcNeedsProfileStore";
    }
}
