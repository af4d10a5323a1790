package org.jobassist.api.category;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;

/**
 * The recognition (认定) of one person as of one date under the catalogue version in force
 * that day: the categories of people with employment difficulties the person falls in, the
 * reference categories (参照享受) the person is eligible for, and the outcome of every category
 * of the version with its explanation.
 *
 * <p><b>Reference eligibility is reported on its own.</b> {@link #referenceCategoryCodes()}
 * lists every reference category whose condition and gate hold, whether or not the person is
 * also recognised: the reference categories are for people <em>not</em> recognised
 * (辽政发〔2020〕9号), so a host grants them only when {@link #isReferenceOnly()}; reporting them
 * anyway keeps the answer monotone (more evidence never removes a category) and shows a clerk
 * what would remain if a recognition ended.
 *
 * <p>The explanation's root has rule {@code category.recognition}, outcome satisfied exactly
 * when {@link #isRecognised()}, the inputs read (person id, masked ID number, date, catalogue
 * version, pack) and one child per category, in the version's order (recognised categories,
 * then reference categories). For a person recognised in nothing, its
 * {@link Explanation#failedConditions()} is the "why not": the failed conditions of every
 * category. A recognition made on the fast path has a root without children.
 *
 * <p>Error code: {@code recognition.unknown-category} ({@code code}) from {@link #outcome}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Recognition {

    private final PersonId person;
    private final LocalDate asOf;
    private final String catalogueVersion;
    private final List<CategoryOutcome> outcomes;
    private final Explanation explanation;
    private final boolean recognised;

    private Recognition(PersonId person, LocalDate asOf, String catalogueVersion, List<CategoryOutcome> outcomes,
            Explanation explanation) {
        this.person = Objects.requireNonNull(person, "person");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.catalogueVersion = Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        this.outcomes = List.copyOf(outcomes);
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        boolean any = false;
        for (CategoryOutcome o : this.outcomes) {
            any |= o.satisfied() && o.category().kind() == CategoryKind.RECOGNISED;
        }
        this.recognised = any;
        if ((explanation.outcome() == Explanation.Outcome.SATISFIED) != recognised) {
            throw new IllegalArgumentException("the explanation's outcome must agree with the recognition");
        }
    }

    /**
     * A recognition.
     *
     * @param person the person
     * @param asOf the date recognised as of
     * @param catalogueVersion the name of the catalogue version applied
     * @param outcomes the outcome of every category of the version, in its order
     * @param explanation the root explanation; satisfied exactly when some recognised
     *     category is
     * @return the recognition
     * @throws IllegalArgumentException if the explanation disagrees with the outcomes
     * @throws NullPointerException if an argument or an element is null
     */
    public static Recognition of(PersonId person, LocalDate asOf, String catalogueVersion,
            List<CategoryOutcome> outcomes, Explanation explanation) {
        return new Recognition(person, asOf, catalogueVersion, outcomes, explanation);
    }

    /**
     * The person recognised.
     *
     * @return the person's id
     */
    public PersonId person() {
        return person;
    }

    /**
     * The date the recognition is as of.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The catalogue version applied: the one in force on {@link #asOf()}.
     *
     * @return the version's name, such as {@code liaoning-2021}
     */
    public String catalogueVersion() {
        return catalogueVersion;
    }

    /**
     * Whether the person falls in at least one category of people with employment difficulties.
     *
     * @return true if recognised
     */
    public boolean isRecognised() {
        return recognised;
    }

    /**
     * Whether the person is not recognised but eligible by reference: the case in which the
     * reference categories apply.
     *
     * @return true if not recognised and some reference category is satisfied
     */
    public boolean isReferenceOnly() {
        if (recognised) {
            return false;
        }
        for (CategoryOutcome o : outcomes) {
            if (o.satisfied()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The codes of the recognised categories satisfied.
     *
     * @return an unmodifiable sorted set, possibly empty
     */
    public Set<String> categoryCodes() {
        return codes(CategoryKind.RECOGNISED);
    }

    /**
     * The codes of the reference categories satisfied, whether or not the person is also
     * recognised (see the class javadoc).
     *
     * @return an unmodifiable sorted set, possibly empty
     */
    public Set<String> referenceCategoryCodes() {
        return codes(CategoryKind.REFERENCE);
    }

    private Set<String> codes(CategoryKind kind) {
        Set<String> codes = new TreeSet<>();
        for (CategoryOutcome o : outcomes) {
            if (o.satisfied() && o.category().kind() == kind) {
                codes.add(o.category().code());
            }
        }
        return Collections.unmodifiableSet(codes);
    }

    /**
     * The outcome of every category of the version, satisfied or not: the recognised
     * categories, then the reference categories, each in the version's order.
     *
     * @return an unmodifiable list
     */
    public List<CategoryOutcome> outcomes() {
        return outcomes;
    }

    /**
     * The outcome of the category with {@code code}.
     *
     * @param code a category code of the version
     * @return the outcome
     * @throws InvalidInputException {@code recognition.unknown-category} if the version has
     *     no category with the code; the message names the version, not the code
     * @throws NullPointerException if {@code code} is null
     */
    public CategoryOutcome outcome(String code) {
        Objects.requireNonNull(code, "code");
        for (CategoryOutcome o : outcomes) {
            if (o.category().code().equals(code)) {
                return o;
            }
        }
        throw new InvalidInputException(new Violation("code", "recognition.unknown-category",
                "catalogue version " + catalogueVersion + " has no category with this code"));
    }

    /**
     * The failed conditions of every category not satisfied, recognised and reference: the
     * "why not" a clerk reads for a person who qualifies for nothing.
     *
     * @return an unmodifiable list, in category order; empty on the fast path
     */
    public List<Explanation> whyNot() {
        List<Explanation> failed = new ArrayList<>();
        for (CategoryOutcome o : outcomes) {
            if (!o.satisfied()) {
                failed.addAll(o.decidingConditions());
            }
        }
        return Collections.unmodifiableList(failed);
    }

    /**
     * How the recognition came about (see the class javadoc).
     *
     * @return the root explanation; without children when made on the fast path
     */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * Whether the recognition carries explanations of its conditions (false on the fast path).
     *
     * @return true if explained
     */
    public boolean isExplained() {
        return !explanation.children().isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recognition r && person.equals(r.person) && asOf.equals(r.asOf)
                && catalogueVersion.equals(r.catalogueVersion) && outcomes.equals(r.outcomes)
                && explanation.equals(r.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, asOf, catalogueVersion, outcomes, explanation);
    }

    /**
     * Person id, date, version and the codes; no personal data.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "Recognition[" + person.value() + " on " + asOf + " under " + catalogueVersion + ": "
                + categoryCodes() + ", reference " + referenceCategoryCodes() + "]";
    }
}
