package org.jobassist.api.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;

/**
 * A needs profile (需求画像) of one person as recorded on one day by a service window: where the
 * person lives, the employment status, what the person wishes to do, skills, certificates and
 * training wishes, what limits the work the person can take, the districts the person prefers
 * and the wage the person expects.
 *
 * <p>Profiles are dated: a store keeps each person's history, and the profile in force on a
 * day is the latest one recorded on or before that day. {@code (person, recordedOn)} is the
 * key.
 *
 * <p>Error codes of {@link Builder#build()}: {@code profile.required} (a missing field, path
 * names it), {@code profile.willingness} (no willingness, or {@link Willingness#NONE} together
 * with another), {@code profile.certificate-not-skill} (a certificate for a skill the profile
 * does not list), {@code profile.district-level} (a preferred district that is not
 * county-level), {@code profile.wage} (an expected wage that is not positive).
 *
 * <p>{@link #toString()} shows neither the person nor where the person lives.
 *
 * <p>Immutable and thread-safe.
 */
public final class NeedsProfile {

    private final PersonId person;
    private final LocalDate recordedOn;
    private final StreetCode street;
    private final Location home;
    private final EmploymentStatus status;
    private final Set<Willingness> willingness;
    private final Set<Skill> skills;
    private final Set<Skill> certificates;
    private final Set<Skill> trainingWishes;
    private final WorkConstraints constraints;
    private final Set<DivisionCode> preferredDistricts;
    private final Money expectedMonthlyWage;
    private final boolean publicWelfarePostEligible;

    private NeedsProfile(Builder b) {
        person = b.person;
        recordedOn = b.recordedOn;
        street = b.street;
        home = b.home;
        status = b.status;
        willingness = Collections.unmodifiableSet(EnumSet.copyOf(b.willingness));
        skills = Collections.unmodifiableSet(new TreeSet<>(b.skills));
        certificates = Collections.unmodifiableSet(new TreeSet<>(b.certificates));
        trainingWishes = Collections.unmodifiableSet(new TreeSet<>(b.trainingWishes));
        constraints = b.constraints;
        preferredDistricts = Collections.unmodifiableSet(new TreeSet<>(b.preferredDistricts));
        expectedMonthlyWage = b.expectedMonthlyWage;
        publicWelfarePostEligible = b.publicWelfarePostEligible;
    }

    /**
     * A builder for a profile.
     *
     * @return a new builder, with no constraints and no wage expectation
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this profile, to record a changed profile.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().person(person).recordedOn(recordedOn).street(street).home(home).status(status)
                .willingness(willingness).skills(skills).certificates(certificates).trainingWishes(trainingWishes)
                .constraints(constraints).preferredDistricts(preferredDistricts)
                .expectedMonthlyWage(expectedMonthlyWage).publicWelfarePostEligible(publicWelfarePostEligible);
    }

    /** @return the person */
    public PersonId person() {
        return person;
    }

    /** @return the day the profile was recorded */
    public LocalDate recordedOn() {
        return recordedOn;
    }

    /** @return the township or street the person lives in */
    public StreetCode street() {
        return street;
    }

    /** @return where the person lives; personal data */
    public Location home() {
        return home;
    }

    /** @return the employment status on the day recorded */
    public EmploymentStatus status() {
        return status;
    }

    /** @return what the person wishes to do, never empty, unmodifiable */
    public Set<Willingness> willingness() {
        return willingness;
    }

    /** @return the person's skills, sorted, unmodifiable */
    public Set<Skill> skills() {
        return skills;
    }

    /** @return the skills the person holds a certificate for, a subset of {@link #skills()} */
    public Set<Skill> certificates() {
        return certificates;
    }

    /** @return the skills the person wishes to be trained in, sorted, unmodifiable */
    public Set<Skill> trainingWishes() {
        return trainingWishes;
    }

    /** @return what limits the work the person can take */
    public WorkConstraints constraints() {
        return constraints;
    }

    /** @return the county-level districts the person prefers to work in, possibly empty */
    public Set<DivisionCode> preferredDistricts() {
        return preferredDistricts;
    }

    /** @return the monthly wage the person expects, if stated */
    public Optional<Money> expectedMonthlyWage() {
        return Optional.ofNullable(expectedMonthlyWage);
    }

