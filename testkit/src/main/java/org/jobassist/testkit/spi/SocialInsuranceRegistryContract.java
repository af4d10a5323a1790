package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.SocialInsuranceRegistry;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.person.Contributions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SocialInsuranceRegistry}. Extend it, return a new, empty registry
 * from {@link #createRegistry()}, and JUnit runs every rule against it.
 */
public abstract class SocialInsuranceRegistryContract {

    /** The day the generated histories are placed around. */
    protected static final LocalDate AS_OF = LocalDate.of(2021, 11, 9);

    /** The registry under test, new for every test. */
    protected SocialInsuranceRegistry registry;

    /** For subclasses. */
    protected SocialInsuranceRegistryContract() {}

    /**
     * The factory hook: a new, empty registry, not shared with any other test.
     *
     * @return the registry
     */
    protected abstract SocialInsuranceRegistry createRegistry();

    /** Creates the registry for one test. */
    @BeforeEach
    public void createRegistryForTest() {
        registry = createRegistry();
    }

    /**
     * The history of {@code person} with employer-paid months from {@code first} to
     * {@code last} and nothing else.
     *
     * @param person the person's id
     * @param first the first month
     * @param last the last month
     * @return the history
     */
    protected static ContributionHistory employed(String person, YearMonth first, YearMonth last) {
        List<ContributionMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(ContributionMonth.employer(m));
        }
        return ContributionHistory.of(PersonId.of(person), months);
    }

    /**
     * Histories of people {@code h<salt>-0} to {@code h<salt>-<count - 1>}, gaps around 12
     * months as of {@link #AS_OF}, drawn deterministically.
     *
     * @param count how many
     * @param salt varies the draw and the ids
     * @return the histories
     */
    protected static List<ContributionHistory> drawn(int count, long salt) {
        List<ContributionHistory> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PersonId p = PersonId.of("h" + salt + "-" + i);
            list.add(Samples.draw(Contributions.nearThreshold(p, AS_OF, 12), 1, Properties.seed() + salt * 1000 + i)
                    .get(0));
        }
        return list;
    }

    /** {@link SocialInsuranceRegistry#source}. */
    @Nested
    @DisplayName("source")
    public class Source {

        /** For JUnit. */
        public Source() {}

        /** Fixed. */
        @Test
        @DisplayName("the source is SOCIAL_INSURANCE")
        public void socialInsurance() {
            assertEquals(RegistrySource.SOCIAL_INSURANCE, registry.source());
        }
    }

    /** {@link SocialInsuranceRegistry#monthsWithoutEmployerContribution}. */
    @Nested
    @DisplayName("monthsWithoutEmployerContribution")
    public class MonthsWithout {

        /** For JUnit. */
        public MonthsWithout() {}

        /** The 12-month rule. */
        @Test
        @DisplayName("as of 2021-11-09, a last employer-paid month of 2020-11, 2020-10 or 2020-09 gives 11, 12 or 13 months")
        public void twelveMonthRule() {
            registry.recordAll(List.of(employed("a", YearMonth.of(2019, 1), YearMonth.of(2020, 11)),
                    employed("b", YearMonth.of(2019, 1), YearMonth.of(2020, 10)),
                    employed("c", YearMonth.of(2019, 1), YearMonth.of(2020, 9))));
            assertEquals(11, registry.monthsWithoutEmployerContribution(PersonId.of("a"), AS_OF));
            assertEquals(12, registry.monthsWithoutEmployerContribution(PersonId.of("b"), AS_OF));
            assertEquals(13, registry.monthsWithoutEmployerContribution(PersonId.of("c"), AS_OF));
        }

        /** The as-of month. */
        @Test
        @DisplayName("an employer-paid contribution for the as-of month or the month before gives 0; later months are ignored")
        public void current() {
            registry.record(employed("d", YearMonth.of(2021, 10), YearMonth.of(2022, 3)));
            assertEquals(0, registry.monthsWithoutEmployerContribution(PersonId.of("d"), AS_OF));
            assertEquals(0, registry.monthsWithoutEmployerContribution(PersonId.of("d"), LocalDate.of(2021, 10, 1)));
            assertEquals(ContributionHistory.NEVER,
                    registry.monthsWithoutEmployerContribution(PersonId.of("d"), LocalDate.of(2021, 9, 30)));
        }

        /** Flexible work. */
        @Test
        @DisplayName("months paid as a flexible worker do not count as employer-paid")
        public void flexible() {
            registry.record(ContributionHistory.of(PersonId.of("e"), List.of(
                    ContributionMonth.employer(YearMonth.of(2020, 10)),
                    ContributionMonth.flexible(YearMonth.of(2021, 5)),
                    ContributionMonth.flexible(YearMonth.of(2021, 10)))));
            assertEquals(12, registry.monthsWithoutEmployerContribution(PersonId.of("e"), AS_OF));
        }

        /** Unknown people. */
        @Test
        @DisplayName("a person without a stored history gives NEVER")
        public void unknown() {
            assertEquals(ContributionHistory.NEVER,
                    registry.monthsWithoutEmployerContribution(PersonId.of("nobody"), AS_OF));
        }

        /** Generated gaps. */
        @Test
        @DisplayName("for histories drawn with a known gap around 12 months, the registry answers that gap")
        public void drawnGaps() {
            List<Integer> gaps = Samples.draw(Contributions.gapsNear(12), 60, Properties.seed());
            List<ContributionHistory> batch = new ArrayList<>();
            for (int i = 0; i < gaps.size(); i++) {
                batch.add(Samples.draw(Contributions.withGap(PersonId.of("g" + i), AS_OF, gaps.get(i)), 1,
                        Properties.seed() + i).get(0));
            }
            registry.recordAll(batch);
            for (int i = 0; i < gaps.size(); i++) {
                assertEquals(gaps.get(i).intValue(),
                        registry.monthsWithoutEmployerContribution(PersonId.of("g" + i), AS_OF), "g" + i);
            }
        }

        /** Null policy. */
        @Test
        @DisplayName("a null argument throws NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> registry.monthsWithoutEmployerContribution(null, AS_OF));
            assertThrows(NullPointerException.class,
                    () -> registry.monthsWithoutEmployerContribution(PersonId.of("a"), null));
        }
    }

    /** {@link SocialInsuranceRegistry#isEmployedIn}. */
    @Nested
    @DisplayName("isEmployedIn")
    public class IsEmployedIn {

        /** For JUnit. */
        public IsEmployedIn() {}

        /** By kind. */
        @Test
        @DisplayName("a month paid by an employer shows employment; a flexible-worker month, an unpaid month and an unknown person do not")
        public void byKind() {
            registry.record(ContributionHistory.of(PersonId.of("f"), List.of(
                    ContributionMonth.employer(YearMonth.of(2021, 1)),
                    ContributionMonth.flexible(YearMonth.of(2021, 2)))));
            assertTrue(registry.isEmployedIn(PersonId.of("f"), YearMonth.of(2021, 1)));
            assertFalse(registry.isEmployedIn(PersonId.of("f"), YearMonth.of(2021, 2)));
            assertFalse(registry.isEmployedIn(PersonId.of("f"), YearMonth.of(2021, 3)));
            assertFalse(registry.isEmployedIn(PersonId.of("nobody"), YearMonth.of(2021, 1)));
        }

        /** Null policy. */
        @Test
        @DisplayName("a null argument throws NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> registry.isEmployedIn(null, YearMonth.of(2021, 1)));
            assertThrows(NullPointerException.class, () -> registry.isEmployedIn(PersonId.of("f"), null));
        }
    }

    /** {@link SocialInsuranceRegistry#record} and {@link SocialInsuranceRegistry#history}. */
    @Nested
    @DisplayName("record")
    public class Record {

        /** For JUnit. */
        public Record() {}

        /** Round trip. */
        @Test
        @DisplayName("a recorded history is found by its person, equal to what was recorded; another person has none")
        public void roundTrip() {
            ContributionHistory h = employed("g", YearMonth.of(2020, 1), YearMonth.of(2020, 12));
            registry.record(h);
            assertEquals(Optional.of(h), registry.history(h.person()));
            assertEquals(Optional.empty(), registry.history(PersonId.of("nobody")));
            assertEquals(1, registry.count());
        }

        /** Replacement and idempotency. */
        @Test
        @DisplayName("a history replaces the person's stored one whole; recording it again changes nothing")
        public void replaces() {
            ContributionHistory h = employed("h", YearMonth.of(2020, 1), YearMonth.of(2020, 12));
            ContributionHistory longer = employed("h", YearMonth.of(2020, 6), YearMonth.of(2021, 10));
            registry.record(h);
            registry.record(longer);
            registry.record(longer);
            assertEquals(Optional.of(longer), registry.history(h.person()));
            assertFalse(registry.isEmployedIn(h.person(), YearMonth.of(2020, 1)));
            assertEquals(1, registry.count());
        }

        /** Null policy. */
        @Test
        @DisplayName("a null history or person throws NullPointerException and stores nothing")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> registry.record(null));
            assertThrows(NullPointerException.class, () -> registry.history(null));
            assertEquals(0, registry.count());
        }
    }

    /** {@link SocialInsuranceRegistry#recordAll}. */
    @Nested
    @DisplayName("recordAll")
    public class RecordAll {

        /** For JUnit. */
        public RecordAll() {}

        /** Counting. */
        @Test
        @DisplayName("a batch counts each item once as inserted, replaced or unchanged; the same batch again is all unchanged")
        public void counts() {
            List<ContributionHistory> all = drawn(30, 1);
            assertEquals(new BatchResult(20, 0, 0), registry.recordAll(all.subList(0, 20)));
            List<ContributionHistory> batch = new ArrayList<>(all.subList(10, 30));
            for (int i = 0; i < 5; i++) {
                batch.set(i, ContributionHistory.empty(batch.get(i).person()));
            }
            BatchResult r = registry.recordAll(batch);
            assertEquals(10, r.inserted());
            assertEquals(20, r.total());
            assertEquals(new BatchResult(0, 0, 20), registry.recordAll(batch));
            assertEquals(30, registry.count());
            assertEquals(Optional.of(batch.get(0)), registry.history(batch.get(0).person()));
        }

        /** Empty batch. */
        @Test
        @DisplayName("an empty batch changes nothing and counts nothing")
        public void empty() {
            assertEquals(BatchResult.EMPTY, registry.recordAll(List.of()));
            assertEquals(0, registry.count());
        }

        /** All or nothing. */
        @Test
        @DisplayName("a batch with a null item or two histories of one person stores nothing and names histories[i] and histories[i].person")
        public void allOrNothing() {
            List<ContributionHistory> batch = new ArrayList<>(drawn(6, 2));
            batch.set(1, null);
            batch.add(employed(batch.get(3).person().value(), YearMonth.of(2020, 1), YearMonth.of(2020, 2)));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> registry.recordAll(batch));
            assertEquals(List.of(new Violation("histories[1]", "store.null-item", e.violations().get(0).message()),
                    new Violation("histories[6].person", "store.duplicate-key", e.violations().get(1).message())),
                    e.violations());
            assertFalse(e.getMessage().contains(batch.get(3).person().value()), "the message does not echo the input");
            assertEquals(0, registry.count());
        }

        /** Null policy. */
        @Test
        @DisplayName("a null list throws NullPointerException")
        public void nullList() {
            assertThrows(NullPointerException.class, () -> registry.recordAll(null));
        }
    }

    /** Concurrent writers. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** No lost updates. */
        @Test
        @DisplayName("writers recording overlapping batches lose nothing and insert each history exactly once")
        public void overlappingWriters() {
            List<ContributionHistory> pool = drawn(400, 3);
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int round = 0; round < 3; round++) {
                    for (int start = t * 25; start < pool.size(); start += 50) {
                        BatchResult r = registry.recordAll(pool.subList(start, Math.min(pool.size(), start + 100)));
                        assertEquals(0, r.replaced());
                        inserted.addAndGet(r.inserted());
                    }
                    registry.record(pool.get(t * 25 + round));
                }
            });
            assertEquals(400, inserted.get());
            assertEquals(400, registry.count());
            for (ContributionHistory h : pool) {
                assertEquals(Optional.of(h), registry.history(h.person()));
            }
        }
    }
}
