package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerBatchResult;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.RecordResult;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;

/**
 * {@link EntitlementLedger} over the table {@code ledger_entry}, whose primary key is the
 * idempotency key (subject, kind, period), so the database itself never holds a payment
 * twice.
 *
 * <p>The {@link LedgerRules} (exclusive kinds, duration and grant caps) read every stored
 * entry of a subject, so a write locks the subjects it touches: in one transaction it reads
 * their rows of {@code ledger_subject} {@code FOR UPDATE} in key order (inserting a missing
 * one; two writers inserting the same subject meet at its primary key and the loser's
 * transaction is run again), reads their stored entries, calls {@link LedgerRules#check},
 * and inserts the new entries. Writers of different subjects do not wait on each other;
 * writers of one subject run one after the other, so two of them can never together pass a
 * cap that each alone respects.
 *
 * <p>Reads are single statements and see one committed state. The person, payee and subject
 * columns hold ID numbers (personal data).
 *
 * <p>Thread-safe.
 */
public final class JdbcEntitlementLedger implements EntitlementLedger {

    static final String COLUMNS = "subject, kind, period, payee, person, city, month_no, accounting_date, "
            + "grant_reference, granted_on, duration_cap, amount_fen";
    private static final String ONCE = "once:";
    private static final Comparator<LedgerEntry> ORDER = Comparator.comparing(LedgerEntry::accountingDate)
            .thenComparing(LedgerEntry::kind)
            .thenComparing(LedgerEntry::period)
            .thenComparing(LedgerEntry::subject, JdbcEntitlementLedger::compareSubjects);

    private final Database db;
    private final LedgerRules rules;

    JdbcEntitlementLedger(Database db, LedgerRules rules) {
        this.db = db;
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public RecordResult record(LedgerEntry entry) {
        Objects.requireNonNull(entry, "entry");
        try {
            LedgerEntry held = write(List.of(entry)).get(0);
            return new RecordResult(held == null ? entry : held, held == null);
        } catch (InvalidInputException e) {
            List<Violation> renamed = new ArrayList<>();
            for (Violation v : e.violations()) {
                renamed.add(new Violation(v.path().replace("entries[0]", "entry"), v.code(), v.message()));
            }
            throw new InvalidInputException(renamed);
        }
    }

    @Override
    public LedgerBatchResult recordAll(List<LedgerEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<LedgerEntry> batch = new ArrayList<>(entries);
        if (batch.isEmpty()) {
            return LedgerBatchResult.EMPTY;
        }
        int present = 0;
        for (LedgerEntry held : write(batch)) {
            if (held != null) {
                present++;
            }
        }
        return new LedgerBatchResult(batch.size() - present, present);
    }

    /** Writes the batch; per item, the entry already held with its key, or null if it was stored now. */
    private List<LedgerEntry> write(List<LedgerEntry> batch) {
        TreeSet<String> subjects = new TreeSet<>();
        for (LedgerEntry e : batch) {
            if (e != null) {
                subjects.add(e.subject().key());
            }
        }
        return db.inTransaction("record ledger entries", c -> {
            List<LedgerEntry> existing = new ArrayList<>();
            for (String subject : subjects) {
                lockSubject(c, subject);
                existing.addAll(Sql.list(c, "SELECT " + COLUMNS + " FROM ledger_entry WHERE subject = ?",
                        p -> p.setString(1, subject), JdbcEntitlementLedger::decode));
            }
            List<Violation> faults = rules.check(existing, batch);
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            Map<IdempotencyKey, LedgerEntry> held = new HashMap<>();
            existing.forEach(e -> held.put(e.key(), e));
            List<LedgerEntry> result = new ArrayList<>(batch.size());
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ledger_entry (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int added = 0;
                for (LedgerEntry e : batch) {
                    LedgerEntry prior = held.putIfAbsent(e.key(), e);
                    result.add(prior);
                    if (prior == null) {
                        bind(p, e);
                        p.addBatch();
                        added++;
                    }
                }
                if (added > 0) {
                    p.executeBatch();
                }
            }
            List<String> persons = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                if (result.get(i) == null) {
                    batch.get(i).person().ifPresent(n -> persons.add(n.value()));
                }
            }
            ChangeFeed.note(c, ChangeFeed.LEDGER, persons);
            return result;
        });
    }

