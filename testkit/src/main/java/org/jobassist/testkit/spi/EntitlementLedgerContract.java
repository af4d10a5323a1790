package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
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
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.subsidy.Ledgers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EntitlementLedger}: idempotent records, key conflicts, all-or-nothing
 * batches, each rule of {@link LedgerRules} (exclusive kinds, duration caps with the shared
 * social-insurance group, grant caps), the queries and totals, and threads recording
 * overlapping batches and the same keys. Extend it, return a new, empty ledger enforcing the
 * given rules from {@link #createLedger(LedgerRules)}, and JUnit runs every rule against it.
 *
 * <p>The rules passed are {@link Ledgers#rules Ledgers.rules(2, 3)}: two placements, three
 * training subsidies per person, as in Liaoning.
 */
public abstract class EntitlementLedgerContract {

    /** Shenyang, {@code 210100}. */
    protected static final DivisionCode SHENYANG = DivisionCode.of("210100");
    /** Dalian, {@code 210200}. */
    protected static final DivisionCode DALIAN = DivisionCode.of("210200");
    /** The grant day of the fixtures. */
    protected static final LocalDate GRANTED = LocalDate.of(2021, 1, 4);
    /** The year of the fixtures. */
    protected static final DateRange YEAR_2021 = DateRange.ofYear(2021);

    private static final List<ResidentIdNumber> PEOPLE = distinct(
            Samples.draw(Identities.residentIdNumbers(), 40, Properties.seed()));
    private static final List<UnifiedSocialCreditCode> UNITS = distinct(
            Samples.draw(Identities.creditCodes(), 20, Properties.seed()));

    /** The ledger under test, new for every test. */
    protected EntitlementLedger ledger;

    /** For subclasses. */
    protected EntitlementLedgerContract() {}

    /**
     * The factory hook: a new, empty ledger enforcing {@code rules}, not shared with any other
     * test.
     *
     * @param rules the rules the ledger must enforce
     * @return the ledger
     */
    protected abstract EntitlementLedger createLedger(LedgerRules rules);

    /** Creates the ledger for one test. */
    @BeforeEach
    public void createLedgerForTest() {
        ledger = createLedger(Ledgers.rules(2, 3));
    }

    private static <T> List<T> distinct(List<T> drawn) {
        return List.copyOf(new LinkedHashSet<>(drawn));
    }

    /**
     * A person of the fixtures.
     *
     * @param i which, 0 to 29
     * @return the ID number
     */
    protected static ResidentIdNumber person(int i) {
        return PEOPLE.get(i);
    }

    /**
     * A unit of the fixtures.
     *
     * @param i which, 0 to 14
     * @return the unit
     */
    protected static Beneficiary unit(int i) {
        return Beneficiary.unit(UNITS.get(i));
    }

    /**
     * A monthly entry of {@code kind} for {@code person}, paid to {@code payee}.
     *
     * @param kind a monthly kind
     * @param payee the payee
     * @param person the person
     * @param city the city
     * @param month the month
     * @param yuan the amount in yuan
     * @param grant the grant reference
     * @param cap the duration cap in months, or 0 for none
     * @return the entry
     */
    protected static LedgerEntry monthly(SubsidyKind kind, Beneficiary payee, ResidentIdNumber person, DivisionCode city,
                                         YearMonth month, long yuan, String grant, int cap) {
        LedgerEntry.Builder b = LedgerEntry.builder(IdempotencyKey.monthly(Beneficiary.person(person), kind, month))
                .payee(payee).person(person).city(city).month(month).amount(Money.ofYuan(yuan))
                .grantReference(grant).grantedOn(GRANTED);
        if (cap > 0) {
            b.durationCapMonths(cap);
        }
        return b.build();
    }

    /**
     * An employer social-insurance entry, 500 yuan, cap 36, grant {@code SI-E}.
     *
     * @param employer the employer
     * @param person the person hired
     * @param month the month
     * @return the entry
     */
    protected static LedgerEntry employerSi(Beneficiary employer, ResidentIdNumber person, YearMonth month) {
        return monthly(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, employer, person, SHENYANG, month, 500, "SI-E", 36);
    }

    /**
     * A flexible social-insurance entry paid to the person, 300 yuan, cap 36, grant
     * {@code SI-F}.
     *
     * @param person the person
     * @param month the month
     * @return the entry
     */
    protected static LedgerEntry flexibleSi(ResidentIdNumber person, YearMonth month) {
        return monthly(SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, Beneficiary.person(person), person, SHENYANG, month,
                300, "SI-F", 36);
    }

    /**
     * A vocational training subsidy paid to the person on certificate {@code certificate},
     * 800 yuan, granted on {@link #GRANTED}, in Dalian.
     *
     * @param person the person
     * @param certificate the certificate id
     * @return the entry
     */
    protected static LedgerEntry training(ResidentIdNumber person, String certificate) {
        return LedgerEntry.builder(IdempotencyKey.once(Beneficiary.person(person), SubsidyKind.VOCATIONAL_TRAINING,
                        certificate))
                .payee(Beneficiary.person(person)).city(DALIAN).amount(Money.ofYuan(800))
                .grantReference(certificate).grantedOn(GRANTED).build();
    }

    /**
     * A unit's job-stabilisation refund for {@code year}, granted on {@code grantedOn}.
     *
     * @param unit the unit
     * @param year the year refunded
     * @param yuan the amount in yuan
     * @param city the city
     * @param grantedOn the grant day
     * @return the entry
     */
    protected static LedgerEntry refund(Beneficiary unit, int year, long yuan, DivisionCode city, LocalDate grantedOn) {
        return LedgerEntry.builder(IdempotencyKey.yearly(unit, SubsidyKind.JOB_STABILISATION_REFUND, Year.of(year)))
                .payee(unit).city(city).amount(Money.ofYuan(yuan)).grantReference("R-" + year)
                .grantedOn(grantedOn).build();
    }

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    /** Every entry held, as a set. */
    private Set<LedgerEntry> all() {
        Set<LedgerEntry> all = new HashSet<>();
        ledger.forEach(e -> assertTrue(all.add(e), "forEach visits an entry once"));
        return all;
    }

    private static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    /** {@link EntitlementLedger#record}. */
    @Nested
    @DisplayName("record")
    public class Record {

        /** For JUnit. */
        public Record() {}

        /** New. */
        @Test
        @DisplayName("a new entry is stored and reported as created")
        public void created() {
            LedgerEntry e = employerSi(unit(0), person(0), ym(2021, 3));
            RecordResult r = ledger.record(e);
            assertAll(
                    () -> assertTrue(r.created()),
                    () -> assertEquals(e, r.entry()),
                    () -> assertEquals(1, ledger.count()),
                    () -> assertEquals(Set.of(e), all()));
        }

        /** Idempotent. */
        @Test
        @DisplayName("recording an equal entry again returns the stored one, not created, and pays nothing twice")
        public void idempotent() {
            LedgerEntry e = employerSi(unit(0), person(0), ym(2021, 3));
            ledger.record(e);
            RecordResult again = ledger.record(employerSi(unit(0), person(0), ym(2021, 3)));
            assertAll(
                    () -> assertFalse(again.created()),
                    () -> assertEquals(e, again.entry()),
                    () -> assertEquals(1, ledger.count()),
                    () -> assertEquals(Money.ofYuan(500),
                            ledger.totals(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SHENYANG, YEAR_2021).amount()));
        }

        /** Conflict. */
        @Test
        @DisplayName("the same key with other content is ledger.key-conflict at path entry, and nothing changes")
        public void conflict() {
            LedgerEntry e = employerSi(unit(0), person(0), ym(2021, 3));
            ledger.record(e);
            LedgerEntry other = monthly(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, unit(0), person(0), SHENYANG,
                    ym(2021, 3), 501, "SI-E", 36);
            InvalidInputException x = assertThrows(InvalidInputException.class, () -> ledger.record(other));
            assertAll(
                    () -> assertEquals(List.of("ledger.key-conflict"), codes(x)),
                    () -> assertEquals(List.of("entry"), paths(x)),
                    () -> assertEquals(Set.of(e), all()));
        }

        /** Two employers. */
        @Test
        @DisplayName("a second employer's subsidy for the same person and month conflicts: the key is the person's")
        public void twoEmployers() {
            ledger.record(employerSi(unit(0), person(0), ym(2021, 3)));
            InvalidInputException x = assertThrows(InvalidInputException.class,
                    () -> ledger.record(employerSi(unit(1), person(0), ym(2021, 3))));
            assertEquals(List.of("ledger.key-conflict"), codes(x));
            assertEquals(1, ledger.count());
        }

        /** Messages. */
        @Test
        @DisplayName("violation messages never contain an ID number")
        public void noIdInMessages() {
            ledger.record(employerSi(unit(0), person(0), ym(2021, 3)));
            InvalidInputException x = assertThrows(InvalidInputException.class,
                    () -> ledger.record(flexibleSi(person(0), ym(2021, 3))));
            assertFalse(x.getMessage().contains(person(0).value()));
            x.violations().forEach(v -> assertFalse(v.message().contains(person(0).value())));
        }

        /** Nulls. */
        @Test
        @DisplayName("a null entry throws NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> ledger.record(null));
            assertThrows(NullPointerException.class, () -> ledger.recordAll(null));
            assertEquals(0, ledger.count());
        }
    }

    /** {@link EntitlementLedger#recordAll}. */
    @Nested
    @DisplayName("recordAll")
    public class RecordAll {

        /** For JUnit. */
        public RecordAll() {}

        /** Counts. */
        @Test
        @DisplayName("a batch reports each entry once, recorded or already present")
        public void counts() {
            ledger.record(employerSi(unit(0), person(0), ym(2021, 1)));
            LedgerBatchResult r = ledger.recordAll(List.of(
                    employerSi(unit(0), person(0), ym(2021, 1)),
                    employerSi(unit(0), person(0), ym(2021, 2)),
                    training(person(1), "C-1")));
            assertEquals(new LedgerBatchResult(2, 1), r);
            assertEquals(3, ledger.count());
        }

        /** Re-run. */
        @Test
        @DisplayName("re-running a recorded batch records nothing and changes nothing")
        public void rerun() {
            List<LedgerEntry> batch = Samples.draw(Ledgers.entries(), 1, Properties.seed()).get(0);
            LedgerBatchResult first = ledger.recordAll(batch);
            Set<LedgerEntry> before = all();
            LedgerBatchResult second = ledger.recordAll(batch);
            assertAll(
                    () -> assertEquals(batch.size(), first.recorded()),
                    () -> assertEquals(new LedgerBatchResult(0, batch.size()), second),
                    () -> assertTrue(second.isNoOp()),
                    () -> assertEquals(before, all()),
                    () -> assertEquals(new HashSet<>(batch), before));
        }

        /** All or nothing. */
        @Test
        @DisplayName("a failing entry in the middle of a batch stores nothing, not even the entries before it")
        public void allOrNothing() {
            ledger.record(employerSi(unit(0), person(0), ym(2021, 5)));
            List<LedgerEntry> batch = List.of(
                    training(person(1), "C-1"),
                    flexibleSi(person(0), ym(2021, 5)),
                    training(person(2), "C-2"));
            InvalidInputException x = assertThrows(InvalidInputException.class, () -> ledger.recordAll(batch));
            assertAll(
                    () -> assertEquals(List.of("ledger.exclusive-overlap"), codes(x)),
                    () -> assertEquals(List.of("entries[1]"), paths(x)),
                    () -> assertEquals(1, ledger.count()),
                    () -> assertEquals(List.of(), ledger.byBeneficiary(Beneficiary.person(person(1)))));
        }

        /** Every fault. */
        @Test
        @DisplayName("a batch with several bad entries lists every one with its path")
        public void everyFault() {
            ledger.record(training(person(1), "C-1"));
            List<LedgerEntry> batch = new ArrayList<>(Arrays.asList(
                    employerSi(unit(0), person(0), ym(2021, 5)),
                    flexibleSi(person(0), ym(2021, 5)),
                    null,
                    monthly(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE,
                            unit(1), person(0), SHENYANG, ym(2021, 5), 1, "X", 36),
                    LedgerEntry.builder(IdempotencyKey.once(Beneficiary.person(person(1)),
                                    SubsidyKind.VOCATIONAL_TRAINING, "C-1"))
                            .payee(Beneficiary.person(person(1))).city(DALIAN).amount(Money.ofYuan(1))
                            .grantReference("C-1").grantedOn(GRANTED).build()));
            InvalidInputException x = assertThrows(InvalidInputException.class, () -> ledger.recordAll(batch));
            assertAll(
                    () -> assertEquals(List.of("ledger.exclusive-overlap", "store.null-item", "ledger.key-conflict",
                            "ledger.key-conflict"), codes(x)),
                    () -> assertEquals(List.of("entries[1]", "entries[2]", "entries[3]", "entries[4]"), paths(x)),
                    () -> assertEquals(1, ledger.count()));
        }

        /** Duplicates inside a batch. */
        @Test
        @DisplayName("an entry twice in one batch is recorded once and counted once as already present")
        public void duplicateInBatch() {
            LedgerEntry e = training(person(1), "C-1");
            assertEquals(new LedgerBatchResult(1, 1), ledger.recordAll(List.of(e, training(person(1), "C-1"))));
            assertEquals(1, ledger.count());
        }

        /** Empty. */
        @Test
        @DisplayName("an empty batch records nothing")
        public void empty() {
            assertEquals(LedgerBatchResult.EMPTY, ledger.recordAll(List.of()));
            assertEquals(0, ledger.count());
        }
    }

    /** The rules of {@link LedgerRules}, enforced against what is stored. */
    @Nested
    @DisplayName("rules")
    public class Rules {

        /** For JUnit. */
        public Rules() {}

        /** Exclusive across writes. */
        @Test
        @DisplayName("an employer and a flexible social-insurance subsidy for one person and month: ledger.exclusive-overlap")
        public void exclusive() {
            ledger.record(employerSi(unit(0), person(0), ym(2021, 3)));
            InvalidInputException x = assertThrows(InvalidInputException.class,
                    () -> ledger.record(flexibleSi(person(0), ym(2021, 3))));
            assertEquals(List.of("ledger.exclusive-overlap"), codes(x));
            assertTrue(ledger.record(flexibleSi(person(0), ym(2021, 4))).created(), "another month is fine");
            assertTrue(ledger.record(flexibleSi(person(1), ym(2021, 3))).created(), "another person is fine");
        }

        /** Exclusive inside one batch. */
        @Test
        @DisplayName("both social-insurance kinds for one person and month in one batch: ledger.exclusive-overlap")
        public void exclusiveInBatch() {
            InvalidInputException x = assertThrows(InvalidInputException.class, () -> ledger.recordAll(List.of(
                    flexibleSi(person(0), ym(2021, 3)), employerSi(unit(0), person(0), ym(2021, 3)))));
            assertEquals(List.of("entries[1]"), paths(x));
            assertEquals(0, ledger.count());
        }

        /** Duration cap. */
        @Test
        @DisplayName("a month beyond the entry's duration cap: ledger.duration-cap")
        public void durationCap() {
            for (int m = 1; m <= 3; m++) {
                ledger.record(monthly(SubsidyKind.WORK_FOR_TRAINING, unit(0), person(0), SHENYANG, ym(2021, m), 500,
                        "W-1", 3));
            }
            InvalidInputException x = assertThrows(InvalidInputException.class, () -> ledger.record(
                    monthly(SubsidyKind.WORK_FOR_TRAINING, unit(0), person(0), SHENYANG, ym(2021, 4), 500, "W-1", 3)));
            assertEquals(List.of("ledger.duration-cap"), codes(x));
            assertEquals(3, ledger.monthsEnjoyed(person(0), Set.of(SubsidyKind.WORK_FOR_TRAINING)));
        }

        /** Shared group. */
        @Test
        @DisplayName("employer and flexible social-insurance months share one cap: 2 + 1 of 3, then the 4th is refused")
        public void sharedGroup() {
            LedgerEntry e1 = monthly(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, unit(0), person(0), SHENYANG, ym(2021, 1),
                    500, "A", 3);
            LedgerEntry e2 = monthly(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, unit(0), person(0), SHENYANG, ym(2021, 2),
                    500, "A", 3);
            LedgerEntry f3 = monthly(SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, Beneficiary.person(person(0)), person(0),
                    SHENYANG, ym(2021, 3), 300, "B", 3);
            LedgerEntry f4 = monthly(SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, Beneficiary.person(person(0)), person(0),
                    SHENYANG, ym(2021, 4), 300, "B", 3);
            ledger.recordAll(List.of(e1, e2, f3));
            InvalidInputException x = assertThrows(InvalidInputException.class, () -> ledger.record(f4));
            assertEquals(List.of("ledger.duration-cap"), codes(x));
            assertEquals(3, ledger.monthsEnjoyed(person(0),
                    Set.of(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE)));
        }

        /** Per grant. */
        @Test
        @DisplayName("a public-welfare post's duration counts per placement: a second placement starts again")
        public void perPlacement() {
            ledger.recordAll(List.of(
                    monthly(SubsidyKind.PUBLIC_WELFARE_POST, unit(0), person(0), SHENYANG, ym(2021, 1), 1910, "P-1", 2),
                    monthly(SubsidyKind.PUBLIC_WELFARE_POST, unit(0), person(0), SHENYANG, ym(2021, 2), 1910, "P-1", 2)));
            assertThrows(InvalidInputException.class, () -> ledger.record(
                    monthly(SubsidyKind.PUBLIC_WELFARE_POST, unit(0), person(0), SHENYANG, ym(2021, 3), 1910, "P-1", 2)));
            LedgerBatchResult second = ledger.recordAll(List.of(
                    monthly(SubsidyKind.PUBLIC_WELFARE_POST, unit(1), person(0), SHENYANG, ym(2021, 6), 1910, "P-2", 2),
                    monthly(SubsidyKind.PUBLIC_WELFARE_POST, unit(1), person(0), SHENYANG, ym(2021, 7), 1910, "P-2", 2)));
            assertEquals(2, second.recorded());
        }

        /** Placement cap. */
        @Test
        @DisplayName("a third public-welfare-post placement: ledger.grant-cap (at most 2)")
        public void placements() {
            ledger.record(monthly(SubsidyKind.PUBLIC_WELFARE_POST, unit(0), person(0), SHENYANG, ym(2021, 1), 1910, "P-1", 36));
            ledger.record(monthly(SubsidyKind.PUBLIC_WELFARE_POST, unit(0), person(0), SHENYANG, ym(2021, 5), 1910, "P-2", 36));
            InvalidInputException x = assertThrows(InvalidInputException.class, () -> ledger.record(
                    monthly(SubsidyKind.PUBLIC_WELFARE_POST, unit(0), person(0), SHENYANG, ym(2021, 9), 1910, "P-3", 36)));
            assertEquals(List.of("ledger.grant-cap"), codes(x));
            assertEquals(List.of("P-1", "P-2"), List.copyOf(ledger.grants(person(0), SubsidyKind.PUBLIC_WELFARE_POST)));
        }

        /** Training cap. */
        @Test
        @DisplayName("a fourth vocational training subsidy: ledger.grant-cap (at most 3)")
        public void trainings() {
            ledger.recordAll(List.of(training(person(0), "C-1"), training(person(0), "C-2"), training(person(0), "C-3")));
            InvalidInputException x = assertThrows(InvalidInputException.class,
                    () -> ledger.record(training(person(0), "C-4")));
            assertEquals(List.of("ledger.grant-cap"), codes(x));
            assertEquals(3, ledger.grants(person(0), SubsidyKind.VOCATIONAL_TRAINING).size());
            assertFalse(ledger.record(training(person(0), "C-2")).created(), "a held grant is still idempotent");
        }
    }

    /** The queries. */
    @Nested
    @DisplayName("queries")
    public class Queries {

        /** For JUnit. */
        public Queries() {}

        private void fill() {
            ledger.recordAll(List.of(
                    employerSi(unit(0), person(0), ym(2021, 2)),
                    employerSi(unit(0), person(0), ym(2021, 1)),
                    flexibleSi(person(0), ym(2021, 3)),
                    employerSi(unit(0), person(1), ym(2021, 1)),
                    training(person(1), "C-1"),
                    refund(unit(0), 2020, 10_000, DALIAN, LocalDate.of(2021, 6, 30)),
                    employerSi(unit(1), person(2), ym(2022, 1))));
        }

        /** By beneficiary. */
        @Test
        @DisplayName("byBeneficiary gives a person's entries as payee or as the person concerned, sorted by date")
        public void byBeneficiary() {
            fill();
            assertEquals(List.of(
                    employerSi(unit(0), person(0), ym(2021, 1)),
                    employerSi(unit(0), person(0), ym(2021, 2)),
                    flexibleSi(person(0), ym(2021, 3))), ledger.byBeneficiary(Beneficiary.person(person(0))));
            assertEquals(4, ledger.byBeneficiary(unit(0)).size(), "the unit: three hires and its refund");
            assertEquals(List.of(), ledger.byBeneficiary(unit(5)));
        }

        /** By city. */
        @Test
        @DisplayName("byCity gives a city's entries in the period; the province all cities; a county none")
        public void byCity() {
            fill();
            assertAll(
                    () -> assertEquals(4, ledger.byCity(SHENYANG, YEAR_2021).size()),
                    () -> assertEquals(2, ledger.byCity(DALIAN, YEAR_2021).size()),
                    () -> assertEquals(List.of(refund(unit(0), 2020, 10_000, DALIAN, LocalDate.of(2021, 6, 30))),
                            ledger.byCity(DALIAN, DateRange.ofMonths(ym(2021, 6), ym(2021, 12)))),
                    () -> assertEquals(7, ledger.byCity(DivisionCode.LIAONING, DateRange.ofMonths(ym(2021, 1), ym(2022, 1))).size()),
                    () -> assertEquals(List.of(), ledger.byCity(DivisionCode.of("210102"), YEAR_2021)));
        }

        /** By kind. */
        @Test
        @DisplayName("byKind gives one kind's entries whose month or grant day is in the period")
        public void byKind() {
            fill();
            assertEquals(3, ledger.byKind(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, YEAR_2021).size());
            assertEquals(2, ledger.byKind(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE,
                    DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31))).size());
            assertEquals(1, ledger.byKind(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE,
                    DateRange.startingOn(LocalDate.of(2021, 12, 1))).size());
            assertEquals(List.of(), ledger.byKind(SubsidyKind.HIRING, YEAR_2021));
        }

        /** Months enjoyed. */
        @Test
        @DisplayName("monthsEnjoyed counts distinct months of the kinds asked")
        public void monthsEnjoyed() {
            fill();
            Set<SubsidyKind> si = Set.of(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE);
            assertAll(
                    () -> assertEquals(3, ledger.monthsEnjoyed(person(0), si)),
                    () -> assertEquals(2, ledger.monthsEnjoyed(person(0), Set.of(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE))),
                    () -> assertEquals(0, ledger.monthsEnjoyed(person(0), Set.of())),
                    () -> assertEquals(1, ledger.monthsEnjoyed(person(1), si)),
                    () -> assertEquals(0, ledger.monthsEnjoyed(person(9), si)));
        }

        /** Grants. */
        @Test
        @DisplayName("grants gives the distinct references of a person and kind")
        public void grants() {
            fill();
            assertEquals(List.of("SI-E"), List.copyOf(ledger.grants(person(0), SubsidyKind.EMPLOYER_SOCIAL_INSURANCE)));
            assertEquals(List.of("C-1"), List.copyOf(ledger.grants(person(1), SubsidyKind.VOCATIONAL_TRAINING)));
            assertTrue(ledger.grants(person(0), SubsidyKind.VOCATIONAL_TRAINING).isEmpty());
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertAll(
                    () -> assertThrows(NullPointerException.class, () -> ledger.byBeneficiary(null)),
                    () -> assertThrows(NullPointerException.class, () -> ledger.byCity(null, YEAR_2021)),
                    () -> assertThrows(NullPointerException.class, () -> ledger.byCity(SHENYANG, null)),
                    () -> assertThrows(NullPointerException.class, () -> ledger.byKind(null, YEAR_2021)),
                    () -> assertThrows(NullPointerException.class, () -> ledger.monthsEnjoyed(null, Set.of())),
                    () -> assertThrows(NullPointerException.class, () -> ledger.monthsEnjoyed(person(0), null)),
                    () -> assertThrows(NullPointerException.class, () -> ledger.grants(person(0), null)),
                    () -> assertThrows(NullPointerException.class, () -> ledger.totals(null)),
                    () -> assertThrows(NullPointerException.class, () -> ledger.totals(null, SHENYANG, YEAR_2021)),
                    () -> assertThrows(NullPointerException.class, () -> ledger.forEach(null)));
        }
    }

    /** {@link EntitlementLedger#totals}. */
    @Nested
    @DisplayName("totals")
    public class Totals {

        /** For JUnit. */
        public Totals() {}

        /** Per kind and city. */
        @Test
        @DisplayName("totals per kind and city count distinct payees and persons, entries and the amount")
        public void perKindAndCity() {
            ledger.recordAll(List.of(
                    employerSi(unit(0), person(0), ym(2021, 1)),
                    employerSi(unit(0), person(0), ym(2021, 2)),
                    employerSi(unit(1), person(1), ym(2021, 2)),
                    training(person(1), "C-1"),
                    refund(unit(0), 2020, 10_000, DALIAN, LocalDate.of(2021, 6, 30)),
                    refund(unit(1), 2020, 20_000, SHENYANG, LocalDate.of(2022, 6, 30))));
            assertEquals(List.of(
                    // 3 × 500 yuan, by 2 units, for 2 persons.
                    new LedgerTotal(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SHENYANG, 2, 2, 3, Money.ofYuan(1500)),
                    new LedgerTotal(SubsidyKind.JOB_STABILISATION_REFUND, DALIAN, 1, 0, 1, Money.ofYuan(10_000)),
                    new LedgerTotal(SubsidyKind.VOCATIONAL_TRAINING, DALIAN, 1, 1, 1, Money.ofYuan(800))),
                    ledger.totals(YEAR_2021));
            assertEquals(new LedgerTotal(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SHENYANG, 1, 1, 1, Money.ofYuan(500)),
                    ledger.totals(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SHENYANG, DateRange.ofMonth(ym(2021, 1))));
            assertEquals(new LedgerTotal(SubsidyKind.JOB_STABILISATION_REFUND, DivisionCode.LIAONING, 2, 0, 2,
                            Money.ofYuan(30_000)),
                    ledger.totals(SubsidyKind.JOB_STABILISATION_REFUND, DivisionCode.LIAONING,
                            DateRange.ofMonths(ym(2021, 1), ym(2022, 12))));
        }

        /** Nothing. */
        @Test
        @DisplayName("totals of nothing are zero, and totals(period) is empty")
        public void nothing() {
            assertEquals(List.of(), ledger.totals(YEAR_2021));
            assertEquals(new LedgerTotal(SubsidyKind.HIRING, DALIAN, 0, 0, 0, Money.ZERO),
                    ledger.totals(SubsidyKind.HIRING, DALIAN, YEAR_2021));
        }

        /** Sum. */
        @Test
        @DisplayName("for generated ledgers, the cities' totals of each kind add up to the province's")
        public void sumToProvince() {
            for (List<LedgerEntry> batch : Samples.draw(Ledgers.entries(), 5, Properties.seed())) {
                ledger.recordAll(batch);
            }
            for (SubsidyKind kind : SubsidyKind.values()) {
                LedgerTotal province = ledger.totals(kind, DivisionCode.LIAONING, YEAR_2021);
                long entries = 0;
                Money amount = Money.ZERO;
                for (LedgerTotal t : ledger.totals(YEAR_2021)) {
                    if (t.kind() == kind) {
                        entries += t.entries();
                        amount = amount.plus(t.amount());
                    }
                }
                assertEquals(province.entries(), entries, kind.code());
                assertEquals(province.amount(), amount, kind.code());
            }
        }
    }

    /** Writers and readers on several threads. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** Same entry. */
        @Test
        @DisplayName("of threads recording the same new entry, exactly one creates it")
        public void sameEntry() {
            AtomicInteger created = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS * 2, t -> {
                if (ledger.record(employerSi(unit(0), person(0), ym(2021, 3))).created()) {
                    created.incrementAndGet();
                }
            });
            assertEquals(1, created.get());
            assertEquals(1, ledger.count());
        }

        /** Overlapping batches. */
        @Test
        @DisplayName("threads recording overlapping batches store each entry exactly once, and totals agree")
        public void overlappingBatches() {
            List<List<LedgerEntry>> batches = Samples.draw(Ledgers.entries(2021, 40), 8, Properties.seed());
            AtomicInteger recorded = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                // Every thread records every batch, each starting at another one, so the batches race.
                for (int i = 0; i < batches.size(); i++) {
                    recorded.addAndGet(ledger.recordAll(batches.get((i + t * 2) % batches.size())).recorded());
                }
            });
            Set<LedgerEntry> expected = new HashSet<>();
            batches.forEach(expected::addAll);
            Set<IdempotencyKey> keys = new HashSet<>();
            ledger.forEach(e -> assertTrue(keys.add(e.key()), "two entries with one key"));
            Money sum = Money.ZERO;
            for (LedgerEntry e : expected) {
                sum = sum.plus(e.amount());
            }
            Money totals = Money.ZERO;
            for (LedgerTotal t : ledger.totals(YEAR_2021)) {
                totals = totals.plus(t.amount());
            }
            Money expectedSum = sum;
            Money totalsSum = totals;
            assertAll(
                    () -> assertEquals(expected, all()),
                    () -> assertEquals(expected.size(), recorded.get(), "each entry recorded by exactly one thread"),
                    () -> assertEquals(expectedSum, totalsSum));
        }

        /** Caps under races. */
        @Test
        @DisplayName("threads racing to record distinct training certificates for one person: exactly 3 succeed")
        public void capRace() {
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS * 2, t -> {
                try {
                    ledger.record(training(person(0), "C-" + t));
                    ok.incrementAndGet();
                } catch (InvalidInputException e) {
                    assertEquals("ledger.grant-cap", e.code());
                    refused.incrementAndGet();
                }
            });
            assertEquals(3, ok.get());
            assertEquals(Concurrently.THREADS * 2 - 3, refused.get());
            assertEquals(3, ledger.grants(person(0), SubsidyKind.VOCATIONAL_TRAINING).size());
        }

        /** Exclusive under races. */
        @Test
        @DisplayName("threads racing employer and flexible subsidies for the same person-months never store both")
        public void exclusiveRace() {
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int m = 1; m <= 12; m++) {
                    LedgerEntry e = (t + m) % 2 == 0 ? employerSi(unit(t), person(0), ym(2021, m))
                            : flexibleSi(person(0), ym(2021, m));
                    try {
                        ledger.record(e);
                    } catch (InvalidInputException expected) {
                        // Another thread won this month.
                    }
                }
            });
            Set<YearMonth> months = new HashSet<>();
            ledger.forEach(e -> assertTrue(months.add(e.month().orElseThrow()), "two entries for one month"));
            assertEquals(12, months.size());
        }

        /** Whole batches. */
        @Test
        @DisplayName("readers see every batch whole or not at all")
        public void wholeBatches() {
            int batchSize = 6;
            AtomicBoolean done = new AtomicBoolean();
            Set<Integer> torn = ConcurrentHashMap.newKeySet();
            Concurrently.run(Concurrently.THREADS, t -> {
                if (t == 0) {
                    for (int p = 0; p < 25; p++) {
                        List<LedgerEntry> batch = new ArrayList<>();
                        for (int m = 1; m <= batchSize; m++) {
                            batch.add(employerSi(unit(0), person(p), ym(2021, m)));
                        }
                        ledger.recordAll(batch);
                    }
                    done.set(true);
                } else {
                    while (!done.get()) {
                        int seen = ledger.byBeneficiary(unit(0)).size();
                        int counted = (int) ledger.totals(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SHENYANG, YEAR_2021)
                                .entries();
                        if (seen % batchSize != 0) {
                            torn.add(seen);
                        }
                        if (counted % batchSize != 0) {
                            torn.add(counted);
                        }
                    }
                }
            });
            assertEquals(Set.of(), torn);
            assertEquals(25L * batchSize, ledger.count());
            assertNotEquals(0, ledger.byKind(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, YEAR_2021).size());
        }
    }
}
