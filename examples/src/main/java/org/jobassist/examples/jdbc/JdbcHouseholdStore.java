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
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.time.DateRange;

/**
 * {@link HouseholdStore} over the table {@code household}: one row per register, its members
 * in one encoded column so that one row is one whole register. Writes go through
 * {@link KeyedTable} (row locks in id order, the primary key against racing inserts).
 * {@link #findInDivision} narrows by a prefix of the division code in SQL and checks
 * {@link DivisionCode#contains} in Java.
 *
 * <p>Thread-safe.
 */
public final class JdbcHouseholdStore implements HouseholdStore {

    static final String COLUMNS = "id, division, registration, head, operating_income, members";
    private static final Comparator<HouseholdRegister> BY_ID = Comparator.comparing(r -> r.id().value());

    private final Database db;
    private final KeyedTable<HouseholdRegister> table;

    JdbcHouseholdStore(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "save households") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM household WHERE id = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, HouseholdRegister r) throws SQLException {
                p.setString(1, r.id().value());
            }

            @Override
            Sql.Decoder<HouseholdRegister> decoder() {
                return JdbcHouseholdStore::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO household (division, registration, head, operating_income, members, id) "
                        + "VALUES (?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, HouseholdRegister r) throws SQLException {
                bind(p, r);
            }

            @Override
            String updateSql() {
                return "UPDATE household SET division = ?, registration = ?, head = ?, operating_income = ?, "
                        + "members = ? WHERE id = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, HouseholdRegister r) throws SQLException {
                bind(p, r);
            }

            @Override
            Comparator<HouseholdRegister> keyOrder() {
                return BY_ID;
            }
        };
    }

    private static void bind(PreparedStatement p, HouseholdRegister r) throws SQLException {
        p.setString(1, r.division().code());
        p.setString(2, r.registration().name());
        p.setString(3, r.head().value());
        p.setBoolean(4, r.hasOperatingOrInvestmentIncome());
        p.setString(5, encodeMembers(r.members()));
        p.setString(6, r.id().value());
    }

    @Override
    public void save(HouseholdRegister register) {
        Objects.requireNonNull(register, "register");
        table.write(List.of(register), List.of(""));
    }

    @Override
    public BatchResult saveAll(List<HouseholdRegister> registers) {
        Objects.requireNonNull(registers, "registers");
        List<HouseholdRegister> items = new ArrayList<>(registers);
        List<Violation> faults = KeyedTable.checkBatch(items, "registers", HouseholdRegister::id, ".id");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(items, KeyedTable.paths("registers", items.size()));
    }

    @Override
    public Optional<HouseholdRegister> find(HouseholdId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(db.read("find household", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM household WHERE id = ?", p -> p.setString(1, id.value()),
                JdbcHouseholdStore::decode)));
    }

    @Override
    public List<HouseholdRegister> findInDivision(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        List<HouseholdRegister> found = db.read("find households in a division", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM household WHERE division LIKE ?",
                p -> p.setString(1, Divisions.prefix(division) + "%"), JdbcHouseholdStore::decode));
        found.removeIf(r -> !division.contains(r.division()));
        found.sort(BY_ID);
        return List.copyOf(found);
    }

    @Override
    public void forEach(Consumer<? super HouseholdRegister> action) {
        Objects.requireNonNull(action, "action");
        Sql.forEach(db, "household", COLUMNS, "", p -> { }, JdbcHouseholdStore::decode, action);
    }

    @Override
    public long count() {
        return Sql.count(db, "household");
    }

    private static HouseholdRegister decode(ResultSet rs) throws SQLException {
        HouseholdRegister.Builder b = HouseholdRegister.builder()
                .id(HouseholdId.of(rs.getString("id")))
                .division(DivisionCode.parse(rs.getString("division")))
                .registration(Registration.valueOf(rs.getString("registration")))
                .head(PersonId.of(rs.getString("head")))
                .operatingOrInvestmentIncome(rs.getBoolean("operating_income"));
        for (String m : Cells.split(Cells.LIST, rs.getString("members"))) {
            String[] f = Cells.fields(m, 8);
            HouseholdMember.Builder member = HouseholdMember.builder(PersonId.of(f[0]))
                    .birthDate(LocalDate.parse(f[1]))
                    .retirementClass(RetirementClass.valueOf(f[2]))
                    .ableToWork(Boolean.parseBoolean(f[3]))
                    .wantsWork(Boolean.parseBoolean(f[4]))
                    .inSchool(Boolean.parseBoolean(f[5]))
                    .inActiveService(Boolean.parseBoolean(f[6]));
            for (String spell : Cells.split(Cells.INNER, f[7])) {
                DateRange range = DateRange.parse(spell);
                member.employed(range.start(), range.isOpenEnded() ? null : range.end());
            }
            b.member(member.build());
        }
        return b.build();
    }

    private static String encodeMembers(List<HouseholdMember> members) {
        List<String> items = new ArrayList<>(members.size());
        for (HouseholdMember m : members) {
            List<String> spells = new ArrayList<>();
            m.employment().forEach(r -> spells.add(r.toString()));
            items.add(Cells.fields(m.id().value(), m.birthDate().toString(), m.retirementClass().name(),
                    Boolean.toString(m.ableToWork()), Boolean.toString(m.wantsWork()), Boolean.toString(m.inSchool()),
                    Boolean.toString(m.inActiveService()), Cells.join(Cells.INNER, spells)));
        }
        return Cells.join(Cells.LIST, items);
    }

    @Override
    public String toString() {
        return "JdbcHouseholdStore";
    }
}