    private static void lockSubject(Connection c, String subject) throws SQLException {
        String found = Sql.first(c, "SELECT subject FROM ledger_subject WHERE subject = ? FOR UPDATE",
                p -> p.setString(1, subject), rs -> rs.getString(1));
        if (found == null) {
            // The new row is locked by this transaction until it ends; a racing insert fails
            // on the primary key and its transaction is run again.
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ledger_subject (subject) VALUES (?)")) {
                p.setString(1, subject);
                p.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement p, LedgerEntry e) throws SQLException {
        p.setString(1, e.subject().key());
        p.setString(2, e.kind().name());
        p.setString(3, e.period());
        p.setString(4, e.payee().key());
        Sql.setText(p, 5, e.person().map(ResidentIdNumber::value).orElse(null));
        p.setString(6, e.city().code());
        if (e.month().isPresent()) {
            YearMonth m = e.month().get();
            p.setInt(7, m.getYear() * 12 + m.getMonthValue() - 1);
        } else {
            p.setNull(7, java.sql.Types.INTEGER);
        }
        Sql.setDate(p, 8, e.accountingDate());
        p.setString(9, e.grantReference());
        Sql.setDate(p, 10, e.grantedOn());
        p.setInt(11, e.durationCapMonths().orElse(0));
        p.setLong(12, e.amount().fen());
    }

    private static LedgerEntry decode(ResultSet rs) throws SQLException {
        Beneficiary payee = beneficiary(rs.getString("payee"));
        String person = rs.getString("person");
        ResidentIdNumber idNumber = person == null ? null : ResidentIdNumber.parse(person);
        Beneficiary subject = idNumber == null ? payee : Beneficiary.person(idNumber);
        SubsidyKind kind = SubsidyKind.valueOf(rs.getString("kind"));
        String period = rs.getString("period");
        int monthNo = rs.getInt("month_no");
        YearMonth month = rs.wasNull() ? null : YearMonth.of(Math.floorDiv(monthNo, 12), Math.floorMod(monthNo, 12) + 1);
        IdempotencyKey key = kind.isMonthly() ? IdempotencyKey.monthly(subject, kind, month)
                : period.startsWith(ONCE) ? IdempotencyKey.once(subject, kind, period.substring(ONCE.length()))
                : IdempotencyKey.yearly(subject, kind, Year.parse(period));
        LedgerEntry.Builder b = LedgerEntry.builder(key)
                .payee(payee)
                .city(DivisionCode.parse(rs.getString("city")))
                .amount(Money.ofFen(rs.getLong("amount_fen")))
                .grantReference(rs.getString("grant_reference"))
                .grantedOn(Sql.date(rs, "granted_on"));
        if (idNumber != null) {
            b.person(idNumber);
        }
        if (month != null) {
            b.month(month);
        }
        int cap = rs.getInt("duration_cap");
        if (cap > 0) {
            b.durationCapMonths(cap);
        }
        return b.build();
    }

    private static Beneficiary beneficiary(String key) {
        String value = key.substring(2);
        return key.startsWith("P:") ? Beneficiary.person(ResidentIdNumber.parse(value))
                : Beneficiary.unit(UnifiedSocialCreditCode.parse(value));
    }

    @Override
    public List<LedgerEntry> byBeneficiary(Beneficiary beneficiary) {
        Objects.requireNonNull(beneficiary, "beneficiary");
        String key = beneficiary.key();
        return sorted(select("SELECT " + COLUMNS + " FROM ledger_entry WHERE payee = ? OR subject = ?", p -> {
            p.setString(1, key);
            p.setString(2, key);
        }));
    }

    @Override
    public List<LedgerEntry> byCity(DivisionCode division, DateRange period) {
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(period, "period");
        List<LedgerEntry> found = inPeriod(period, " AND city LIKE ?",
                (p, i) -> p.setString(i, Divisions.prefix(division) + "%"));
        found.removeIf(e -> !division.contains(e.city()));
        return sorted(found);
    }

    @Override
    public List<LedgerEntry> byKind(SubsidyKind kind, DateRange period) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        return sorted(inPeriod(period, " AND kind = ?", (p, i) -> p.setString(i, kind.name())));
    }

    @Override
    public int monthsEnjoyed(ResidentIdNumber person, Set<SubsidyKind> kinds) {
        Objects.requireNonNull(person, "person");
        Set<SubsidyKind> wanted = kinds.isEmpty() ? EnumSet.noneOf(SubsidyKind.class) : EnumSet.copyOf(kinds);
        Set<YearMonth> months = new HashSet<>();
        for (LedgerEntry e : ofSubject(person)) {
            if (wanted.contains(e.kind())) {
                e.month().ifPresent(months::add);
            }
        }
        return months.size();
    }

