package org.jobassist.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.MonthlySubsidyCalculator;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.subsidy.SubsidyCases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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

/**
 * Throughput of the social-insurance subsidy calculator (the target: at least one
 * million calculations per second on one thread without explanations) over the Liaoning pack.
 *
 * <p>One calculation is one case of the shape a city's monthly payment run has: one person,
 * one month, employer or flexible shape ({@link SubsidyCases#socialInsuranceMonthly()},
 * {@value #CASES} cases drawn with the fixed seed). {@link #caseOfUpTo24MonthsFast} runs the
 * longer cases of {@link SubsidyCases#socialInsurance()} (1 to 24 months each, through
 * {@code calculateRuns}) for comparison; its score is cases, not months, per microsecond.
 * Each invocation calculates every case once and is declared as {@value #CASES} operations,
 * so 1 ops/µs is one million calculations per second. {@link #baseline} iterates the same
 * cases and sums a field of each.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
@State(Scope.Benchmark)
public class SubsidyBenchmark {

    static final int CASES = 20_000;

    private MonthlySubsidyCalculator<SocialInsuranceSubsidyInput> calculator;
    private List<SocialInsuranceSubsidyInput> monthly;
    private List<SocialInsuranceSubsidyInput> periods;

    /** Draws the cases and builds the calculator. */
    @Setup
    public void setUp() {
        PolicyPack pack = PolicyPacks.liaoning();
        calculator = Subsidies.socialInsurance(pack);
        monthly = Samples.draw(SubsidyCases.socialInsuranceMonthly(), CASES, BenchmarkInputs.SEED);
        periods = Samples.draw(SubsidyCases.socialInsurance(), CASES, BenchmarkInputs.SEED);
    }

    /**
     * Iterates the cases and sums the months already enjoyed: what any loop over them costs.
     *
     * @return the sum
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public long baseline() {
        long sum = 0;
        for (SocialInsuranceSubsidyInput in : monthly) {
            sum += in.monthsAlreadyEnjoyed();
        }
        return sum;
    }

    /**
     * One-month cases, fast path.
     *
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void monthFast(Blackhole bh) {
        for (SocialInsuranceSubsidyInput in : monthly) {
            SubsidyDecision d = calculator.calculate(in, false);
            bh.consume(d.total().fen());
        }
    }

    /**
     * One-month cases with full explanations.
     *
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void monthExplained(Blackhole bh) {
        for (SocialInsuranceSubsidyInput in : monthly) {
            bh.consume(calculator.calculate(in, true));
        }
    }

    /**
     * Cases of 1 to 24 months, fast path, as runs.
     *
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void caseOfUpTo24MonthsFast(Blackhole bh) {
        for (SocialInsuranceSubsidyInput in : periods) {
            for (SubsidyDecision d : calculator.calculateRuns(in, false)) {
                bh.consume(d.total().fen());
            }
        }
    }
}
