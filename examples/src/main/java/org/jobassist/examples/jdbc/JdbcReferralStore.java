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
import org.jobassist.api.family.PersonId;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.StaleRecordException;
import org.jobassist.api.time.DateRange;

/**
 * {@link ReferralStore} over the table {@code referral}, one row per referral id with a
 * {@code version} column.
 *
 * <p>New referrals go through {@link KeyedTable}, compared by {@link Referral#sameContentAs}
 * (the version a caller carries is not a fact) and never replaced: a stored id with other facts
 * is a {@code store.id-conflict}. An outcome is written by optimistic concurrency with no lock
 * held between statements: {@code UPDATE ... WHERE id = ? AND version = ?}; zero rows updated
 * means another writer won, and the row is read again, which decides between "stale" and "the
 * same outcome is stored already" (the idempotent retry). Of two writers naming one version,
 * the database lets exactly one update match.
 *
 * <p>Lists are one statement each, sorted by date and id in Java.
 *
 * <p>Thread-safe.
 */
public final class JdbcReferralStore implements ReferralStore {

    static final String COLUMNS = "id, person, vacancy_id, referral_date, provided_by, suitable, outcome, "
            + "outcome_date, refusal_reason, version";
    private static final Comparator<Referral> BY_ID = Comparator.comparing(Referral::id);
    private static final Comparator<Referral> ORDER = Comparator.comparing(Referral::date).thenComparing(Referral::id);

    private final Database db;
    private final KeyedTable<Referral> table;

    JdbcReferralStore(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "save referrals") {
            @Override
            String lockSql() {
                return "SELECT " + COLUMNS + " FROM referral WHERE id = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, Referral r) throws SQLException {
                p.setString(1, r.id());
            }

            @Override
            Sql.Decoder<Referral> decoder() {
                return JdbcReferralStore::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO referral (person, vacancy_id, referral_date, provided_by, suitable, outcome, "
                        + "outcome_date, refusal_reason, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, Referral r) throws SQLException {
                p.setString(1, r.person().value());
                p.setString(2, r.vacancyId());
                Sql.setDate(p, 3, r.date());
                p.setString(4, r.providedBy());
                p.setBoolean(5, r.suitable());
                bindOutcome(p, 6, r);
                p.setLong(9, 1);
                p.setString(10, r.id());
            }

            /** Never run: {@link #replacementFault} refuses every change; {@link #update} changes. */
            @Override
            String updateSql() {
                return "UPDATE referral SET id = id WHERE id = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, Referral r) throws SQLException {
                p.setString(1, r.id());
            }

            @Override
            boolean unchanged(Referral stored, Referral next) {
                return stored.sameContentAs(next);
            }

            @Override
            Violation replacementFault(Referral stored, Referral next, String path) {
                return new Violation(path + ".id", "store.id-conflict",
                        "another referral is stored under this id; change it with update");
            }

            @Override
            Comparator<Referral> keyOrder() {
                return BY_ID;
            }
        };
    }

    /** Binds the outcome, its day and the refusal reason at {@code i} to {@code i + 2}. */
    private static void bindOutcome(PreparedStatement p, int i, Referral r) throws SQLException {
        p.setString(i, r.outcome().name());
        Sql.setDate(p, i + 1, r.outcomeDate().orElse(null));
        Sql.setText(p, i + 2, r.refusalReason().orElse(null));
    }

    @Override
    public BatchResult saveAll(List<Referral> referrals) {
        Objects.requireNonNull(referrals, "referrals");
        List<Referral> items = new ArrayList<>(referrals);
        List<Violation> faults = KeyedTable.checkBatch(items, "referrals", Referral::id, ".id",
                Referral::sameContentAs);
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.writeDistinct(items, "referrals", Referral::id);
    }

    @Override
    public Referral update(Referral referral, long expectedVersion) {
        Objects.requireNonNull(referral, "referral");
        if (expectedVersion < 0) {
            throw new InvalidInputException(new Violation("expectedVersion", "store.version-negative",
                    "a version is not negative"));
        }
        Referral next = referral.withVersion(expectedVersion + 1);
        while (true) {
            Referral stored = find(referral.id()).orElseThrow(() -> new InvalidInputException(
                    new Violation("id", "store.unknown-id", "no referral is stored under this id")));
            if (stored.sameContentAs(referral)) {
                return stored;
            }
            List<Violation> faults = stored.fixedFieldsChangedBy(referral);
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            if (stored.version() != expectedVersion) {
                throw new StaleRecordException(expectedVersion, stored.version());
            }
            boolean written = db.read("update referral", c -> {
                try (PreparedStatement p = c.prepareStatement("UPDATE referral SET outcome = ?, outcome_date = ?, "
                        + "refusal_reason = ?, version = ? WHERE id = ? AND version = ?")) {
                    bindOutcome(p, 1, next);
                    p.setLong(4, next.version());
                    p.setString(5, next.id());
                    p.setLong(6, expectedVersion);
                    return p.executeUpdate() == 1;
                }
            });
            if (written) {
                return next;
            }
            // Lost a race: the next read decides between stale and already stored.
        }
    }

    @Override
    public Optional<Referral> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(db.read("find referral", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM referral WHERE id = ?", p -> p.setString(1, id),
                JdbcReferralStore::decode)));
    }

    @Override
    public List<Referral> byPerson(PersonId person) {
        Objects.requireNonNull(person, "person");
        return select("find referrals of a person", "person = ?", p -> p.setString(1, person.value()));
    }

    @Override
    public List<Referral> byVacancy(String vacancyId) {
        Objects.requireNonNull(vacancyId, "vacancyId");
        return select("find referrals of a vacancy", "vacancy_id = ?", p -> p.setString(1, vacancyId));
    }

    @Override
    public List<Referral> inPeriod(DateRange period) {
        Objects.requireNonNull(period, "period");
        // An open end is left out, not bound to NULL.
        return select("find referrals in a period",
                period.isOpenEnded() ? "referral_date >= ?" : "referral_date >= ? AND referral_date <= ?", p -> {
                    Sql.setDate(p, 1, period.start());
                    if (!period.isOpenEnded()) {
                        Sql.setDate(p, 2, period.end());
                    }
                });
    }

    private List<Referral> select(String what, String where, Sql.Binder binder) {
        List<Referral> found = db.read(what, c -> Sql.list(c, "SELECT " + COLUMNS + " FROM referral WHERE " + where,
                binder, JdbcReferralStore::decode));
        found.sort(ORDER);
        return List.copyOf(found);
    }

    @Override
    public long count() {
        return Sql.count(db, "referral");
    }

    private static Referral decode(ResultSet rs) throws SQLException {
        Referral.Builder b = Referral.builder()
                .id(rs.getString("id"))
                .person(PersonId.of(rs.getString("person")))
                .vacancyId(rs.getString("vacancy_id"))
                .date(Sql.date(rs, "referral_date"))
                .providedBy(rs.getString("provided_by"))
                .suitable(rs.getBoolean("suitable"))
                .outcome(ReferralOutcome.valueOf(rs.getString("outcome")))
                .outcomeDate(Sql.date(rs, "outcome_date"))
                .refusalReason(rs.getString("refusal_reason"))
                .version(rs.getLong("version"));
        return b.build();
    }

    @Override
    public String toString() {
        return "JdbcReferralStore";
    }
}
