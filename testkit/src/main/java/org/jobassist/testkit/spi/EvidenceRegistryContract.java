package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.person.Evidences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link EvidenceRegistry} and its named registries. Extend it once per
 * registry, return a new, empty registry from {@link #createRegistry()}, and JUnit runs every
 * rule against it; the kit draws flags of the registry's own {@link EvidenceRegistry#source()}.
 */
public abstract class EvidenceRegistryContract {

    /** The day the generated evidence is placed around. */
    protected static final LocalDate AS_OF = LocalDate.of(2021, 11, 9);

    private static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::flag)
            .thenComparing(e -> e.valid().start()).thenComparing(Evidence::reference);

    /** The registry under test, new for every test. */
    protected EvidenceRegistry registry;

    /** For subclasses. */
    protected EvidenceRegistryContract() {}

    /**
     * The factory hook: a new, empty registry, not shared with any other test.
     *
     * @return the registry
     */
    protected abstract EvidenceRegistry createRegistry();

    /** Creates the registry for one test. */
    @BeforeEach
    public void createRegistryForTest() {
        registry = createRegistry();
    }

    /**
     * The flags the registry answers for.
     *
     * @return the flags of its source, at least one
     */
    protected List<RegistryFlag> ownFlags() {
        return Evidences.flagsOf(registry.source());
    }

    /**
     * A flag of another source.
     *
     * @return the flag
     */
    protected RegistryFlag foreignFlag() {
        return Arrays.stream(RegistryFlag.values()).filter(f -> f.source() != registry.source()).findFirst()
                .orElseThrow();
    }

    /**
     * {@code count} pieces of evidence with distinct keys about up to {@code people} people,
     * placed around {@link #AS_OF}, drawn deterministically.
     *
     * @param count how many
     * @param people how many different people
     * @param salt varies the draw
     * @return the evidence, in drawing order
     */
    protected List<Evidence> drawn(int count, int people, long salt) {
        Map<List<Object>, Evidence> byKey = new LinkedHashMap<>();
        long seed = Properties.seed() + salt;
        while (byKey.size() < count) {
            for (Evidence e : Samples.draw(Evidences.anyOf(registry.source(), people, AS_OF), count, seed++)) {
                if (byKey.size() < count) {
                    byKey.putIfAbsent(List.of(e.person(), e.flag(), e.reference()), e);
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * Evidence about {@code person} for the registry's first flag, valid through 2021.
     *
     * @param person the person's id
     * @param reference the record number
     * @return the evidence
     */
    protected Evidence in2021(String person, String reference) {
        return Evidence.of(PersonId.of(person), ownFlags().get(0), reference, LocalDate.of(2020, 12, 20),
                DateRange.ofYear(2021));
    }

    /** Everything stored, person by person, read through {@link EvidenceRegistry#history}. */
    private Set<Evidence> contents(List<Evidence> of) {
        Set<Evidence> all = new HashSet<>();
        for (PersonId p : of.stream().map(Evidence::person).collect(Collectors.toSet())) {
            all.addAll(registry.history(p));
        }
        return all;
    }

    private static List<Evidence> sorted(List<Evidence> list) {
        List<Evidence> copy = new ArrayList<>(list);
        copy.sort(ORDER);
        return copy;
    }

    /** {@link EvidenceRegistry#source}. */
    @Nested
    @DisplayName("source")
    public class Source {

        /** For JUnit. */
        public Source() {}

        /** A registry of evidence. */
        @Test
        @DisplayName("the source is the same on every call, is not SOCIAL_INSURANCE, and has at least one flag")
        public void stable() {
            RegistrySource s = registry.source();
            assertEquals(s, registry.source());
            assertNotEquals(RegistrySource.SOCIAL_INSURANCE, s);
            assertFalse(ownFlags().isEmpty());
        }
    }

    /** {@link EvidenceRegistry#holds}. */
    @Nested
    @DisplayName("holds")
    public class Holds {

        /** For JUnit. */
        public Holds() {}

        /** Inclusive ends. */
        @Test
        @DisplayName("evidence holds on its first and its last valid day, both included, and not on the day before or after")
        public void inclusiveEnds() {
            Evidence e = in2021("person-a", "R-1");
            registry.record(e);
            PersonId p = e.person();
            RegistryFlag f = e.flag();
            assertFalse(registry.holds(p, f, LocalDate.of(2020, 12, 31)));
            assertTrue(registry.holds(p, f, LocalDate.of(2021, 1, 1)));
            assertTrue(registry.holds(p, f, LocalDate.of(2021, 6, 30)));
            assertTrue(registry.holds(p, f, LocalDate.of(2021, 12, 31)));
            assertFalse(registry.holds(p, f, LocalDate.of(2022, 1, 1)));
        }

        /** Open end. */
        @Test
        @DisplayName("open-ended evidence holds on every day from its start on")
        public void openEnded() {
            Evidence e = Evidence.of(PersonId.of("person-b"), ownFlags().get(0), "R-2", AS_OF,
                    DateRange.startingOn(AS_OF));
            registry.record(e);
            assertFalse(registry.holds(e.person(), e.flag(), AS_OF.minusDays(1)));
            assertTrue(registry.holds(e.person(), e.flag(), AS_OF));
            assertTrue(registry.holds(e.person(), e.flag(), LocalDate.of(2999, 12, 31)));
        }

        /** Withdrawal. */
        @Test
        @DisplayName("withdrawn evidence holds on the day before its withdrawal and not from the withdrawal day on")
        public void withdrawn() {
            Evidence e = in2021("person-c", "R-3").withdrawnOn(LocalDate.of(2021, 7, 1));
            registry.record(e);
            assertTrue(registry.holds(e.person(), e.flag(), LocalDate.of(2021, 6, 30)));
            assertFalse(registry.holds(e.person(), e.flag(), LocalDate.of(2021, 7, 1)));
            assertFalse(registry.holds(e.person(), e.flag(), LocalDate.of(2021, 12, 31)));
        }

        /** Scope. */
        @Test
        @DisplayName("evidence holds only for its own person and flag")
        public void scope() {
            Evidence e = in2021("person-d", "R-4");
            registry.record(e);
            LocalDate day = LocalDate.of(2021, 5, 5);
            assertFalse(registry.holds(PersonId.of("person-e"), e.flag(), day));
            for (RegistryFlag other : ownFlags()) {
                assertEquals(other == e.flag(), registry.holds(e.person(), other, day), other.name());
            }
        }

        /** Agreement with the value type. */
        @Test
        @DisplayName("a person holds a flag on a day exactly when some stored evidence for them and the flag is valid on it")
        public void agreesWithEvidence() {
            List<Evidence> all = drawn(300, 40, 1);
            registry.recordAll(all);
            for (int p = 0; p < 40; p++) {
                PersonId person = PersonId.of("p" + p);
                for (RegistryFlag f : ownFlags()) {
                    for (LocalDate day : List.of(AS_OF.minusDays(1), AS_OF, AS_OF.plusDays(1))) {
                        boolean expected = all.stream().anyMatch(e -> e.person().equals(person) && e.flag() == f
                                && e.isValidOn(day));
                        assertEquals(expected, registry.holds(person, f, day), person + " " + f + " " + day);
                    }
                }
            }
        }

        /** Wrong source. */
        @Test
        @DisplayName("a flag of another source throws InvalidInputException registry.wrong-source at flag")
        public void wrongSource() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> registry.holds(PersonId.of("p1"), foreignFlag(), AS_OF));
            assertEquals(List.of("flag"), e.violations().stream().map(Violation::path).collect(Collectors.toList()));
            assertEquals("registry.wrong-source", e.code());
        }

        /** Null policy. */
        @Test
        @DisplayName("a null argument throws NullPointerException")
        public void nulls() {
            PersonId p = PersonId.of("p1");
            RegistryFlag f = ownFlags().get(0);
            assertThrows(NullPointerException.class, () -> registry.holds(null, f, AS_OF));
            assertThrows(NullPointerException.class, () -> registry.holds(p, null, AS_OF));
            assertThrows(NullPointerException.class, () -> registry.holds(p, f, null));
        }
    }

    /** {@link EvidenceRegistry#find}. */
    @Nested
    @DisplayName("find")
    public class Find {

        /** For JUnit. */
        public Find() {}

        /** Agreement with holds. */
        @Test
        @DisplayName("find is present exactly when holds is true, with evidence of that person and flag valid on the day")
        public void agreesWithHolds() {
            List<Evidence> all = drawn(200, 30, 2);
            registry.recordAll(all);
            for (int p = 0; p < 30; p++) {
                PersonId person = PersonId.of("p" + p);
                for (RegistryFlag f : ownFlags()) {
                    Optional<Evidence> found = registry.find(person, f, AS_OF);
                    assertEquals(registry.holds(person, f, AS_OF), found.isPresent());
                    found.ifPresent(e -> {
                        assertEquals(person, e.person());
                        assertEquals(f, e.flag());
                        assertTrue(e.isValidOn(AS_OF));
                        assertTrue(all.contains(e));
                    });
                }
            }
        }

        /** Order. */
        @Test
        @DisplayName("of two valid pieces of evidence, find gives the one with the earlier first valid day")
        public void firstInOrder() {
            Evidence later = Evidence.of(PersonId.of("person-f"), ownFlags().get(0), "R-A", AS_OF,
                    DateRange.startingOn(AS_OF.minusDays(1)));
            Evidence earlier = Evidence.of(later.person(), later.flag(), "R-B", AS_OF,
                    DateRange.startingOn(AS_OF.minusDays(10)));
            registry.recordAll(List.of(later, earlier));
            assertEquals(Optional.of(earlier), registry.find(later.person(), later.flag(), AS_OF));
        }

        /** Wrong source and nulls. */
        @Test
        @DisplayName("a flag of another source throws registry.wrong-source; a null argument throws NullPointerException")
        public void badArguments() {
            PersonId p = PersonId.of("p1");
            assertEquals("registry.wrong-source", assertThrows(InvalidInputException.class,
                    () -> registry.find(p, foreignFlag(), AS_OF)).code());
            assertThrows(NullPointerException.class, () -> registry.find(null, ownFlags().get(0), AS_OF));
            assertThrows(NullPointerException.class, () -> registry.find(p, null, AS_OF));
            assertThrows(NullPointerException.class, () -> registry.find(p, ownFlags().get(0), null));
        }
    }

    /** {@link EvidenceRegistry#evidence} and {@link EvidenceRegistry#history}. */
    @Nested
    @DisplayName("evidence and history")
    public class Lists {

        /** For JUnit. */
        public Lists() {}

        /** Valid on the day. */
        @Test
        @DisplayName("evidence(person, day) lists exactly the person's stored evidence valid on the day, sorted by flag, first valid day and reference")
        public void validOnDay() {
            List<Evidence> all = drawn(200, 20, 3);
            registry.recordAll(all);
            for (int p = 0; p < 20; p++) {
                PersonId person = PersonId.of("p" + p);
                List<Evidence> expected = sorted(all.stream().filter(e -> e.person().equals(person)
                        && e.isValidOn(AS_OF)).collect(Collectors.toList()));
                assertEquals(expected, registry.evidence(person, AS_OF), person.value());
            }
        }

        /** Everything. */
        @Test
        @DisplayName("history(person) lists all the person's stored evidence, expired and withdrawn included, in the same order")
        public void history() {
            List<Evidence> all = drawn(200, 20, 4);
            registry.recordAll(all);
            for (int p = 0; p < 20; p++) {
                PersonId person = PersonId.of("p" + p);
                List<Evidence> expected = sorted(all.stream().filter(e -> e.person().equals(person))
                        .collect(Collectors.toList()));
                assertEquals(expected, registry.history(person), person.value());
            }
        }

        /** Unknown people. */
        @Test
        @DisplayName("a person without evidence gives empty lists")
        public void unknown() {
            registry.recordAll(drawn(20, 5, 5));
            assertEquals(List.of(), registry.evidence(PersonId.of("nobody"), AS_OF));
            assertEquals(List.of(), registry.history(PersonId.of("nobody")));
        }

        /** Snapshots. */
        @Test
        @DisplayName("a list returned is not changed by later writes")
        public void snapshot() {
            Evidence e = in2021("person-g", "R-5");
            registry.record(e);
            List<Evidence> before = registry.history(e.person());
            registry.record(in2021("person-g", "R-6"));
            assertEquals(List.of(e), before);
        }

        /** Null policy. */
        @Test
        @DisplayName("a null argument throws NullPointerException")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> registry.evidence(null, AS_OF));
            assertThrows(NullPointerException.class, () -> registry.evidence(PersonId.of("p1"), null));
            assertThrows(NullPointerException.class, () -> registry.history(null));
        }
    }

    /** {@link EvidenceRegistry#record}. */
    @Nested
    @DisplayName("record")
    public class Record {

        /** For JUnit. */
        public Record() {}

        /** Round trip. */
        @Test
        @DisplayName("recorded evidence is in the person's history, equal to what was recorded")
        public void roundTrip() {
            Evidence e = in2021("person-h", "R-7");
            registry.record(e);
            assertEquals(List.of(e), registry.history(e.person()));
            assertEquals(1, registry.count());
        }

        /** Idempotency. */
        @Test
        @DisplayName("recording equal evidence again changes nothing")
        public void idempotent() {
            Evidence e = in2021("person-i", "R-8");
            registry.record(e);
            registry.record(e);
            registry.record(in2021("person-i", "R-8"));
            assertEquals(1, registry.count());
            assertEquals(List.of(e), registry.history(e.person()));
        }

        /** Replacement. */
        @Test
        @DisplayName("evidence with a stored person, flag and reference replaces the stored evidence")
        public void replaces() {
            Evidence e = in2021("person-j", "R-9");
            Evidence extended = Evidence.of(e.person(), e.flag(), e.reference(), e.recordedOn(),
                    DateRange.of(e.valid().start(), LocalDate.of(2022, 12, 31)));
            registry.record(e);
            registry.record(extended);
            assertEquals(List.of(extended), registry.history(e.person()));
            assertTrue(registry.holds(e.person(), e.flag(), LocalDate.of(2022, 6, 1)));
            assertEquals(1, registry.count());
        }

        /** Another reference is another record. */
        @Test
        @DisplayName("evidence with another reference is stored beside the first")
        public void otherReference() {
            registry.record(in2021("person-k", "R-10"));
            registry.record(in2021("person-k", "R-11"));
            assertEquals(2, registry.count());
            assertEquals(2, registry.history(PersonId.of("person-k")).size());
        }

        /** Wrong source. */
        @Test
        @DisplayName("evidence of another source throws registry.wrong-source at flag and stores nothing")
        public void wrongSource() {
            Evidence foreign = Evidence.of(PersonId.of("person-l"), foreignFlag(), "R-12", AS_OF,
                    DateRange.ofDay(AS_OF));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> registry.record(foreign));
            assertEquals(List.of("flag"), e.violations().stream().map(Violation::path).collect(Collectors.toList()));
            assertEquals("registry.wrong-source", e.code());
            assertEquals(0, registry.count());
        }

        /** Null policy. */
        @Test
        @DisplayName("null evidence throws NullPointerException and stores nothing")
        public void nulls() {
            assertThrows(NullPointerException.class, () -> registry.record(null));
            assertEquals(0, registry.count());
        }
    }

    /** {@link EvidenceRegistry#recordAll}. */
    @Nested
    @DisplayName("recordAll")
    public class RecordAll {

        /** For JUnit. */
        public RecordAll() {}

        /** Insertion. */
        @Test
        @DisplayName("every item of a batch is stored and counted as inserted")
        public void insertsAll() {
            List<Evidence> batch = drawn(80, 30, 10);
            assertEquals(new BatchResult(80, 0, 0), registry.recordAll(batch));
            assertEquals(80, registry.count());
            assertEquals(new HashSet<>(batch), contents(batch));
        }

        /** Idempotency. */
        @Test
        @DisplayName("recording the same batch again reports every item unchanged and changes nothing")
        public void idempotent() {
            List<Evidence> batch = drawn(50, 20, 11);
            registry.recordAll(batch);
            assertEquals(new BatchResult(0, 0, 50), registry.recordAll(batch));
            assertEquals(50, registry.count());
            assertEquals(new HashSet<>(batch), contents(batch));
        }

        /** Counting. */
        @Test
        @DisplayName("a batch of new, changed and equal evidence counts each item once as inserted, replaced or unchanged")
        public void countsEachKind() {
            List<Evidence> all = drawn(30, 15, 12);
            registry.recordAll(all.subList(0, 20));
            List<Evidence> batch = new ArrayList<>(all.subList(10, 30));
            for (int i = 0; i < 5; i++) {
                Evidence e = batch.get(i);
                batch.set(i, Evidence.of(e.person(), e.flag(), e.reference(), e.recordedOn().minusDays(1), e.valid()));
            }
            assertEquals(new BatchResult(10, 5, 5), registry.recordAll(batch));
            assertEquals(30, registry.count());
            assertTrue(registry.history(batch.get(0).person()).contains(batch.get(0)));
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
        @DisplayName("a batch with one null item stores nothing and names the item evidence[i] with store.null-item")
        public void nullItem() {
            List<Evidence> first = drawn(10, 5, 13);
            registry.recordAll(first);
            List<Evidence> batch = new ArrayList<>(drawn(20, 50, 14));
            batch.set(7, null);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> registry.recordAll(batch));
            assertEquals(List.of(new Violation("evidence[7]", "store.null-item", e.violations().get(0).message())),
                    e.violations());
            assertEquals(10, registry.count());
        }

        /** Duplicate keys. */
        @Test
        @DisplayName("two items with one person, flag and reference are rejected with store.duplicate-key at the later item, storing nothing")
        public void duplicateKeys() {
            Evidence a = in2021("person-dup-4711", "R-DUP-4711");
            Evidence b = a.withdrawnOn(LocalDate.of(2021, 3, 1));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> registry.recordAll(List.of(a, in2021("person-m", "R-13"), b)));
            assertEquals(List.of("evidence[2]"), e.violations().stream().map(Violation::path)
                    .collect(Collectors.toList()));
            assertEquals("store.duplicate-key", e.code());
            assertFalse(e.getMessage().contains("4711"), "the message does not echo the input");
            assertEquals(0, registry.count());
        }

        /** Wrong source. */
        @Test
        @DisplayName("an item of another source is rejected with registry.wrong-source at evidence[i].flag, storing nothing")
        public void wrongSource() {
            Evidence foreign = Evidence.of(PersonId.of("person-n"), foreignFlag(), "R-14", AS_OF,
                    DateRange.ofDay(AS_OF));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> registry.recordAll(List.of(in2021("person-n", "R-15"), foreign)));
            assertEquals(List.of(new Violation("evidence[1].flag", "registry.wrong-source",
                    e.violations().get(0).message())), e.violations());
            assertEquals(0, registry.count());
        }

        /** Every fault. */
        @Test
        @DisplayName("every bad item of a batch is listed, in item order")
        public void everyFault() {
            List<Evidence> batch = new ArrayList<>(drawn(6, 6, 16));
            batch.set(1, null);
            batch.add(batch.get(3));
            batch.add(Evidence.of(PersonId.of("person-o"), foreignFlag(), "R-16", AS_OF, DateRange.ofDay(AS_OF)));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> registry.recordAll(batch));
            assertEquals(List.of("evidence[1]", "evidence[6]", "evidence[7].flag"),
                    e.violations().stream().map(Violation::path).collect(Collectors.toList()));
            assertEquals(0, registry.count());
        }

        /** Null policy. */
        @Test
        @DisplayName("a null list throws NullPointerException")
        public void nullList() {
            assertThrows(NullPointerException.class, () -> registry.recordAll(null));
        }
    }

    /** {@link EvidenceRegistry#withdraw}. */
    @Nested
    @DisplayName("withdraw")
    public class Withdraw {

        /** For JUnit. */
        public Withdraw() {}

        /** From the day on. */
        @Test
        @DisplayName("withdrawn evidence no longer holds from the withdrawal day on and keeps its record")
        public void fromTheDayOn() {
            Evidence e = in2021("person-p", "R-17");
            registry.record(e);
            assertTrue(registry.withdraw(e.person(), e.flag(), e.reference(), LocalDate.of(2021, 9, 1)));
            assertTrue(registry.holds(e.person(), e.flag(), LocalDate.of(2021, 8, 31)));
            assertFalse(registry.holds(e.person(), e.flag(), LocalDate.of(2021, 9, 1)));
            assertEquals(List.of(e.withdrawnOn(LocalDate.of(2021, 9, 1))), registry.history(e.person()));
            assertEquals(1, registry.count());
        }

        /** Idempotency and monotonicity. */
        @Test
        @DisplayName("withdrawing again on the same or a later day changes nothing; on an earlier day moves the withdrawal earlier")
        public void idempotent() {
            Evidence e = in2021("person-q", "R-18");
            registry.record(e);
            LocalDate day = LocalDate.of(2021, 9, 1);
            assertTrue(registry.withdraw(e.person(), e.flag(), e.reference(), day));
            assertFalse(registry.withdraw(e.person(), e.flag(), e.reference(), day));
            assertFalse(registry.withdraw(e.person(), e.flag(), e.reference(), day.plusDays(10)));
            assertEquals(List.of(e.withdrawnOn(day)), registry.history(e.person()));
            assertTrue(registry.withdraw(e.person(), e.flag(), e.reference(), day.minusDays(10)));
            assertEquals(List.of(e.withdrawnOn(day.minusDays(10))), registry.history(e.person()));
        }

        /** Never adds. */
        @Test
        @DisplayName("a withdrawal never makes a person hold a flag on a day they did not hold it before")
        public void neverAdds() {
            List<Evidence> all = drawn(150, 20, 20);
            registry.recordAll(all);
            List<LocalDate> days = List.of(AS_OF.minusDays(400), AS_OF.minusDays(1), AS_OF, AS_OF.plusDays(1),
                    AS_OF.plusDays(400));
            for (Evidence e : all.subList(0, 40)) {
                Map<String, Boolean> before = new LinkedHashMap<>();
                for (LocalDate d : days) {
                    before.put(d.toString(), registry.holds(e.person(), e.flag(), d));
                }
                LocalDate day = e.valid().start().plusDays(Math.floorMod(e.reference().hashCode(), 500));
                registry.withdraw(e.person(), e.flag(), e.reference(), day);
                for (LocalDate d : days) {
                    boolean now = registry.holds(e.person(), e.flag(), d);
                    assertTrue(!now || before.get(d.toString()), e + " on " + d);
                    if (!d.isBefore(day)) {
                        assertFalse(registry.find(e.person(), e.flag(), d).map(e::sameRecordAs).orElse(false));
                    }
                }
            }
        }

        /** Unknown evidence. */
        @Test
        @DisplayName("withdrawing evidence that is not stored throws registry.unknown-evidence and changes nothing")
        public void unknown() {
            Evidence e = in2021("person-r", "R-19");
            registry.record(e);
            InvalidInputException x = assertThrows(InvalidInputException.class,
                    () -> registry.withdraw(e.person(), e.flag(), "R-OTHER", AS_OF));
            assertEquals("registry.unknown-evidence", x.code());
            assertFalse(x.getMessage().contains("R-OTHER"), "the message does not echo the input");
            assertEquals(List.of(e), registry.history(e.person()));
        }

        /** Before the start. */
        @Test
        @DisplayName("withdrawing before the first valid day throws evidence.withdrawn-before-valid at withdrawnOn and changes nothing")
        public void beforeStart() {
            Evidence e = in2021("person-s", "R-20");
            registry.record(e);
            InvalidInputException x = assertThrows(InvalidInputException.class,
                    () -> registry.withdraw(e.person(), e.flag(), e.reference(), LocalDate.of(2020, 12, 31)));
            assertEquals(List.of(new Violation("withdrawnOn", "evidence.withdrawn-before-valid",
                    x.violations().get(0).message())), x.violations());
            assertEquals(List.of(e), registry.history(e.person()));
        }

        /** Wrong source and nulls. */
        @Test
        @DisplayName("a flag of another source throws registry.wrong-source; a null argument throws NullPointerException")
        public void badArguments() {
            PersonId p = PersonId.of("p1");
            RegistryFlag f = ownFlags().get(0);
            assertEquals("registry.wrong-source", assertThrows(InvalidInputException.class,
                    () -> registry.withdraw(p, foreignFlag(), "R-1", AS_OF)).code());
            assertThrows(NullPointerException.class, () -> registry.withdraw(null, f, "R-1", AS_OF));
            assertThrows(NullPointerException.class, () -> registry.withdraw(p, null, "R-1", AS_OF));
            assertThrows(NullPointerException.class, () -> registry.withdraw(p, f, null, AS_OF));
            assertThrows(NullPointerException.class, () -> registry.withdraw(p, f, "R-1", null));
        }
    }

    /** {@link EvidenceRegistry#count}. */
    @Nested
    @DisplayName("count")
    public class Count {

        /** For JUnit. */
        public Count() {}

        /** Empty registry. */
        @Test
        @DisplayName("a new registry holds nothing")
        public void empty() {
            assertEquals(0, registry.count());
            assertFalse(registry.holds(PersonId.of("p0"), ownFlags().get(0), AS_OF));
            assertEquals(List.of(), registry.history(PersonId.of("p0")));
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
        @DisplayName("writers recording overlapping batches and the same evidence again lose nothing and insert each item exactly once")
        public void overlappingWriters() {
            List<Evidence> pool = drawn(400, 100, 50);
            AtomicInteger inserted = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                for (int round = 0; round < 3; round++) {
                    for (int start = t * 25; start < pool.size(); start += 50) {
                        BatchResult r = registry.recordAll(pool.subList(start, Math.min(pool.size(), start + 100)));
                        assertEquals(0, r.replaced(), "writers write equal values, so nothing is replaced");
                        inserted.addAndGet(r.inserted());
                    }
                    registry.record(pool.get(t * 25 + round));
                }
            });
            assertEquals(400, inserted.get(), "each item inserted exactly once");
            assertEquals(400, registry.count());
            assertEquals(new HashSet<>(pool), contents(pool));
        }

        /** Batches are visible whole. */
        @Test
        @DisplayName("readers during writes see every batch whole or not at all")
        public void wholeBatches() {
            int batchSize = 20;
            PersonId person = PersonId.of("person-many");
            RegistryFlag flag = ownFlags().get(0);
            List<Evidence> pool = new ArrayList<>();
            for (int i = 0; i < batchSize * 30; i++) {
                pool.add(Evidence.of(person, flag, "R-" + i, AS_OF, DateRange.startingOn(AS_OF)));
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            Map<String, Long> partial = new ConcurrentHashMap<>();
            Concurrently.run(Concurrently.THREADS, t -> {
                if (t == 0) {
                    try {
                        for (int b = 0; b < pool.size(); b += batchSize) {
                            registry.recordAll(pool.subList(b, b + batchSize));
                        }
                    } finally {
                        writing.set(false);
                    }
                    return;
                }
                while (writing.get()) {
                    long count = registry.count();
                    long listed = registry.evidence(person, AS_OF).size();
                    for (long seen : new long[] {count, listed}) {
                        if (seen % batchSize != 0 && partial.size() < 5) {
                            partial.put("saw " + seen + " items", seen);
                        }
                    }
                }
            });
            assertEquals(Map.of(), partial, "a reader saw part of a batch");
            assertEquals(pool.size(), registry.count());
        }
    }
}
