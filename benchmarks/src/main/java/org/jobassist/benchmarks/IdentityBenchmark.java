package org.jobassist.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.quicktheories.core.Gen;

/**
 * Throughput of reading identifiers from text: {@link ResidentIdNumber} (the target is
 * at least 10 million parses per second on one thread) and {@link UnifiedSocialCreditCode}.
 *
 * <p>Each invocation takes the next string of a table of {@value #SIZE} strings drawn from the
 * testkit generators with a fixed seed, so the branch predictor cannot learn one input. With
 * {@code inputs=valid} every string is valid; with {@code inputs=mixed} about a tenth are near
 * misses from {@link Identities#invalidResidentIdNumbers()} and
 * {@link Identities#invalidCreditCodes()}, each breaking one rule, at positions shuffled with
 * the same seed. {@code parse} on a near miss catches and returns the exception, so the mixed
 * figure includes the cost of the failure path.
 *
 * <p>{@link #idBaseline} and {@link #creditBaseline} read every character of the same strings
 * through the same index, and nothing else: the floor any parser of those strings pays. Report
 * the others as a ratio to them, from the same run.
 *
 * <p>Every benchmark returns its result, which JMH sinks into a blackhole.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class IdentityBenchmark {

    /** Number of input strings: a power of two, so that the index wraps with a mask. */
    public static final int SIZE = 1 << 10;

    /** Share of near misses in the mixed input, in percent. */
    public static final int INVALID_PERCENT = 10;

    private static final int MASK = SIZE - 1;

    /** Which inputs: {@code valid} (all valid) or {@code mixed} (about 10% near misses). */
    @Param({"valid", "mixed"})
    public String inputs;

    private String[] ids;
    private String[] credits;
    private int next;

    /** Creates the benchmark; JMH calls this, then {@link #setUp()}. */
    public IdentityBenchmark() {}

    /**
     * Draws the input tables from the testkit generators.
     *
     * @throws IllegalStateException if a generator gives a valid string as a near miss or
     *     an invalid one as valid, since the figures would then measure something else
     */
    @Setup(Level.Trial)
    public void setUp() {
        boolean mixed = switch (inputs) {
            case "valid" -> false;
            case "mixed" -> true;
            default -> throw new IllegalStateException("unknown inputs: " + inputs);
        };
        int invalid = mixed ? SIZE * INVALID_PERCENT / 100 : 0;
        ids = table(Identities.residentIdNumbers().map(ResidentIdNumber::value),
                Identities.invalidResidentIdNumbers(), invalid, 1);
        credits = table(Identities.creditCodes().map(UnifiedSocialCreditCode::value),
                Identities.invalidCreditCodes(), invalid, 2);
        check(ids, ResidentIdNumber::isValid, invalid, "resident identity numbers");
        check(credits, UnifiedSocialCreditCode::isValid, invalid, "credit codes");
        next = 0;
    }

    /** SIZE strings: {@code invalid} near misses among valid ones, in a seeded order. */
    private static String[] table(Gen<String> valid, Gen<String> nearMisses, int invalid, long salt) {
        long seed = BenchmarkInputs.SEED + salt;
        List<String> all = new ArrayList<>(Samples.draw(valid, SIZE - invalid, seed));
        if (invalid > 0) {
            all.addAll(Samples.draw(nearMisses, invalid, seed));
        }
        Collections.shuffle(all, new Random(seed));
        return all.toArray(new String[0]);
    }

    private static void check(String[] table, Predicate<String> isValid, int invalid,
                              String what) {
        int found = 0;
        for (String s : table) {
            if (!isValid.test(s)) {
                found++;
            }
        }
        if (table.length != SIZE || found != invalid) {
            throw new IllegalStateException(what + ": expected " + invalid + " invalid of " + SIZE
                    + ", found " + found + " of " + table.length);
        }
    }

    private String nextId() {
        return ids[next++ & MASK];
    }

    private String nextCredit() {
        return credits[next++ & MASK];
    }

    private static int sumOfChars(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i);
        }
        return sum;
    }

    /**
     * Baseline: the sum of the characters of the next identity-number string.
     *
     * @return the sum
     */
    @Benchmark
    public int idBaseline() {
        return sumOfChars(nextId());
    }

    /**
     * {@link ResidentIdNumber#parse(CharSequence)} of the next string.
     *
     * @return the number, or the exception for a near miss
     */
    @Benchmark
    public Object idParse() {
        String s = nextId();
        try {
            return ResidentIdNumber.parse(s);
        } catch (InvalidInputException e) {
            return e;
        }
    }

    /**
     * {@link ResidentIdNumber#tryParse(CharSequence)} of the next string.
     *
     * @return the number, or empty
     */
    @Benchmark
    public Optional<ResidentIdNumber> idTryParse() {
        return ResidentIdNumber.tryParse(nextId());
    }

    /**
     * {@link ResidentIdNumber#isValid(CharSequence)} of the next string.
     *
     * @return whether it is valid
     */
    @Benchmark
    public boolean idIsValid() {
        return ResidentIdNumber.isValid(nextId());
    }

    /**
     * Baseline: the sum of the characters of the next credit-code string.
     *
     * @return the sum
     */
    @Benchmark
    public int creditBaseline() {
        return sumOfChars(nextCredit());
    }

    /**
     * {@link UnifiedSocialCreditCode#parse(CharSequence)} of the next string.
     *
     * @return the code, or the exception for a near miss
     */
    @Benchmark
    public Object creditParse() {
        String s = nextCredit();
        try {
            return UnifiedSocialCreditCode.parse(s);
        } catch (InvalidInputException e) {
            return e;
        }
    }

    /**
     * {@link UnifiedSocialCreditCode#isValid(CharSequence)} of the next string.
     *
     * @return whether it is valid
     */
    @Benchmark
    public boolean creditIsValid() {
        return UnifiedSocialCreditCode.isValid(nextCredit());
    }
}
