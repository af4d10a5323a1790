package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.StaleRecordException;

/**
 * {@link RecognitionStore} over the table {@code recognition}, one row per person with a
 * {@code version} column, written by optimistic concurrency with no lock held between
 * statements: {@code UPDATE ... WHERE person = ? AND version = ?} (zero rows updated: someone
 * else won), and a plain {@code INSERT} whose primary key catches the racing first save. After
 * a lost race the row is read again, which decides between "stale" and "the same facts are
 * stored already" (the idempotent retry). Each write is one short transaction that also notes
 * the person in the change feed ({@link #changedSince}).
 *
 * <p>A record is read back by replaying its stored history through the public transition
 * methods of {@link RecognitionRecord}, so the adapter cannot build a record that the
 * lifecycle rules forbid.
 *
 * <p>Thread-safe.
 */
public final class JdbcRecognitionStore implements RecognitionStore {

    static final String COLUMNS = "person, status, applied_on, recognised_on, next_review, exited_on, exit_reason, "
            + "catalogue_version, categories, history, version";
    private static final Comparator<RecognitionRecord> BY_PERSON = Comparator.comparing(r -> r.person().value());
    private static final String PLACEHOLDER = "REPLAY";

    private final Database db;

    JdbcRecognitionStore(Database db) {
        this.db = db;
    }

    @Override
    public RecognitionRecord save(RecognitionRecord record, long expectedVersion) {
        Objects.requireNonNull(record, "record");
        if (expectedVersion < 0) {
            throw new InvalidInputException(new Violation("expectedVersion", "store.version-negative",
                    "a version is not negative"));
        }
        RecognitionRecord next = record.withVersion(expectedVersion + 1);
        while (true) {
            Optional<RecognitionRecord> stored = find(record.person());
            if (stored.isPresent() && stored.get().sameContentAs(record)) {
                return stored.get();
            }
            long storedVersion = stored.map(RecognitionRecord::version).orElse(0L);
            if (storedVersion != expectedVersion) {
                throw new StaleRecordException(expectedVersion, storedVersion);
            }
            boolean written = stored.isEmpty() ? insert(next) : update(next, expectedVersion);
            if (written) {
                return next;
            }
            // Lost a race: the next read decides between stale and already stored.
        }
    }

    /**
     * Inserts the first record of a person, noting the person in the change feed in the same
     * transaction; false if a racing insert won. The unique violation leaves the transaction
     * as a {@link LostRace} rather than as an {@link SQLException}, which {@link Database}
     * would retry: running the same insert again cannot succeed, the caller's next read
     * decides instead.
     */
    private boolean insert(RecognitionRecord r) {
        try {
            return db.inTransaction("insert recognition", c -> {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO recognition (status, applied_on, "
                        + "recognised_on, next_review, exited_on, exit_reason, catalogue_version, categories, "
                        + "history, version, person) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    bind(p, r);
                    p.executeUpdate();
                } catch (SQLException e) {
                    if (Database.isUniqueViolation(e)) {
                        throw new LostRace();
                    }
                    throw e;
                }
                ChangeFeed.note(c, ChangeFeed.RECOGNITIONS, List.of(r.person().value()));
                return true;
            });
        } catch (LostRace e) {
            return false;
        }
    }

