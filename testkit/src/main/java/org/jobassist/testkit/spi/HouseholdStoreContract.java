package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.family.Households;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link HouseholdStore}. Extend it, return a new, empty store from
 * {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class HouseholdStoreContract {

    /** The date the generated registers are drawn for. */
    protected static final LocalDate AS_OF = LocalDate.of(2021, 11, 9);

    /** The store under test, new for every test. */
    protected HouseholdStore store;

    /** For subclasses. */
    protected HouseholdStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract HouseholdStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * {@code count} registers with distinct ids, drawn deterministically.
     *
     * @param count how many
     * @param salt varies the draw
     * @return the registers, in drawing order
     */
    protected static List<HouseholdRegister> registers(int count, long salt) {
        Map<HouseholdId, HouseholdRegister> byId = new LinkedHashMap<>();
        long seed = Properties.seed() + salt;
        while (byId.size() < count) {
            for (HouseholdRegister r : Samples.draw(Households.registers(AS_OF), count, seed++)) {
                if (byId.size() < count) {
                    byId.putIfAbsent(r.id(), r);
                }
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * The register with its income flag flipped: same id, different value.
     *
     * @param r the register
     * @return the changed register
     */
    protected static HouseholdRegister changed(HouseholdRegister r) {
        return r.toBuilder().operatingOrInvestmentIncome(!r.hasOperatingOrInvestmentIncome()).build();
    }

    /**
     * Every stored register by id, read through {@link HouseholdStore#forEach}.
     *
     * @return the contents
     */
    protected Map<HouseholdId, HouseholdRegister> contents() {
        Map<HouseholdId, HouseholdRegister> all = new HashMap<>();
        store.forEach(r -> assertTrue(all.put(r.id(), r) == null, "forEach visits a register once"));
        return all;
    }

    private static Map<HouseholdId, HouseholdRegister> byId(List<HouseholdRegister> registers) {
        return registers.stream().collect(Collectors.toMap(HouseholdRegister::id, r -> r));
    }

    private static List<HouseholdRegister> sortedById(List<HouseholdRegister> registers) {
        List<HouseholdRegister> sorted = new ArrayList<>(registers);
        sorted.sort(Comparator.comparing(r -> r.id().value()));
        return sorted;
    }

    /** {@link HouseholdStore#save}. */
    @Nested
    @DisplayName("save")
    public class Save {

        /** For JUnit. */
        public Save() {}

        /** Round trip. */
        @Test
        @DisplayName("a saved register is found by its id, equal to what was saved")
        public void roundTrip() {
            HouseholdRegister r = registers(1, 1).get(0);
            store.save(r);
            assertEquals(Optional.of(r), store.find(r.id()));
            assertEquals(1, store.count());
        }

        /** Idempotency. */
        @Test
        @DisplayName("saving an equal register again changes nothing")
        public void idempotent() {
            HouseholdRegister r = registers(1, 2).get(0);
            store.save(r);
            store.save(r);
            store.save(r.toBuilder().build());
            assertEquals(1, store.count());
            assertEquals(Map.of(r.id(), r), contents());
        }

        /** Replacement. */
        @Test
        @DisplayName("saving a register with a stored id replaces the stored register")
        public void replaces() {
            HouseholdRegister r = registers(1, 3).get(0);
            HouseholdRegister other = changed(r);
            store.save(r);
            store.save(other);
            assertEquals(Optional.of(other), store.find(r.id()));
            assertEquals(1, store.count());
        }

        /** Replacement moves the division index. */
        @Test
        @DisplayName("a register saved again in another division is found only in the new one")
        public void movesDivision() {
            List<HouseholdRegister> two = registers(40, 4);
            HouseholdRegister r = two.get(0);
            DivisionCode elsewhere = two.stream().map(HouseholdRegister::division)
                    .filter(d -> !d.equals(r.division())).findFirst().orElseThrow();
            HouseholdRegister moved = r.toBuilder().division(elsewhere).build();
            store.save(r);
            store.save(moved);
            assertEquals(List.of(), store.findInDivision(r.division()));
            assertEquals(List.of(moved), store.findInDivision(elsewhere));
        }

        /** Null policy. */
        @Test
        @DisplayName("a null register throws NullPointerException and stores nothing")
        public void nullRegister() {
            assertThrows(NullPointerException.class, () -> store.save(null));
            assertEquals(0, store.count());
        }
    }

    /** {@link HouseholdStore#saveAll}. */
    @Nested
    @DisplayName("saveAll")
    public class SaveAll {

        /** For JUnit. */
        public SaveAll() {}

        /** Insertion. */
        @Test
        @DisplayName("every register of a batch is stored and counted as inserted")
        public void insertsAll() {
            List<HouseholdRegister> batch = registers(50, 10);
            assertEquals(new BatchResult(50, 0, 0), store.saveAll(batch));
            assertEquals(50, store.count());
            assertEquals(byId(batch), contents());
        }

        /** Idempotency. */
        @Test
        @DisplayName("saving the same batch again reports every item unchanged and changes nothing")
        public void idempotent() {
            List<HouseholdRegister> batch = registers(30, 11);
            store.saveAll(batch);
            assertEquals(new BatchResult(0, 0, 30), store.saveAll(batch));
            assertEquals(byId(batch), contents());
        }

        /** Counting. */
        @Test
        @DisplayName("a batch of new, changed and equal registers counts each item once as inserted, replaced or unchanged")
        public void countsEachKind() {
            List<HouseholdRegister> all = registers(30, 12);
            store.saveAll(all.subList(0, 20));
            List<HouseholdRegister> batch = new ArrayList<>(all.subList(10, 30));
            for (int i = 0; i < 5; i++) {
                batch.set(i, changed(batch.get(i)));
            }
            assertEquals(new BatchResult(10, 5, 5), store.saveAll(batch));
            assertEquals(30, store.count());
            assertEquals(Optional.of(batch.get(0)), store.find(batch.get(0).id()));
        }

        /** Empty batch. */
        @Test
        @DisplayName("an empty batch changes nothing and counts nothing")
        public void empty() {
            assertEquals(BatchResult.EMPTY, store.saveAll(List.of()));
            assertEquals(0, store.count());
        }

        /** All or nothing. */
        @Test
        @DisplayName("a batch with one null item stores nothing and names the item registers[i] with store.null-item")
        public void nullItemStoresNothing() {
            List<HouseholdRegister> first = registers(10, 13);
            store.saveAll(first);
            List<HouseholdRegister> batch = new ArrayList<>(registers(20, 14));
            batch.set(0, changed(first.get(0)));
            batch.set(7, null);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertEquals(List.of(new Violation("registers[7]", "store.null-item", e.violations().get(0).message())),
                    e.violations());
            assertEquals(10, store.count());
            assertEquals(byId(first), contents());
        }

        /** Duplicate ids. */
        @Test
        @DisplayName("two items with one id are rejected with store.duplicate-key at the later item's id, storing nothing")
        public void duplicateIds() {
            List<HouseholdRegister> batch = new ArrayList<>(registers(10, 15));
            HouseholdRegister dup = batch.get(2);
            batch.add(dup);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertEquals(1, e.violations().size());
            assertEquals("registers[10].id", e.violations().get(0).path());
            assertEquals("store.duplicate-key", e.code());
            assertFalse(e.getMessage().contains(dup.head().value()), "no personal data in the message");
            assertEquals(0, store.count());
        }

        /** Every fault. */
        @Test
        @DisplayName("every bad item of a batch is listed, in item order")
        public void everyFault() {
            List<HouseholdRegister> batch = new ArrayList<>(registers(6, 16));
            batch.set(1, null);
            batch.add(batch.get(3));
            batch.add(null);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertEquals(List.of("registers[1]", "registers[6].id", "registers[7]"),
                    e.violations().stream().map(Violation::path).collect(Collectors.toList()));
            assertEquals(0, store.count());
        }

        /** Null policy. */
        @Test
        @DisplayName("a null list throws NullPointerException")
        public void nullList() {
            assertThrows(NullPointerException.class, () -> store.saveAll(null));
        }
    }

    /** {@link HouseholdStore#find}. */
    @Nested
    @DisplayName("find")
    public class Find {

        /** For JUnit. */
        public Find() {}

        /** Absence. */
        @Test
        @DisplayName("an id never saved gives an empty Optional")
        public void unknown() {
            store.saveAll(registers(5, 20));
            assertEquals(Optional.empty(), store.find(HouseholdId.of("no-such-household")));
        }

        /** Null policy. */
        @Test
        @DisplayName("a null id throws NullPointerException")
        public void nullId() {
            assertThrows(NullPointerException.class, () -> store.find(null));
        }
    }

    /** {@link HouseholdStore#findInDivision}. */
    @Nested
    @DisplayName("findInDivision")
    public class FindInDivision {

        /** For JUnit. */
        public FindInDivision() {}

        /** Counties. */
        @Test
        @DisplayName("a county gives exactly the registers registered in it, sorted by id")
        public void county() {
            List<HouseholdRegister> batch = registers(200, 30);
            store.saveAll(batch);
            for (DivisionCode county : batch.stream().map(HouseholdRegister::division).distinct()
                    .collect(Collectors.toList())) {
                List<HouseholdRegister> expected = sortedById(batch.stream()
                        .filter(r -> r.division().equals(county)).collect(Collectors.toList()));
                assertEquals(expected, store.findInDivision(county), county.code());
            }
        }

        /** Cities. */
        @Test
        @DisplayName("a city gives the registers of its counties and its own, sorted by id")
        public void city() {
            List<HouseholdRegister> batch = new ArrayList<>(registers(200, 31));
            DivisionCode city = batch.get(0).division().parent().orElseThrow();
            batch.set(1, batch.get(1).toBuilder().division(city).build());
            store.saveAll(batch);
            List<HouseholdRegister> expected = sortedById(batch.stream()
                    .filter(r -> r.division().code().startsWith(city.code().substring(0, 4)))
                    .collect(Collectors.toList()));
            assertTrue(expected.size() >= 2);
            assertEquals(expected, store.findInDivision(city));
            assertFalse(store.findInDivision(batch.get(0).division()).contains(batch.get(1)),
                    "a county does not contain its city");
        }

        /** Province. */
        @Test
        @DisplayName("the province gives every register under it, sorted by id")
        public void province() {
            List<HouseholdRegister> batch = registers(100, 32);
            store.saveAll(batch);
            assertEquals(sortedById(batch), store.findInDivision(DivisionCode.LIAONING));
        }

        /** Nothing there. */
        @Test
        @DisplayName("a division without registers gives an empty list")
        public void empty() {
            store.saveAll(registers(20, 33));
            assertEquals(List.of(), store.findInDivision(DivisionCode.of("110000")));
        }

        /** Snapshots. */
        @Test
        @DisplayName("the list returned is not changed by later writes")
        public void snapshot() {
            List<HouseholdRegister> batch = registers(20, 34);
            store.saveAll(batch.subList(0, 10));
            List<HouseholdRegister> before = store.findInDivision(DivisionCode.LIAONING);
            List<HouseholdRegister> copy = List.copyOf(before);
            store.saveAll(batch.subList(10, 20));
            assertEquals(copy, before);
        }

        /** Null policy. */
        @Test
        @DisplayName("a null division throws NullPointerException")
        public void nullDivision() {
            assertThrows(NullPointerException.class, () -> store.findInDivision(null));
        }
    }

    /** {@link HouseholdStore#forEach}. */
    @Nested
    @DisplayName("forEach")
    public class ForEach {

        /** For JUnit. */
        public ForEach() {}

        /** Completeness. */
        @Test
        @DisplayName("every stored register is visited exactly once")
        public void visitsAll() {
            List<HouseholdRegister> batch = registers(60, 40);
            store.saveAll(batch);
            List<HouseholdId> seen = new ArrayList<>();
            store.forEach(r -> seen.add(r.id()));
            assertEquals(60, seen.size());
            assertEquals(byId(batch).keySet(), new HashSet<>(seen));
        }

        /** Weak consistency. */
        @Test
        @DisplayName("the action may write to the store; registers stored before the call are all visited once")
        public void writesDuringIteration() {
            List<HouseholdRegister> batch = registers(40, 41);
            store.saveAll(batch.subList(0, 20));
            Map<HouseholdId, Integer> visits = new HashMap<>();
            AtomicInteger next = new AtomicInteger(20);
            store.forEach(r -> {
                visits.merge(r.id(), 1, Integer::sum);
                int i = next.getAndIncrement();
                if (i < 40) {
                    store.save(batch.get(i));
                }
            });
            for (HouseholdRegister r : batch.subList(0, 20)) {
                assertEquals(1, visits.get(r.id()));
            }
            assertTrue(visits.values().stream().allMatch(v -> v == 1));
            assertEquals(40, store.count());
        }

        /** Null policy. */
        @Test
        @DisplayName("a null action throws NullPointerException")
        public void nullAction() {
            assertThrows(NullPointerException.class, () -> store.forEach(null));
        }
    }

    /** {@link HouseholdStore#count}. */
    @Nested
    @DisplayName("count")
    public class Count {

        /** For JUnit. */
        public Count() {}

        /** Empty store. */
        @Test
        @DisplayName("a new store holds nothing")
        public void empty() {
            assertAll(() -> assertEquals(0, store.count()),
                    () -> assertEquals(List.of(), store.findInDivision(DivisionCode.LIAONING)),
                    () -> assertEquals(Map.of(), contents()));
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
        @DisplayName("writers saving overlapping batches and the same registers again lose nothing and insert each register exactly once")
        public void overlappingWriters() {
            List<HouseholdRegister> pool = registers(400, 50);
            AtomicInteger inserted = new AtomicInteger();
            AtomicInteger total = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int round = 0; round < 3; round++) {
                    for (int start = t * 25; start < pool.size(); start += 50) {
                        List<HouseholdRegister> batch = pool.subList(start, Math.min(pool.size(), start + 100));
                        BatchResult r = store.saveAll(batch);
                        assertEquals(0, r.replaced(), "writers write equal values, so nothing is replaced");
                        inserted.addAndGet(r.inserted());
                        total.addAndGet(r.total());
                    }
                    // Already stored by this thread's first batch, so counts stay with saveAll.
                    store.save(pool.get(t * 25 + round));
                }
            });
            assertEquals(400, inserted.get(), "each register inserted exactly once");
            assertEquals(400, store.count());
            assertEquals(byId(pool), contents());
            assertEquals(sortedById(pool), store.findInDivision(DivisionCode.LIAONING));
        }

        /** Racing replacements. */
        @Test
        @DisplayName("writers replacing the same registers leave, for each, one of the versions written")
        public void racingReplacements() {
            List<HouseholdRegister> base = registers(50, 51);
            List<HouseholdRegister> flipped = base.stream().map(HouseholdStoreContract::changed)
                    .collect(Collectors.toList());
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int round = 0; round < 20; round++) {
                    store.saveAll(t % 2 == 0 ? base : flipped);
                }
            });
            assertEquals(50, store.count());
            for (int i = 0; i < base.size(); i++) {
                HouseholdRegister stored = store.find(base.get(i).id()).orElseThrow();
                assertTrue(stored.equals(base.get(i)) || stored.equals(flipped.get(i)));
            }
        }

        /** Batches are visible whole. */
        @Test
        @DisplayName("readers during writes see every batch whole or not at all")
        public void wholeBatches() {
            int batchSize = 20;
            List<HouseholdRegister> pool = registers(batchSize * 30, 52);
            AtomicBoolean writing = new AtomicBoolean(true);
            Map<String, Long> partial = new ConcurrentHashMap<>();
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
                    long count = store.count();
                    long listed = store.findInDivision(DivisionCode.LIAONING).size();
                    for (long seen : new long[] {count, listed}) {
                        if (seen % batchSize != 0 && partial.size() < 5) {
                            partial.put("saw " + seen + " registers", seen);
                        }
                    }
                }
            });
            assertEquals(Map.of(), partial, "a reader saw part of a batch");
            assertEquals(pool.size(), store.count());
        }
    }
}
