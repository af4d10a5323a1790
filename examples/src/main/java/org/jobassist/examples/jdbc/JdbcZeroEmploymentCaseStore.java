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
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceAction;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;

/**
 * {@link ZeroEmploymentCaseStore} over the table {@code zero_case}, keyed by household and
 * identified date, the service actions in one encoded column. The rule that clearing is
 * final is checked against the row read {@code FOR UPDATE} in the writing transaction, so
 * two writers cannot together unclear a case.
 *
 * <p>Thread-safe.
 */
public final class JdbcZeroEmploymentCaseStore implements ZeroEmploymentCaseStore {

    static final String COLUMNS = "household, identified_on, city, cleared_on, employed_member, actions";
    private static final Comparator<ZeroEmploymentCase> ORDER = Comparator
            .comparing((ZeroEmploymentCase c) -> c.household().value())
            .thenComparing(ZeroEmploymentCase::identifiedDate);

    private final Database db;
    private final KeyedTable<ZeroEmploymentCase> table;

    JdbcZeroEmploymentCaseStore(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "save zero-employment cases") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM zero_case WHERE household = ? AND identified_on = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, ZeroEmploymentCase z) throws SQLException {
                p.setString(1, z.household().value());
                Sql.setDate(p, 2, z.identifiedDate());
            }

            @Override
            Sql.Decoder<ZeroEmploymentCase> decoder() {
                return JdbcZeroEmploymentCaseStore::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO zero_case (city, cleared_on, employed_member, actions, household, identified_on) "
                        + "VALUES (?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, ZeroEmploymentCase z) throws SQLException {
                bind(p, z);
            }

            @Override
            String updateSql() {
                return "UPDATE zero_case SET city = ?, cleared_on = ?, employed_member = ?, actions = ? "
                        + "WHERE household = ? AND identified_on = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, ZeroEmploymentCase z) throws SQLException {
                bind(p, z);
            }

            @Override
            Comparator<ZeroEmploymentCase> keyOrder() {
                return ORDER;
            }

            @Override
            Violation replacementFault(ZeroEmploymentCase stored, ZeroEmploymentCase next, String path) {
                if (stored.clearedDate().isEmpty()) {
                    return null;
                }
                if (next.clearedDate().isEmpty()) {
                    return new Violation(path, "zero-employment-case.uncleared",
                            "a cleared case cannot become uncleared");
                }
                if (!stored.clearedDate().equals(next.clearedDate())
                        || !stored.employedMember().equals(next.employedMember())) {
                    return new Violation(path, "zero-employment-case.clearing-changed",
                            "the clearing of a case is final and cannot change");
                }
                return null;
            }
        };
    }

    private static void bind(PreparedStatement p, ZeroEmploymentCase z) throws SQLException {
        p.setString(1, z.city().code());
        Sql.setDate(p, 2, z.clearedDate().orElse(null));
        Sql.setText(p, 3, z.employedMember().map(PersonId::value).orElse(null));
        List<String> actions = new ArrayList<>();
        for (ServiceAction a : z.actions()) {
            actions.add(Cells.fields(a.date().toString(), a.kind().name(), a.note()));
        }
        p.setString(4, Cells.join(Cells.LIST, actions));
        p.setString(5, z.household().value());
        Sql.setDate(p, 6, z.identifiedDate());
    }

    @Override
    public void save(ZeroEmploymentCase zeroEmploymentCase) {
        Objects.requireNonNull(zeroEmploymentCase, "zeroEmploymentCase");
        table.write(List.of(zeroEmploymentCase), List.of(""));
    }

    @Override
    public BatchResult saveAll(List<ZeroEmploymentCase> cases) {
        Objects.requireNonNull(cases, "cases");
        List<ZeroEmploymentCase> items = new ArrayList<>(cases);
        List<Violation> faults = KeyedTable.checkBatch(items, "cases",
                z -> List.of(z.household(), z.identifiedDate()), "");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(items, KeyedTable.paths("cases", items.size()));
    }

    @Override
    public Optional<ZeroEmploymentCase> find(HouseholdId household, LocalDate identifiedDate) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(identifiedDate, "identifiedDate");
        return Optional.ofNullable(db.read("find zero-employment case", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM zero_case WHERE household = ? AND identified_on = ?", p -> {
                    p.setString(1, household.value());
                    Sql.setDate(p, 2, identifiedDate);
                }, JdbcZeroEmploymentCaseStore::decode)));
    }

    @Override
    public List<ZeroEmploymentCase> find(HouseholdId household) {
        Objects.requireNonNull(household, "household");
        List<ZeroEmploymentCase> found = db.read("find zero-employment cases", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM zero_case WHERE household = ?", p -> p.setString(1, household.value()),
                JdbcZeroEmploymentCaseStore::decode));
        found.sort(ORDER);
        return List.copyOf(found);
    }

    @Override
    public List<ZeroEmploymentCase> findInCity(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        List<ZeroEmploymentCase> found = db.read("find zero-employment cases in a city", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM zero_case WHERE city LIKE ?",
                p -> p.setString(1, Divisions.prefix(division) + "%"), JdbcZeroEmploymentCaseStore::decode));
        found.removeIf(z -> !division.contains(z.city()));
        found.sort(ORDER);
        return List.copyOf(found);
    }

    @Override
    public void forEach(Consumer<? super ZeroEmploymentCase> action) {
        Objects.requireNonNull(action, "action");
        Sql.forEach(db, "zero_case", COLUMNS, "", p -> { }, JdbcZeroEmploymentCaseStore::decode, action);
    }

    @Override
    public long count() {
        return Sql.count(db, "zero_case");
    }

    private static ZeroEmploymentCase decode(ResultSet rs) throws SQLException {
        ZeroEmploymentCase z = ZeroEmploymentCase.identified(HouseholdId.of(rs.getString("household")),
                DivisionCode.parse(rs.getString("city")), Sql.date(rs, "identified_on"));
        for (String a : Cells.split(Cells.LIST, rs.getString("actions"))) {
            String[] f = Cells.fields(a, 3);
            z = z.withAction(ServiceAction.of(LocalDate.parse(f[0]), ServiceActionKind.valueOf(f[1]),
                    f[2] == null ? "" : f[2]));
        }
        LocalDate cleared = Sql.date(rs, "cleared_on");
        if (cleared != null) {
            z = z.clearedBy(PersonId.of(rs.getString("employed_member")), cleared);
        }
        return z;
    }

    @Override
    public String toString() {
        return "JdbcZeroEmploymentCaseStore";
    }
}
