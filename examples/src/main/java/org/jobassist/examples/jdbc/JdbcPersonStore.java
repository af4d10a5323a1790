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
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.time.DateRange;

/**
 * {@link PersonStore} over the table {@code person}: one row per record, the ID number
 * (personal data) in an indexed column so that {@link #findByIdNumber} is one indexed query.
 * Writes go through {@link KeyedTable}, and note the people they change in the change feed
 * ({@link #changedSince}).
 *
 * <p>Thread-safe.
 */
public final class JdbcPersonStore implements PersonStore {

    static final String COLUMNS = "id, id_number, retirement_class, residence, household, registrations, referrals";
    private static final Comparator<PersonRecord> BY_ID = Comparator.comparing(PersonRecord::id);

    private final Database db;
    private final KeyedTable<PersonRecord> table;

    JdbcPersonStore(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "save people") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM person WHERE id = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, PersonRecord r) throws SQLException {
                p.setString(1, r.id().value());
            }

            @Override
            Sql.Decoder<PersonRecord> decoder() {
                return JdbcPersonStore::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO person (id_number, retirement_class, residence, household, registrations, "
                        + "referrals, id) VALUES (?, ?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, PersonRecord r) throws SQLException {
                bind(p, r);
            }

            @Override
            String updateSql() {
                return "UPDATE person SET id_number = ?, retirement_class = ?, residence = ?, household = ?, "
                        + "registrations = ?, referrals = ? WHERE id = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, PersonRecord r) throws SQLException {
                bind(p, r);
            }

            @Override
            Comparator<PersonRecord> keyOrder() {
                return BY_ID;
            }

            @Override
            String feed() {
                return ChangeFeed.PEOPLE;
            }

            @Override
            String changedKey(PersonRecord item) {
                return item.id().value();
            }
        };
    }

    private static void bind(PreparedStatement p, PersonRecord r) throws SQLException {
        p.setString(1, r.idNumber().value());
        p.setString(2, r.retirementClass().name());
        p.setString(3, r.residence().code());
        Sql.setText(p, 4, r.household().map(HouseholdId::value).orElse(null));
        List<String> spells = new ArrayList<>();
        r.unemploymentRegistrations().forEach(s -> spells.add(s.toString()));
        p.setString(5, Cells.join(Cells.LIST, spells));
        List<String> days = new ArrayList<>();
        r.acceptedReferrals().forEach(d -> days.add(d.toString()));
        p.setString(6, Cells.join(Cells.LIST, days));
        p.setString(7, r.id().value());
    }

    @Override
    public void save(PersonRecord person) {
        Objects.requireNonNull(person, "person");
        table.write(List.of(person), List.of(""));
    }

    @Override
    public BatchResult saveAll(List<PersonRecord> people) {
        Objects.requireNonNull(people, "people");
        List<PersonRecord> items = new ArrayList<>(people);
        List<Violation> faults = KeyedTable.checkBatch(items, "people", PersonRecord::id, ".id");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(items, KeyedTable.paths("people", items.size()));
    }

    @Override
    public Optional<PersonRecord> find(PersonId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(db.read("find person", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM person WHERE id = ?", p -> p.setString(1, id.value()),
                JdbcPersonStore::decode)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>One query on the indexed column {@code id_number}; the least id is chosen in Java,
     * since the database's collation need not order ids as {@link PersonId#compareTo} does.
     */
    @Override
    public Optional<PersonRecord> findByIdNumber(ResidentIdNumber idNumber) {
        Objects.requireNonNull(idNumber, "idNumber");
        List<PersonRecord> found = db.read("find person by ID number", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM person WHERE id_number = ?", p -> p.setString(1, idNumber.value()),
                JdbcPersonStore::decode));
        return found.stream().min(BY_ID);
    }

    @Override
    public void forEach(Consumer<? super PersonRecord> action) {
        Objects.requireNonNull(action, "action");
        Sql.forEach(db, "person", COLUMNS, "", p -> { }, JdbcPersonStore::decode, action);
    }

    @Override
    public long count() {
        return Sql.count(db, "person");
    }

    /**
     * {@inheritDoc}
     *
     * <p>From the database's change feed (table {@code change_log}): the people whose records
     * a write inserted or replaced; a save that changed nothing is not noted. Positions are
     * those of every store of this database; see {@code ChangeFeed}.
     */
    @Override
    public Changes<PersonId> changedSince(long sequence) {
        return ChangeFeed.since(db, ChangeFeed.PEOPLE, sequence, PersonId::of);
    }

    private static PersonRecord decode(ResultSet rs) throws SQLException {
        PersonRecord.Builder b = PersonRecord.builder(PersonId.of(rs.getString("id")))
                .idNumber(ResidentIdNumber.parse(rs.getString("id_number")))
                .retirementClass(RetirementClass.valueOf(rs.getString("retirement_class")))
                .residence(DivisionCode.parse(rs.getString("residence")));
        String household = rs.getString("household");
        if (household != null) {
            b.household(HouseholdId.of(household));
        }
        for (String s : Cells.split(Cells.LIST, rs.getString("registrations"))) {
            b.unemploymentRegistration(DateRange.parse(s));
        }
        for (String d : Cells.split(Cells.LIST, rs.getString("referrals"))) {
            b.acceptedReferral(LocalDate.parse(d));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "JdbcPersonStore";
    }
}
