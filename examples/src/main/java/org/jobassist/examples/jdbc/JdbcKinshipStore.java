package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.MarriageEnd;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.ParentageKind;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Residence;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.KinshipBatch;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.api.time.DateRange;

/**
 * {@link KinshipStore} over five append-only tables ({@code kin_person}, {@code kin_marriage},
 * {@code kin_parentage}, {@code kin_living_together}, {@code kin_residence}).
 *
 * <p>A batch must be validated together with every stored fact (a cycle of parentage can run
 * through any of them), so writers serialise on one row, {@code store_lock('kinship')}, read
 * {@code FOR UPDATE} at the start of the writing transaction: the stored graph is read, the
 * batch merged and validated by {@link KinshipGraph}'s own rules, the new facts inserted
 * under the next batch number, and the counter raised, all in that transaction.
 *
 * <p>Readers take no lock: {@link #snapshot()} reads the counter first and then only the
 * facts of batches up to it. A batch's facts and its counter value commit together, and the
 * lock makes batches commit in number order, so the snapshot holds each batch whole or not
 * at all.
 *
 * <p>Thread-safe.
 */
public final class JdbcKinshipStore implements KinshipStore {

    private static final Pattern FACT_PATH =
            Pattern.compile("^(people|marriages|parentages|livingTogether|residences)\\[(\\d+)\\](.*)$", Pattern.DOTALL);

    private final Database db;

    JdbcKinshipStore(Database db) {
        this.db = db;
    }

    @Override
    public BatchResult apply(KinshipBatch batch) {
        Objects.requireNonNull(batch, "batch");
        return db.inTransaction("apply kinship batch", c -> {
            long batchNo = 1 + Sql.first(c, "SELECT counter FROM store_lock WHERE name = 'kinship' FOR UPDATE",
                    p -> { }, rs -> rs.getLong(1));
            KinshipGraph stored = read(c, Long.MAX_VALUE);
            KinshipGraph.Builder combined = stored.toBuilder();
            List<Violation> faults = new ArrayList<>();
            Merge<KinPerson> people = merge("people", stored.people(), batch.people(), combined::person, faults);
            Merge<Marriage> marriages = merge("marriages", stored.marriages(), batch.marriages(), combined::marriage,
                    faults);
            Merge<Parentage> parentages = merge("parentages", stored.parentages(), batch.parentages(),
                    combined::parentage, faults);
            Merge<LivingTogether> together = merge("livingTogether", stored.livingTogether(),
                    batch.livingTogether(), combined::livingTogether, faults);
            Merge<Residence> residences = merge("residences", stored.residences(), batch.residences(),
                    combined::residence, faults);
            List<Merge<?>> merges = List.of(people, marriages, parentages, together, residences);
            int inserted = merges.stream().mapToInt(m -> m.added.size()).sum();
            if (inserted > 0) {
                // Built even when the batch repeats a fact, so that one exception lists every fault.
                try {
                    combined.build();
                } catch (InvalidInputException e) {
                    for (Violation v : e.violations()) {
                        faults.add(intoBatch(v, name -> merges.stream().filter(m -> m.name.equals(name))
                                .findFirst().orElseThrow()));
                    }
                }
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            if (inserted > 0) {
                insert(c, batchNo, people, marriages, parentages, together, residences);
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE store_lock SET counter = ? WHERE name = 'kinship'")) {
                    p.setLong(1, batchNo);
                    p.executeUpdate();
                }
            }
            return new BatchResult(inserted, 0, batch.size() - inserted);
        });
    }

    private static void insert(Connection c, long batchNo, Merge<KinPerson> people, Merge<Marriage> marriages,
                               Merge<Parentage> parentages, Merge<LivingTogether> together,
                               Merge<Residence> residences) throws SQLException {
        int[] pos = {0};
        try (PreparedStatement p = c.prepareStatement("INSERT INTO kin_person (id, gender, birth_date, death_date, "
                + "batch_no, pos) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (KinPerson k : people.added) {
                p.setString(1, k.id().value());
                p.setString(2, k.gender().name());
                Sql.setDate(p, 3, k.birthDate());
                Sql.setDate(p, 4, k.deathDate());
                batched(p, 5, batchNo, pos);
            }
            execute(p, people.added);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO kin_marriage (a, b, start_on, end_on, end_reason, "
                + "batch_no, pos) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Marriage m : marriages.added) {
                p.setString(1, m.a().value());
                p.setString(2, m.b().value());
                Sql.setDate(p, 3, m.start());
                Sql.setDate(p, 4, m.end());
                Sql.setText(p, 5, m.endReason() == null ? null : m.endReason().name());
                batched(p, 6, batchNo, pos);
            }
            execute(p, marriages.added);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO kin_parentage (parent, child, kind, from_on, "
                + "end_on, batch_no, pos) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Parentage r : parentages.added) {
                p.setString(1, r.parent().value());
                p.setString(2, r.child().value());
                p.setString(3, r.kind().name());
                Sql.setDate(p, 4, r.from());
                Sql.setDate(p, 5, r.end());
                batched(p, 6, batchNo, pos);
            }
            execute(p, parentages.added);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO kin_living_together (a, b, period, batch_no, pos) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            for (LivingTogether t : together.added) {
                p.setString(1, t.a().value());
                p.setString(2, t.b().value());
                p.setString(3, t.period().toString());
                batched(p, 4, batchNo, pos);
            }
            execute(p, together.added);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO kin_residence (person, household, period, batch_no, "
                + "pos) VALUES (?, ?, ?, ?, ?)")) {
            for (Residence r : residences.added) {
                p.setString(1, r.person().value());
                p.setString(2, r.household());
                p.setString(3, r.period().toString());
                batched(p, 4, batchNo, pos);
            }
            execute(p, residences.added);
        }
    }

