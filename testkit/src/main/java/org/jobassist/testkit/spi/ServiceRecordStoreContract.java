package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.service.ServiceRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ServiceRecordStore}: append-only records, idempotent by id, id
 * conflicts refused, all-or-nothing batches, reads by person and period, and threads appending
 * overlapping batches. Extend it, return a new, empty store from {@link #createStore()}, and
 * JUnit runs every rule against it.
 */
public abstract class ServiceRecordStoreContract {

    /** The year of the fixtures. */
    protected static final DateRange YEAR_2021 = DateRange.ofYear(2021);

    /** The store under test, new for every test. */
    protected ServiceRecordStore store;

    /** For subclasses. */
    protected ServiceRecordStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract ServiceRecordStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * A delivered career-guidance record.
     *
     * @param id the id
     * @param person the person id's text
     * @param date the day
     * @return the record
     */
    protected static ServiceRecord record(String id, String person, LocalDate date) {
        return record(id, person, date, ServiceOutcome.DELIVERED);
    }

    /**
     * A career-guidance record with an outcome.
     *
     * @param id the id
     * @param person the person id's text
     * @param date the day
     * @param outcome the outcome
     * @return the record
     */
    protected static ServiceRecord record(String id, String person, LocalDate date, ServiceOutcome outcome) {
        return ServiceRecord.builder().id(id).person(PersonId.of(person)).kind(ServiceActionKind.CAREER_GUIDANCE)
                .date(date).providedBy("office-01").outcome(outcome).build();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2021, month, day);
    }

    private static List<String> ids(List<ServiceRecord> records) {
        return records.stream().map(ServiceRecord::id).toList();
    }

    private static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    /** {@link ServiceRecordStore#appendAll}. */
    @Nested
    @DisplayName("appendAll")
    public class AppendAll {

        /** For JUnit. */
        public AppendAll() {}

        /** Counts. */
        @Test
        @DisplayName("a batch counts inserted and unchanged, never replaced")
        public void counts() {
            store.appendAll(List.of(record("s1", "a", d(1, 5))));
            BatchResult r = store.appendAll(List.of(record("s1", "a", d(1, 5)), record("s2", "a", d(1, 6))));
            assertAll(
                    () -> assertEquals(new BatchResult(1, 0, 1), r),
                    () -> assertEquals(2, store.count()),
                    () -> assertEquals(record("s2", "a", d(1, 6)), store.find("s2").orElseThrow()),
                    () -> assertTrue(store.find("s3").isEmpty()));
        }

        /** Equal twice in a batch. */
        @Test
        @DisplayName("an equal record twice in one batch is stored once and counted once as unchanged")
        public void equalTwice() {
            BatchResult r = store.appendAll(List.of(record("s1", "a", d(1, 5)), record("s1", "a", d(1, 5))));
            assertEquals(new BatchResult(1, 0, 1), r);
            assertEquals(1, store.count());
        }

        /** Conflict. */
        @Test
        @DisplayName("a different record under a stored id is store.id-conflict at records[i].id; nothing is stored")
        public void conflict() {
            store.appendAll(List.of(record("s1", "a", d(1, 5))));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.appendAll(List.of(record("s2", "a", d(1, 6)),
                            record("s1", "a", d(1, 5), ServiceOutcome.REFUSED))));
            assertAll(
                    () -> assertEquals(List.of("store.id-conflict"), codes(e)),
                    () -> assertEquals(List.of("records[1].id"), paths(e)),
                    () -> assertEquals(1, store.count()),
                    () -> assertEquals(ServiceOutcome.DELIVERED, store.find("s1").orElseThrow().outcome()));
        }

        /** Duplicate key. */
        @Test
        @DisplayName("two different records with one id in a batch are store.duplicate-key; nothing is stored")
        public void duplicateKey() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.appendAll(List.of(record("s1", "a", d(1, 5)), record("s1", "b", d(1, 5)))));
            assertEquals(List.of("store.duplicate-key"), codes(e));
            assertEquals(List.of("records[1].id"), paths(e));
            assertEquals(0, store.count());
        }

        /** Null item. */
        @Test
        @DisplayName("a null item is store.null-item at records[i]; nothing is stored")
        public void nullItem() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.appendAll(Arrays.asList(record("s1", "a", d(1, 5)), null)));
            assertEquals(List.of("store.null-item"), codes(e));
            assertEquals(List.of("records[1]"), paths(e));
            assertEquals(0, store.count());
        }

        /** Messages. */
        @Test
        @DisplayName("violation messages do not contain the person id")
        public void noPersonInMessages() {
            store.appendAll(List.of(record("s1", "secret-person", d(1, 5))));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.appendAll(List.of(record("s1", "secret-person", d(1, 6)))));
            assertFalse(e.getMessage().contains("secret-person"));
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertAll(
                    () -> assertThrows(NullPointerException.class, () -> store.appendAll(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.find(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.byPerson(null, YEAR_2021)),
                    () -> assertThrows(NullPointerException.class, () -> store.byPerson(PersonId.of("a"), null)),
                    () -> assertThrows(NullPointerException.class, () -> store.forEachIn(null, r -> { })),
                    () -> assertThrows(NullPointerException.class, () -> store.forEachIn(YEAR_2021, null)));
        }
    }

    /** The reads. */
    @Nested
    @DisplayName("queries")
    public class Queries {

        /** For JUnit. */
        public Queries() {}

        /** By person. */
        @Test
        @DisplayName("byPerson gives the person's records within the period, by date then id")
        public void byPerson() {
            store.appendAll(List.of(record("s3", "a", d(3, 1)), record("s2", "a", d(1, 5)), record("s1", "a", d(1, 5)),
                    record("s4", "b", d(1, 5)), record("s5", "a", LocalDate.of(2022, 1, 1))));
            PersonId a = PersonId.of("a");
            assertAll(
                    () -> assertEquals(List.of("s1", "s2", "s3"), ids(store.byPerson(a, YEAR_2021))),
                    () -> assertEquals(List.of("s1", "s2"), ids(store.byPerson(a, DateRange.ofDay(d(1, 5))))),
                    () -> assertEquals(List.of("s3", "s5"), ids(store.byPerson(a, DateRange.startingOn(d(3, 1))))),
                    () -> assertEquals(List.of(), ids(store.byPerson(PersonId.of("c"), YEAR_2021))));
        }

        /** In period. */
        @Test
        @DisplayName("forEachIn hands out every record dated within the period once")
        public void forEachIn() {
            List<ServiceRecord> generated = new ArrayList<>(new HashSet<>(Samples.draw(
                    ServiceRecords.of(PersonId.of("a"), YEAR_2021), 60, Properties.seed())));
            store.appendAll(generated);
            DateRange spring = DateRange.of(d(3, 1), d(5, 31));
            List<ServiceRecord> seen = new ArrayList<>();
            store.forEachIn(spring, seen::add);
            Set<ServiceRecord> expected = new HashSet<>();
            for (ServiceRecord r : generated) {
                if (!r.date().isBefore(d(3, 1)) && !r.date().isAfter(d(5, 31))) {
                    expected.add(r);
                }
            }
            assertEquals(expected.size(), seen.size());
            assertEquals(expected, new HashSet<>(seen));
        }
    }

    /** Writers on several threads. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** Overlapping batches. */
        @Test
        @DisplayName("threads appending overlapping batches insert each record exactly once")
        public void overlappingBatches() {
            List<ServiceRecord> all = new ArrayList<>();
            for (int i = 0; i < 180; i++) {
                all.add(record("s" + i, "p" + i % 7, d(1 + i % 12, 1 + i % 28)));
            }
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int i = 0; i < 8; i++) {
                    int b = (i + t * 3) % 8;
                    inserted.addAndGet(store.appendAll(all.subList(b * 20, b * 20 + 40)).inserted());
                }
            });
            assertEquals(180, inserted.get());
            assertEquals(180, store.count());
            int byPerson = 0;
            for (int p = 0; p < 7; p++) {
                byPerson += store.byPerson(PersonId.of("p" + p), YEAR_2021).size();
            }
            assertEquals(180, byPerson);
        }
    }
}