    private boolean update(RecognitionRecord r, long expectedVersion) {
        return db.inTransaction("update recognition", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE recognition SET status = ?, applied_on = ?, "
                    + "recognised_on = ?, next_review = ?, exited_on = ?, exit_reason = ?, catalogue_version = ?, "
                    + "categories = ?, history = ?, version = ? WHERE person = ? AND version = ?")) {
                bind(p, r);
                p.setLong(12, expectedVersion);
                if (p.executeUpdate() != 1) {
                    return false;
                }
            }
            ChangeFeed.note(c, ChangeFeed.RECOGNITIONS, List.of(r.person().value()));
            return true;
        });
    }

    /** A racing first save won; thrown out of the insert's transaction, which rolls it back. */
    private static final class LostRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostRace() {
            super("a concurrent first save won", null, false, false);
        }
    }

    private static void bind(PreparedStatement p, RecognitionRecord r) throws SQLException {
        p.setString(1, r.status().name());
        Sql.setDate(p, 2, r.appliedOn());
        Sql.setDate(p, 3, r.recognisedOn().orElse(null));
        Sql.setDate(p, 4, r.nextReview().orElse(null));
        Sql.setDate(p, 5, r.exitedOn().orElse(null));
        Sql.setText(p, 6, r.exitReason().map(ExitReason::name).orElse(null));
        Sql.setText(p, 7, r.catalogueVersion().orElse(null));
        p.setString(8, Cells.join(Cells.LIST, r.categories()));
        List<String> history = new ArrayList<>();
        for (RecognitionRecord.Transition t : r.history()) {
            history.add(Cells.fields(t.date().toString(), t.status().name()));
        }
        p.setString(9, Cells.join(Cells.LIST, history));
        p.setLong(10, r.version());
        p.setString(11, r.person().value());
    }

    @Override
    public Optional<RecognitionRecord> find(PersonId person) {
        Objects.requireNonNull(person, "person");
        return Optional.ofNullable(db.read("find recognition", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM recognition WHERE person = ?", p -> p.setString(1, person.value()),
                JdbcRecognitionStore::decode)));
    }

    @Override
    public List<RecognitionRecord> findDueForReview(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return select("SELECT " + COLUMNS + " FROM recognition WHERE status = ? AND next_review <= ?", p -> {
            p.setString(1, RecognitionStatus.RECOGNISED.name());
            Sql.setDate(p, 2, date);
        }, r -> r.isDueForReview(date));
    }

    @Override
    public List<RecognitionRecord> findByStatus(RecognitionStatus status) {
        Objects.requireNonNull(status, "status");
        return select("SELECT " + COLUMNS + " FROM recognition WHERE status = ?", p -> p.setString(1, status.name()),
                r -> r.status() == status);
    }

    private List<RecognitionRecord> select(String sql, Sql.Binder binder,
                                           java.util.function.Predicate<RecognitionRecord> test) {
        List<RecognitionRecord> found = db.read("query recognitions", (Connection c) -> Sql.list(c, sql, binder,
                JdbcRecognitionStore::decode));
        found.removeIf(test.negate());
        found.sort(BY_PERSON);
        return List.copyOf(found);
    }

    @Override
    public void forEach(Consumer<? super RecognitionRecord> action) {
        Objects.requireNonNull(action, "action");
        Sql.forEach(db, "recognition", COLUMNS, "", p -> { }, JdbcRecognitionStore::decode, action);
    }

    @Override
    public long count() {
        return Sql.count(db, "recognition");
    }

    /**
     * {@inheritDoc}
     *
     * <p>From the database's change feed (table {@code change_log}): the people whose records
     * a save inserted or updated, noted in the save's transaction; an idempotent retry is not
     * noted. Positions are those of every store of this database; see {@code ChangeFeed}.
     */
    @Override
    public Changes<PersonId> changedSince(long sequence) {
        return ChangeFeed.since(db, ChangeFeed.RECOGNITIONS, sequence, PersonId::of);
    }

    private static RecognitionRecord decode(ResultSet rs) throws SQLException {
        PersonId person = PersonId.of(rs.getString("person"));
        RecognitionStatus status = RecognitionStatus.valueOf(rs.getString("status"));
        LocalDate nextReview = Sql.date(rs, "next_review");
        String reason = rs.getString("exit_reason");
        String catalogue = rs.getString("catalogue_version");
        List<String> categories = Cells.split(Cells.LIST, rs.getString("categories"));
        List<RecognitionRecord.Transition> history = new ArrayList<>();
        for (String t : Cells.split(Cells.LIST, rs.getString("history"))) {
            String[] f = Cells.fields(t, 2);
            history.add(new RecognitionRecord.Transition(RecognitionStatus.valueOf(f[1]), LocalDate.parse(f[0])));
        }
        RecognitionRecord r = replay(person, history, status, nextReview,
                reason == null ? null : ExitReason.valueOf(reason), catalogue, categories);
        return r.withVersion(rs.getLong("version"));
    }

    /**
     * The record that the transitions of {@code history} make. Only the last cycle (from the
     * last application on) survives in a record's fields besides its history, so earlier
     * cycles are replayed with placeholder categories and catalogue versions.
     */
    static RecognitionRecord replay(PersonId person, List<RecognitionRecord.Transition> history,
                                    RecognitionStatus status, LocalDate nextReview, ExitReason reason,
                                    String catalogue, List<String> categories) {
        int lastCycle = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).status() == RecognitionStatus.APPLIED) {
                lastCycle = i;
            }
        }
        Set<String> codes = categories.isEmpty() ? Set.of(PLACEHOLDER) : new TreeSet<>(categories);
        RecognitionRecord r = null;
        for (int i = 0; i < history.size(); i++) {
            RecognitionRecord.Transition t = history.get(i);
            boolean last = i >= lastCycle;
            String version = last && catalogue != null ? catalogue : PLACEHOLDER;
            switch (t.status()) {
                case APPLIED:
                    r = r == null ? RecognitionRecord.applied(person, t.date()) : r.reapplied(t.date());
                    break;
                case RECOGNISED:
                    LocalDate review = i == history.size() - 1 && status == RecognitionStatus.RECOGNISED
                            ? nextReview : t.date().plusDays(1);
                    r = Objects.requireNonNull(r, "history").recognised(t.date(), version,
                            last ? codes : Set.of(PLACEHOLDER), review);
                    break;
                case REJECTED:
                    r = Objects.requireNonNull(r, "history").rejected(t.date(), version);
                    break;
                default:
                    r = Objects.requireNonNull(r, "history").exited(t.date(),
                            last && reason != null ? reason : ExitReason.EMPLOYED);
                    break;
            }
        }
        return Objects.requireNonNull(r, "history");
    }

    @Override
    public String toString() {
        return "JdbcRecognitionStore";
    }
}
