package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.CountRule;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeTally;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.OutcomeStore.WriteStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OutcomeStore}: statuses per outcome, idempotent replays, id conflicts,
 * once per person per year, the tally by month, city, channel and subset, the rejection
 * counts, and threads recording overlapping batches. Extend it, return a new, empty store from
 * {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class OutcomeStoreContract {

    /** Shenyang. */
    protected static final DivisionCode SHENYANG = DivisionCode.of("210100");
    /** Dalian. */
    protected static final DivisionCode DALIAN = DivisionCode.of("210200");
    /** A county of Dalian (Zhuanghe), booked to Dalian. */
    protected static final DivisionCode ZHUANGHE = DivisionCode.of("210283");

    /** The store under test, new for every test. */
    protected OutcomeStore store;

    /** For subclasses. */
    protected OutcomeStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract OutcomeStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * An outcome.
     *
     * @param id the id
     * @param person the person id's text
     * @param city the city
     * @param date the day
     * @param channel the channel
     * @param categories the category codes
     * @return the outcome
     */
    protected static EmploymentOutcome outcome(String id, String person, DivisionCode city, LocalDate date,
            Channel channel, String... categories) {
        return EmploymentOutcome.builder().id(id).person(PersonId.of(person)).city(city).date(date).channel(channel)
                .categories(categories).build();
    }

    private static EmploymentOutcome simple(String id, String person, LocalDate date) {
        return outcome(id, person, SHENYANG, date, Channel.EMPLOYER, "DISABLED");
    }

    /** {@link OutcomeStore#recordAll}. */
    @Nested
    @DisplayName("recordAll")
    public class RecordAll {

        /** For JUnit. */
        public RecordAll() {}

        /** Stores new outcomes. */
        @Test
        @DisplayName("stores each new outcome, answers STORED, and find returns it equal")
        public void storesNew() {
            EmploymentOutcome a = outcome("o-1", "p-1", DALIAN, LocalDate.of(2021, 3, 4), Channel.PUBLIC_WELFARE_POST,
                    "ZERO_EMPLOYMENT_FAMILY_MEMBER", "DISABLED");
            EmploymentOutcome b = simple("o-2", "p-2", LocalDate.of(2021, 5, 6));
            assertEquals(List.of(WriteStatus.STORED, WriteStatus.STORED),
                    store.recordAll(List.of(a, b), CountRule.ONCE_PER_PERSON_PER_YEAR));
            assertAll(() -> assertEquals(a, store.find("o-1").orElseThrow()),
                    () -> assertEquals(b, store.find("o-2").orElseThrow()),
                    () -> assertEquals(2, store.size()),
                    () -> assertTrue(store.find("o-3").isEmpty()));
        }

        /** Replays. */
        @Test
        @DisplayName("an equal outcome recorded again is ALREADY_STORED and changes nothing")
        public void idempotent() {
            EmploymentOutcome a = simple("o-1", "p-1", LocalDate.of(2021, 3, 4));
            store.recordAll(List.of(a), CountRule.ONCE_PER_PERSON_PER_YEAR);
            assertEquals(List.of(WriteStatus.ALREADY_STORED, WriteStatus.ALREADY_STORED),
                    store.recordAll(List.of(a, a), CountRule.ONCE_PER_PERSON_PER_YEAR));
            assertEquals(1, store.size());
        }

        /** Id conflicts. */
        @Test
        @DisplayName("another outcome under a stored id, or an id earlier in the batch, is ID_CONFLICT")
        public void idConflict() {
            store.recordAll(List.of(simple("o-1", "p-1", LocalDate.of(2021, 3, 4))), CountRule.EVERY_OUTCOME);
            List<WriteStatus> statuses = store.recordAll(List.of(
                    simple("o-1", "p-1", LocalDate.of(2021, 3, 5)),
                    simple("o-2", "p-2", LocalDate.of(2021, 3, 5)),
                    simple("o-2", "p-3", LocalDate.of(2021, 3, 5))), CountRule.EVERY_OUTCOME);
            assertEquals(List.of(WriteStatus.ID_CONFLICT, WriteStatus.STORED, WriteStatus.ID_CONFLICT), statuses);
            assertEquals(LocalDate.of(2021, 3, 4), store.find("o-1").orElseThrow().date());
            assertEquals(2, store.size());
        }

        /** Once per person per year. */
        @Test
        @DisplayName("under once per person per year, a second outcome of the person in the year is refused, "
                + "another year is not")
        public void oncePerYear() {
            store.recordAll(List.of(simple("o-1", "p-1", LocalDate.of(2021, 3, 4))), CountRule.ONCE_PER_PERSON_PER_YEAR);
            List<WriteStatus> statuses = store.recordAll(List.of(
                    simple("o-2", "p-1", LocalDate.of(2021, 12, 31)),
                    simple("o-3", "p-1", LocalDate.of(2022, 1, 1)),
                    simple("o-4", "p-1", LocalDate.of(2022, 6, 1))), CountRule.ONCE_PER_PERSON_PER_YEAR);
            assertEquals(List.of(WriteStatus.PERSON_ALREADY_COUNTED, WriteStatus.STORED,
                    WriteStatus.PERSON_ALREADY_COUNTED), statuses);
            assertEquals(2, store.size());
        }

        /** Every outcome. */
        @Test
        @DisplayName("under every outcome, the same person may count twice in a year")
        public void everyOutcome() {
            assertEquals(List.of(WriteStatus.STORED, WriteStatus.STORED), store.recordAll(List.of(
                    simple("o-1", "p-1", LocalDate.of(2021, 3, 4)),
                    simple("o-2", "p-1", LocalDate.of(2021, 4, 4))), CountRule.EVERY_OUTCOME));
        }

        /** Nulls. */
        @Test
        @DisplayName("a null element is store.null-item and nothing is stored")
        public void nullItem() {
            List<EmploymentOutcome> batch = new ArrayList<>(Arrays.asList(simple("o-1", "p-1", LocalDate.of(2021, 1, 2)),
                    null));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.recordAll(batch, CountRule.EVERY_OUTCOME));
            assertEquals("store.null-item", e.code());
            assertEquals("outcomes[1]", e.violations().get(0).path());
            assertEquals(0, store.size());
        }

        /** Null arguments. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nullArguments() {
            assertAll(() -> assertThrows(NullPointerException.class, () -> store.recordAll(null, CountRule.EVERY_OUTCOME)),
                    () -> assertThrows(NullPointerException.class, () -> store.recordAll(List.of(), null)),
                    () -> assertThrows(NullPointerException.class, () -> store.find(null)));
        }
    }

    /** {@link OutcomeStore#tally}. */
    @Nested
    @DisplayName("tally")
    public class Tally {

        /** For JUnit. */
        public Tally() {}

        /** Counting. */
        @Test
        @DisplayName("counts the year's outcomes by month, city and channel, a county under its city, "
                + "and subsets by any code held")
        public void counts() {
            CategorySubset zef = CategorySubset.of("zef", "ZERO_EMPLOYMENT_FAMILY_MEMBER");
            CategorySubset either = CategorySubset.of("either", "ZERO_EMPLOYMENT_FAMILY_MEMBER", "DISABLED");
            CategorySubset unknown = CategorySubset.of("unknown", "NEVER_RECORDED");
            store.recordAll(List.of(
                    outcome("a", "p1", SHENYANG, LocalDate.of(2021, 1, 31), Channel.EMPLOYER, "DISABLED"),
                    outcome("b", "p2", SHENYANG, LocalDate.of(2021, 2, 1), Channel.EMPLOYER,
                            "ZERO_EMPLOYMENT_FAMILY_MEMBER", "DISABLED"),
                    outcome("c", "p3", ZHUANGHE, LocalDate.of(2021, 2, 28), Channel.FLEXIBLE_OR_SELF_EMPLOYMENT),
                    outcome("d", "p4", DALIAN, LocalDate.of(2021, 12, 31), Channel.PUBLIC_WELFARE_POST,
                            "ZERO_EMPLOYMENT_FAMILY_MEMBER"),
                    outcome("e", "p5", DALIAN, LocalDate.of(2020, 12, 31), Channel.EMPLOYER, "DISABLED"),
                    outcome("f", "p6", DALIAN, LocalDate.of(2022, 1, 1), Channel.EMPLOYER, "DISABLED")),
                    CountRule.ONCE_PER_PERSON_PER_YEAR);
            OutcomeTally t = store.tally(2021, List.of(SHENYANG, DALIAN), List.of(zef, either, unknown));
            assertAll(
                    () -> assertEquals(1, t.count(1, 0, Channel.EMPLOYER)),
                    () -> assertEquals(1, t.count(2, 0, Channel.EMPLOYER)),
                    () -> assertEquals(1, t.count(2, 1, Channel.FLEXIBLE_OR_SELF_EMPLOYMENT)),
                    () -> assertEquals(1, t.count(12, 1, Channel.PUBLIC_WELFARE_POST)),
                    () -> assertEquals(0, t.count(1, 1, Channel.EMPLOYER)),
                    () -> assertEquals(2, t.cityThrough(12, 0)),
                    () -> assertEquals(2, t.cityThrough(12, 1)),
                    () -> assertEquals(1, t.cityThrough(11, 1)),
                    () -> assertEquals(2, t.channelThrough(12, Channel.EMPLOYER)),
                    () -> assertEquals(1, t.subsetThrough(0, 2)),
                    () -> assertEquals(2, t.subsetThrough(0, 12)),
                    () -> assertEquals(3, t.subsetThrough(1, 12)),
                    () -> assertEquals(0, t.subsetThrough(2, 12)));
        }

        /** Cities outside. */
        @Test
        @DisplayName("outcomes of cities not asked for are not counted")
        public void otherCities() {
            store.recordAll(List.of(simple("a", "p1", LocalDate.of(2021, 1, 2))), CountRule.EVERY_OUTCOME);
            OutcomeTally t = store.tally(2021, List.of(DALIAN), List.of());
            assertEquals(0, t.cityThrough(12, 0));
        }
    }

    /** {@link OutcomeStore#addRejections} and {@link OutcomeStore#rejections}. */
    @Nested
    @DisplayName("rejections")
    public class Rejections {

        /** For JUnit. */
        public Rejections() {}

        /** Adding up. */
        @Test
        @DisplayName("counts add up per year and reason; other years are apart")
        public void addUp() {
            store.addRejections(2021, Map.of("outcome.not-recognised", 2, "outcome.duplicate-id", 1));
            store.addRejections(2021, Map.of("outcome.not-recognised", 3));
            store.addRejections(2022, Map.of("outcome.duplicate-id", 7));
            assertEquals(Map.of("outcome.not-recognised", 5L, "outcome.duplicate-id", 1L), store.rejections(2021));
            assertEquals(Map.of(), store.rejections(2020));
        }

        /** Negative. */
        @Test
        @DisplayName("a negative count is store.negative-count and changes nothing")
        public void negative() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.addRejections(2021, Map.of("outcome.duplicate-id", -1)));
            assertEquals("store.negative-count", e.code());
            assertEquals(Map.of(), store.rejections(2021));
        }
    }

    /** Threads. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** Overlapping batches. */
        @Test
        @DisplayName("threads recording overlapping batches store each id once and count each person once a year")
        public void overlapping() {
            int threads = Concurrently.THREADS;
            int people = 2_000;
            Map<WriteStatus, AtomicInteger> counts = new ConcurrentHashMap<>();
            Concurrently.run(threads, t -> {
                List<EmploymentOutcome> batch = new ArrayList<>();
                for (int i = 0; i < people; i++) {
                    // Every thread writes every person; ids differ per thread except thread 0 and 1 share.
                    String id = "o-" + Math.max(t, 1) + "-" + i;
                    batch.add(simple(id, "p-" + i, LocalDate.of(2021, 1 + i % 12, 1)));
                    if (batch.size() == 100) {
                        store.recordAll(batch, CountRule.ONCE_PER_PERSON_PER_YEAR)
                                .forEach(s -> counts.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet());
                        batch.clear();
                    }
                }
            });
            int stored = counts.getOrDefault(WriteStatus.STORED, new AtomicInteger()).get();
            assertEquals(people, stored);
            assertEquals(people, store.size());
            assertEquals(people, store.tally(2021, List.of(SHENYANG), List.of()).cityThrough(12, 0));
            int total = counts.values().stream().mapToInt(AtomicInteger::get).sum();
            assertEquals(threads * people, total);
            assertTrue(Set.of(WriteStatus.STORED, WriteStatus.ALREADY_STORED, WriteStatus.PERSON_ALREADY_COUNTED,
                    WriteStatus.ID_CONFLICT).containsAll(counts.keySet()));
        }
    }
}
