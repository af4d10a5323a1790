package org.jobassist.api.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.Residence;

/**
 * Kinship facts to add to a {@link KinshipStore} in one all-or-nothing step. Unlike a
 * {@link KinshipGraph}, a batch is not validated on its own: its facts may name people stored
 * earlier, so the store checks it together with what it holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param people the people
 * @param marriages the marriages
 * @param parentages the parent–child relations
 * @param livingTogether the spells of living together
 * @param residences the residences
 */
public record KinshipBatch(List<KinPerson> people, List<Marriage> marriages, List<Parentage> parentages,
                           List<LivingTogether> livingTogether, List<Residence> residences) {

    /** The batch without facts. */
    public static final KinshipBatch EMPTY = new KinshipBatch(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list or an element is null
     */
    public KinshipBatch {
        people = List.copyOf(people);
        marriages = List.copyOf(marriages);
        parentages = List.copyOf(parentages);
        livingTogether = List.copyOf(livingTogether);
        residences = List.copyOf(residences);
    }

    /**
     * Every fact of {@code graph}, in its order.
     *
     * @param graph the graph
     * @return the batch
     * @throws NullPointerException if {@code graph} is null
     */
    public static KinshipBatch of(KinshipGraph graph) {
        Objects.requireNonNull(graph, "graph");
        return new KinshipBatch(graph.people(), graph.marriages(), graph.parentages(), graph.livingTogether(),
                graph.residences());
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How many facts the batch holds.
     *
     * @return the number of facts of all kinds
     */
    public int size() {
        return people.size() + marriages.size() + parentages.size() + livingTogether.size() + residences.size();
    }

    /**
     * Collects the facts of a {@link KinshipBatch}. Not thread-safe.
     */
    public static final class Builder {
        private final List<KinPerson> people = new ArrayList<>();
        private final List<Marriage> marriages = new ArrayList<>();
        private final List<Parentage> parentages = new ArrayList<>();
        private final List<LivingTogether> livingTogether = new ArrayList<>();
        private final List<Residence> residences = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a person.
         *
         * @param person the person
         * @return this builder
         * @throws NullPointerException if {@code person} is null
         */
        public Builder person(KinPerson person) {
            people.add(Objects.requireNonNull(person, "person"));
            return this;
        }

        /**
         * Adds a marriage.
         *
         * @param marriage the marriage
         * @return this builder
         * @throws NullPointerException if {@code marriage} is null
         */
        public Builder marriage(Marriage marriage) {
            marriages.add(Objects.requireNonNull(marriage, "marriage"));
            return this;
        }

        /**
         * Adds a parent–child relation.
         *
         * @param parentage the relation
         * @return this builder
         * @throws NullPointerException if {@code parentage} is null
         */
        public Builder parentage(Parentage parentage) {
            parentages.add(Objects.requireNonNull(parentage, "parentage"));
            return this;
        }

        /**
         * Adds a spell of living together.
         *
         * @param spell the spell
         * @return this builder
         * @throws NullPointerException if {@code spell} is null
         */
        public Builder livingTogether(LivingTogether spell) {
            livingTogether.add(Objects.requireNonNull(spell, "spell"));
            return this;
        }

        /**
         * Adds a residence.
         *
         * @param residence the residence
         * @return this builder
         * @throws NullPointerException if {@code residence} is null
         */
        public Builder residence(Residence residence) {
            residences.add(Objects.requireNonNull(residence, "residence"));
            return this;
        }

        /**
         * The batch of the facts added so far.
         *
         * @return the batch
         */
        public KinshipBatch build() {
            return new KinshipBatch(people, marriages, parentages, livingTogether, residences);
        }
    }
}
