package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.StaleRecordException;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReferralStore}: new referrals stored as version 1, idempotent by id,
 * id conflicts refused, outcome updates with optimistic versions, the fields an update may not
 * change, reads by person, vacancy and period, and threads updating one referral by
 * read–modify–write with retry. Extend it, return a new, empty store from
 * {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class ReferralStoreContract {

    /** The day of the fixtures' referrals. */
    protected static final LocalDate REFERRED = LocalDate.of(2021, 1, 12);

    /** The store under test, new for every test. */
    protected ReferralStore store;

    /** For subclasses. */
    protected ReferralStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract ReferralStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * A pending, suitable referral.
     *
     * @param id the id
     * @param person the person id's text
     * @param vacancy the vacancy id
     * @param date the day
     * @return the referral, version 0
     */
    protected static Referral referral(String id, String person, String vacancy, LocalDate date) {
        return Referral.builder().id(id).person(PersonId.of(person)).vacancyId(vacancy).date(date)
                .providedBy("office-01").build();
    }

    private static List<String> ids(List<Referral> referrals) {
        return referrals.stream().map(Referral::id).toList();
    }

    private static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    /** {@link ReferralStore#saveAll}. */
    @Nested
    @DisplayName("saveAll")
    public class SaveAll {

        /** For JUnit. */
        public SaveAll() {}

        /** Version 1. */
        @Test
        @DisplayName("new referrals are stored as version 1, whatever version they carry")
        public void version1() {
            BatchResult r = store.saveAll(List.of(referral("r1", "a", "v1", REFERRED),
                    referral("r2", "a", "v2", REFERRED).withVersion(7)));
            assertAll(
                    () -> assertEquals(new BatchResult(2, 0, 0), r),
                    () -> assertEquals(1, store.find("r1").orElseThrow().version()),
                    () -> assertEquals(1, store.find("r2").orElseThrow().version()),
                    () -> assertEquals(2, store.count()));
        }

        /** Idempotent. */
        @Test
        @DisplayName("saving the stored facts again is unchanged, even after an update")
        public void idempotent() {
            store.saveAll(List.of(referral("r1", "a", "v1", REFERRED)));
            Referral hired = store.update(store.find("r1").orElseThrow()
                    .withOutcome(ReferralOutcome.ACCEPTED_HIRED, REFERRED.plusDays(3)), 1);
            BatchResult r = store.saveAll(List.of(hired.withVersion(0), referral("r1", "a", "v1", REFERRED)
                    .withOutcome(ReferralOutcome.ACCEPTED_HIRED, REFERRED.plusDays(3))));
            assertEquals(new BatchResult(0, 0, 2), r);
            assertEquals(2, store.find("r1").orElseThrow().version());
        }

        /** Conflict. */
        @Test
        @DisplayName("other facts under a stored id are store.id-conflict at referrals[i].id; nothing is stored")
        public void conflict() {
            store.saveAll(List.of(referral("r1", "a", "v1", REFERRED)));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.saveAll(List.of(referral("r2", "a", "v1", REFERRED),
                            referral("r1", "a", "v1", REFERRED).withOutcome(ReferralOutcome.NO_ANSWER, REFERRED))));
            assertAll(
                    () -> assertEquals(List.of("store.id-conflict"), codes(e)),
                    () -> assertEquals(List.of("referrals[1].id"), paths(e)),
                    () -> assertEquals(1, store.count()));
        }

        /** Bad batches. */
        @Test
        @DisplayName("a null item is store.null-item; two referrals with one id and other facts store.duplicate-key")
        public void bad() {
            InvalidInputException n = assertThrows(InvalidInputException.class,
                    () -> store.saveAll(Arrays.asList(null, referral("r1", "a", "v1", REFERRED))));
            InvalidInputException d = assertThrows(InvalidInputException.class,
                    () -> store.saveAll(List.of(referral("r1", "a", "v1", REFERRED), referral("r1", "a", "v2", REFERRED))));
            assertAll(
                    () -> assertEquals(List.of("store.null-item"), codes(n)),
                    () -> assertEquals(List.of("referrals[0]"), paths(n)),
                    () -> assertEquals(List.of("store.duplicate-key"), codes(d)),
                    () -> assertEquals(List.of("referrals[1].id"), paths(d)),
                    () -> assertEquals(0, store.count()));
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertAll(
                    () -> assertThrows(NullPointerException.class, () -> store.saveAll(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.update(null, 1)),
                    () -> assertThrows(NullPointerException.class, () -> store.find(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.byPerson(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.byVacancy(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.inPeriod(null)));
        }
    }

    /** {@link ReferralStore#update}. */
    @Nested
    @DisplayName("update")
    public class Update {

        /** For JUnit. */
        public Update() {}

        /** Next version. */
        @Test
        @DisplayName("an update naming the stored version stores the outcome as the next version")
        public void next() {
            store.saveAll(List.of(referral("r1", "a", "v1", REFERRED)));
            Referral v2 = store.update(store.find("r1").orElseThrow().refused(REFERRED.plusDays(1), "too-far"), 1);
            assertAll(
                    () -> assertEquals(2, v2.version()),
                    () -> assertEquals(v2, store.find("r1").orElseThrow()),
                    () -> assertEquals(ReferralOutcome.REFUSED, store.find("r1").orElseThrow().outcome()));
        }

        /** Stale. */
        @Test
        @DisplayName("an update naming an older version with other facts is store.stale-version; nothing changes")
        public void stale() {
            store.saveAll(List.of(referral("r1", "a", "v1", REFERRED)));
            Referral v1 = store.find("r1").orElseThrow();
            store.update(v1.withOutcome(ReferralOutcome.ACCEPTED_NOT_HIRED, REFERRED.plusDays(2)), 1);
            StaleRecordException e = assertThrows(StaleRecordException.class,
                    () -> store.update(v1.refused(REFERRED.plusDays(2), "hours"), 1));
            assertAll(
                    () -> assertEquals("store.stale-version", e.code()),
                    () -> assertEquals(1, e.expectedVersion()),
                    () -> assertEquals(2, e.storedVersion()),
                    () -> assertEquals(ReferralOutcome.ACCEPTED_NOT_HIRED, store.find("r1").orElseThrow().outcome()));
        }

        /** Idempotent. */
        @Test
        @DisplayName("an update to the stored facts returns the stored referral, whatever version it names")
        public void idempotent() {
            store.saveAll(List.of(referral("r1", "a", "v1", REFERRED)));
            Referral hired = store.find("r1").orElseThrow().withOutcome(ReferralOutcome.ACCEPTED_HIRED, REFERRED);
            Referral v2 = store.update(hired, 1);
            assertEquals(v2, store.update(hired, 1));
            assertEquals(v2, store.update(hired, 9));
            assertEquals(2, store.find("r1").orElseThrow().version());
        }

        /** Bad input. */
        @Test
        @DisplayName("unknown id, a changed fixed field and a negative version are bad input; nothing changes")
        public void bad() {
            store.saveAll(List.of(referral("r1", "a", "v1", REFERRED)));
            Referral v1 = store.find("r1").orElseThrow();
            InvalidInputException unknown = assertThrows(InvalidInputException.class,
                    () -> store.update(referral("r9", "a", "v1", REFERRED), 1));
            InvalidInputException fixed = assertThrows(InvalidInputException.class,
                    () -> store.update(v1.toBuilder().vacancyId("v2").suitable(false).build(), 1));
            InvalidInputException negative = assertThrows(InvalidInputException.class,
                    () -> store.update(v1.withOutcome(ReferralOutcome.NO_ANSWER, REFERRED), -1));
            assertAll(
                    () -> assertEquals(List.of("store.unknown-id"), codes(unknown)),
                    () -> assertEquals(List.of("id"), paths(unknown)),
                    () -> assertEquals(List.of("store.fixed-field", "store.fixed-field"), codes(fixed)),
                    () -> assertEquals(List.of("vacancyId", "suitable"), paths(fixed)),
                    () -> assertEquals(List.of("store.version-negative"), codes(negative)),
                    () -> assertEquals(List.of("expectedVersion"), paths(negative)),
                    () -> assertEquals(v1, store.find("r1").orElseThrow()),
                    () -> assertEquals(List.of(), store.byPerson(PersonId.of("r9"))));
        }

        /** Messages. */
        @Test
        @DisplayName("violation messages do not contain the person id")
        public void noPersonInMessages() {
            store.saveAll(List.of(referral("r1", "secret-person", "v1", REFERRED)));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.update(referral("r1", "other-person", "v1", REFERRED), 1));
            assertEquals(List.of("store.fixed-field"), codes(e));
            assertFalse(e.getMessage().contains("secret-person"));
            assertFalse(e.getMessage().contains("other-person"));
        }
    }

    /** The reads. */
    @Nested
    @DisplayName("queries")
    public class Queries {

        /** For JUnit. */
        public Queries() {}

        /** Reads. */
        @Test
        @DisplayName("byPerson, byVacancy and inPeriod give the current versions by date then id")
        public void reads() {
            store.saveAll(List.of(referral("r3", "a", "v1", REFERRED.plusDays(10)), referral("r2", "a", "v2", REFERRED),
                    referral("r1", "b", "v1", REFERRED), referral("r4", "a", "v1", REFERRED.plusMonths(2))));
            store.update(store.find("r2").orElseThrow().withOutcome(ReferralOutcome.ACCEPTED_HIRED, REFERRED), 1);
            List<Referral> a = store.byPerson(PersonId.of("a"));
            assertAll(
                    () -> assertEquals(List.of("r2", "r3", "r4"), ids(a)),
                    () -> assertEquals(ReferralOutcome.ACCEPTED_HIRED, a.get(0).outcome()),
                    () -> assertEquals(2, a.get(0).version()),
                    () -> assertEquals(List.of("r1", "r3", "r4"), ids(store.byVacancy("v1"))),
                    () -> assertEquals(List.of(), ids(store.byVacancy("v9"))),
                    () -> assertEquals(List.of("r1", "r2", "r3"),
                            ids(store.inPeriod(DateRange.of(REFERRED, REFERRED.plusDays(10))))),
                    () -> assertTrue(store.byPerson(PersonId.of("c")).isEmpty()));
        }
    }

    /** Writers on several threads. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** One winner. */
        @Test
        @DisplayName("of threads updating one version with different outcomes, exactly one wins")
        public void oneWinner() {
            store.saveAll(List.of(referral("r1", "a", "v1", REFERRED)));
            Referral v1 = store.find("r1").orElseThrow();
            AtomicInteger won = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS * 2, t -> {
                try {
                    store.update(v1.refused(REFERRED.plusDays(t), "reason-" + t), 1);
                    won.incrementAndGet();
                } catch (StaleRecordException e) {
                    assertEquals(2, e.storedVersion());
                }
            });
            assertEquals(1, won.get());
            assertEquals(2, store.find("r1").orElseThrow().version());
        }

        /** Read-modify-write. */
        @Test
        @DisplayName("threads updating one referral by read-modify-write with retry lose no update")
        public void readModifyWrite() {
            store.saveAll(List.of(referral("r1", "a", "v1", REFERRED)));
            int perThread = 25;
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int i = 0; i < perThread; i++) {
                    while (true) {
                        Referral read = store.find("r1").orElseThrow();
                        // A day unique to the version read and the thread: no write is an idempotent no-op.
                        Referral next = read.withOutcome(ReferralOutcome.NO_ANSWER,
                                REFERRED.plusDays(read.version() * 10 + t));
                        try {
                            store.update(next, read.version());
                            break;
                        } catch (StaleRecordException retry) {
                            // Another thread won this version; read again.
                        }
                    }
                }
            });
            assertEquals(1 + (long) Concurrently.THREADS * perThread, store.find("r1").orElseThrow().version());
        }

        /** Overlapping batches. */
        @Test
        @DisplayName("threads saving overlapping batches insert each referral exactly once")
        public void overlappingBatches() {
            List<Referral> all = new ArrayList<>();
            for (int i = 0; i < 180; i++) {
                all.add(referral("r" + i, "p" + i % 9, "v" + i % 11, REFERRED.plusDays(i % 40)));
            }
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int i = 0; i < 8; i++) {
                    int b = (i + t * 3) % 8;
                    inserted.addAndGet(store.saveAll(all.subList(b * 20, b * 20 + 40)).inserted());
                }
            });
            assertEquals(180, inserted.get());
            assertEquals(180, store.inPeriod(DateRange.startingOn(REFERRED)).size());
        }
    }
}
