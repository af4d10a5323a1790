package org.jobassist.benchmarks;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.match.MatchBatch;
import org.jobassist.api.service.match.MatchWeights;
import org.jobassist.api.service.match.VacancyIndex;
import org.jobassist.api.service.match.VacancyMatch;
import org.jobassist.impl.JobMatching;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.testkit.service.NeedsProfiles;
import org.jobassist.testkit.service.Vacancies;
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
 * Job matching at the scale: {@value #VACANCIES} open vacancies and {@value #PEOPLE}
 * needs profiles, all in one city (Shenyang), so that every person's commute box is as full as
 * it can be (the same number spread over the province leaves a person a tenth of them).
 *
 * <p>The set-up draws the vacancies with {@link Vacancies#market} and the people with
 * {@link NeedsProfiles#population} (fixed seed {@link BenchmarkInputs#SEED}, open and recorded
 * on {@value #DAY_TEXT}), builds the index once with the Liaoning weights and prints the time
 * and the heap the index takes (used heap after GC, built minus before), then runs the city
 * batch once and prints its time, its heap and its counts.
 *
 * <ul>
 *   <li>{@link #topTenForOnePerson}: the best 10 vacancies with their explanations for the next
 *       of 1,024 people (a mask over the first 1,024 profiles), in µs per query;</li>
 *   <li>{@link #cityBatch}: the best 10 of every one of the {@value #PEOPLE} people, in ms per
 *       batch (on the common fork-join pool; the explanations are built on reading, so not
 *       here);</li>
 *   <li>{@link #baselineScanOnePerson}: the same query without the index: one pass over the
 *       {@value #VACANCIES} vacancy objects testing the same filters and summing the same
 *       points from the objects' accessors, keeping the best 10 scores, no explanation.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Threads(1)
@State(Scope.Benchmark)
public class MatchingBenchmark {

    /** Open vacancies in the index. */
    public static final int VACANCIES = 100_000;
    /** People in the city batch. */
    public static final int PEOPLE = 100_000;
    /** Matches kept per person. */
    public static final int K = 10;

    private static final String DAY_TEXT = "2021-01-04";
    private static final LocalDate DAY = LocalDate.parse(DAY_TEXT);
    private static final DivisionCode SHENYANG = DivisionCode.of("210100");
    private static final int MASK = 1023;

    private JobMatching matching;
    private List<Vacancy> vacancies;
    private List<NeedsProfile> people;
    private VacancyIndex index;
    private int next;

    /** Creates the benchmark; JMH calls this, then {@link #setUp}. */
    public MatchingBenchmark() {}

    /**
     * Draws the inputs, builds the index, runs the batch once and prints times, heap and counts.
     *
     * @throws IllegalStateException if the inputs do not have the sizes declared
     */
    @Setup(Level.Trial)
    public void setUp() {
        long t0 = System.nanoTime();
        vacancies = Vacancies.market(SHENYANG, VACANCIES, DAY, BenchmarkInputs.SEED);
        people = NeedsProfiles.population(SHENYANG, PEOPLE, DAY, BenchmarkInputs.SEED);
        double drawn = (System.nanoTime() - t0) / 1e9;
        matching = JobMatching.of(PolicyPacks.liaoning(), SHENYANG, DAY);
        long before = BenchmarkInputs.usedHeapAfterGc();
        long t1 = System.nanoTime();
        index = matching.index(vacancies);
        double built = (System.nanoTime() - t1) / 1e9;
        long indexed = BenchmarkInputs.usedHeapAfterGc();
        if (index.size() != VACANCIES || people.size() != PEOPLE) {
            throw new IllegalStateException("expected " + VACANCIES + " vacancies and " + PEOPLE + " people");
        }
        long t2 = System.nanoTime();
        MatchBatch batch = index.batch(people, DAY, K);
        double batched = (System.nanoTime() - t2) / 1e9;
        long withBatch = BenchmarkInputs.usedHeapAfterGc();
        long explained = 0;
        for (NeedsProfile p : people.subList(0, 1_000)) {
            explained += batch.matchesOf(p.person()).size();
        }
        System.out.printf("%n[setup] %,d vacancies and %,d people of %s drawn in %.1f s; index built in %.2f s,"
                        + " heap %,d MiB (%.0f bytes per vacancy, vacancy objects not counted);"
                        + " batch of %,d people in %.2f s on %d threads: %,d matches, %,d people without,"
                        + " batch heap %,d MiB; %,d matches of the first 1,000 people explained%n",
                VACANCIES, PEOPLE, SHENYANG, drawn, built, (indexed - before) >> 20,
                (double) (indexed - before) / VACANCIES, PEOPLE, batched,
                Runtime.getRuntime().availableProcessors(), batch.matchCount(), batch.peopleWithoutMatch(),
                (withBatch - indexed) >> 20, explained);
    }

    /**
     * The best 10 vacancies, explained, for the next person.
     *
     * @return the matches
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<VacancyMatch> topTenForOnePerson() {
        return index.topFor(people.get(next++ & MASK), DAY, K);
    }

    /**
     * The best 10 of every person of the city.
     *
     * @return the batch
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MatchBatch cityBatch() {
        return index.batch(people, DAY, K);
    }

    /**
     * The same query as {@link #topTenForOnePerson} by one pass over the vacancy objects,
     * without index or explanations: the best 10 scores only.
     *
     * @return the best scores, for JMH to consume
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int[] baselineScanOnePerson() {
        NeedsProfile p = people.get(next++ & MASK);
        MatchWeights w = matching.weights();
        Set<Skill> held = new HashSet<>(p.skills());
        held.addAll(p.certificates());
        int maxHours = p.constraints().maxDailyHours().orElse(Integer.MAX_VALUE);
        int limit = p.constraints().maxCommuteMetres().orElse(matching.defaultMaxCommuteMetres());
        long expected = p.expectedMonthlyWage().map(m -> m.fen()).orElse(-1L);
        Set<DivisionCode> preferred = p.preferredDistricts();
        int willing = p.willingness().contains(Willingness.JOB) ? w.willingness()
                : p.willingness().contains(Willingness.FLEXIBLE_WORK) ? w.willingness() / 2 : 0;
        int[] best = new int[K];
        int size = 0;
        for (Vacancy v : vacancies) {
            if (!v.open().contains(DAY) || !held.containsAll(v.requiredSkills())
                    || !p.certificates().containsAll(v.requiredCertificates())
                    || p.constraints().needsAccommodation() && !v.suitsDisabled()
                    || v.dailyHours() > maxHours || p.constraints().dayShiftOnly() && v.nightShifts()
                    || v.publicWelfarePost() && !p.publicWelfarePostEligible()
                    || p.home().distanceMetresTo(v.location()) > limit) {
                continue;
            }
            boolean prefers = preferred.isEmpty() ? p.street().county().equals(v.district())
                    : preferred.contains(v.district());
            long wage = v.monthlyWage().fen();
            int score = w.skillsPoints(v.requiredSkills().size()) + (prefers ? w.district() : 0)
                    + (expected <= 0 || wage >= expected ? w.wage() : (int) (wage * w.wage() / expected)) + willing;
            if (size < K) {
                best[size++] = score;
            } else if (score > best[K - 1]) {
                best[K - 1] = score;
            } else {
                continue;
            }
            for (int i = size - 1; i > 0 && best[i] > best[i - 1]; i--) {
                int t = best[i];
                best[i] = best[i - 1];
                best[i - 1] = t;
            }
        }
        return best;
    }
}
