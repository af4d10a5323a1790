package org.jobassist.benchmarks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.time.Dates;
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
 * Throughput of {@link StatutoryRetirement} on {@value #SIZE} pairs of birth date and
 * {@link RetirementClass}, drawn from the testkit generators with a fixed seed, births from
 * {@code 1950-01-01} to {@code 2000-12-31}.
 *
 * <p>Two as-of dates select the law: {@code 2026-01-01} (the 2024 reform in force, so most
 * inputs get a delay) and {@code 2021-06-30} (the pre-reform ages). They live in fields, not
 * constants, so that the compiler cannot fold the choice of law away.
 *
 * <p>{@link #baseline} adds the original age to the birth month with
 * {@link YearMonth#plusMonths}: the same reads and one {@link YearMonth} allocated, as in
 * {@code retirementMonth}. Report the others as a ratio to it, from the same run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class RetirementBenchmark {

    /** Number of inputs: a power of two, so that the index wraps with a mask. */
    public static final int SIZE = 1 << 10;

    private static final int MASK = SIZE - 1;

    private LocalDate[] birthDates;
    private YearMonth[] birthMonths;
    private RetirementClass[] classes;
    private LocalDate reformed;
    private LocalDate preReform;
    private int next;

    /** Creates the benchmark; JMH calls this, then {@link #setUp()}. */
    public RetirementBenchmark() {}

    /** Draws the inputs from the testkit generators. */
    @Setup(Level.Trial)
    public void setUp() {
        List<LocalDate> dates = Samples.draw(
                Dates.between(LocalDate.of(1950, 1, 1), LocalDate.of(2000, 12, 31)), SIZE, BenchmarkInputs.SEED);
        List<RetirementClass> drawn = Samples.draw(Dates.retirementClasses(), SIZE, BenchmarkInputs.SEED + 1);
        birthDates = dates.toArray(new LocalDate[0]);
        birthMonths = dates.stream().map(YearMonth::from).toArray(YearMonth[]::new);
        classes = drawn.toArray(new RetirementClass[0]);
        reformed = LocalDate.of(2026, 1, 1);
        preReform = LocalDate.of(2021, 6, 30);
        next = 0;
    }

    /**
     * Baseline: the birth month plus the class's original age, with {@link YearMonth#plusMonths}.
     *
     * @return the month
     */
    @Benchmark
    public YearMonth baseline() {
        int i = next++ & MASK;
        return birthMonths[i].plusMonths(12L * classes[i].originalAgeYears());
    }

    /**
     * {@link StatutoryRetirement#retirementMonth(YearMonth, RetirementClass, LocalDate)} as of
     * 2026-01-01, the reform in force.
     *
     * @return the month
     */
    @Benchmark
    public YearMonth retirementMonthReformed() {
        int i = next++ & MASK;
        return StatutoryRetirement.retirementMonth(birthMonths[i], classes[i], reformed);
    }

    /**
     * {@link StatutoryRetirement#retirementMonth(YearMonth, RetirementClass, LocalDate)} as of
     * 2021-06-30, before the reform.
     *
     * @return the month
     */
    @Benchmark
    public YearMonth retirementMonthPreReform() {
        int i = next++ & MASK;
        return StatutoryRetirement.retirementMonth(birthMonths[i], classes[i], preReform);
    }

    /**
     * {@link StatutoryRetirement#retirementMonth(LocalDate, RetirementClass, LocalDate)} as of
     * 2026-01-01: the birth-date overload, which derives the month itself.
     *
     * @return the month
     */
    @Benchmark
    public YearMonth retirementMonthFromDateReformed() {
        int i = next++ & MASK;
        return StatutoryRetirement.retirementMonth(birthDates[i], classes[i], reformed);
    }

    /**
     * {@link StatutoryRetirement#isWithinYearsOfRetirement(LocalDate, RetirementClass, LocalDate, int)}
     * with 5 years, as of 2026-01-01.
     *
     * @return whether the person is within 5 years of retirement
     */
    @Benchmark
    public boolean isWithin5YearsReformed() {
        int i = next++ & MASK;
        return StatutoryRetirement.isWithinYearsOfRetirement(birthDates[i], classes[i], reformed, 5);
    }
}
