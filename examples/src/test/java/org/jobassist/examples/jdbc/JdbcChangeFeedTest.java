package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.subsidy.Ledgers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The change feed ({@code changedSince}) of the JDBC stores, on H2 (subclassed for PostgreSQL). */
class JdbcChangeFeedTest {

    private static final DivisionCode HEPING = DivisionCode.parse("210102");
    private static final DivisionCode SHENYANG = DivisionCode.parse("210100");
    private static final LocalDate DAY = LocalDate.of(2021, 1, 1);

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    /** A valid ID number of a man (odd serial) in Heping, distinct for each {@code serial}. */
    static ResidentIdNumber idNumber(int serial) {
        String first17 = String.format("210102%s%03d", LocalDate.of(1980, 1, 1).plusDays(serial / 500)
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), serial % 500 * 2 + 1);
        return ResidentIdNumber.parse(first17 + Identities.residentIdCheckCharacter(first17));
    }

    static PersonRecord person(String id, int serial) {
        return PersonRecord.builder(PersonId.of(id)).idNumber(idNumber(serial)).retirementClass(RetirementClass.MALE_60)
                .residence(HEPING).build();
    }

    private static LedgerEntry payment(ResidentIdNumber n, YearMonth month) {
        Beneficiary payee = Beneficiary.person(n);
        return LedgerEntry.builder(IdempotencyKey.monthly(payee, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, month))
                .payee(payee).city(SHENYANG).month(month).amount(Money.ofYuan(300)).grantReference("FSI-F")
                .grantedOn(month.atEndOfMonth()).build();
    }

    @Test
    @DisplayName("each store names what it wrote after the position, and only that")
    void eachStoreNamesWhatItWrote() {
        JdbcStores s = databases.open(backend());
        PersonRecord p = person("feed", 1);
        EntitlementLedger ledger = s.ledger(Ledgers.rules(2, 3));
        long start = s.people().changedSince(Long.MAX_VALUE).sequence();
        s.people().save(p);
        s.recognitions().save(RecognitionRecord.applied(p.id(), DAY), 0);
        s.disabledPersonsFederation().record(Evidence.of(p.id(), RegistryFlag.DISABILITY_CERTIFICATE, "DPF-F", DAY,
                DateRange.startingOn(DAY)));
        s.socialInsurance().record(ContributionHistory.empty(p.id()));
        ledger.record(payment(p.idNumber(), YearMonth.of(2021, 2)));
        Set<PersonId> one = Set.of(p.id());
        assertEquals(one, s.people().changedSince(start).keys());
        assertEquals(one, s.recognitions().changedSince(start).keys());
        assertEquals(one, s.disabledPersonsFederation().changedSince(start).keys());
        assertEquals(Set.of(), s.civilAffairs().changedSince(start).keys());
        assertEquals(one, s.socialInsurance().changedSince(start).keys());
        assertEquals(Set.of(p.idNumber()), ledger.changedSince(start).keys());
        assertFalse(s.people().changedSince(start).isEverything());
    }

    @Test
    @DisplayName("positions grow; from the latest position nothing changed; a later write is reported from it")
    void positionsGrow() {
        JdbcStores s = databases.open(backend());
        PersonStore people = s.people();
        PersonRecord p = person("grow", 2);
        people.save(p);
        Changes<PersonId> first = people.changedSince(0);
        assertEquals(Set.of(p.id()), first.keys());
        assertTrue(first.sequence() > 0);
        Changes<PersonId> after = people.changedSince(first.sequence());
        assertEquals(Set.of(), after.keys());
        assertEquals(first.sequence(), after.sequence(), "nothing new, so the position stays");
        people.save(p.toBuilder().acceptedReferral(LocalDate.of(2021, 3, 3)).build());
        Changes<PersonId> later = people.changedSince(first.sequence());
        assertEquals(Set.of(p.id()), later.keys());
        assertTrue(later.sequence() > first.sequence());
        assertEquals(Set.of(p.id()), people.changedSince(0).keys(), "asking from 0 again still names it");
    }

    @Test
    @DisplayName("writes that change nothing are not changes: a same batch, a later withdrawal, a retried save")
    void unchangedWritesAreNotNoted() {
        JdbcStores s = databases.open(backend());
        PersonRecord p = person("same", 3);
        s.people().saveAll(List.of(p));
        s.veteransAffairs().record(Evidence.of(p.id(), RegistryFlag.MARTYR_FAMILY, "VA-F", DAY,
                DateRange.startingOn(DAY)));
        assertTrue(s.veteransAffairs().withdraw(p.id(), RegistryFlag.MARTYR_FAMILY, "VA-F", LocalDate.of(2021, 6, 1)));
        RecognitionRecord r = RecognitionRecord.applied(p.id(), DAY);
        s.recognitions().save(r, 0);
        EntitlementLedger ledger = s.ledger(Ledgers.rules(2, 3));
        ledger.record(payment(p.idNumber(), YearMonth.of(2021, 2)));
        long position = s.people().changedSince(Long.MAX_VALUE).sequence();

        s.people().saveAll(List.of(p));
        assertFalse(s.veteransAffairs().withdraw(p.id(), RegistryFlag.MARTYR_FAMILY, "VA-F", LocalDate.of(2021, 9, 1)));
        s.recognitions().save(r, 0);
        assertFalse(ledger.record(payment(p.idNumber(), YearMonth.of(2021, 2))).created());

        assertEquals(Set.of(), s.people().changedSince(position).keys());
        assertEquals(Set.of(), s.veteransAffairs().changedSince(position).keys());
        assertEquals(Set.of(), s.recognitions().changedSince(position).keys());
        assertEquals(Set.of(), ledger.changedSince(position).keys());
        // A withdrawal that moves the day earlier is a change.
        assertTrue(s.veteransAffairs().withdraw(p.id(), RegistryFlag.MARTYR_FAMILY, "VA-F", LocalDate.of(2021, 3, 1)));
        assertEquals(Set.of(p.id()), s.veteransAffairs().changedSince(position).keys());
    }

    @Test
    @DisplayName("a negative position is refused with changes.sequence-negative")
    void negativePosition() {
        JdbcStores s = databases.open(backend());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> s.people().changedSince(-7));
        assertEquals("changes.sequence-negative", e.violations().get(0).code());
        assertFalse(e.getMessage().contains("-7"));
        assertThrows(InvalidInputException.class, () -> s.socialInsurance().changedSince(-1));
    }

    @Test
    @DisplayName("a transaction that commits after a reader passed its start is reported by the next answer")
    void aLateCommitIsNotMissed() throws SQLException {
        Backend.Opened o = databases.openWithAccess(backend());
        PersonStore people = o.stores().people();
        PersonRecord late = person("late", 4);
        PersonRecord early = person("early", 5);
        try (Connection slow = o.connect()) {
            // A writer that starts first and commits last: its change is logged, not yet committed.
            slow.setAutoCommit(false);
            try (PreparedStatement p = slow.prepareStatement(
                    "INSERT INTO change_log (feed, subject) VALUES ('person', ?)")) {
                p.setString(1, late.id().value());
                p.executeUpdate();
            }
            people.save(early);
            Changes<PersonId> first = people.changedSince(0);
            assertEquals(Set.of(early.id()), first.keys());
            slow.commit();
            Changes<PersonId> next = people.changedSince(first.sequence());
            assertEquals(Set.of(late.id()), next.keys(), "the late commit is stamped after the position handed out");
            assertTrue(next.sequence() > first.sequence());
        }
    }

    @Test
    @DisplayName("concurrent writers and a polling reader: every committed write is reported by some answer")
    void concurrentWritersAreNeverMissed() throws Exception {
        JdbcStores s = databases.open(backend());
        PersonStore people = s.people();
        int writers = 4;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean done = new AtomicBoolean();
        Set<PersonId> seen = ConcurrentHashMap.newKeySet();
        try {
            Future<Long> reader = pool.submit(() -> {
                long position = 0;
                while (!done.get()) {
                    Changes<PersonId> c = people.changedSince(position);
                    seen.addAll(c.keys());
                    position = c.sequence();
                }
                return position;
            });
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int base = w * each;
                writing.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        people.save(person("w" + (base + i), 100 + base + i));
                    }
                }));
            }
            for (Future<?> f : writing) {
                f.get(60, TimeUnit.SECONDS);
            }
            done.set(true);
            long last = reader.get(60, TimeUnit.SECONDS);
            seen.addAll(people.changedSince(last).keys());
        } finally {
            pool.shutdownNow();
        }
        Set<PersonId> written = new HashSet<>();
        for (int i = 0; i < writers * each; i++) {
            written.add(PersonId.of("w" + i));
        }
        assertEquals(written, seen);
    }
}
