package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.StaleRecordException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RecognitionStore}: versions, stale writes, idempotent saves, the
 * queries, and threads updating one record by read–modify–write with retry. Extend it, return
 * a new, empty store from {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class RecognitionStoreContract {

    /** The day of the generated applications. */
    protected static final LocalDate APPLIED = LocalDate.of(2021, 3, 1);
    /** The day of the generated decisions. */
    protected static final LocalDate DECIDED = LocalDate.of(2021, 3, 15);

    /** The store under test, new for every test. */
    protected RecognitionStore store;

    /** For subclasses. */
    protected RecognitionStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract RecognitionStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * A new application of {@code id}.
     *
     * @param id the person id's text
     * @return the record, version 0
     */
    protected static RecognitionRecord applied(String id) {
        return RecognitionRecord.applied(PersonId.of(id), APPLIED);
    }

    /**
     * {@code record} recognised on {@link #DECIDED} in category {@code DISABLED} with the next
     * review on {@code nextReview}.
     *
     * @param record an applied or recognised record
     * @param nextReview the next review
     * @return the new record
     */
    protected static RecognitionRecord recognised(RecognitionRecord record, LocalDate nextReview) {
        return record.recognised(DECIDED, "liaoning-2021", Set.of("DISABLED"), nextReview);
    }

    /** {@link RecognitionStore#save}. */
    @Nested
    @DisplayName("save")
    public class Save {

        /** For JUnit. */
        public Save() {}

        /** First version. */
        @Test
        @DisplayName("a first save with expected version 0 stores the record as version 1")
        public void insert() {
            RecognitionRecord saved = store.save(applied("a"), 0);
            assertEquals(1, saved.version());
            assertEquals(saved, store.find(PersonId.of("a")).orElseThrow());
            assertTrue(saved.sameContentAs(applied("a")));
        }

        /** Next version. */
        @Test
        @DisplayName("a save naming the stored version stores the change as the next version")
        public void update() {
            RecognitionRecord v1 = store.save(applied("a"), 0);
            RecognitionRecord v2 = store.save(recognised(v1, DECIDED.plusYears(1)), 1);
            assertEquals(2, v2.version());
            assertEquals(RecognitionStatus.RECOGNISED, store.find(PersonId.of("a")).orElseThrow().status());
        }

        /** Stale. */
        @Test
        @DisplayName("a save naming an older version with other facts throws store.stale-version and changes nothing")
        public void stale() {
            RecognitionRecord v1 = store.save(applied("a"), 0);
            RecognitionRecord v2 = store.save(recognised(v1, DECIDED.plusYears(1)), 1);
            StaleRecordException e = assertThrows(StaleRecordException.class,
                    () -> store.save(v1.rejected(DECIDED, "liaoning-2021"), 1));
            assertAll(
                    () -> assertEquals("store.stale-version", e.code()),
                    () -> assertEquals(1, e.expectedVersion()),
                    () -> assertEquals(2, e.storedVersion()));
            assertEquals(v2, store.find(PersonId.of("a")).orElseThrow());
        }

        /** Stale insert. */
        @Test
        @DisplayName("a save naming a version when nothing is stored throws store.stale-version with stored version 0")
        public void staleInsert() {
            StaleRecordException e = assertThrows(StaleRecordException.class, () -> store.save(applied("a"), 3));
            assertEquals(0, e.storedVersion());
            assertEquals(0, store.count());
        }

        /** Stale insert over a stored record. */
        @Test
        @DisplayName("an insert (expected version 0) over a stored, different record throws store.stale-version")
        public void insertOverStored() {
            RecognitionRecord v1 = store.save(applied("a"), 0);
            store.save(recognised(v1, DECIDED.plusYears(1)), 1);
            assertThrows(StaleRecordException.class, () -> store.save(applied("a"), 0));
        }

        /** Idempotency. */
        @Test
        @DisplayName("saving the stored facts again, with any version, changes nothing and returns the stored record")
        public void idempotent() {
            RecognitionRecord v1 = store.save(applied("a"), 0);
            RecognitionRecord change = recognised(v1, DECIDED.plusYears(1));
            RecognitionRecord v2 = store.save(change, 1);
            assertEquals(v2, store.save(change, 1), "a retried save");
            assertEquals(v2, store.save(change, 2));
            assertEquals(v2, store.save(change.withVersion(7), 0));
            assertEquals(2, store.find(PersonId.of("a")).orElseThrow().version());
            assertEquals(1, store.count());
        }

        /** Negative version. */
        @Test
        @DisplayName("a negative expected version is bad input store.version-negative at expectedVersion")
        public void negative() {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.save(applied("a"), -1));
            assertEquals("expectedVersion", e.violations().get(0).path());
            assertEquals("store.version-negative", e.violations().get(0).code());
            assertEquals(0, store.count());
        }

        /** Nulls. */
        @Test
        @DisplayName("a null record throws NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> store.save(null, 0));
            assertThrows(NullPointerException.class, () -> store.find(null));
        }
    }

    /** {@link RecognitionStore#findDueForReview}, {@link RecognitionStore#findByStatus}. */
    @Nested
    @DisplayName("queries")
    public class Queries {

        /** For JUnit. */
        public Queries() {}

        private void fill() {
            // b: review 2022-03-15; a: review 2022-03-16; c: applied only; d: exited; e: review 2022-01-01.
            store.save(recognised(applied("b"), LocalDate.of(2022, 3, 15)), 0);
            store.save(recognised(applied("a"), LocalDate.of(2022, 3, 16)), 0);
            store.save(applied("c"), 0);
            store.save(recognised(applied("d"), LocalDate.of(2022, 1, 1)).exited(DECIDED.plusDays(5),
                    ExitReason.EMPLOYED), 0);
            store.save(recognised(applied("e"), LocalDate.of(2022, 1, 1)), 0);
        }

        private List<String> ids(List<RecognitionRecord> records) {
            List<String> ids = new ArrayList<>();
            records.forEach(r -> ids.add(r.person().value()));
            return ids;
        }

        /** Due for review. */
        @Test
        @DisplayName("findDueForReview gives the recognised records with a review on or before the day, by id")
        public void due() {
            fill();
            assertEquals(List.of(), ids(store.findDueForReview(LocalDate.of(2021, 12, 31))));
            assertEquals(List.of("e"), ids(store.findDueForReview(LocalDate.of(2022, 1, 1))));
            assertEquals(List.of("b", "e"), ids(store.findDueForReview(LocalDate.of(2022, 3, 15))));
            assertEquals(List.of("a", "b", "e"), ids(store.findDueForReview(LocalDate.of(2022, 3, 16))));
        }

        /** By status. */
        @Test
        @DisplayName("findByStatus gives the records with the status, by id")
        public void byStatus() {
            fill();
            assertAll(
                    () -> assertEquals(List.of("a", "b", "e"), ids(store.findByStatus(RecognitionStatus.RECOGNISED))),
                    () -> assertEquals(List.of("c"), ids(store.findByStatus(RecognitionStatus.APPLIED))),
                    () -> assertEquals(List.of("d"), ids(store.findByStatus(RecognitionStatus.EXITED))),
                    () -> assertEquals(List.of(), ids(store.findByStatus(RecognitionStatus.REJECTED))));
        }

        /** forEach and count. */
        @Test
        @DisplayName("forEach visits every record once and count agrees")
        public void forEachAndCount() {
            fill();
            Map<PersonId, RecognitionRecord> all = new HashMap<>();
            store.forEach(r -> assertTrue(all.put(r.person(), r) == null, "forEach visits a record once"));
            assertEquals(5, all.size());
            assertEquals(5, store.count());
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> store.findDueForReview(null));
            assertThrows(NullPointerException.class, () -> store.findByStatus(null));
            assertThrows(NullPointerException.class, () -> store.forEach(null));
        }
    }

    /** Optimistic concurrency under threads. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** Exactly one winner. */
        @Test
        @DisplayName("of threads saving different records over the same version, exactly one wins")
        public void oneWinner() {
            RecognitionRecord v1 = store.save(applied("race"), 0);
            int threads = 8;
            AtomicInteger wins = new AtomicInteger();
            AtomicInteger stale = new AtomicInteger();
            Concurrently.run(threads, t -> {
                try {
                    store.save(v1.recognised(DECIDED, "liaoning-2021", Set.of("T" + t), DECIDED.plusYears(1)), 1);
                    wins.incrementAndGet();
                } catch (StaleRecordException e) {
                    stale.incrementAndGet();
                }
            });
            assertEquals(1, wins.get());
            assertEquals(threads - 1, stale.get());
            assertEquals(2, store.find(PersonId.of("race")).orElseThrow().version());
        }

        /** No lost update. */
        @Test
        @DisplayName("threads updating one record by read-modify-write with retry lose no update, one winner per version")
        public void noLostUpdate() {
            RecognitionRecord first = store.save(recognised(applied("hot"), DECIDED.plusYears(1)), 0);
            int threads = 8;
            int updates = 50;
            Set<Long> versionsWon = ConcurrentHashMap.newKeySet();
            AtomicInteger duplicateVersions = new AtomicInteger();
            Concurrently.run(threads, t -> {
                for (int i = 0; i < updates; i++) {
                    while (true) {
                        RecognitionRecord read = store.find(PersonId.of("hot")).orElseThrow();
                        // Distinct facts per thread and step, so no two writers' changes are equal.
                        RecognitionRecord next = read.recognised(DECIDED, "liaoning-2021",
                                Set.of("T" + t + "-" + i), DECIDED.plusYears(1));
                        try {
                            RecognitionRecord saved = store.save(next, read.version());
                            if (!versionsWon.add(saved.version())) {
                                duplicateVersions.incrementAndGet();
                            }
                            break;
                        } catch (StaleRecordException e) {
                            // Someone else won this version: read again and redo the change.
                        }
                    }
                }
            });
            RecognitionRecord last = store.find(PersonId.of("hot")).orElseThrow();
            assertAll(
                    () -> assertEquals(0, duplicateVersions.get(), "two writers were given one version"),
                    () -> assertEquals(first.version() + threads * updates, last.version()),
                    () -> assertEquals(threads * updates, versionsWon.size()),
                    // applied, recognised, then one history entry per update: none lost.
                    () -> assertEquals(2 + threads * updates, last.history().size()));
            assertSame(RecognitionStatus.RECOGNISED, last.status());
        }
    }
}
