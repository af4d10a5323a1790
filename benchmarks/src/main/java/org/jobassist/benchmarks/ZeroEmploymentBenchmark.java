package org.jobassist.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.KinshipServices;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.ZeroEmploymentFamilies;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.family.Households;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Throughput of the zero-employment family test (the target: at least one million
 * households per second on one thread, without explanations) over {@value #HOUSEHOLDS}
 * household registers held in the in-memory household store.
 *
 * <p>The set-up draws the registers with a fixed seed as of {@code 2021-06-30}: nine in ten
 * from {@link Households#registers} (mostly urban, some with income, members employed or
 * not) and one in ten from {@link Households#candidates} (urban, no income, nobody employed,
 * so that the member rules decide). A register whose drawn id repeats one already drawn is
 * replaced by the next draw, so the store holds exactly {@value #HOUSEHOLDS} registers and
 * every person id is unique. It prints once the number of people, the share of
 * zero-employment households and the heap the store holds (used heap after GC, filled minus
 * empty).
 *
 * <p>Each invocation visits every register in the store with {@link HouseholdStore#forEach}
 * and is declared as {@value #HOUSEHOLDS} operations, so scores are households per
 * microsecond: 1 ops/µs is one million households per second. {@link #baseline} does the
 * same visit and only sums the member counts: the floor any test over the store pays.
 *
 * <p>{@link #determineAllFastPathKinship} asks a kinship service (Civil Code Art. 1045) who is
 * family, over a graph built for the registers in the set-up (only for that benchmark): each
 * member younger than the head is the head's child, the first older man and woman the head's
 * parents and other older members adoptive parents, a member born on the head's birthday the
 * spouse, and every fifth other member no relation at all (a lodger).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@Threads(1)
@State(Scope.Benchmark)
public class ZeroEmploymentBenchmark {

    /** Number of household registers in the store. */
    public static final int HOUSEHOLDS = 1_000_000;

    /** The date every determination is asked for. */
    public static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    private HouseholdStore store;
    private ZeroEmploymentTest everyoneInRegister;
    private ZeroEmploymentTest kinship;
    private LocalDate asOf;

    /** Creates the benchmark; JMH calls this, then {@link #setUp}. */
    public ZeroEmploymentBenchmark() {}

    /**
     * Draws the registers, fills the store and prints its size; for the kinship benchmark,
     * also builds the kinship graph.
     *
     * @param params the benchmark being run, to build the graph only when it is needed
     * @throws IllegalStateException if the store does not end up holding every register
     */
    /** Registers per {@code saveAll} while filling the store. */
    private static final int LOAD_BATCH = 50_000;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        asOf = AS_OF;
        long before = BenchmarkInputs.usedHeapAfterGc();
        long start = System.nanoTime();
        store = InMemoryStores.households();
        Gen<HouseholdRegister> mixed = Households.registers(asOf);
        Gen<HouseholdRegister> candidates = Households.candidates(asOf);
        RandomnessSource in = Samples.randomness(BenchmarkInputs.SEED);
        Set<HouseholdId> seen = new HashSet<>(HOUSEHOLDS * 2);
        long people = 0;
        int duplicates = 0;
        int drawn = 0;
        // Loaded in batches, as a host's bulk import would: each batch copies a touched map once.
        List<HouseholdRegister> batch = new ArrayList<>(LOAD_BATCH);
        while (drawn < HOUSEHOLDS) {
            HouseholdRegister r = (drawn % 10 == 9 ? candidates : mixed).generate(in);
            if (!seen.add(r.id())) {
                duplicates++;
                continue;
            }
            batch.add(r);
            people += r.members().size();
            drawn++;
            if (batch.size() == LOAD_BATCH || drawn == HOUSEHOLDS) {
                store.saveAll(batch);
                batch.clear();
            }
        }
        seen = null;
        long filled = BenchmarkInputs.usedHeapAfterGc();
        if (store.count() != HOUSEHOLDS) {
            throw new IllegalStateException("the store holds " + store.count() + " registers");
        }
        everyoneInRegister = ZeroEmploymentFamilies.test(PolicyPacks.liaoning(), FamilyMembership.everyoneInRegister());
        int zero = countZeroEmployment(everyoneInRegister);
        System.out.printf("%n[setup] %,d households, %,d people (%.2f per household), %,d repeated ids redrawn,"
                        + " drawn and stored in %.1f s; store heap %,d MB (%.0f bytes per household);"
                        + " zero-employment as of %s with everyone in register: %,d%n",
                HOUSEHOLDS, people, (double) people / HOUSEHOLDS, duplicates, (System.nanoTime() - start) / 1e9,
                (filled - before) >> 20, (double) (filled - before) / HOUSEHOLDS, asOf, zero);
        if (params.getBenchmark().endsWith("Kinship")) {
            long graphStart = System.nanoTime();
            KinshipGraph graph = graphOf(store);
            long built = System.nanoTime();
            kinship = ZeroEmploymentFamilies.test(PolicyPacks.liaoning(), KinshipServices.of(graph));
            long indexed = System.nanoTime();
            graph = null;
            long withGraph = BenchmarkInputs.usedHeapAfterGc();
            System.out.printf("[setup] kinship graph of the registers built in %.1f s, service indexed in %.1f s;"
                            + " heap of graph and service %,d MB; zero-employment with kinship membership: %,d%n",
                    (built - graphStart) / 1e9, (indexed - built) / 1e9, (withGraph - filled) >> 20,
                    countZeroEmployment(kinship));
        }
    }

    private int countZeroEmployment(ZeroEmploymentTest test) {
        Tally t = new Tally(test, asOf);
        store.forEach(t);
        return t.count;
    }


    /** One graph for every register: see the class javadoc for who is whose relative. */
    private static KinshipGraph graphOf(HouseholdStore store) {
        KinshipGraph.Builder b = KinshipGraph.builder();
        store.forEach(r -> {
            HouseholdMember head = null;
            for (HouseholdMember m : r.members()) {
                b.person(KinPerson.of(m.id(), gender(m.retirementClass()), m.birthDate()));
                if (m.id().equals(r.head())) {
                    head = m;
                }
            }
            PersonId h = head.id();
            LocalDate hb = head.birthDate();
            boolean father = false;
            boolean mother = false;
            boolean spouse = false;
            int others = 0;
            for (HouseholdMember m : r.members()) {
                if (m == head || ++others % 5 == 0) {
                    continue;
                }
                LocalDate mb = m.birthDate();
                if (mb.isAfter(hb)) {
                    b.parentage(Parentage.birth(h, m.id()));
                } else if (mb.isBefore(hb)) {
                    boolean male = m.retirementClass() == RetirementClass.MALE_60;
                    if (male && !father) {
                        father = true;
                        b.parentage(Parentage.birth(m.id(), h));
                    } else if (!male && !mother) {
                        mother = true;
                        b.parentage(Parentage.birth(m.id(), h));
                    } else {
                        b.parentage(Parentage.adoption(m.id(), h, hb));
                    }
                } else if (!spouse) {
                    spouse = true;
                    b.marriage(Marriage.of(h, m.id(), hb));
                }
            }
        });
        return b.build();
    }

    private static Gender gender(RetirementClass c) {
        return c == RetirementClass.MALE_60 ? Gender.MALE : Gender.FEMALE;
    }

    /** Counts the zero-employment households it is shown. */
    private static final class Tally implements Consumer<HouseholdRegister> {
        private final ZeroEmploymentTest test;
        private final LocalDate asOf;
        int count;

        Tally(ZeroEmploymentTest test, LocalDate asOf) {
            this.test = test;
            this.asOf = asOf;
        }

        @Override
        public void accept(HouseholdRegister r) {
            if (test.isZeroEmployment(r, asOf)) {
                count++;
            }
        }
    }

    /** Sums the member counts it is shown. */
    private static final class MemberSum implements Consumer<HouseholdRegister> {
        long sum;

        @Override
        public void accept(HouseholdRegister r) {
            sum += r.members().size();
        }
    }

    /**
     * Baseline: visits every register in the store and sums the member counts.
     *
     * @return the number of people
     */
    @Benchmark
    @OperationsPerInvocation(HOUSEHOLDS)
    public long baseline() {
        MemberSum s = new MemberSum();
        store.forEach(s);
        return s.sum;
    }

    /**
     * {@link ZeroEmploymentTest#isZeroEmployment} for every register, everyone on a register
     * taken as family ({@link FamilyMembership#everyoneInRegister()}).
     *
     * @return the number of zero-employment households
     */
    @Benchmark
    @OperationsPerInvocation(HOUSEHOLDS)
    public int determineAllFastPath() {
        return countZeroEmployment(everyoneInRegister);
    }

    /**
     * {@link ZeroEmploymentTest#isZeroEmployment} for every register, family membership
     * answered by the kinship service over the graph built in the set-up.
     *
     * @return the number of zero-employment households
     */
    @Benchmark
    @OperationsPerInvocation(HOUSEHOLDS)
    public int determineAllFastPathKinship() {
        return countZeroEmployment(kinship);
    }

    /**
     * {@link ZeroEmploymentTest#determine} for every register, with member assessments and
     * the explanation tree, each sunk into the blackhole.
     *
     * @param bh the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(HOUSEHOLDS)
    public void determineAllWithExplanations(Blackhole bh) {
        ZeroEmploymentTest test = everyoneInRegister;
        LocalDate day = asOf;
        store.forEach(r -> bh.consume(test.determine(r, day)));
    }
}
