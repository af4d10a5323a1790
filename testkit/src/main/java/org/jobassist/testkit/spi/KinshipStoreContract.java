package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Residence;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.KinshipBatch;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.family.Families;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link KinshipStore}. Extend it, return a new, empty store from
 * {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class KinshipStoreContract {

    /** The store under test, new for every test. */
    protected KinshipStore store;

    /** For subclasses. */
    protected KinshipStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract KinshipStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /**
     * {@code count} families from {@link Families#graphs()}, drawn deterministically; each has
     * person ids {@code P1}, {@code P2}, … so use {@link #relabel} to store several.
     *
     * @param count how many
     * @param salt varies the draw
     * @return the graphs
     */
    protected static List<KinshipGraph> families(int count, long salt) {
        return Samples.draw(Families.graphs(), count, Properties.seed() + salt);
    }

    /**
     * {@code graph} with every person id and household name prefixed by {@code prefix}, so
     * that families drawn apart do not share people.
     *
     * @param graph the graph
     * @param prefix the prefix
     * @return the relabelled graph, valid as the original
     */
    protected static KinshipGraph relabel(KinshipGraph graph, String prefix) {
        KinshipGraph.Builder b = KinshipGraph.builder();
        for (KinPerson p : graph.people()) {
            b.person(new KinPerson(id(prefix, p.id()), p.gender(), p.birthDate(), p.deathDate()));
        }
        for (Marriage m : graph.marriages()) {
            b.marriage(new Marriage(id(prefix, m.a()), id(prefix, m.b()), m.start(), m.end(), m.endReason()));
        }
        for (Parentage p : graph.parentages()) {
            b.parentage(new Parentage(id(prefix, p.parent()), id(prefix, p.child()), p.kind(), p.from(), p.end()));
        }
        for (LivingTogether t : graph.livingTogether()) {
            b.livingTogether(new LivingTogether(id(prefix, t.a()), id(prefix, t.b()), t.period()));
        }
        for (Residence r : graph.residences()) {
            b.residence(new Residence(id(prefix, r.person()), prefix + r.household(), r.period()));
        }
        return b.build();
    }

    private static PersonId id(String prefix, PersonId id) {
        return PersonId.of(prefix + id.value());
    }

    private static FactSet facts(KinshipGraph g) {
        return new FactSet(g);
    }

    /** Every fact of a graph as one set, to compare stores regardless of order. */
    private static final class FactSet {
        final HashSet<Object> all = new HashSet<>();

        FactSet(KinshipGraph g) {
            all.addAll(g.people());
            all.addAll(g.marriages());
            all.addAll(g.parentages());
            all.addAll(g.livingTogether());
            all.addAll(g.residences());
        }
    }

    private static final LocalDate BORN_1950 = LocalDate.of(1950, 3, 1);
    private static final LocalDate BORN_1975 = LocalDate.of(1975, 6, 1);

    private static KinshipBatch parentAndChild() {
        PersonId parent = PersonId.of("A");
        PersonId child = PersonId.of("B");
        return KinshipBatch.builder().person(KinPerson.of(parent, Gender.FEMALE, BORN_1950))
                .person(KinPerson.of(child, Gender.MALE, BORN_1975)).parentage(Parentage.birth(parent, child)).build();
    }

    /** {@link KinshipStore#apply}. */
    @Nested
    @DisplayName("apply")
    public class Apply {

        /** For JUnit. */
        public Apply() {}

        /** Whole graph. */
        @Test
        @DisplayName("a family applied whole becomes the snapshot, every fact counted as inserted")
        public void whole() {
            KinshipGraph family = families(1, 1).get(0);
            KinshipBatch batch = KinshipBatch.of(family);
            assertEquals(new BatchResult(batch.size(), 0, 0), store.apply(batch));
            assertEquals(family, store.snapshot());
        }

        /** Pieces. */
        @Test
        @DisplayName("a family applied in pieces, relations naming people stored earlier, gives the combined graph")
        public void pieces() {
            for (KinshipGraph family : families(5, 2)) {
                KinshipStore fresh = createStore();
                int half = family.people().size() / 2;
                fresh.apply(new KinshipBatch(family.people().subList(0, half), List.of(), List.of(), List.of(),
                        List.of()));
                fresh.apply(new KinshipBatch(family.people().subList(half, family.people().size()),
                        family.marriages(), family.parentages(), List.of(), List.of()));
                fresh.apply(new KinshipBatch(List.of(), List.of(), List.of(), family.livingTogether(),
                        family.residences()));
                assertEquals(family, fresh.snapshot());
            }
        }

        /** Idempotency. */
        @Test
        @DisplayName("applying a batch again changes nothing and reports every fact unchanged")
        public void idempotent() {
            KinshipBatch batch = KinshipBatch.of(families(1, 3).get(0));
            store.apply(batch);
            KinshipGraph before = store.snapshot();
            assertEquals(new BatchResult(0, 0, batch.size()), store.apply(batch));
            assertEquals(before, store.snapshot());
        }

        /** Partly known batch. */
        @Test
        @DisplayName("facts equal to stored ones count as unchanged, the others as inserted")
        public void partlyKnown() {
            KinshipGraph family = families(1, 4).get(0);
            store.apply(new KinshipBatch(family.people(), List.of(), List.of(), List.of(), List.of()));
            KinshipBatch all = KinshipBatch.of(family);
            int people = family.people().size();
            assertEquals(new BatchResult(all.size() - people, 0, people), store.apply(all));
            assertEquals(family, store.snapshot());
        }

        /** Cycle. */
        @Test
        @DisplayName("a batch closing a cycle of descent is rejected with kinship.cycle and the store is unchanged")
        public void cycle() {
            store.apply(parentAndChild());
            KinshipGraph before = store.snapshot();
            KinshipBatch closing = KinshipBatch.builder()
                    .parentage(Parentage.adoption(PersonId.of("B"), PersonId.of("A"), LocalDate.of(2000, 1, 1)))
                    .build();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.apply(closing));
            assertTrue(e.violations().stream().anyMatch(v -> v.code().equals("kinship.cycle")), e.getMessage());
            assertTrue(e.violations().stream().allMatch(v -> v.path().startsWith("parentages[0]")
                    || v.path().startsWith("stored.parentages[0]")), e.getMessage());
            assertEquals(before, store.snapshot());
            assertEquals(2, store.personCount());
        }

        /** A generated family plus a cycle. */
        @Test
        @DisplayName("a generated family with a reversed parent-child relation added is rejected whole")
        public void generatedCycle() {
            KinshipGraph family = families(10, 5).stream().filter(g -> !g.parentages().isEmpty()).findFirst()
                    .orElseThrow();
            Parentage p = family.parentages().get(0);
            KinshipBatch batch = KinshipBatch.builder().parentage(Parentage.stepWithSupport(p.child(), p.parent(),
                    LocalDate.of(2040, 1, 1))).build();
            KinshipBatch both = new KinshipBatch(family.people(), family.marriages(),
                    concat(family.parentages(), batch.parentages()), family.livingTogether(), family.residences());
            assertThrows(InvalidInputException.class, () -> store.apply(both));
            assertEquals(0, store.personCount());
            assertEquals(KinshipGraph.builder().build(), store.snapshot());
        }

        /** Conflicting person. */
        @Test
        @DisplayName("a stored person sent again with other facts is kinship.duplicate-person at the batch's path")
        public void conflictingPerson() {
            store.apply(parentAndChild());
            KinshipBatch other = KinshipBatch.builder()
                    .person(KinPerson.of(PersonId.of("Z"), Gender.MALE, BORN_1975))
                    .person(KinPerson.of(PersonId.of("B"), Gender.MALE, BORN_1975.plusDays(1))).build();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.apply(other));
            assertEquals(List.of("people[1].id"), paths(e));
            assertEquals("kinship.duplicate-person", e.code());
            assertEquals(Optional.empty(), store.person(PersonId.of("Z")));
        }

        /** Unknown person. */
        @Test
        @DisplayName("a relation naming a person neither stored nor in the batch is kinship.unknown-person")
        public void unknownPerson() {
            store.apply(parentAndChild());
            KinshipBatch batch = KinshipBatch.builder()
                    .marriage(Marriage.of(PersonId.of("B"), PersonId.of("nobody"), LocalDate.of(2000, 1, 1))).build();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.apply(batch));
            assertEquals("kinship.unknown-person", e.code());
            assertTrue(e.violations().get(0).path().startsWith("marriages[0]"), e.getMessage());
            assertFalse(e.getMessage().contains("nobody"), "no personal data in the message");
            assertEquals(1, store.snapshot().parentages().size() + store.snapshot().marriages().size());
        }

        /** Fact twice. */
        @Test
        @DisplayName("a fact twice in one batch is store.duplicate-key at the later one and nothing is stored")
        public void factTwice() {
            KinPerson a = KinPerson.of(PersonId.of("A"), Gender.FEMALE, BORN_1950);
            KinshipBatch batch = KinshipBatch.builder().person(a).person(KinPerson.of(PersonId.of("C"), Gender.MALE,
                    BORN_1950)).person(a).build();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.apply(batch));
            assertEquals(List.of(new Violation("people[2]", "store.duplicate-key", e.violations().get(0).message())),
                    e.violations());
            assertEquals(0, store.personCount());
        }

        /** Empty. */
        @Test
        @DisplayName("an empty batch changes nothing and counts nothing")
        public void empty() {
            assertEquals(BatchResult.EMPTY, store.apply(KinshipBatch.EMPTY));
            assertEquals(0, store.personCount());
        }

        /** Null policy. */
        @Test
        @DisplayName("a null batch throws NullPointerException")
        public void nullBatch() {
            assertThrows(NullPointerException.class, () -> store.apply(null));
        }
    }

    /** {@link KinshipStore#snapshot}. */
    @Nested
    @DisplayName("snapshot")
    public class Snapshot {

        /** For JUnit. */
        public Snapshot() {}

        /** Empty. */
        @Test
        @DisplayName("a new store gives an empty graph")
        public void empty() {
            assertEquals(KinshipGraph.builder().build(), store.snapshot());
        }

        /** Immutable. */
        @Test
        @DisplayName("a snapshot is not changed by later batches")
        public void immutable() {
            List<KinshipGraph> two = families(2, 10);
            KinshipGraph first = relabel(two.get(0), "a");
            store.apply(KinshipBatch.of(first));
            KinshipGraph taken = store.snapshot();
            store.apply(KinshipBatch.of(relabel(two.get(1), "b")));
            assertEquals(first, taken);
        }
    }

    /** {@link KinshipStore#person}. */
    @Nested
    @DisplayName("person")
    public class Person {

        /** For JUnit. */
        public Person() {}

        /** Lookup. */
        @Test
        @DisplayName("every stored person is found by id; an unknown id gives empty")
        public void lookup() {
            KinshipGraph family = families(1, 20).get(0);
            store.apply(KinshipBatch.of(family));
            for (KinPerson p : family.people()) {
                assertEquals(Optional.of(p), store.person(p.id()));
            }
            assertEquals(Optional.empty(), store.person(PersonId.of("no-such-person")));
        }

        /** Null policy. */
        @Test
        @DisplayName("a null id throws NullPointerException")
        public void nullId() {
            assertThrows(NullPointerException.class, () -> store.person(null));
        }
    }

    /** {@link KinshipStore#personCount}. */
    @Nested
    @DisplayName("personCount")
    public class PersonCount {

        /** For JUnit. */
        public PersonCount() {}

        /** Count. */
        @Test
        @DisplayName("counts each stored person once, however often sent")
        public void counts() {
            List<KinshipGraph> families = families(3, 30);
            int expected = 0;
            for (int i = 0; i < families.size(); i++) {
                KinshipGraph g = relabel(families.get(i), "f" + i + "-");
                store.apply(KinshipBatch.of(g));
                store.apply(KinshipBatch.of(g));
                expected += g.people().size();
            }
            assertEquals(expected, store.personCount());
        }
    }

    /** Concurrent writers and readers. */
    @Nested
    @DisplayName("concurrency")
    public class Concurrency {

        /** For JUnit. */
        public Concurrency() {}

        /** Disjoint families. */
        @Test
        @DisplayName("concurrent batches of disjoint families, each sent twice, are all stored and each fact inserted once")
        public void disjointFamilies() {
            List<KinshipGraph> drawn = families(24, 40);
            List<KinshipGraph> families = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                families.add(relabel(drawn.get(i), "f" + i + "-"));
            }
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int round = 0; round < 2; round++) {
                    for (int i = t; i < families.size(); i += Concurrently.THREADS) {
                        inserted.addAndGet(store.apply(KinshipBatch.of(families.get(i))).inserted());
                    }
                }
            });
            int facts = families.stream().mapToInt(g -> KinshipBatch.of(g).size()).sum();
            assertEquals(facts, inserted.get());
            HashSet<Object> expected = new HashSet<>();
            families.forEach(g -> expected.addAll(facts(g).all));
            assertEquals(expected, facts(store.snapshot()).all);
            assertEquals(families.stream().mapToLong(g -> g.people().size()).sum(), store.personCount());
        }

        /** Contradicting batches. */
        @Test
        @DisplayName("of two concurrent batches that contradict each other, exactly one is stored")
        public void contradicting() {
            int people = 200;
            AtomicInteger[] wins = new AtomicInteger[people];
            for (int i = 0; i < people; i++) {
                wins[i] = new AtomicInteger();
            }
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int i = 0; i < people; i++) {
                    KinPerson p = KinPerson.of(PersonId.of("p" + i), Gender.FEMALE, BORN_1950.plusDays(t));
                    try {
                        store.apply(KinshipBatch.builder().person(p).build());
                        wins[i].incrementAndGet();
                    } catch (InvalidInputException e) {
                        assertEquals("kinship.duplicate-person", e.code());
                    }
                }
            });
            for (int i = 0; i < people; i++) {
                assertEquals(1, wins[i].get(), "exactly one writer stores person " + i);
            }
            assertEquals(people, store.personCount());
        }

        /** Batches are visible whole. */
        @Test
        @DisplayName("readers during writes see every family batch whole or not at all")
        public void wholeBatches() {
            List<KinshipGraph> drawn = families(40, 50);
            Map<String, Integer> sizes = new HashMap<>();
            List<KinshipGraph> families = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                families.add(relabel(drawn.get(i), "f" + i + "-"));
                sizes.put("f" + i + "-", drawn.get(i).people().size());
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            Map<String, String> partial = new ConcurrentHashMap<>();
            Concurrently.run(Concurrently.THREADS, t -> {
                if (t == 0) {
                    try {
                        families.forEach(g -> store.apply(KinshipBatch.of(g)));
                    } finally {
                        writing.set(false);
                    }
                    return;
                }
                while (writing.get()) {
                    Map<String, Long> seen = store.snapshot().people().stream().collect(Collectors.groupingBy(
                            p -> p.id().value().substring(0, p.id().value().indexOf('-') + 1), Collectors.counting()));
                    seen.forEach((family, n) -> {
                        if (n.intValue() != sizes.get(family) && partial.size() < 5) {
                            partial.put(family, n + " of " + sizes.get(family));
                        }
                    });
                }
            });
            assertEquals(Map.of(), partial, "a reader saw part of a family");
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).collect(Collectors.toList());
    }
}
