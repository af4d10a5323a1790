package org.jobassist.testkit.family;

import java.time.LocalDate;
import java.util.Objects;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.PersonId;

/**
 * A kinship question to test: a graph, one person in it and the date to ask about.
 *
 * <p>Immutable and thread-safe.
 *
 * @param graph the graph
 * @param person a person of the graph
 * @param asOf the date
 */
public record FamilyCase(KinshipGraph graph, PersonId person, LocalDate asOf) {

    /**
     * Checks the case.
     *
     * @throws IllegalArgumentException if {@code person} is not in {@code graph}
     * @throws NullPointerException if an argument is null
     */
    public FamilyCase {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        if (!graph.contains(person)) {
            throw new IllegalArgumentException("the person is not in the graph");
        }
    }

    /**
     * The graph's size and the date; the person id is a generated key.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "FamilyCase[" + graph + ", person " + person + ", asOf " + asOf + "]";
    }
}
