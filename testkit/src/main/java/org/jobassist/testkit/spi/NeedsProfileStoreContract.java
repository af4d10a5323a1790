package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.service.NeedsProfiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link NeedsProfileStore}: dated histories keyed by person and day, the
 * profile in force on a day, queries by street and area, idempotent all-or-nothing batches, and
 * threads saving overlapping batches. Extend it, return a new, empty store from
 * {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class NeedsProfileStoreContract {

    /** Heping District, Shenyang. */
    protected static final DivisionCode HEPING = DivisionCode.of("210102");
    /** Shenyang. */
    protected static final DivisionCode SHENYANG = DivisionCode.of("210100");
    /** Zhongshan District, Dalian. */
    protected static final DivisionCode ZHONGSHAN = DivisionCode.of("210202");
    /** A street of Heping. */
    protected static final StreetCode HEPING_1 = StreetCode.of(HEPING, 1);
    /** Another street of Heping. */
    protected static final StreetCode HEPING_2 = StreetCode.of(HEPING, 2);
    /** A street of Zhongshan, Dalian. */
    protected static final StreetCode ZHONGSHAN_1 = StreetCode.of(ZHONGSHAN, 1);
    /** The first day of the fixtures. */
    protected static final LocalDate JAN_5 = LocalDate.of(2021, 1, 5);

    /** The store under test, new for every test. */
    protected NeedsProfileStore store;

    /** For subclasses. */
    protected NeedsProfileStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract NeedsProfileStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * A profile of person {@code id} recorded on {@code day}, living on {@code street},
     * unemployed and looking for a job.
     *
     * @param id the person id's text
     * @param day the day recorded
     * @param street the street
     * @return the profile
     */
    protected static NeedsProfile profile(String id, LocalDate day, StreetCode street) {
        return NeedsProfile.builder().person(PersonId.of(id)).recordedOn(day).street(street)
                .home(Location.ofMicroDegrees(41_800_000, 123_400_000)).status(EmploymentStatus.UNEMPLOYED)
                .willingness(Willingness.JOB).build();
    }

    private static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    /** {@link NeedsProfileStore#saveAll}. */
    @Nested
    @DisplayName("saveAll")
    public class SaveAll {

        /** For JUnit. */
        public SaveAll() {}

        /** Counts. */
        @Test
        @DisplayName("a batch counts inserted, replaced (same person and day, other facts) and unchanged")
        public void counts() {
            store.saveAll(List.of(profile("a", JAN_5, HEPING_1), profile("b", JAN_5, HEPING_1)));
            BatchResult r = store.saveAll(List.of(profile("a", JAN_5, HEPING_1), profile("b", JAN_5, HEPING_2),
                    profile("a", JAN_5.plusDays(30), HEPING_1)));
            assertAll(
                    () -> assertEquals(new BatchResult(1, 1, 1), r),
                    () -> assertEquals(3, store.count()),
                    () -> assertEquals(HEPING_2, store.inForce(PersonId.of("b"), JAN_5).orElseThrow().street()));
        }

        /** Re-run. */
        @Test
        @DisplayName("re-running a stored batch changes nothing and reports every item unchanged")
        public void rerun() {
            List<NeedsProfile> batch = NeedsProfiles.population(SHENYANG, 30, JAN_5, Properties.seed());
            assertEquals(new BatchResult(30, 0, 0), store.saveAll(batch));
            assertEquals(new BatchResult(0, 0, 30), store.saveAll(batch));
            assertEquals(30, store.count());
        }

        /** Null item. */
        @Test
        @DisplayName("a null item is store.null-item at profiles[i], and nothing is stored")
        public void nullItem() {
            List<NeedsProfile> batch = Arrays.asList(profile("a", JAN_5, HEPING_1), null);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertAll(
                    () -> assertEquals(List.of("store.null-item"), codes(e)),
                    () -> assertEquals(List.of("profiles[1]"), paths(e)),
                    () -> assertEquals(0, store.count()));
        }

        /** Duplicate key. */
        @Test
        @DisplayName("two profiles of one person and day in a batch are store.duplicate-key, and nothing is stored")
        public void duplicateKey() {
            List<NeedsProfile> batch = List.of(profile("a", JAN_5, HEPING_1), profile("b", JAN_5, HEPING_1),
                    profile("a", JAN_5, HEPING_2));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertAll(
                    () -> assertEquals(List.of("store.duplicate-key"), codes(e)),
                    () -> assertEquals(List.of("profiles[2]"), paths(e)),
                    () -> assertTrue(store.history(PersonId.of("b")).isEmpty()));
        }

        /** Messages. */
        @Test
        @DisplayName("violation messages do not contain the person id")
        public void noPersonInMessages() {
            List<NeedsProfile> batch = List.of(profile("secret-person", JAN_5, HEPING_1),
                    profile("secret-person", JAN_5, HEPING_2));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertFalse(e.getMessage().contains("secret-person"));
            e.violations().forEach(v -> assertFalse(v.message().contains("secret-person")));
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertAll(
                    () -> assertThrows(NullPointerException.class, () -> store.saveAll(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.save(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.inForce(null, JAN_5)),
                    () -> assertThrows(NullPointerException.class, () -> store.inForce(PersonId.of("a"), null)),
                    () -> assertThrows(NullPointerException.class, () -> store.history(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.inForceOnStreet(null, JAN_5)),
                    () -> assertThrows(NullPointerException.class, () -> store.inForceOnStreet(HEPING_1, null)),
                    () -> assertThrows(NullPointerException.class, () -> store.forEachInForce(null, JAN_5, p -> { })),
                    () -> assertThrows(NullPointerException.class, () -> store.forEachInForce(SHENYANG, JAN_5, null)));
        }
    }

    /** The reads. */
    @Nested
    @DisplayName("queries")
    public class Queries {

        /** For JUnit. */
        public Queries() {}

        /** In force. */
        @Test
        @DisplayName("the profile in force is the latest recorded on or before the day; none before the first")
        public void inForce() {
            store.saveAll(List.of(profile("a", JAN_5, HEPING_1), profile("a", JAN_5.plusMonths(2), HEPING_2)));
            PersonId a = PersonId.of("a");
            assertAll(
                    () -> assertTrue(store.inForce(a, JAN_5.minusDays(1)).isEmpty()),
                    () -> assertEquals(HEPING_1, store.inForce(a, JAN_5).orElseThrow().street()),
                    () -> assertEquals(HEPING_1, store.inForce(a, JAN_5.plusMonths(2).minusDays(1)).orElseThrow().street()),
                    () -> assertEquals(HEPING_2, store.inForce(a, JAN_5.plusMonths(2)).orElseThrow().street()),
                    () -> assertEquals(HEPING_2, store.inForce(a, LocalDate.of(2030, 1, 1)).orElseThrow().street()),
                    () -> assertTrue(store.inForce(PersonId.of("nobody"), JAN_5).isEmpty()));
        }

        /** History. */
        @Test
        @DisplayName("history lists a person's profiles oldest first, whatever the order saved")
        public void history() {
            store.save(profile("a", JAN_5.plusMonths(2), HEPING_2));
            store.save(profile("a", JAN_5, HEPING_1));
            assertEquals(List.of(JAN_5, JAN_5.plusMonths(2)),
                    store.history(PersonId.of("a")).stream().map(NeedsProfile::recordedOn).toList());
            assertEquals(List.of(), store.history(PersonId.of("b")));
        }

        /** By street. */
        @Test
        @DisplayName("inForceOnStreet gives the people whose profile in force names the street, by person")
        public void byStreet() {
            store.saveAll(List.of(profile("c", JAN_5, HEPING_1), profile("a", JAN_5, HEPING_1),
                    profile("b", JAN_5, HEPING_2), profile("a", JAN_5.plusMonths(1), HEPING_2)));
            assertAll(
                    () -> assertEquals(List.of("a", "c"), people(store.inForceOnStreet(HEPING_1, JAN_5))),
                    () -> assertEquals(List.of("c"), people(store.inForceOnStreet(HEPING_1, JAN_5.plusMonths(1)))),
                    () -> assertEquals(List.of("a", "b"), people(store.inForceOnStreet(HEPING_2, JAN_5.plusMonths(1)))),
                    () -> assertEquals(List.of(), people(store.inForceOnStreet(HEPING_1, JAN_5.minusDays(1)))));
        }

        /** By area. */
        @Test
        @DisplayName("forEachInForce hands out each person's profile in force within the area once")
        public void byArea() {
            store.saveAll(List.of(profile("a", JAN_5, HEPING_1), profile("b", JAN_5, ZHONGSHAN_1),
                    profile("a", JAN_5.plusMonths(1), ZHONGSHAN_1), profile("c", JAN_5.plusMonths(2), HEPING_2)));
            assertAll(
                    () -> assertEquals(Set.of("a"), inForce(SHENYANG, JAN_5)),
                    () -> assertEquals(Set.of("a"), inForce(HEPING, JAN_5)),
                    () -> assertEquals(Set.of("b"), inForce(DivisionCode.of("210200"), JAN_5)),
                    () -> assertEquals(Set.of("a", "b"), inForce(DivisionCode.of("210200"), JAN_5.plusMonths(1))),
                    () -> assertEquals(Set.of("a", "b", "c"), inForce(DivisionCode.LIAONING, JAN_5.plusMonths(2))),
                    () -> assertEquals(Set.of(), inForce(DivisionCode.of("210300"), JAN_5.plusMonths(2))));
        }

        /** Snapshots. */
        @Test
        @DisplayName("returned lists are immutable snapshots")
        public void snapshots() {
            store.save(profile("a", JAN_5, HEPING_1));
            List<NeedsProfile> before = store.history(PersonId.of("a"));
            store.save(profile("a", JAN_5.plusDays(1), HEPING_1));
            assertEquals(1, before.size());
            assertThrows(UnsupportedOperationException.class, () -> before.add(profile("x", JAN_5, HEPING_1)));
        }

        private Set<String> inForce(DivisionCode area, LocalDate day) {
            List<String> seen = new ArrayList<>();
            store.forEachInForce(area, day, p -> seen.add(p.person().value()));
            Set<String> set = new HashSet<>(seen);
            assertEquals(seen.size(), set.size(), "a person handed out twice");
            return set;
        }
    }

    private static List<String> people(List<NeedsProfile> profiles) {
        return profiles.stream().map(p -> p.person().value()).toList();
    }

    /** Writers and readers on several threads. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** Overlapping batches. */
        @Test
        @DisplayName("threads saving overlapping batches insert each profile exactly once")
        public void overlappingBatches() {
            List<NeedsProfile> all = NeedsProfiles.population(SHENYANG, 200, JAN_5, Properties.seed());
            List<List<NeedsProfile>> batches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                batches.add(all.subList(i * 20, i * 20 + 40));
            }
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int i = 0; i < batches.size(); i++) {
                    inserted.addAndGet(store.saveAll(batches.get((i + t * 3) % batches.size())).inserted());
                }
            });
            Map<String, NeedsProfile> seen = new HashMap<>();
            store.forEachInForce(SHENYANG, JAN_5, p -> seen.put(p.person().value(), p));
            assertEquals(180, inserted.get());
            assertEquals(180, store.count());
            assertEquals(new HashSet<>(all.subList(0, 180)), new HashSet<>(seen.values()));
        }

        /** Whole batches. */
        @Test
        @DisplayName("readers see every batch whole or not at all")
        public void wholeBatches() {
            int batchSize = 5;
            AtomicBoolean done = new AtomicBoolean();
            Set<Integer> torn = ConcurrentHashMap.newKeySet();
            Concurrently.run(Concurrently.THREADS, t -> {
                if (t == 0) {
                    for (int b = 0; b < 40; b++) {
                        List<NeedsProfile> batch = new ArrayList<>();
                        for (int i = 0; i < batchSize; i++) {
                            batch.add(profile("p" + b + "-" + i, JAN_5, HEPING_1));
                        }
                        store.saveAll(batch);
                    }
                    done.set(true);
                } else {
                    while (!done.get()) {
                        int n = store.inForceOnStreet(HEPING_1, JAN_5).size();
                        if (n % batchSize != 0) {
                            torn.add(n);
                        }
                    }
                }
            });
            assertEquals(Set.of(), torn);
            assertEquals(40L * batchSize, store.count());
        }
    }
}