    private static void batched(PreparedStatement p, int at, long batchNo, int[] pos) throws SQLException {
        p.setLong(at, batchNo);
        p.setInt(at + 1, pos[0]++);
        p.addBatch();
    }

    private static void execute(PreparedStatement p, List<?> added) throws SQLException {
        if (!added.isEmpty()) {
            p.executeBatch();
        }
    }

    /** Every fact of the batches numbered up to {@code lastBatch}, in the order first stored. */
    private static KinshipGraph read(Connection c, long lastBatch) throws SQLException {
        KinshipGraph.Builder b = KinshipGraph.builder();
        Sql.Binder upTo = p -> p.setLong(1, lastBatch);
        String tail = " WHERE batch_no <= ? ORDER BY batch_no, pos";
        for (KinPerson k : Sql.list(c, "SELECT id, gender, birth_date, death_date FROM kin_person" + tail, upTo,
                rs -> new KinPerson(PersonId.of(rs.getString("id")), Gender.valueOf(rs.getString("gender")),
                        Sql.date(rs, "birth_date"), Sql.date(rs, "death_date")))) {
            b.person(k);
        }
        for (Marriage m : Sql.list(c, "SELECT a, b, start_on, end_on, end_reason FROM kin_marriage" + tail, upTo,
                rs -> {
                    String reason = rs.getString("end_reason");
                    return new Marriage(PersonId.of(rs.getString("a")), PersonId.of(rs.getString("b")),
                            Sql.date(rs, "start_on"), Sql.date(rs, "end_on"),
                            reason == null ? null : MarriageEnd.valueOf(reason));
                })) {
            b.marriage(m);
        }
        for (Parentage r : Sql.list(c, "SELECT parent, child, kind, from_on, end_on FROM kin_parentage" + tail, upTo,
                rs -> new Parentage(PersonId.of(rs.getString("parent")), PersonId.of(rs.getString("child")),
                        ParentageKind.valueOf(rs.getString("kind")), Sql.date(rs, "from_on"),
                        Sql.date(rs, "end_on")))) {
            b.parentage(r);
        }
        for (LivingTogether t : Sql.list(c, "SELECT a, b, period FROM kin_living_together" + tail, upTo,
                rs -> new LivingTogether(PersonId.of(rs.getString("a")), PersonId.of(rs.getString("b")),
                        DateRange.parse(rs.getString("period"))))) {
            b.livingTogether(t);
        }
        for (Residence r : Sql.list(c, "SELECT person, household, period FROM kin_residence" + tail, upTo,
                rs -> new Residence(PersonId.of(rs.getString("person")), rs.getString("household"),
                        DateRange.parse(rs.getString("period"))))) {
            b.residence(r);
        }
        return b.build();
    }

    /**
     * Adds to {@code combined} the facts of {@code incoming} not already stored, and reports a
     * fact repeated within the batch.
     */
    private static <T> Merge<T> merge(String name, List<T> stored, List<T> incoming, Function<T, ?> add,
                                      List<Violation> faults) {
        Set<T> known = new HashSet<>(stored);
        Set<T> inBatch = new HashSet<>();
        Merge<T> m = new Merge<>(name, stored.size());
        for (int i = 0; i < incoming.size(); i++) {
            T fact = incoming.get(i);
            if (!inBatch.add(fact)) {
                faults.add(new Violation(name + "[" + i + "]", "store.duplicate-key",
                        "the batch holds this fact twice"));
            } else if (!known.contains(fact)) {
                add.apply(fact);
                m.batchIndex.add(i);
                m.added.add(fact);
            }
        }
        return m;
    }

    /** The violation with its path moved from the combined graph into the batch, or into {@code stored.}. */
    private static Violation intoBatch(Violation v, Function<String, Merge<?>> merges) {
        Matcher matcher = FACT_PATH.matcher(v.path());
        if (!matcher.matches()) {
            return v;
        }
        Merge<?> m = merges.apply(matcher.group(1));
        int index = Integer.parseInt(matcher.group(2));
        String path = index < m.storedSize
                ? "stored." + m.name + "[" + index + "]"
                : m.name + "[" + m.batchIndex.get(index - m.storedSize) + "]";
        return new Violation(path + matcher.group(3), v.code(), v.message());
    }

    @Override
    public KinshipGraph snapshot() {
        return db.read("read kinship snapshot", c -> {
            long last = Sql.first(c, "SELECT counter FROM store_lock WHERE name = 'kinship'", p -> { },
                    rs -> rs.getLong(1));
            return read(c, last);
        });
    }

    @Override
    public Optional<KinPerson> person(PersonId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(db.read("find kin person", c -> Sql.first(c,
                "SELECT id, gender, birth_date, death_date FROM kin_person WHERE id = ?", p -> p.setString(1, id.value()),
                rs -> new KinPerson(PersonId.of(rs.getString("id")), Gender.valueOf(rs.getString("gender")),
                        Sql.date(rs, "birth_date"), Sql.date(rs, "death_date")))));
    }

    @Override
    public long personCount() {
        return Sql.count(db, "kin_person");
    }

    @Override
    public String toString() {
        return "JdbcKinshipStore";
    }

    /** Where the new facts of one kind came from in the batch. */
    private static final class Merge<T> {
        final String name;
        final int storedSize;
        final List<Integer> batchIndex = new ArrayList<>();
        final List<T> added = new ArrayList<>();

        Merge(String name, int storedSize) {
            this.name = name;
            this.storedSize = storedSize;
        }
    }
}