    /**
     * Whether the person may be placed in a public welfare post (公益性岗位), as the host
     * decided from recognition (for example the 4050 group, zero-employment families, disabled
     * people).
     *
     * @return true if eligible
     */
    public boolean publicWelfarePostEligible() {
        return publicWelfarePostEligible;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NeedsProfile p && person.equals(p.person) && recordedOn.equals(p.recordedOn)
                && street.equals(p.street) && home.equals(p.home) && status == p.status
                && willingness.equals(p.willingness) && skills.equals(p.skills)
                && certificates.equals(p.certificates) && trainingWishes.equals(p.trainingWishes)
                && constraints.equals(p.constraints) && preferredDistricts.equals(p.preferredDistricts)
                && Objects.equals(expectedMonthlyWage, p.expectedMonthlyWage)
                && publicWelfarePostEligible == p.publicWelfarePostEligible;
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, recordedOn, street, home, status, willingness, skills, certificates,
                trainingWishes, constraints, preferredDistricts, expectedMonthlyWage, publicWelfarePostEligible);
    }

    /** {@return a summary without the person, the street or the home} */
    @Override
    public String toString() {
        return "NeedsProfile[recorded " + recordedOn + ", " + status + ", " + willingness + ", " + skills.size()
                + " skills]";
    }

    /** Builds a {@link NeedsProfile}; not thread-safe. */
    public static final class Builder {
        private PersonId person;
        private LocalDate recordedOn;
        private StreetCode street;
        private Location home;
        private EmploymentStatus status;
        private final Set<Willingness> willingness = EnumSet.noneOf(Willingness.class);
        private final Set<Skill> skills = new TreeSet<>();
        private final Set<Skill> certificates = new TreeSet<>();
        private final Set<Skill> trainingWishes = new TreeSet<>();
        private WorkConstraints constraints = WorkConstraints.NONE;
        private final Set<DivisionCode> preferredDistricts = new TreeSet<>();
        private Money expectedMonthlyWage;
        private boolean publicWelfarePostEligible;

        private Builder() {
        }

        /**
         * Sets the person.
         *
         * @param person the person
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder person(PersonId person) {
            this.person = Objects.requireNonNull(person, "person");
            return this;
        }

        /**
         * Sets the day recorded.
         *
         * @param recordedOn the day
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder recordedOn(LocalDate recordedOn) {
            this.recordedOn = Objects.requireNonNull(recordedOn, "recordedOn");
            return this;
        }

        /**
         * Sets the street the person lives in.
         *
         * @param street the street
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder street(StreetCode street) {
            this.street = Objects.requireNonNull(street, "street");
            return this;
        }

        /**
         * Sets where the person lives.
         *
         * @param home the location
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder home(Location home) {
            this.home = Objects.requireNonNull(home, "home");
            return this;
        }

        /**
         * Sets the employment status.
         *
         * @param status the status
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder status(EmploymentStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Replaces the willingness.
         *
         * @param values the values
         * @return this builder
         * @throws NullPointerException if the collection or an element is null
         */
        public Builder willingness(Collection<Willingness> values) {
            replace(willingness, values);
            return this;
        }

        /**
         * Replaces the willingness.
         *
         * @param values the values
         * @return this builder
         * @throws NullPointerException if an element is null
         */
        public Builder willingness(Willingness... values) {
            return willingness(List.of(values));
        }

        /**
         * Replaces the skills.
         *
         * @param values the skills
         * @return this builder
         * @throws NullPointerException if the collection or an element is null
         */
        public Builder skills(Collection<Skill> values) {
            replace(skills, values);
            return this;
        }

        /**
         * Replaces the certified skills.
         *
         * @param values the skills certified
         * @return this builder
         * @throws NullPointerException if the collection or an element is null
         */
        public Builder certificates(Collection<Skill> values) {
            replace(certificates, values);
            return this;
        }

        /**
         * Replaces the training wishes.
         *
         * @param values the skills
         * @return this builder
         * @throws NullPointerException if the collection or an element is null
         */
        public Builder trainingWishes(Collection<Skill> values) {
            replace(trainingWishes, values);
            return this;
        }

        /**
         * Sets the constraints; the default is {@link WorkConstraints#NONE}.
         *
         * @param constraints the constraints
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder constraints(WorkConstraints constraints) {
            this.constraints = Objects.requireNonNull(constraints, "constraints");
            return this;
        }

        /**
         * Replaces the preferred districts.
         *
         * @param values county-level division codes
         * @return this builder
         * @throws NullPointerException if the collection or an element is null
         */
        public Builder preferredDistricts(Collection<DivisionCode> values) {
            replace(preferredDistricts, values);
            return this;
        }

        /**
         * Sets the expected monthly wage; null clears it.
         *
         * @param wage the wage, or null for none stated
         * @return this builder
         */
        public Builder expectedMonthlyWage(Money wage) {
            this.expectedMonthlyWage = wage;
            return this;
        }

        /**
         * Sets whether the person may be placed in a public welfare post; default false.
         *
         * @param eligible whether eligible
         * @return this builder
         */
        public Builder publicWelfarePostEligible(boolean eligible) {
            this.publicWelfarePostEligible = eligible;
            return this;
        }

        private static <T> void replace(Set<T> target, Collection<T> values) {
            Objects.requireNonNull(values, "values");
            List<T> copy = new ArrayList<>(values.size());
            for (T v : values) {
                copy.add(Objects.requireNonNull(v, "element"));
            }
            target.clear();
            target.addAll(copy);
        }

        /**
         * Builds the profile, checking every field at once.
         *
         * @return the profile
         * @throws InvalidInputException with every violation found (codes in the class javadoc)
         */
        public NeedsProfile build() {
            List<Violation> faults = new ArrayList<>();
            Checks.required(faults, person, "person", "profile");
            Checks.required(faults, recordedOn, "recordedOn", "profile");
            Checks.required(faults, street, "street", "profile");
            Checks.required(faults, home, "home", "profile");
            Checks.required(faults, status, "status", "profile");
            if (willingness.isEmpty() || willingness.contains(Willingness.NONE) && willingness.size() > 1) {
                faults.add(new Violation("willingness", "profile.willingness",
                        "state at least one willingness, and NONE only alone"));
            }
            if (!skills.containsAll(certificates)) {
                faults.add(new Violation("certificates", "profile.certificate-not-skill",
                        "every certified skill must be among the skills"));
            }
            if (preferredDistricts.stream().anyMatch(d -> d.level() != DivisionLevel.COUNTY)) {
                faults.add(new Violation("preferredDistricts", "profile.district-level",
                        "a preferred district is a county-level division"));
            }
            if (expectedMonthlyWage != null && !expectedMonthlyWage.isPositive()) {
                faults.add(new Violation("expectedMonthlyWage", "profile.wage", "an expected wage is positive"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new NeedsProfile(this);
        }
    }
}
