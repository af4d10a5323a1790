package org.jobassist.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.crosscheck.CrossCheck;
import org.jobassist.api.crosscheck.CrossCheckReport;
import org.jobassist.api.crosscheck.CrossCheckRequest;
import org.jobassist.api.crosscheck.DiscrepancyKind;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.impl.CrossChecks;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.testkit.crosscheck.CrossCheckCases;
import org.jobassist.testkit.crosscheck.PlantedPerson;
import org.jobassist.testkit.subsidy.Ledgers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cross-check (实时比对) of {@value #PEOPLE} recognised people against the in-memory
 * registries and two ledgers (the target: the whole check in at most 2 s), on one
 * thread and on {@value #THREADS}, and the heap of the stores.
 *
 * <p>The people are drawn by {@link CrossCheckCases.Bulk} with the seed
 * {@link BenchmarkInputs#SEED}, {@value #PLANTED_PERCENT} % of them with discrepancies planted:
 * every person holds a disability certificate (so the disabled persons' federation holds about
 * one million records) and a contribution history (one million histories); about half hold
 * a civil-affairs and a veterans' record; about half are paid one to three months of
 * flexible-employment subsidy. The set-up prints the exact counts.
 *
 * <p>{@link #full} runs a whole check as of 2021-11-09 over the payments of January to
 * October 2021 and collects and sorts the discrepancies; {@link #fullParallel} runs the same
 * with {@code runParallel} on {@value #THREADS} threads (JMH's own thread and one the run
 * starts). {@link #incremental} first re-saves
 * {@value #CHANGED} person records (one per cent) with one referral more, then runs an
 * incremental check from the position before. Each invocation is one shot.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Threads(1)
@State(Scope.Benchmark)
public class CrossCheckBenchmark {

    /** Number of recognised people. */
    public static final int PEOPLE = 1_000_000;
    /** Share of people with something planted, in per cent. */
    public static final int PLANTED_PERCENT = 5;
    /** People changed before each incremental run. */
    public static final int CHANGED = 10_000;
    /** Threads of {@link #fullParallel}. */
    public static final int THREADS = 2;

    private static final int LOAD_BATCH = 50_000;

    private PersonStore people;
    private CrossCheck check;
    private CrossCheckRequest full;
    private CrossCheckRequest sinceLast;
    private final List<PersonRecord> toChange = new ArrayList<>(CHANGED);
    private int round;

    /** Creates the benchmark; JMH calls this, then {@link #setUp}. */
    public CrossCheckBenchmark() {}

    /**
     * Draws and stores the people, prints the counts, the heap after GC and one report.
     */
    @Setup(Level.Trial)
    public void setUp() {
        long start = System.nanoTime();
        long before = BenchmarkInputs.usedHeapAfterGc();
        people = InMemoryStores.people();
        RecognitionStore recognitions = InMemoryStores.recognitions();
        Registries registries = InMemoryStores.registries();
        EntitlementLedger a = InMemoryStores.ledger(Ledgers.rules(2, 3));
        EntitlementLedger b = InMemoryStores.ledger(Ledgers.rules(2, 3));
        CrossCheckCases.Bulk bulk = new CrossCheckCases.Bulk(BenchmarkInputs.SEED, PLANTED_PERCENT);
        List<PlantedPerson> batch = new ArrayList<>(LOAD_BATCH);
        for (int i = 0; i < PEOPLE; i++) {
            PlantedPerson p = bulk.next();
            batch.add(p);
            if (i % (PEOPLE / CHANGED) == 0 && toChange.size() < CHANGED) {
                toChange.add(p.person());
            }
            if (batch.size() == LOAD_BATCH) {
                CrossCheckCases.loadAll(batch, people, recognitions, registries, a, b);
                batch.clear();
            }
        }
        CrossCheckCases.loadAll(batch, people, recognitions, registries, a, b);
        batch.clear();
        bulk = null;
        long after = BenchmarkInputs.usedHeapAfterGc();
        check = CrossChecks.crossCheck(recognitions, people, registries, PolicyPacks.liaoning().categoryCatalogues(),
                List.of(a, b));
        full = CrossCheckRequest.full(CrossCheckCases.AS_OF, CrossCheckCases.PAID_PERIOD);
        StringBuilder evidence = new StringBuilder();
        for (RegistrySource s : RegistrySource.values()) {
            if (s != RegistrySource.SOCIAL_INSURANCE) {
                evidence.append(' ').append(s).append('=').append(registries.evidenceRegistry(s).count());
            }
        }
        System.out.printf("%n[setup] %,d people, %,d recognitions, evidence%s, %,d contribution histories,"
                        + " ledger entries %,d + %,d; stored in %.1f s; heap of the stores after GC %,d MB%n",
                people.count(), recognitions.count(), evidence, registries.socialInsurance().count(), a.count(),
                b.count(), (System.nanoTime() - start) / 1e9, (after - before) >> 20);
        long t = System.nanoTime();
        CrossCheckReport report = check.run(full);
        System.out.printf("[setup] first full run %.2f s: %s%n", (System.nanoTime() - t) / 1e9, report);
        for (DiscrepancyKind k : DiscrepancyKind.values()) {
            System.out.printf("[setup]   %-32s %,d%n", k.code(), report.count(k));
        }
    }

    /**
     * Re-saves {@value #CHANGED} people with one referral more, after noting the position.
     */
    @Setup(Level.Invocation)
    public void change() {
        sinceLast = CrossCheckRequest.since(people.changedSince(Long.MAX_VALUE).sequence(), CrossCheckCases.AS_OF,
                CrossCheckCases.PAID_PERIOD);
        LocalDate day = CrossCheckCases.AS_OF.minusDays(100 + (round++ % 200));
        List<PersonRecord> changed = new ArrayList<>(toChange.size());
        for (PersonRecord p : toChange) {
            changed.add(p.toBuilder().acceptedReferral(day).build());
        }
        people.saveAll(changed);
    }

    /**
     * The whole check.
     *
     * @return the report, for the blackhole
     */
    @Benchmark
    public CrossCheckReport full() {
        return check.run(full);
    }

    /**
     * The whole check on {@value #THREADS} threads.
     *
     * @return the report, for the blackhole
     */
    @Benchmark
    public CrossCheckReport fullParallel() {
        return check.runParallel(full, THREADS);
    }

    /**
     * An incremental check after one per cent of the people changed.
     *
     * @return the report, for the blackhole
     */
    @Benchmark
    public CrossCheckReport incremental() {
        return check.run(sinceLast);
    }
}
