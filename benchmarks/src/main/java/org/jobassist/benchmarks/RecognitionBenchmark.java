package org.jobassist.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RecognitionBatchResult;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Recognitions;
import org.jobassist.impl.ZeroEmploymentFamilies;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.person.Contributions;
import org.jobassist.testkit.person.People;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Throughput of batch recognition (the targets: at least two million people per
 * second on one thread without explanations, 200,000 with full explanations) over
 * {@value #PEOPLE} people held in the in-memory stores, and the heap those stores take
 * (target: at most 1 GB for one million people).
 *
 * <p>The people are drawn with the fixed seed {@link BenchmarkInputs#SEED} as of
 * {@code 2021-06-30}: one in four is a full {@link People#scenarios(LocalDate)} case (each
 * registry flag one time in four, near the date so it may or may not hold; one time in four
 * a household register that passes the household conditions; a contribution history near 12
 * months without employer contribution); the other three are a {@link People#records} person
 * with only such a contribution history. A person whose drawn id repeats one already drawn is
 * replaced by the next draw, so ids are unique. The set-up prints the shares that are
 * registered unemployed, hold evidence and have a household.
 *
 * <p>The heap of each store is measured alone: the people are drawn three times from the
 * same seed, and each pass keeps only what one store holds (registries: evidence and
 * contribution histories; households: registers; people: records), measured as used heap
 * after GC, filled minus before. The people figure includes the 4 MB list of references the
 * benchmarks iterate.
 *
 * <p>Each invocation recognises every person once and is declared as {@value #PEOPLE}
 * operations, so scores are people per microsecond: 1 ops/µs is one million people per
 * second. {@link #baseline} iterates the same list and sums each record's registration count.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Threads(1)
@State(Scope.Benchmark)
public class RecognitionBenchmark {

    /** Number of people. */
    public static final int PEOPLE = 1_000_000;

    /** The date every recognition is asked for. */
    public static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    /** Items per {@code saveAll}/{@code recordAll} while filling a store. */
    private static final int LOAD_BATCH = 50_000;

    private List<PersonRecord> people;
    private RecognitionService service;
    private LocalDate asOf;

    /** Creates the benchmark; JMH calls this, then {@link #setUp}. */
    public RecognitionBenchmark() {}

    /**
     * Draws the people, fills the stores, prints the heap of each and the mix of people.
     *
     * @throws IllegalStateException if a store does not end up with every person
     */
    @Setup(Level.Trial)
    public void setUp() {
        asOf = AS_OF;
        long start = System.nanoTime();
        long before = BenchmarkInputs.usedHeapAfterGc();

        Registries registries = InMemoryStores.registries();
        Map<RegistrySource, List<Evidence>> evidence = new EnumMap<>(RegistrySource.class);
        List<ContributionHistory> histories = new ArrayList<>(LOAD_BATCH);
        draw(c -> {
            for (Evidence e : c.evidence()) {
                List<Evidence> batch = evidence.computeIfAbsent(e.source(), s -> new ArrayList<>());
                batch.add(e);
                if (batch.size() == LOAD_BATCH) {
                    registries.registryFor(e.flag()).recordAll(batch);
                    batch.clear();
                }
            }
            histories.add(c.contributions());
            if (histories.size() == LOAD_BATCH) {
                registries.socialInsurance().recordAll(histories);
                histories.clear();
            }
        });
        evidence.forEach((s, batch) -> {
            if (!batch.isEmpty()) {
                registries.registryFor(batch.get(0).flag()).recordAll(batch);
            }
        });
        registries.socialInsurance().recordAll(histories);
        evidence.clear();
        histories.clear();
        long withRegistries = BenchmarkInputs.usedHeapAfterGc();

        HouseholdStore households = InMemoryStores.households();
        List<HouseholdRegister> registers = new ArrayList<>(LOAD_BATCH);
        draw(c -> {
            c.household().ifPresent(registers::add);
            if (registers.size() == LOAD_BATCH) {
                households.saveAll(registers);
                registers.clear();
            }
        });
        households.saveAll(registers);
        registers.clear();
        long withHouseholds = BenchmarkInputs.usedHeapAfterGc();

        PersonStore store = InMemoryStores.people();
        List<PersonRecord> all = new ArrayList<>(PEOPLE);
        List<PersonRecord> batch = new ArrayList<>(LOAD_BATCH);
        draw(c -> {
            batch.add(c.person());
            all.add(c.person());
            if (batch.size() == LOAD_BATCH) {
                store.saveAll(batch);
                batch.clear();
            }
        });
        store.saveAll(batch);
        batch.clear();
        people = all;
        long withPeople = BenchmarkInputs.usedHeapAfterGc();
        if (store.count() != PEOPLE || registries.socialInsurance().count() != PEOPLE) {
            throw new IllegalStateException("the stores hold " + store.count() + " people, "
                    + registries.socialInsurance().count() + " histories");
        }

        service = Recognitions.service(PolicyPacks.liaoning(), registries, households,
                ZeroEmploymentFamilies.test(PolicyPacks.liaoning(), FamilyMembership.everyoneInRegister()));
        long registered = 0;
        long withHousehold = 0;
        for (PersonRecord p : people) {
            registered += p.isRegisteredUnemployedOn(asOf) ? 1 : 0;
            withHousehold += p.household().isPresent() ? 1 : 0;
        }
        long flagged = 0;
        for (PersonRecord p : people) {
            for (RegistrySource s : RegistrySource.values()) {
                if (s != RegistrySource.SOCIAL_INSURANCE && !registries.evidenceRegistry(s).evidence(p.id(), asOf).isEmpty()) {
                    flagged++;
                    break;
                }
            }
        }
        RecognitionBatchResult r = service.recogniseAll(people, asOf, false);
        System.out.printf("%n[setup] %,d people as of %s drawn three times and stored in %.1f s;"
                        + " registered unemployed %.1f%%, holding evidence valid on the day %.1f%%,"
                        + " with a household %.1f%%; recognised %,d (by reference only %,d), rejected %d%n",
                PEOPLE, asOf, (System.nanoTime() - start) / 1e9, 100.0 * registered / PEOPLE,
                100.0 * flagged / PEOPLE, 100.0 * withHousehold / PEOPLE, r.recognisedCount(), r.referenceEligibleCount(),
                r.rejectedCount());
        System.out.printf("[setup] heap after GC: registries %,d MB, households %,d MB (%,d registers),"
                        + " people %,d MB; total %,d MB (%.0f bytes per person)%n",
                (withRegistries - before) >> 20, (withHouseholds - withRegistries) >> 20, households.count(),
                (withPeople - withHouseholds) >> 20, (withPeople - before) >> 20,
                (double) (withPeople - before) / PEOPLE);
    }

    /** Draws the {@value #PEOPLE} cases from the fixed seed, ids unique, the same every time. */
    private void draw(Consumer<People.Scenario> action) {
        RandomnessSource in = Samples.randomness(BenchmarkInputs.SEED);
        Gen<People.Scenario> full = People.scenarios(asOf);
        Gen<PersonRecord> records = People.records(asOf);
        Set<PersonId> seen = new HashSet<>(PEOPLE * 2);
        int drawn = 0;
        while (drawn < PEOPLE) {
            People.Scenario c;
            if (drawn % 4 == 0) {
                c = full.generate(in);
            } else {
                PersonRecord p = records.generate(in);
                c = new People.Scenario(p, asOf, List.of(),
                        Contributions.nearThreshold(p.id(), asOf, 12).generate(in), Optional.empty());
            }
            if (!seen.add(c.person().id())) {
                continue;
            }
            action.accept(c);
            drawn++;
        }
    }

    /**
     * Recognises every person without explanations.
     *
     * @return the batch result
     */
    @Benchmark
    @OperationsPerInvocation(PEOPLE)
    public RecognitionBatchResult recogniseAllFast() {
        return service.recogniseAll(people, asOf, false);
    }

    /**
     * Recognises every person with full explanations, each recognition handed to a sink that
     * drops it into the blackhole, so that the million recognitions are not kept.
     *
     * @param bh the blackhole
     * @return the batch result
     */
    @Benchmark
    @OperationsPerInvocation(PEOPLE)
    public RecognitionBatchResult recogniseAllExplained(Blackhole bh) {
        Consumer<Recognition> sink = bh::consume;
        return service.recogniseAll(people, asOf, true, sink);
    }

    /**
     * Iterates the people and sums their registration counts: the floor of any batch.
     *
     * @return the sum
     */
    @Benchmark
    @OperationsPerInvocation(PEOPLE)
    public long baseline() {
        long sum = 0;
        for (PersonRecord p : people) {
            sum += p.unemploymentRegistrations().size();
        }
        return sum;
    }
}
