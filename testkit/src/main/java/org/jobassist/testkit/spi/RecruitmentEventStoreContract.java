package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.service.RecruitmentEventKind;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.RecruitmentEventStore;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RecruitmentEventStore}: save and replace by id, idempotent
 * all-or-nothing batches, events during a period within an area, and threads saving the same
 * events. Extend it, return a new, empty store from {@link #createStore()}, and JUnit runs every
 * rule against it.
 */
public abstract class RecruitmentEventStoreContract {

    /** Shenyang. */
    protected static final DivisionCode SHENYANG = DivisionCode.of("210100");
    /** Dalian. */
    protected static final DivisionCode DALIAN = DivisionCode.of("210200");
    /** The Employment Assistance Month 2021, 2 January to 2 February. */
    protected static final DateRange MONTH_2021 = DateRange.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 2, 2));

    /** The store under test, new for every test. */
    protected RecruitmentEventStore store;

    /** For subclasses. */
    protected RecruitmentEventStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract RecruitmentEventStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * A job fair of {@code city} on {@code dates} carrying {@code vacancyIds}.
     *
     * @param id the id
     * @param city the city
     * @param dates the days
     * @param vacancyIds the vacancies
     * @return the event
     */
    protected static RecruitmentEvent event(String id, DivisionCode city, DateRange dates, String... vacancyIds) {
        return RecruitmentEvent.builder().id(id).kind(RecruitmentEventKind.JOB_FAIR).name("春风行动招聘会")
                .city(city).dates(dates).vacancyIds(List.of(vacancyIds)).build();
    }

    private static DateRange day(int month, int day) {
        return DateRange.ofDay(LocalDate.of(2021, month, day));
    }

    private static List<String> ids(List<RecruitmentEvent> events) {
        return events.stream().map(RecruitmentEvent::id).toList();
    }

    private static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    /** {@link RecruitmentEventStore#saveAll}. */
    @Nested
    @DisplayName("saveAll")
    public class SaveAll {

        /** For JUnit. */
        public SaveAll() {}

        /** Counts. */
        @Test
        @DisplayName("a batch counts inserted, replaced and unchanged")
        public void counts() {
            store.saveAll(List.of(event("a", SHENYANG, day(1, 5), "v1"), event("b", SHENYANG, day(1, 6))));
            BatchResult r = store.saveAll(List.of(event("a", SHENYANG, day(1, 5), "v1"),
                    event("b", SHENYANG, day(1, 6), "v2"), event("c", DALIAN, day(1, 7))));
            assertAll(
                    () -> assertEquals(new BatchResult(1, 1, 1), r),
                    () -> assertEquals(List.of("v2"), store.find("b").orElseThrow().vacancyIds()),
                    () -> assertEquals(3, store.count()),
                    () -> assertTrue(store.find("z").isEmpty()));
        }

        /** Bad batches. */
        @Test
        @DisplayName("a null item is store.null-item and a repeated id store.duplicate-key; nothing is stored")
        public void bad() {
            InvalidInputException n = assertThrows(InvalidInputException.class,
                    () -> store.saveAll(Arrays.asList(event("a", SHENYANG, day(1, 5)), null)));
            InvalidInputException d = assertThrows(InvalidInputException.class,
                    () -> store.saveAll(List.of(event("a", SHENYANG, day(1, 5)), event("a", DALIAN, day(1, 5)))));
            assertAll(
                    () -> assertEquals(List.of("store.null-item"), codes(n)),
                    () -> assertEquals("events[1]", n.violations().get(0).path()),
                    () -> assertEquals(List.of("store.duplicate-key"), codes(d)),
                    () -> assertEquals("events[1].id", d.violations().get(0).path()),
                    () -> assertEquals(0, store.count()));
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertAll(
                    () -> assertThrows(NullPointerException.class, () -> store.saveAll(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.find(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.during(null, MONTH_2021)),
                    () -> assertThrows(NullPointerException.class, () -> store.during(SHENYANG, null)));
        }
    }

    /** {@link RecruitmentEventStore#during}. */
    @Nested
    @DisplayName("during")
    public class During {

        /** For JUnit. */
        public During() {}

        /** Overlap. */
        @Test
        @DisplayName("gives the events of the area overlapping the period, by first day then id")
        public void overlap() {
            store.saveAll(List.of(
                    event("late", SHENYANG, DateRange.of(LocalDate.of(2021, 2, 2), LocalDate.of(2021, 2, 10))),
                    event("b", SHENYANG, day(1, 10)),
                    event("a", SHENYANG, day(1, 10)),
                    event("early", SHENYANG, DateRange.of(LocalDate.of(2020, 12, 20), LocalDate.of(2021, 1, 2))),
                    event("before", SHENYANG, day(1, 1)),
                    event("dalian", DALIAN, day(1, 10))));
            assertAll(
                    () -> assertEquals(List.of("early", "a", "b", "late"), ids(store.during(SHENYANG, MONTH_2021))),
                    () -> assertEquals(List.of("early", "a", "b", "dalian", "late"),
                            ids(store.during(DivisionCode.LIAONING, MONTH_2021))),
                    () -> assertEquals(List.of("dalian"), ids(store.during(DALIAN, MONTH_2021))),
                    () -> assertEquals(List.of(), ids(store.during(DivisionCode.of("210300"), MONTH_2021))));
        }
    }

    /** Writers on several threads. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** Same events. */
        @Test
        @DisplayName("of threads saving the same events, each event is inserted by exactly one")
        public void sameEvents() {
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS * 2, t -> {
                for (int i = 0; i < 20; i++) {
                    inserted.addAndGet(store.saveAll(List.of(event("e" + i, SHENYANG, day(1, 1 + i)))).inserted());
                }
            });
            assertEquals(20, inserted.get());
            assertEquals(20, store.count());
        }
    }
}
