package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.time.DateRange;

/**
 * The common part of the five {@link EvidenceRegistry} implementations over the table
 * {@code evidence}, keyed by person, flag and reference, with a {@code source} column that
 * tells the registries apart. {@link #holds} is one indexed query; a recognition run over
 * millions of people should rather read each batch of people's evidence once (see
 * {@code docs/storage.md}). {@link #withdraw} reads the row {@code FOR UPDATE} and updates
 * it in one transaction, so a later withdrawal day never wins over an earlier one.
 *
 * <p>Each registry has its own change feed ({@link #changedSince}): a write that inserts,
 * replaces or withdraws evidence notes its person in the same transaction.
 *
 * <p>Thread-safe.
 */
public abstract class JdbcEvidenceRegistry implements EvidenceRegistry {

    static final String COLUMNS = "person, flag, reference, recorded_on, valid_from, valid_to, withdrawn_on";
    private static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::flag)
            .thenComparing((Evidence e) -> e.valid().start())
            .thenComparing(Evidence::reference);

    private final Database db;
    private final RegistrySource source;
    private final KeyedTable<Evidence> table;

    JdbcEvidenceRegistry(Database db, RegistrySource source) {
        this.db = db;
        this.source = source;
        this.table = new KeyedTable<>(db, "record evidence") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM evidence WHERE person = ? AND flag = ? AND reference = ? "
                        + "FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, Evidence e) throws SQLException {
                p.setString(1, e.person().value());
                p.setString(2, e.flag().name());
                p.setString(3, e.reference());
            }

            @Override
            Sql.Decoder<Evidence> decoder() {
                return JdbcEvidenceRegistry::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO evidence (source, recorded_on, valid_from, valid_to, withdrawn_on, person, flag, "
                        + "reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, Evidence e) throws SQLException {
                bind(p, e);
            }

            @Override
            String updateSql() {
                return "UPDATE evidence SET source = ?, recorded_on = ?, valid_from = ?, valid_to = ?, "
                        + "withdrawn_on = ? WHERE person = ? AND flag = ? AND reference = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, Evidence e) throws SQLException {
                bind(p, e);
            }

            @Override
            Comparator<Evidence> keyOrder() {
                return Comparator.comparing((Evidence e) -> e.person().value()).thenComparing(Evidence::flag)
                        .thenComparing(Evidence::reference);
            }

            @Override
            String feed() {
                return ChangeFeed.evidence(source);
            }

            @Override
            String changedKey(Evidence item) {
                return item.person().value();
            }
        };
    }

    private static void bind(PreparedStatement p, Evidence e) throws SQLException {
        p.setString(1, e.source().name());
        Sql.setDate(p, 2, e.recordedOn());
        Sql.setDate(p, 3, e.valid().start());
        Sql.setDate(p, 4, e.valid().isOpenEnded() ? null : e.valid().end());
        Sql.setDate(p, 5, e.withdrawal().orElse(null));
        p.setString(6, e.person().value());
        p.setString(7, e.flag().name());
        p.setString(8, e.reference());
    }

    @Override
    public final RegistrySource source() {
        return source;
    }

    @Override
    public final boolean holds(PersonId person, RegistryFlag flag, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        requireSource(flag);
        Integer one = db.read("ask a registry", c -> Sql.first(c, "SELECT 1 FROM evidence WHERE person = ? "
                + "AND flag = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) "
                + "AND (withdrawn_on IS NULL OR withdrawn_on > ?) FETCH FIRST 1 ROWS ONLY", p -> {
                    p.setString(1, person.value());
                    p.setString(2, flag.name());
                    Sql.setDate(p, 3, day);
                    Sql.setDate(p, 4, day);
                    Sql.setDate(p, 5, day);
                }, rs -> 1));
        return one != null;
    }

    @Override
    public final Optional<Evidence> find(PersonId person, RegistryFlag flag, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        requireSource(flag);
        return history(person).stream().filter(e -> e.flag() == flag && e.isValidOn(day)).findFirst();
    }

    @Override
    public final List<Evidence> evidence(PersonId person, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        return history(person).stream().filter(e -> e.isValidOn(day)).toList();
    }

    @Override
    public final List<Evidence> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        List<Evidence> found = db.read("read a registry", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM evidence WHERE person = ? AND source = ?", p -> {
                    p.setString(1, person.value());
                    p.setString(2, source.name());
                }, JdbcEvidenceRegistry::decode));
        found.sort(ORDER);
        return List.copyOf(found);
    }

    @Override
    public final void record(Evidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.source() != source) {
            throw new InvalidInputException(wrongSource("flag"));
        }
        table.write(List.of(evidence), List.of(""));
    }

    @Override
    public final BatchResult recordAll(List<Evidence> evidence) {
        Objects.requireNonNull(evidence, "evidence");
        List<Evidence> items = new ArrayList<>(evidence);
        List<Violation> faults = new ArrayList<>();
        Map<List<Object>, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Evidence e = items.get(i);
            String path = "evidence[" + i + "]";
            if (e == null) {
                faults.add(new Violation(path, "store.null-item", "a batch must not hold null items"));
                continue;
            }
            if (e.source() != source) {
                faults.add(wrongSource(path + ".flag"));
            }
            Integer first = seen.putIfAbsent(List.of(e.person(), e.flag(), e.reference()), i);
            if (first != null) {
                faults.add(new Violation(path, "store.duplicate-key",
                        "the batch already holds evidence with this person, flag and reference at evidence["
                                + first + "]"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(items, KeyedTable.paths("evidence", items.size()));
    }

    @Override
    public final boolean withdraw(PersonId person, RegistryFlag flag, String reference, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(day, "day");
        requireSource(flag);
        return db.inTransaction("withdraw evidence", c -> {
            Evidence stored = Sql.first(c, "SELECT " + COLUMNS + " FROM evidence WHERE person = ? AND flag = ? "
                    + "AND reference = ? FOR UPDATE", p -> {
                        p.setString(1, person.value());
                        p.setString(2, flag.name());
                        p.setString(3, reference);
                    }, JdbcEvidenceRegistry::decode);
            if (stored == null) {
                throw new InvalidInputException(Violation.of("registry.unknown-evidence",
                        "no evidence with this person, flag and reference is stored"));
            }
            if (stored.withdrawal().isPresent() && !stored.withdrawal().get().isAfter(day)) {
                return false;
            }
            Evidence next = stored.withdrawnOn(day);
            try (PreparedStatement p = c.prepareStatement("UPDATE evidence SET withdrawn_on = ? WHERE person = ? "
                    + "AND flag = ? AND reference = ?")) {
                Sql.setDate(p, 1, next.withdrawal().orElseThrow());
                p.setString(2, person.value());
                p.setString(3, flag.name());
                p.setString(4, reference);
                p.executeUpdate();
            }
            ChangeFeed.note(c, ChangeFeed.evidence(source), List.of(person.value()));
            return true;
        });
    }

    @Override
    public final long count() {
        return db.read("count evidence", c -> Sql.first(c, "SELECT COUNT(*) FROM evidence WHERE source = ?",
                p -> p.setString(1, source.name()), rs -> rs.getLong(1)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>From the database's change feed (table {@code change_log}), this registry's source
     * only: the people whose evidence a write inserted, replaced or withdrew. Positions are
     * those of every store of this database; see {@code ChangeFeed}.
     */
    @Override
    public final Changes<PersonId> changedSince(long sequence) {
        return ChangeFeed.since(db, ChangeFeed.evidence(source), sequence, PersonId::of);
    }

    private static Evidence decode(ResultSet rs) throws SQLException {
        LocalDate from = Sql.date(rs, "valid_from");
        LocalDate to = Sql.date(rs, "valid_to");
        Evidence e = Evidence.of(PersonId.of(rs.getString("person")), RegistryFlag.valueOf(rs.getString("flag")),
                rs.getString("reference"), Sql.date(rs, "recorded_on"),
                to == null ? DateRange.startingOn(from) : DateRange.of(from, to));
        LocalDate withdrawn = Sql.date(rs, "withdrawn_on");
        return withdrawn == null ? e : e.withdrawnOn(withdrawn);
    }

    private void requireSource(RegistryFlag flag) {
        if (Objects.requireNonNull(flag, "flag").source() != source) {
            throw new InvalidInputException(wrongSource("flag"));
        }
    }

    private Violation wrongSource(String path) {
        return new Violation(path, "registry.wrong-source", "this registry answers only for flags of " + source);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
