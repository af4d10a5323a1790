package org.jobassist.testkit.family;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.testkit.internal.Draw;
import org.jobassist.testkit.time.Dates;
import org.quicktheories.core.Gen;

/**
 * Generators of realistic families (家庭) as {@link KinshipGraph}s, valid by construction:
 * one to four generations founded between 1930 and 1960; marriages between a man and a woman
 * born within three years of each other, a quarter ending in divorce and half of those
 * followed by remarriage, so that half-siblings arise; births during marriages; adoptions (one
 * in five dissolved); step-relations with support for minor children of an earlier marriage;
 * deaths in the founding generation, with the marriage's end by death recorded or left for
 * the graph to infer; a household per marriage that spouses and children under 18 share;
 * and spells of grandchildren living together with grandparents.
 *
 * <p>Person ids are {@code P1}, {@code P2}, … in the order drawn. Stateless and thread-safe.
 */
public final class Families {

    /** The default cap on the number of people per graph, to keep property tests quick. */
    public static final int DEFAULT_MAX_PEOPLE = 60;

    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(1940, 1, 1);
    private static final LocalDate LATEST_AS_OF = LocalDate.of(2045, 12, 31);

    private Families() {}

    /**
     * Families of one to four generations, at most {@link #DEFAULT_MAX_PEOPLE} people (a
     * little more when a spouse is drawn at the cap).
     *
     * @return the generator
     */
    public static Gen<KinshipGraph> graphs() {
        return graphs(4, DEFAULT_MAX_PEOPLE);
    }

    /**
     * Families of one to {@code maxGenerations} generations with about {@code maxPeople}
     * people at most.
     *
     * @param maxGenerations the most generations, 1 to 4
     * @param maxPeople the cap on people, at least 1
     * @return the generator
     * @throws IllegalArgumentException if a bound is out of range
     */
    public static Gen<KinshipGraph> graphs(int maxGenerations, int maxPeople) {
        if (maxGenerations < 1 || maxGenerations > 4) {
            throw new IllegalArgumentException("generations must be 1 to 4, was " + maxGenerations);
        }
        if (maxPeople < 1) {
            throw new IllegalArgumentException("maxPeople must be at least 1, was " + maxPeople);
        }
        return in -> new FamilyDraw(in, Draw.between(in, 1, maxGenerations), maxPeople).draw();
    }

    /**
     * Questions over {@link #graphs()}: a person of the graph and a date from 1940 to 2045,
     * so that some answers fall before births, during marriages and after divorces and deaths.
     *
     * @return the generator
     */
    public static Gen<FamilyCase> cases() {
        Gen<KinshipGraph> graphs = graphs();
        Gen<LocalDate> dates = Dates.between(EARLIEST_AS_OF, LATEST_AS_OF);
        return in -> {
            KinshipGraph graph = graphs.generate(in);
            List<KinPerson> people = graph.people();
            KinPerson person = Draw.pick(in, people);
            LocalDate asOf = Draw.oneIn(in, 2) ? dates.generate(in)
                    : person.birthDate().plusDays(Draw.between(in, 0, 60 * 365));
            return new FamilyCase(graph, person.id(), asOf);
        };
    }
}
