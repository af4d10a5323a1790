package org.jobassist.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipFinding;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.KinshipService;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.RelativesReport;
import org.jobassist.api.family.Residence;
import org.jobassist.impl.KinshipServices;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.family.Families;
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
import org.quicktheories.core.RandomnessSource;

/**
 * Time per kinship query for one person (the claim: independent of the size of the
 * graph), on graphs of about 10,000 and 10,000,000 people.
 *
 * <p>The set-up draws families from {@link Families#graphs(int, int) Families.graphs(4, 60)}
 * with a fixed seed until the parameter's number of people is reached (the last family may
 * go a little over), prefixes every person id and household key with the family's number
 * ({@code F17.P3}) so that they are unique, and adds every fact to <em>one</em>
 * {@link KinshipGraph.Builder}, built and indexed once. It prints the people, the time to
 * draw, build and index, and the heap held by the graph and the service.
 *
 * <p>Queries are asked as of {@code 2021-06-30} about people born by then, taken at random
 * from {@value #QUERIES} pre-drawn ones (a table larger than the caches hold the walks of, so
 * that the 10M graph is not reduced to a few hot families). {@code relations} and
 * {@code isFamilyMember} ask about a child and one of their parents, taken from a random
 * parent–child relation of the graph in force on that day.
 *
 * <p>{@link #baseline} is {@link KinshipGraph#person}, a hash-map lookup of the same person:
 * the floor of any query that starts from a person id, and like the queries it misses the
 * cache more on the larger graph. Report the others as a ratio to it, per size.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx16g")
@Threads(1)
@State(Scope.Benchmark)
public class KinshipQueryBenchmark {

    /** Number of pre-drawn queries: a power of two, so that the index wraps with a mask. */
    public static final int QUERIES = 1 << 16;

    /** The date every query is asked for. */
    public static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    private static final int MASK = QUERIES - 1;

    /** The number of people in the graph (reached or passed by the last family drawn). */
    @Param({"10000", "10000000"})
    public int people;

    private KinshipService service;
    private KinshipGraph graph;
    private PersonId[] subjects;
    private PersonId[] children;
    private PersonId[] parents;
    private LocalDate asOf;
    private int next;

    /** Creates the benchmark; JMH calls this, then {@link #setUp()}. */
    public KinshipQueryBenchmark() {}

    /**
     * Draws the families, builds the graph and the service, and draws the queries.
     *
     * @throws IllegalStateException if a drawn pair is not related, since the figures would
     *     then measure something else
     */
    @Setup(Level.Trial)
    public void setUp() {
        asOf = AS_OF;
        long before = BenchmarkInputs.usedHeapAfterGc();
        long start = System.nanoTime();
        Gen<KinshipGraph> families = Families.graphs(4, Families.DEFAULT_MAX_PEOPLE);
        RandomnessSource in = Samples.randomness(BenchmarkInputs.SEED);
        KinshipGraph.Builder b = KinshipGraph.builder();
        int count = 0;
        int family = 0;
        while (count < people) {
            count += add(b, families.generate(in), "F" + family++ + ".");
        }
        long drawn = System.nanoTime();
        graph = b.build();
        b = null;
        long built = System.nanoTime();
        service = KinshipServices.of(graph);
        long indexed = System.nanoTime();
        long after = BenchmarkInputs.usedHeapAfterGc();
        drawQueries();
        System.out.printf("%n[setup] %,d people in %,d families (%,d marriages, %,d parentages, %,d residences);"
                        + " drawn %.1f s, built %.1f s, indexed %.1f s; heap of graph and service %,d MB"
                        + " (%.0f bytes per person)%n",
                count, family, graph.marriages().size(), graph.parentages().size(), graph.residences().size(),
                (drawn - start) / 1e9, (built - drawn) / 1e9, (indexed - built) / 1e9, (after - before) >> 20,
                (double) (after - before) / count);
    }

    /** Adds {@code f}'s facts with every id and household key prefixed; returns its people. */
    private static int add(KinshipGraph.Builder b, KinshipGraph f, String prefix) {
        for (KinPerson p : f.people()) {
            b.person(new KinPerson(id(prefix, p.id()), p.gender(), p.birthDate(), p.deathDate()));
        }
        for (Marriage m : f.marriages()) {
            b.marriage(new Marriage(id(prefix, m.a()), id(prefix, m.b()), m.start(), m.end(), m.endReason()));
        }
        for (Parentage p : f.parentages()) {
            b.parentage(new Parentage(id(prefix, p.parent()), id(prefix, p.child()), p.kind(), p.from(), p.end()));
        }
        for (LivingTogether l : f.livingTogether()) {
            b.livingTogether(LivingTogether.of(id(prefix, l.a()), id(prefix, l.b()), l.period()));
        }
        for (Residence r : f.residences()) {
            b.residence(Residence.of(id(prefix, r.person()), prefix + r.household(), r.period()));
        }
        return f.people().size();
    }

    private static PersonId id(String prefix, PersonId id) {
        return PersonId.of(prefix + id.value());
    }

    private void drawQueries() {
        SplittableRandom random = new SplittableRandom(BenchmarkInputs.SEED);
        List<KinPerson> all = graph.people();
        subjects = new PersonId[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            KinPerson p;
            do {
                p = all.get(random.nextInt(all.size()));
            } while (p.birthDate().isAfter(asOf));
            subjects[i] = p.id();
        }
        List<Parentage> relations = graph.parentages();
        children = new PersonId[QUERIES];
        parents = new PersonId[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            Parentage p;
            do {
                p = relations.get(random.nextInt(relations.size()));
            } while (service.relations(p.child(), p.parent(), asOf).isEmpty());
            children[i] = p.child();
            parents[i] = p.parent();
        }
    }


    /**
     * Baseline: {@link KinshipGraph#person}, a hash-map lookup of the next subject.
     *
     * @return the person
     */
    @Benchmark
    public Optional<KinPerson> baseline() {
        return graph.person(subjects[next++ & MASK]);
    }

    /**
     * {@link KinshipService#relations}: what the parent is to the child, with the proof.
     *
     * @return the findings
     */
    @Benchmark
    public List<KinshipFinding> relations() {
        int i = next++ & MASK;
        return service.relations(children[i], parents[i], asOf);
    }

    /**
     * {@link KinshipService#closeRelatives} of the next subject.
     *
     * @return the report
     */
    @Benchmark
    public RelativesReport closeRelatives() {
        return service.closeRelatives(subjects[next++ & MASK], asOf);
    }

    /**
     * {@link KinshipService#familyMembers} of the next subject, with the excluded close
     * relatives and why.
     *
     * @return the report
     */
    @Benchmark
    public RelativesReport familyMembers() {
        return service.familyMembers(subjects[next++ & MASK], asOf);
    }

    /**
     * {@link KinshipService#isFamilyMember}: whether the child is a family member of the
     * parent.
     *
     * @return the answer
     */
    @Benchmark
    public boolean isFamilyMember() {
        int i = next++ & MASK;
        return service.isFamilyMember(parents[i], children[i], asOf);
    }
}
