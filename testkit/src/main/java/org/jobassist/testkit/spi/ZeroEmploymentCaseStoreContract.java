package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceAction;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ZeroEmploymentCaseStore}. Extend it, return a new, empty store from
 * {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class ZeroEmploymentCaseStoreContract {

    /** The day the generated cases are identified on or before. */
    protected static final LocalDate IDENTIFIED = LocalDate.of(2021, 11, 9);

    /** The store under test, new for every test. */
    protected ZeroEmploymentCaseStore store;

    /** For subclasses. */
    protected ZeroEmploymentCaseStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract ZeroEmploymentCaseStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * {@code count} open cases of distinct households, in the cities of generated registers,
     * identified on days up to {@link #IDENTIFIED}.
     *
     * @param count how many
     * @param salt varies the draw
     * @return the cases
     */
    protected static List<ZeroEmploymentCase> cases(int count, long salt) {
        List<ZeroEmploymentCase> cases = new ArrayList<>();
        List<HouseholdRegister> registers = HouseholdStoreContract.registers(count, salt);
        for (int i = 0; i < registers.size(); i++) {
            HouseholdRegister r = registers.get(i);
            cases.add(ZeroEmploymentCase.identified(r.id(), r.division().parent().orElseThrow(),
                    IDENTIFIED.minusDays(i % 200)));
        }
        return cases;
    }

    /**
     * The case cleared by a member starting work 20 days after it was identified.
     *
     * @param c the open case
     * @return the cleared case
     */
    protected static ZeroEmploymentCase cleared(ZeroEmploymentCase c) {
        return c.clearedBy(PersonId.of(c.household().value() + "-m0"), c.identifiedDate().plusDays(20));
    }

    /**
     * The case with one more home visit on its identified date.
     *
     * @param c the case
     * @return the case with the visit
     */
    protected static ZeroEmploymentCase visited(ZeroEmploymentCase c) {
        return c.withAction(ServiceAction.of(c.identifiedDate(), ServiceActionKind.HOME_VISIT, ""));
    }

    /**
     * Every stored case, read through {@link ZeroEmploymentCaseStore#forEach}.
     *
     * @return the contents
     */
    protected Set<ZeroEmploymentCase> contents() {
        Set<ZeroEmploymentCase> all = new HashSet<>();
        store.forEach(c -> assertTrue(all.add(c), "forEach visits a case once"));
        return all;
    }

    private static List<ZeroEmploymentCase> sorted(List<ZeroEmploymentCase> cases) {
        List<ZeroEmploymentCase> s = new ArrayList<>(cases);
        s.sort(Comparator.comparing((ZeroEmploymentCase c) -> c.household().value())
                .thenComparing(ZeroEmploymentCase::identifiedDate));
        return s;
    }

    /** {@link ZeroEmploymentCaseStore#save}. */
    @Nested
    @DisplayName("save")
    public class Save {

        /** For JUnit. */
        public Save() {}

        /** Round trip. */
        @Test
        @DisplayName("a saved case is found by household and identified date, equal to what was saved")
        public void roundTrip() {
            ZeroEmploymentCase c = cases(1, 1).get(0);
            store.save(c);
            assertEquals(Optional.of(c), store.find(c.household(), c.identifiedDate()));
            assertEquals(1, store.count());
        }

        /** Idempotency. */
        @Test
        @DisplayName("saving an equal case again changes nothing")
        public void idempotent() {
            ZeroEmploymentCase c = visited(cases(1, 2).get(0));
            store.save(c);
            store.save(c);
            assertEquals(1, store.count());
            assertEquals(Set.of(c), contents());
        }

        /** Replacement. */
        @Test
        @DisplayName("saving a case with the same household and identified date replaces it")
        public void replaces() {
            ZeroEmploymentCase c = cases(1, 3).get(0);
            store.save(c);
            store.save(visited(c));
            store.save(cleared(visited(c)));
            assertEquals(Optional.of(cleared(visited(c))), store.find(c.household(), c.identifiedDate()));
            assertEquals(1, store.count());
        }

        /** A second case. */
        @Test
        @DisplayName("a household identified again on another day has a second case")
        public void secondCase() {
            ZeroEmploymentCase first = cases(1, 4).get(0);
            ZeroEmploymentCase second = ZeroEmploymentCase.identified(first.household(), first.city(),
                    first.identifiedDate().plusYears(1));
            store.save(cleared(first));
            store.save(second);
            assertEquals(2, store.count());
            assertEquals(List.of(cleared(first), second), store.find(first.household()));
        }

        /** Clearing is final. */
        @Test
        @DisplayName("a stored cleared case saved uncleared is zero-employment-case.uncleared and stays cleared")
        public void unclear() {
            ZeroEmploymentCase c = cases(1, 5).get(0);
            store.save(cleared(c));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.save(visited(c)));
            assertEquals("zero-employment-case.uncleared", e.code());
            assertEquals(Optional.of(cleared(c)), store.find(c.household(), c.identifiedDate()));
        }

        /** Clearing is final. */
        @Test
        @DisplayName("a stored cleared case saved with another clearing is zero-employment-case.clearing-changed")
        public void clearingChanged() {
            ZeroEmploymentCase c = cases(1, 6).get(0);
            store.save(cleared(c));
            ZeroEmploymentCase other = c.clearedBy(PersonId.of("someone-else"), c.identifiedDate().plusDays(3));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.save(other));
            assertEquals("zero-employment-case.clearing-changed", e.code());
            assertFalse(e.getMessage().contains("someone-else"), "no personal data in the message");
            assertEquals(Optional.of(cleared(c)), store.find(c.household(), c.identifiedDate()));
        }

        /** Follow-up services. */
        @Test
        @DisplayName("services may be added to a cleared case")
        public void followUp() {
            ZeroEmploymentCase c = cleared(cases(1, 7).get(0));
            store.save(c);
            store.save(visited(c));
            assertEquals(Optional.of(visited(c)), store.find(c.household(), c.identifiedDate()));
        }

        /** Null policy. */
        @Test
        @DisplayName("a null case throws NullPointerException")
        public void nullCase() {
            assertThrows(NullPointerException.class, () -> store.save(null));
            assertEquals(0, store.count());
        }
    }

    /** {@link ZeroEmploymentCaseStore#saveAll}. */
    @Nested
    @DisplayName("saveAll")
    public class SaveAll {

        /** For JUnit. */
        public SaveAll() {}

        /** Counting. */
        @Test
        @DisplayName("a batch of new, changed and equal cases counts each once as inserted, replaced or unchanged")
        public void counts() {
            List<ZeroEmploymentCase> all = cases(30, 10);
            assertEquals(new BatchResult(20, 0, 0), store.saveAll(all.subList(0, 20)));
            List<ZeroEmploymentCase> batch = new ArrayList<>(all.subList(10, 30));
            for (int i = 0; i < 4; i++) {
                batch.set(i, cleared(batch.get(i)));
            }
            assertEquals(new BatchResult(10, 4, 6), store.saveAll(batch));
            assertEquals(new BatchResult(0, 0, 20), store.saveAll(batch));
            assertEquals(30, store.count());
        }

        /** All or nothing. */
        @Test
        @DisplayName("a batch with one case that would unclear a stored case stores nothing and names cases[i]")
        public void allOrNothing() {
            List<ZeroEmploymentCase> all = cases(20, 11);
            store.save(cleared(all.get(0)));
            Set<ZeroEmploymentCase> before = contents();
            List<ZeroEmploymentCase> batch = new ArrayList<>(all.subList(1, 20));
            batch.add(5, all.get(0));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertEquals(List.of(new Violation("cases[5]", "zero-employment-case.uncleared",
                    e.violations().get(0).message())), e.violations());
            assertEquals(1, store.count());
            assertEquals(before, contents());
        }

        /** Batch faults. */
        @Test
        @DisplayName("null items and two items with one key are listed as store.null-item and store.duplicate-key")
        public void batchFaults() {
            List<ZeroEmploymentCase> batch = new ArrayList<>(cases(5, 12));
            batch.set(1, null);
            batch.add(visited(batch.get(0)));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertEquals(List.of("cases[1]", "cases[5]"),
                    e.violations().stream().map(Violation::path).collect(Collectors.toList()));
            assertEquals(List.of("store.null-item", "store.duplicate-key"),
                    e.violations().stream().map(Violation::code).collect(Collectors.toList()));
            assertEquals(0, store.count());
        }

        /** Empty. */
        @Test
        @DisplayName("an empty batch changes nothing and counts nothing")
        public void empty() {
            assertEquals(BatchResult.EMPTY, store.saveAll(List.of()));
        }

        /** Null policy. */
        @Test
        @DisplayName("a null list throws NullPointerException")
        public void nullList() {
            assertThrows(NullPointerException.class, () -> store.saveAll(null));
        }
    }

    /** {@link ZeroEmploymentCaseStore#find(HouseholdId, LocalDate)} and {@link ZeroEmploymentCaseStore#find(HouseholdId)}. */
    @Nested
    @DisplayName("find")
    public class Find {

        /** For JUnit. */
        public Find() {}

        /** Household's cases. */
        @Test
        @DisplayName("a household's cases come oldest first, and no other household's")
        public void householdCases() {
            List<ZeroEmploymentCase> others = cases(30, 20);
            ZeroEmploymentCase c = others.get(0);
            ZeroEmploymentCase later = ZeroEmploymentCase.identified(c.household(), c.city(),
                    c.identifiedDate().plusMonths(14));
            ZeroEmploymentCase earlier = ZeroEmploymentCase.identified(c.household(), c.city(),
                    c.identifiedDate().minusMonths(30));
            store.saveAll(others);
            store.saveAll(List.of(later, earlier));
            assertEquals(List.of(earlier, c, later), store.find(c.household()));
        }

        /** Absence. */
        @Test
        @DisplayName("an unknown household or date gives empty")
        public void unknown() {
            ZeroEmploymentCase c = cases(1, 21).get(0);
            store.save(c);
            assertEquals(List.of(), store.find(HouseholdId.of("no-such-household")));
            assertEquals(Optional.empty(), store.find(c.household(), c.identifiedDate().plusDays(1)));
        }

        /** Null policy. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> store.find(null));
            assertThrows(NullPointerException.class, () -> store.find(null, IDENTIFIED));
            assertThrows(NullPointerException.class, () -> store.find(HouseholdId.of("h"), null));
        }
    }

    /** {@link ZeroEmploymentCaseStore#findInCity}. */
    @Nested
    @DisplayName("findInCity")
    public class FindInCity {

        /** For JUnit. */
        public FindInCity() {}

        /** City. */
        @Test
        @DisplayName("a city gives exactly its cases, sorted by household id then identified date")
        public void city() {
            List<ZeroEmploymentCase> batch = cases(150, 30);
            store.saveAll(batch);
            for (DivisionCode city : batch.stream().map(ZeroEmploymentCase::city).distinct()
                    .collect(Collectors.toList())) {
                assertEquals(sorted(batch.stream().filter(c -> c.city().equals(city)).collect(Collectors.toList())),
                        store.findInCity(city), city.code());
            }
        }

        /** Province. */
        @Test
        @DisplayName("the province gives every case; a county gives none")
        public void provinceAndCounty() {
            List<ZeroEmploymentCase> batch = cases(60, 31);
            store.saveAll(batch);
            assertEquals(sorted(batch), store.findInCity(DivisionCode.LIAONING));
            DivisionCode county = HouseholdStoreContract.registers(1, 31).get(0).division();
            assertEquals(List.of(), store.findInCity(county));
        }

        /** Null policy. */
        @Test
        @DisplayName("a null division throws NullPointerException")
        public void nullDivision() {
            assertThrows(NullPointerException.class, () -> store.findInCity(null));
        }
    }

    /** {@link ZeroEmploymentCaseStore#forEach} and {@link ZeroEmploymentCaseStore#count}. */
    @Nested
    @DisplayName("forEach and count")
    public class ForEachAndCount {

        /** For JUnit. */
        public ForEachAndCount() {}

        /** Completeness. */
        @Test
        @DisplayName("every stored case is visited exactly once and counted")
        public void visitsAll() {
            List<ZeroEmploymentCase> batch = cases(40, 40);
            store.saveAll(batch);
            assertEquals(new HashSet<>(batch), contents());
            assertEquals(40, store.count());
        }

        /** Empty. */
        @Test
        @DisplayName("a new store holds nothing")
        public void empty() {
            assertEquals(0, store.count());
            assertEquals(Set.of(), contents());
        }

        /** Null policy. */
        @Test
        @DisplayName("a null action throws NullPointerException")
        public void nullAction() {
            assertThrows(NullPointerException.class, () -> store.forEach(null));
        }
    }

    /** Concurrent writers and readers. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** No lost updates. */
        @Test
        @DisplayName("writers saving overlapping batches lose nothing and insert each case exactly once")
        public void overlapping() {
            List<ZeroEmploymentCase> pool = cases(300, 50);
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int round = 0; round < 3; round++) {
                    for (int start = t * 20; start < pool.size(); start += 40) {
                        inserted.addAndGet(store.saveAll(pool.subList(start, Math.min(pool.size(), start + 80)))
                                .inserted());
                    }
                }
            });
            assertEquals(300, inserted.get());
            assertEquals(300, store.count());
            assertEquals(new HashSet<>(pool), contents());
        }

        /** Clearing is final under races. */
        @Test
        @DisplayName("a case cleared while others keep saving it open stays cleared")
        public void clearingRace() {
            List<ZeroEmploymentCase> open = cases(50, 51);
            store.saveAll(open);
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int i = 0; i < open.size(); i++) {
                    if (t == 0) {
                        store.save(cleared(open.get(i)));
                    } else {
                        try {
                            store.save(open.get(i));
                        } catch (InvalidInputException e) {
                            assertEquals("zero-employment-case.uncleared", e.code());
                        }
                    }
                }
            });
            for (ZeroEmploymentCase c : open) {
                assertEquals(Optional.of(cleared(c)), store.find(c.household(), c.identifiedDate()));
            }
        }

        /** Batches are visible whole. */
        @Test
        @DisplayName("readers during writes see every batch whole or not at all")
        public void wholeBatches() {
            int batchSize = 15;
            List<ZeroEmploymentCase> pool = cases(batchSize * 30, 52);
            AtomicBoolean writing = new AtomicBoolean(true);
            Map<Long, Boolean> partial = new ConcurrentHashMap<>();
            Concurrently.run(Concurrently.THREADS, t -> {
                if (t == 0) {
                    try {
                        for (int b = 0; b < pool.size(); b += batchSize) {
                            store.saveAll(pool.subList(b, b + batchSize));
                        }
                    } finally {
                        writing.set(false);
                    }
                    return;
                }
                while (writing.get()) {
                    for (long seen : new long[] {store.count(), store.findInCity(DivisionCode.LIAONING).size()}) {
                        if (seen % batchSize != 0 && partial.size() < 5) {
                            partial.put(seen, Boolean.TRUE);
                        }
                    }
                }
            });
            assertEquals(Map.of(), partial, "a reader saw part of a batch");
            assertEquals(pool.size(), store.count());
        }
    }
}
