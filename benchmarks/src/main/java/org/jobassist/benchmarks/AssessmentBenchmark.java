package org.jobassist.benchmarks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.CountRule;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.OutcomeStore.WriteStatus;
import org.jobassist.impl.Assessments;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.assessment.Outcomes;
import org.jobassist.testkit.assessment.TargetPlans;
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

/**
 * Throughput of the monthly 14-city progress report (the target: at least ten million
 * outcome records per second on one thread) over {@value #RECORDS} outcomes held in the
 * in-memory column store.
 *
 * <p>The set-up generates a year of outcomes with {@link Outcomes} against the illustrative 2021
 * plan with every target × {@value #MULTIPLE}, Fuxin and Tieling lagging at 4/5 of their pace (so
 * the report has cities behind and reminders to send), channels and categories in the news item's proportions. It
 * loads them into {@link InMemoryStores#outcomes()} in batches of {@value #LOAD_BATCH} (straight
 * into the store: the recording checks are not what is measured here) and prints the count, the
 * load time and the heap the store holds (used heap after GC, filled minus empty).
 *
 * <p>{@link #monthlyReport} computes {@code Assessments.progress} for October 2021: one tally
 * pass over every record (month, city, channel and the two declared subsets), then the 14 city
 * lines with their consecutive months behind, the province line and the shares. It is declared
 * as {@value #RECORDS} operations, so the score is records per microsecond: 10 ops/µs is ten
 * million records per second. {@link #baseline} runs the same counting loop over copies of the
 * same columns held by the benchmark (epoch day, city index, channel ordinal, category mask):
 * the floor of any report over this layout.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Threads(1)
@State(Scope.Benchmark)
public class AssessmentBenchmark {

    /** The plan's targets are multiplied by this to reach about ten million outcomes. */
    public static final int MULTIPLE = 171;

    /** Outcomes in the store: 53,000 × 171 on pace, plus 7,000 × 171 × 4/5 lagging. */
    public static final int RECORDS = 10_020_600;

    /** Outcomes per {@code recordAll} while filling the store. */
    private static final int LOAD_BATCH = 100_000;

    private static final Set<DivisionCode> LAGGING = Set.of(DivisionCode.of("210900"), DivisionCode.of("211200"));
    private static final YearMonth MONTH = YearMonth.of(2021, 10);

    private TargetPlan plan;
    private OutcomeStore store;
    private int[] days;
    private byte[] cities;
    private byte[] channels;
    private int[] masks;
    private int[] subsetMasks;

    /** Creates the benchmark; JMH calls this, then {@link #setUp}. */
    public AssessmentBenchmark() {}

    /**
     * Generates the outcomes, fills the store, copies the baseline's columns and prints the
     * store's size and heap.
     *
     * @throws IllegalStateException if the store does not end up holding {@value #RECORDS}
     *     outcomes
     */
    @Setup(Level.Trial)
    public void setUp() {
        plan = scaled(TargetPlans.liaoning2021Illustrative(), MULTIPLE);
        Outcomes.Spec spec = Outcomes.year(2021).plan(plan).lagging(LAGGING, Ratio.of(4, 5))
                .seed(BenchmarkInputs.SEED);
        List<DivisionCode> cityOrder = List.copyOf(plan.cityTargets().keySet());
        List<String> codeOrder = List.of("ZERO_EMPLOYMENT_FAMILY_MEMBER", "POVERTY_ALLEVIATED_KEY_COUNTY",
                "POVERTY_ALLEVIATED_OUTSIDE_KEY_COUNTY", "NEAR_RETIREMENT", "DISABLED",
                "URBAN_MINIMUM_LIVING_ALLOWANCE", "SINGLE_PARENT_OF_MINOR");
        subsetMasks = new int[plan.subsets().size()];
        for (int s = 0; s < subsetMasks.length; s++) {
            CategorySubset subset = plan.subsets().get(s);
            for (String code : subset.categoryCodes()) {
                subsetMasks[s] |= 1 << codeOrder.indexOf(code);
            }
        }
        days = new int[RECORDS];
        cities = new byte[RECORDS];
        channels = new byte[RECORDS];
        masks = new int[RECORDS];
        long before = BenchmarkInputs.usedHeapAfterGc();
        long start = System.nanoTime();
        store = InMemoryStores.outcomes();
        int[] row = {0};
        long[] stored = {0};
        spec.forEachBatch(LOAD_BATCH, batch -> {
            for (WriteStatus status : store.recordAll(batch, CountRule.ONCE_PER_PERSON_PER_YEAR)) {
                stored[0] += status == WriteStatus.STORED ? 1 : 0;
            }
            for (EmploymentOutcome o : batch) {
                int r = row[0]++;
                days[r] = (int) o.date().toEpochDay();
                cities[r] = (byte) cityOrder.indexOf(o.city());
                channels[r] = (byte) o.channel().ordinal();
                int mask = 0;
                for (String code : o.categories()) {
                    mask |= 1 << codeOrder.indexOf(code);
                }
                masks[r] = mask;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        // The baseline's columns are counted in "filled", so they are subtracted: 10 bytes a row.
        long filled = BenchmarkInputs.usedHeapAfterGc() - 10L * RECORDS;
        if (store.size() != RECORDS || stored[0] != RECORDS || row[0] != RECORDS) {
            throw new IllegalStateException("expected " + RECORDS + " outcomes, stored " + store.size());
        }
        ProgressReport report = Assessments.progress(plan, store, MONTH);
        System.out.printf("%n[setup] %,d outcomes loaded in %.1f s; store heap %,d MiB (%.1f bytes/outcome);"
                        + " %s: province %,d of %,d, %d cities behind, shares %s / %s / %s%n",
                store.size(), seconds, (filled - before) >> 20, (double) (filled - before) / RECORDS, MONTH,
                report.province().achieved(), report.province().target(), report.behind().size(),
                report.channelShares().get(0).formatted(), report.channelShares().get(1).formatted(),
                report.channelShares().get(2).formatted());
    }

    /** The plan with every target multiplied, so that the cities' statuses stay those of the plan. */
    private static TargetPlan scaled(TargetPlan base, int factor) {
        TargetPlan.Builder b = TargetPlan.builder(base.year()).provinceTarget(base.provinceTarget() * factor)
                .label(base.label() + ", targets x" + factor).escalateAfterMonths(base.escalateAfterMonths());
        base.cityTargets().forEach((city, target) -> b.cityTarget(city, target * factor));
        base.subsets().forEach(b::subset);
        return b.build();
    }


    /**
     * The monthly report of October 2021 over every record in the store.
     *
     * @return the report
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public ProgressReport monthlyReport() {
        return Assessments.progress(plan, store, MONTH);
    }

    /**
     * The same counting pass over copies of the columns, without the store, the lock or the
     * report: the floor.
     *
     * @return the counts, for JMH to consume
     */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public int[] baseline() {
        LocalDate first = LocalDate.of(2021, 1, 1);
        int start = (int) first.toEpochDay();
        byte[] monthOfDay = new byte[first.lengthOfYear()];
        for (int d = 0; d < monthOfDay.length; d++) {
            monthOfDay[d] = (byte) (first.plusDays(d).getMonthValue() - 1);
        }
        int cityCount = plan.cityTargets().size();
        int channelCount = Channel.values().length;
        int[] counts = new int[12 * cityCount * channelCount + subsetMasks.length * 12 * cityCount];
        int subsetBase = 12 * cityCount * channelCount;
        int[] sm = subsetMasks;
        for (int r = 0; r < RECORDS; r++) {
            int d = days[r] - start;
            if (d < 0 || d >= monthOfDay.length) {
                continue;
            }
            int m = monthOfDay[d];
            int c = cities[r];
            counts[(m * cityCount + c) * channelCount + channels[r]]++;
            int mask = masks[r];
            if (mask != 0) {
                for (int s = 0; s < sm.length; s++) {
                    if ((mask & sm[s]) != 0) {
                        counts[subsetBase + (s * 12 + m) * cityCount + c]++;
                    }
                }
            }
        }
        return counts;
    }
}
