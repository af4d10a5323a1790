package org.jobassist.api.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A dated kinship graph (亲属关系图): people, marriages, parent–child relations, spells of
 * living together and residences. It holds facts only; a {@link KinshipService} derives the
 * relations as of a date.
 *
 * <p>Built with {@link #builder()}; {@link Builder#build()} checks every fact against the
 * others and throws one {@link InvalidInputException} listing every violation. A failed build
 * changes nothing: the builder keeps its facts and every graph built before stays as it was.
 * {@link #toBuilder()} and the {@code with…} methods start from an existing graph; each
 * {@code with…} call validates the whole graph again, so add many facts through one builder.
 *
 * <p>Error codes of {@code build()}, with paths such as {@code marriages[2].start}:
 * <ul>
 *   <li>{@code kinship.duplicate-person} ({@code people[i].id}): a person id appears twice;</li>
 *   <li>{@code kinship.unknown-person}: a fact names a person not in the graph;</li>
 *   <li>{@code kinship.self-relation}: a marriage, parentage or living-together spell of a
 *       person with themselves;</li>
 *   <li>{@code kinship.cycle} ({@code parentages[i].parent}): a person would be their own
 *       ancestor;</li>
 *   <li>{@code kinship.child-before-parent} ({@code parentages[i].child}): the child was born
 *       on or before the parent's birth;</li>
 *   <li>{@code kinship.before-birth}, {@code kinship.after-death}: a marriage, adoption or
 *       step-relation starting before a person involved was born or after one had died;</li>
 *   <li>{@code kinship.marriage-overlap} ({@code marriages[j].start}, the later marriage): a
 *       person in two marriages on the same day (a marriage ends at the death of a spouse);</li>
 *   <li>{@code kinship.marriage-end} ({@code marriages[i].end}): ended by death on a day no
 *       spouse died;</li>
 *   <li>{@code kinship.birth-parents} ({@code parentages[i]}): more than one birth father or
 *       birth mother;</li>
 *   <li>{@code kinship.duplicate-relation} ({@code parentages[i]}): the same parent and child
 *       twice in overlapping periods.</li>
 * </ul>
 * Dates out of order within one fact ({@code kinship.date-order}) are refused by the fact's
 * own constructor; a host that builds facts from a list can put the index in front with
 * {@link InvalidInputException#under(String)}, giving {@code marriages[2].end}.
 *
 * <p>Immutable and thread-safe.
 */
public final class KinshipGraph {

    private final List<KinPerson> people;
    private final List<Marriage> marriages;
    private final List<Parentage> parentages;
    private final List<LivingTogether> livingTogether;
    private final List<Residence> residences;
    private final Map<PersonId, KinPerson> byId;

    private KinshipGraph(Builder b) {
        this.people = List.copyOf(b.people);
        this.marriages = List.copyOf(b.marriages);
        this.parentages = List.copyOf(b.parentages);
        this.livingTogether = List.copyOf(b.livingTogether);
        this.residences = List.copyOf(b.residences);
        Map<PersonId, KinPerson> map = new HashMap<>(people.size() * 2);
        for (KinPerson p : people) {
            map.put(p.id(), p);
        }
        this.byId = map;
    }

    /**
     * Starts an empty graph.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this graph's facts, to add more.
     *
     * @return a new builder; this graph is unaffected by it
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.people.addAll(people);
        b.marriages.addAll(marriages);
        b.parentages.addAll(parentages);
        b.livingTogether.addAll(livingTogether);
        b.residences.addAll(residences);
        return b;
    }

    /**
     * This graph with one more person.
     *
     * @param person the person
     * @return a new graph; this one is unchanged
     * @throws InvalidInputException if the result breaks a rule (see the class javadoc)
     */
    public KinshipGraph withPerson(KinPerson person) {
        return toBuilder().person(person).build();
    }

    /**
     * This graph with one more marriage.
     *
     * @param marriage the marriage
     * @return a new graph; this one is unchanged
     * @throws InvalidInputException if the result breaks a rule (see the class javadoc)
     */
    public KinshipGraph withMarriage(Marriage marriage) {
        return toBuilder().marriage(marriage).build();
    }

    /**
     * This graph with one more parent–child relation.
     *
     * @param parentage the relation
     * @return a new graph; this one is unchanged
     * @throws InvalidInputException if the result breaks a rule (see the class javadoc)
     */
    public KinshipGraph withParentage(Parentage parentage) {
        return toBuilder().parentage(parentage).build();
    }

    /**
     * This graph with one more spell of living together.
     *
     * @param spell the spell
     * @return a new graph; this one is unchanged
     * @throws InvalidInputException if the result breaks a rule (see the class javadoc)
     */
    public KinshipGraph withLivingTogether(LivingTogether spell) {
        return toBuilder().livingTogether(spell).build();
    }

    /**
     * This graph with one more residence.
     *
     * @param residence the residence
     * @return a new graph; this one is unchanged
     * @throws InvalidInputException if the result breaks a rule (see the class javadoc)
     */
    public KinshipGraph withResidence(Residence residence) {
        return toBuilder().residence(residence).build();
    }

    /**
     * The people, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<KinPerson> people() {
        return people;
    }

    /**
     * The person with {@code id}.
     *
     * @param id the id
     * @return the person, or empty if not in the graph
     */
    public Optional<KinPerson> person(PersonId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Whether {@code id} is in the graph.
     *
     * @param id the id
     * @return true if present
     */
    public boolean contains(PersonId id) {
        return byId.containsKey(id);
    }

    /**
     * The marriages, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<Marriage> marriages() {
        return marriages;
    }

    /**
     * The parent–child relations, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<Parentage> parentages() {
        return parentages;
    }

    /**
     * The spells of living together, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<LivingTogether> livingTogether() {
        return livingTogether;
    }

    /**
     * The residences, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<Residence> residences() {
        return residences;
    }

    /**
     * Graphs are equal when they hold the same facts in the same order.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof KinshipGraph g && people.equals(g.people) && marriages.equals(g.marriages)
                && parentages.equals(g.parentages) && livingTogether.equals(g.livingTogether)
                && residences.equals(g.residences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(people, marriages, parentages, livingTogether, residences);
    }

    /**
     * The sizes of the graph, without personal data.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "KinshipGraph[" + people.size() + " people, " + marriages.size() + " marriages, "
                + parentages.size() + " parentages, " + livingTogether.size() + " living-together, "
                + residences.size() + " residences]";
    }

    /**
     * Collects the facts of a {@link KinshipGraph}. Not thread-safe.
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
         * Checks every fact and builds the graph. On failure the builder keeps its facts, so a
         * caller may inspect them; nothing else changes.
         *
         * @return the graph
         * @throws InvalidInputException listing every violation (codes in the
         *     {@link KinshipGraph} javadoc)
         */
        public KinshipGraph build() {
            List<Violation> faults = new GraphValidator(people, marriages, parentages, livingTogether, residences)
                    .validate();
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new KinshipGraph(this);
        }
    }
}
