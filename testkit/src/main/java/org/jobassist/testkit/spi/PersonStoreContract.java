package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PersonStore}. Extend it, return a new, empty store from
 * {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class PersonStoreContract {

    /** The day the generated people registered as unemployed. */
    protected static final LocalDate REGISTERED = LocalDate.of(2021, 3, 1);

    /** The store under test, new for every test. */
    protected PersonStore store;

    /** For subclasses. */
    protected PersonStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract PersonStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * {@code count} people with distinct ids {@code <prefix>-0…}, drawn deterministically:
     * valid ID numbers of people born 1965–2000, registered unemployed from
     * {@link #REGISTERED}, living in Shenyang's Heping district.
     *
     * @param count how many
     * @param prefix the ids' prefix, such as {@code p}
     * @return the people, in id order of drawing
     */
    protected static List<PersonRecord> people(int count, String prefix) {
        List<ResidentIdNumber> numbers = Samples.draw(Identities.residentIdNumbers()
                .bornBetween(LocalDate.of(1965, 1, 1), LocalDate.of(2000, 12, 31)), count,
                Properties.seed() + prefix.hashCode());
        List<PersonRecord> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ResidentIdNumber n = numbers.get(i);
            list.add(PersonRecord.builder(PersonId.of(prefix + "-" + i))
                    .idNumber(n)
                    .retirementClass(n.gender() == Gender.MALE ? RetirementClass.MALE_60 : RetirementClass.FEMALE_CADRE_55)
                    .residence(DivisionCode.of("210102"))
                    .unemploymentRegistration(DateRange.startingOn(REGISTERED))
                    .build());
        }
        return List.copyOf(list);
    }

    /**
     * The person with one more accepted referral: same id, different value.
     *
     * @param p the person
     * @return the changed person
     */
    protected static PersonRecord changed(PersonRecord p) {
        return p.toBuilder().acceptedReferral(REGISTERED.plusDays(10 + p.acceptedReferrals().size())).build();
    }

    /**
     * Every stored person by id, read through {@link PersonStore#forEach}.
     *
     * @return the contents
     */
    protected Map<PersonId, PersonRecord> contents() {
        Map<PersonId, PersonRecord> all = new HashMap<>();
        store.forEach(p -> assertTrue(all.put(p.id(), p) == null, "forEach visits a person once"));
        return all;
    }

    /** {@link PersonStore#save}. */
    @Nested
    @DisplayName("save")
    public class Save {

        /** For JUnit. */
        public Save() {}

        /** Round trip. */
        @Test
        @DisplayName("a saved person is found by id, equal to what was saved")
        public void roundTrip() {
            PersonRecord p = people(1, "save").get(0);
            store.save(p);
            assertEquals(p, store.find(p.id()).orElseThrow());
            assertEquals(1, store.count());
        }

        /** Replacement. */
        @Test
        @DisplayName("saving another record with a stored id replaces it and keeps the count")
        public void replaces() {
            PersonRecord p = people(1, "save").get(0);
            store.save(p);
            store.save(changed(p));
            assertEquals(changed(p), store.find(p.id()).orElseThrow());
            assertEquals(1, store.count());
        }

        /** Idempotency. */
        @Test
        @DisplayName("saving an equal record again changes nothing")
        public void idempotent() {
            PersonRecord p = people(1, "save").get(0);
            store.save(p);
            store.save(p);
            assertEquals(Map.of(p.id(), p), contents());
        }

        /** Nulls. */
        @Test
        @DisplayName("a null person throws NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> store.save(null));
            assertEquals(0, store.count());
        }
    }

    /** {@link PersonStore#saveAll}. */
    @Nested
    @DisplayName("saveAll")
    public class SaveAll {

        /** For JUnit. */
        public SaveAll() {}

        /** Counts. */
        @Test
        @DisplayName("a batch counts inserted, replaced and unchanged people, adding up to its size")
        public void counts() {
            List<PersonRecord> ps = people(30, "batch");
            assertEquals(new BatchResult(20, 0, 0), store.saveAll(ps.subList(0, 20)));
            List<PersonRecord> second = new ArrayList<>(ps.subList(10, 30));
            for (int i = 0; i < 5; i++) {
                second.set(i, changed(second.get(i)));
            }
            assertEquals(new BatchResult(10, 5, 5), store.saveAll(second));
            assertEquals(30, store.count());
            assertEquals(changed(ps.get(10)), store.find(ps.get(10).id()).orElseThrow());
        }

        /** Idempotency. */
        @Test
        @DisplayName("saving the same batch again reports every item unchanged")
        public void idempotent() {
            List<PersonRecord> ps = people(25, "batch");
            store.saveAll(ps);
            assertEquals(new BatchResult(0, 0, 25), store.saveAll(ps));
            assertEquals(25, store.count());
        }

        /** Null items. */
        @Test
        @DisplayName("a batch with a null item stores nothing and names people[i] with store.null-item")
        public void nullItem() {
            List<PersonRecord> batch = new ArrayList<>(people(5, "batch"));
            batch.add(2, null);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertEquals(List.of(new Violation("people[2]", "store.null-item", e.violations().get(0).message())),
                    e.violations());
            assertEquals(0, store.count());
        }

        /** Duplicate keys. */
        @Test
        @DisplayName("a batch naming one id twice stores nothing and names the later people[i].id with store.duplicate-key")
        public void duplicateKey() {
            List<PersonRecord> ps = people(4, "batch");
            store.save(ps.get(3));
            List<PersonRecord> batch = List.of(ps.get(0), ps.get(1), changed(ps.get(0)));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.saveAll(batch));
            assertAll(
                    () -> assertEquals("people[2].id", e.violations().get(0).path()),
                    () -> assertEquals("store.duplicate-key", e.violations().get(0).code()),
                    () -> assertFalse(e.getMessage().contains(ps.get(0).idNumber().toString()),
                            "the message holds no ID number"));
            assertEquals(Map.of(ps.get(3).id(), ps.get(3)), contents());
        }

        /** Nulls. */
        @Test
        @DisplayName("a null batch throws NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> store.saveAll(null));
        }
    }

    /** {@link PersonStore#find}, {@link PersonStore#forEach}, {@link PersonStore#count}. */
    @Nested
    @DisplayName("find, forEach, count")
    public class Reads {

        /** For JUnit. */
        public Reads() {}

        /** Absent. */
        @Test
        @DisplayName("find of an id never stored is empty")
        public void absent() {
            store.saveAll(people(3, "read"));
            assertTrue(store.find(PersonId.of("nobody")).isEmpty());
        }

        /** Contents. */
        @Test
        @DisplayName("forEach visits every stored person once and count agrees")
        public void forEachAndCount() {
            List<PersonRecord> ps = people(40, "read");
            store.saveAll(ps);
            Map<PersonId, PersonRecord> expected = new HashMap<>();
            ps.forEach(p -> expected.put(p.id(), p));
            assertEquals(expected, contents());
            assertEquals(40, store.count());
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> store.find(null));
            assertThrows(NullPointerException.class, () -> store.forEach(null));
        }
    }

    /** {@link PersonStore#findByIdNumber}. */
    @Nested
    @DisplayName("findByIdNumber")
    public class FindByIdNumber {

        /** For JUnit. */
        public FindByIdNumber() {}

        /** Found. */
        @Test
        @DisplayName("finds the stored person holding the number, as stored now")
        public void found() {
            List<PersonRecord> ps = people(20, "num");
            store.saveAll(ps);
            for (PersonRecord p : ps) {
                assertEquals(Optional.of(p), store.findByIdNumber(p.idNumber()));
            }
            PersonRecord later = changed(ps.get(3));
            store.save(later);
            assertEquals(Optional.of(later), store.findByIdNumber(later.idNumber()));
        }

        /** Absent. */
        @Test
        @DisplayName("a number no stored person holds gives empty")
        public void absent() {
            List<PersonRecord> ps = people(5, "num");
            store.saveAll(ps.subList(0, 4));
            assertTrue(store.findByIdNumber(ps.get(4).idNumber()).isEmpty());
        }

        /** Shared numbers. */
        @Test
        @DisplayName("of several people sharing a number, the least id is found")
        public void leastId() {
            PersonRecord p = people(1, "num").get(0);
            PersonRecord twin = PersonRecord.builder(PersonId.of("a-twin")).idNumber(p.idNumber())
                    .retirementClass(p.retirementClass()).residence(p.residence()).build();
            store.save(p);
            store.save(twin);
            assertEquals(Optional.of(twin), store.findByIdNumber(p.idNumber()));
        }

        /** Nulls. */
        @Test
        @DisplayName("a null number throws NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> store.findByIdNumber(null));
        }
    }

    /** Concurrent writers and readers. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** No lost writes. */
        @Test
        @DisplayName("threads saving overlapping batches lose nothing and insert each person exactly once")
        public void overlappingBatches() {
            List<PersonRecord> ps = people(200, "conc");
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int round = 0; round < 5; round++) {
                    int from = (t * 37 + round * 23) % 100;
                    inserted.addAndGet(store.saveAll(ps.subList(from, from + 100)).inserted());
                }
                inserted.addAndGet(store.saveAll(ps).inserted());
            });
            assertEquals(200, inserted.get());
            assertEquals(200, store.count());
            assertEquals(200, contents().size());
        }

        /** Whole batches. */
        @Test
        @DisplayName("readers during writes see each batch whole or not at all")
        public void wholeBatches() {
            List<PersonRecord> ps = people(100, "whole");
            AtomicBoolean torn = new AtomicBoolean();
            Concurrently.run(2, t -> {
                if (t == 0) {
                    for (int i = 0; i < 100; i += 10) {
                        store.saveAll(ps.subList(i, i + 10));
                    }
                } else {
                    for (int read = 0; read < 200; read++) {
                        if (store.count() % 10 != 0) {
                            torn.set(true);
                        }
                        int[] seen = new int[1];
                        store.forEach(p -> seen[0]++);
                        if (seen[0] % 10 != 0) {
                            torn.set(true);
                        }
                    }
                }
            });
            assertFalse(torn.get(), "a reader saw part of a batch");
            assertEquals(100, store.count());
        }
    }
}