    @Override
    public SortedSet<String> grants(ResidentIdNumber person, SubsidyKind kind) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        TreeSet<String> refs = new TreeSet<>();
        for (LedgerEntry e : ofSubject(person)) {
            if (e.kind() == kind) {
                refs.add(e.grantReference());
            }
        }
        return Collections.unmodifiableSortedSet(refs);
    }

    private List<LedgerEntry> ofSubject(ResidentIdNumber person) {
        String key = Beneficiary.person(person).key();
        return select("SELECT " + COLUMNS + " FROM ledger_entry WHERE subject = ?", p -> p.setString(1, key));
    }

    @Override
    public List<LedgerTotal> totals(DateRange period) {
        Objects.requireNonNull(period, "period");
        Map<SubsidyKind, Map<DivisionCode, Tally>> tallies = new TreeMap<>();
        for (LedgerEntry e : inPeriod(period, "", (p, i) -> { })) {
            tallies.computeIfAbsent(e.kind(), k -> new TreeMap<>()).computeIfAbsent(e.city(), c -> new Tally()).add(e);
        }
        List<LedgerTotal> totals = new ArrayList<>();
        tallies.forEach((kind, byCity) -> byCity.forEach((city, t) -> totals.add(t.total(kind, city))));
        return List.copyOf(totals);
    }

    @Override
    public LedgerTotal totals(SubsidyKind kind, DivisionCode division, DateRange period) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(period, "period");
        Tally tally = new Tally();
        for (LedgerEntry e : byKind(kind, period)) {
            if (division.contains(e.city())) {
                tally.add(e);
            }
        }
        return tally.total(kind, division);
    }

    @Override
    public void forEach(Consumer<? super LedgerEntry> action) {
        Objects.requireNonNull(action, "action");
        Sql.forEach(db, "ledger_entry", COLUMNS, "", p -> { }, JdbcEntitlementLedger::decode, action);
    }

    @Override
    public long count() {
        return Sql.count(db, "ledger_entry");
    }

    /**
     * {@inheritDoc}
     *
     * <p>From the database's change feed (table {@code change_log}): the people of the
     * entries stored, noted in the write's transaction (an entry paid to a unit for no person
     * names nobody; an entry already held is not noted). Every ledger handed out by one
     * {@link JdbcStores} is a view of one table, so they share one feed. The feed's keys are
     * ID numbers in clear, as in {@code ledger_entry}. Positions are those of every store of
     * this database; see {@code ChangeFeed}.
     */
    @Override
    public Changes<ResidentIdNumber> changedSince(long sequence) {
        return ChangeFeed.since(db, ChangeFeed.LEDGER, sequence, ResidentIdNumber::parse);
    }

    /** An extra condition's parameter, bound after the period's. */
    @FunctionalInterface
    private interface Extra {
        void bind(PreparedStatement p, int index) throws SQLException;
    }

    private List<LedgerEntry> inPeriod(DateRange period, String condition, Extra extra) {
        String sql = "SELECT " + COLUMNS + " FROM ledger_entry WHERE accounting_date >= ?"
                + (period.isOpenEnded() ? "" : " AND accounting_date <= ?") + condition;
        List<LedgerEntry> found = select(sql, p -> {
            int i = 1;
            Sql.setDate(p, i++, period.start());
            if (!period.isOpenEnded()) {
                Sql.setDate(p, i++, period.end());
            }
            extra.bind(p, i);
        });
        found.removeIf(Predicate.not(e -> period.contains(e.accountingDate())));
        return found;
    }

    private List<LedgerEntry> select(String sql, Sql.Binder binder) {
        return db.read("query the ledger", c -> Sql.list(c, sql, binder, JdbcEntitlementLedger::decode));
    }

    private static List<LedgerEntry> sorted(List<LedgerEntry> entries) {
        List<LedgerEntry> copy = new ArrayList<>(entries);
        copy.sort(ORDER);
        return Collections.unmodifiableList(copy);
    }

    private static int compareSubjects(Beneficiary a, Beneficiary b) {
        if (a instanceof Beneficiary.Person pa) {
            return b instanceof Beneficiary.Person pb ? pa.idNumber().compareTo(pb.idNumber()) : -1;
        }
        if (b instanceof Beneficiary.Person) {
            return 1;
        }
        return a.key().compareTo(b.key());
    }

    /** Counts of one kind and city. */
    private static final class Tally {
        private final Set<Beneficiary> payees = new HashSet<>();
        private final Set<ResidentIdNumber> persons = new HashSet<>();
        private long entries;
        private long fen;

        void add(LedgerEntry e) {
            payees.add(e.payee());
            e.person().ifPresent(persons::add);
            entries++;
            fen = Math.addExact(fen, e.amount().fen());
        }

        LedgerTotal total(SubsidyKind kind, DivisionCode division) {
            return new LedgerTotal(kind, division, payees.size(), persons.size(), entries, Money.ofFen(fen));
        }
    }

    @Override
    public String toString() {
        return "JdbcEntitlementLedger";
    }

}
