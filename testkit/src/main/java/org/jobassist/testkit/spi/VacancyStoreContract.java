package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.VacancyStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.service.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link VacancyStore}: save and replace by id, idempotent all-or-nothing
 * batches, vacancies open on a day (all, and within an area), and threads saving overlapping
 * batches. Extend it, return a new, empty store from {@link #createStore()}, and JUnit runs
 * every rule against it.
 */
public abstract class VacancyStoreContract {

    /** Heping District, Shenyang. */
    protected static final DivisionCode HEPING = DivisionCode.of("210102");
    /** Zhongshan District, Dalian. */
    protected static final DivisionCode ZHONGSHAN = DivisionCode.of("210202");
    /** The day of the fixtures. */
    protected static final LocalDate DAY = LocalDate.of(2021, 1, 10);

    private static final UnifiedSocialCreditCode EMPLOYER =
            Samples.draw(Identities.creditCodes(), 1, Properties.seed()).get(0);

    /** The store under test, new for every test. */
    protected VacancyStore store;

    /** For subclasses. */
    protected VacancyStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract VacancyStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * A vacancy paying {@code yuan} in {@code district}, open on {@code open}.
     *
     * @param id the id
     * @param district the district
     * @param open the open days
     * @param yuan the monthly wage
     * @return the vacancy
     */
    protected static Vacancy vacancy(String id, DivisionCode district, DateRange open, long yuan) {
        return Vacancy.builder().id(id).employer(EMPLOYER).post("焊工").district(district)
                .location(Location.ofMicroDegrees(41_800_000, 123_400_000)).monthlyWage(Money.ofYuan(yuan))
                .open(open).build();
    }

    private static DateRange around(LocalDate day) {
        return DateRange.of(day.minusDays(5), day.plusDays(5));
    }

    private static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    private static List<String> ids(List<Vacancy> vacancies) {
        return vacancies.stream().map(Vacancy::id).toList();
    }

    /** {@link VacancyStore#saveAll}. */
    @Nested
    @DisplayName("saveAll")
    public class SaveAll {

        /** For JUnit. */
        public SaveAll() {}

        /** Counts. */
        @Test
        @DisplayName("a batch counts inserted, replaced and unchanged, and a replaced vacancy is found changed")
        public void counts() {
            store.saveAll(List.of(vacancy("a", HEPING, around(DAY), 3000), vacancy("b", HEPING, around(DAY), 3000)));
            BatchResult r = store.saveAll(List.of(vacancy("a", HEPING, around(DAY), 3000),
                    vacancy("b", HEPING, around(DAY), 3500), vacancy("c", ZHONGSHAN, around(DAY), 3000)));
            assertAll(
                    () -> assertEquals(new BatchResult(1, 1, 1), r),
                    () -> assertEquals(3, store.count()),
                    () -> assertEquals(Money.ofYuan(3500), store.find("b").orElseThrow().monthlyWage()),
                    () -> assertTrue(store.find("z").isEmpty()));
        }

        /** Re-run. */
        @Test
        @DisplayName("re-running a stored batch changes nothing")
        public void rerun() {
            List<Vacancy> batch = Vacancies.market(DivisionCode.LIAONING, 50, DAY, Properties.seed());
            assertEquals(new BatchResult(50, 0, 0), store.saveAll(batch));
            assertEquals(new BatchResult(0, 0, 50), store.saveAll(batch));
            assertEquals(50, store.count());
        }

        /** Null item. */
        @Test
        @DisplayName("a null item is store.null-item at vacancies[i], and nothing is stored")
        public void nullItem() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.saveAll(Arrays.asList(null, vacancy("a", HEPING, around(DAY), 3000))));
            assertAll(
                    () -> assertEquals(List.of("store.null-item"), codes(e)),
                    () -> assertEquals(List.of("vacancies[0]"), paths(e)),
                    () -> assertEquals(0, store.count()));
        }

        /** Duplicate key. */
        @Test
        @DisplayName("two vacancies with one id in a batch are store.duplicate-key at vacancies[i].id; nothing stored")
        public void duplicateKey() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> store.saveAll(List.of(vacancy("a", HEPING, around(DAY), 3000),
                            vacancy("a", HEPING, around(DAY), 3000))));
            assertAll(
                    () -> assertEquals(List.of("store.duplicate-key"), codes(e)),
                    () -> assertEquals(List.of("vacancies[1].id"), paths(e)),
                    () -> assertEquals(0, store.count()));
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertAll(
                    () -> assertThrows(NullPointerException.class, () -> store.saveAll(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.find(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.openOn(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.openIn(null, DAY)),
                    () -> assertThrows(NullPointerException.class, () -> store.openIn(HEPING, null)));
        }
    }

    /** The reads. */
    @Nested
    @DisplayName("queries")
    public class Queries {

        /** For JUnit. */
        public Queries() {}

        /** Open on. */
        @Test
        @DisplayName("openOn streams the vacancies open on the day, first and last day included, by id")
        public void openOn() {
            store.saveAll(List.of(
                    vacancy("c", HEPING, DateRange.of(DAY, DAY.plusDays(3)), 3000),
                    vacancy("a", ZHONGSHAN, DateRange.of(DAY.minusDays(3), DAY), 3000),
                    vacancy("b", HEPING, DateRange.of(DAY.plusDays(1), DAY.plusDays(3)), 3000),
                    vacancy("d", HEPING, DateRange.startingOn(DAY.minusYears(1)), 3000)));
            try (Stream<Vacancy> open = store.openOn(DAY)) {
                assertEquals(List.of("a", "c", "d"), open.map(Vacancy::id).toList());
            }
            try (Stream<Vacancy> open = store.openOn(DAY.plusDays(2))) {
                assertEquals(List.of("b", "c", "d"), open.map(Vacancy::id).toList());
            }
        }

        /** Open in. */
        @Test
        @DisplayName("openIn gives the open vacancies whose district lies within the area, by id")
        public void openIn() {
            store.saveAll(List.of(vacancy("b", HEPING, around(DAY), 3000), vacancy("a", ZHONGSHAN, around(DAY), 3000),
                    vacancy("c", HEPING, DateRange.of(DAY.plusDays(1), DAY.plusDays(2)), 3000)));
            assertAll(
                    () -> assertEquals(List.of("b"), ids(store.openIn(HEPING, DAY))),
                    () -> assertEquals(List.of("b"), ids(store.openIn(DivisionCode.of("210100"), DAY))),
                    () -> assertEquals(List.of("a", "b"), ids(store.openIn(DivisionCode.LIAONING, DAY))),
                    () -> assertEquals(List.of("b", "c"), ids(store.openIn(HEPING, DAY.plusDays(1)))),
                    () -> assertEquals(List.of(), ids(store.openIn(DivisionCode.of("210300"), DAY))));
        }

        /** Generated. */
        @Test
        @DisplayName("for a generated market, openIn of each city adds up to openOn of the province")
        public void generated() {
            List<Vacancy> market = Vacancies.market(DivisionCode.LIAONING, 300, DAY, Properties.seed());
            store.saveAll(market);
            long total;
            try (Stream<Vacancy> open = store.openOn(DAY)) {
                total = open.count();
            }
            int sum = 0;
            for (String city : List.of("210100", "210200", "210300", "210400", "210500", "210600", "210700",
                    "210800", "210900", "211000", "211100", "211200", "211300", "211400")) {
                sum += store.openIn(DivisionCode.of(city), DAY).size();
            }
            assertEquals(300, total);
            assertEquals(300, sum);
        }
    }

    /** Writers and readers on several threads. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** Overlapping batches. */
        @Test
        @DisplayName("threads saving overlapping batches insert each vacancy exactly once")
        public void overlappingBatches() {
            List<Vacancy> all = Vacancies.market(DivisionCode.LIAONING, 180, DAY, Properties.seed());
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int i = 0; i < 8; i++) {
                    int b = (i + t * 3) % 8;
                    inserted.addAndGet(store.saveAll(all.subList(b * 20, b * 20 + 40)).inserted());
                }
            });
            Set<Vacancy> stored = new HashSet<>();
            try (Stream<Vacancy> open = store.openOn(DAY)) {
                open.forEach(stored::add);
            }
            assertEquals(180, inserted.get());
            assertEquals(new HashSet<>(all), stored);
        }

        /** Whole batches. */
        @Test
        @DisplayName("readers see every batch whole or not at all")
        public void wholeBatches() {
            int batchSize = 4;
            AtomicBoolean done = new AtomicBoolean();
            Set<Long> torn = ConcurrentHashMap.newKeySet();
            Concurrently.run(Concurrently.THREADS, t -> {
                if (t == 0) {
                    for (int b = 0; b < 50; b++) {
                        List<Vacancy> batch = new ArrayList<>();
                        for (int i = 0; i < batchSize; i++) {
                            batch.add(vacancy("v" + b + "-" + i, HEPING, around(DAY), 3000));
                        }
                        store.saveAll(batch);
                    }
                    done.set(true);
                } else {
                    while (!done.get()) {
                        long n;
                        try (Stream<Vacancy> open = store.openOn(DAY)) {
                            n = open.count();
                        }
                        if (n % batchSize != 0) {
                            torn.add(n);
                        }
                    }
                }
            });
            assertEquals(Set.of(), torn);
            assertEquals(50L * batchSize, store.count());
        }
    }
}
