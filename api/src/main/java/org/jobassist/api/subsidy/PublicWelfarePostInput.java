package org.jobassist.api.subsidy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;

/**
 * One placement of a person in a public welfare post (公益性岗位) and the months of its subsidy
 * to calculate: the unit that employs the post holder (payee, by credit code), the person's ID
 * number and retirement class, the jurisdiction (the county, or city, whose minimum wage and
 * funds apply), whether the person was recognised as a person with employment difficulties
 * when placed, the special-hardship groups the person belongs to, this placement's days
 * (an open end while it runs), the person's earlier placements, the months of this placement
 * already subsidised before the period, the employer's contributions actually paid for the
 * post (for the post's social-insurance subsidy) and the month or period to calculate.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once with their paths:
 * <ul>
 *   <li>{@code public-welfare-post.required} ({@code employer}, {@code person},
 *       {@code retirementClass}, {@code jurisdiction}, {@code placement}, {@code period});</li>
 *   <li>the codes of {@link ResidentIdNumber#parse(CharSequence)} at {@code person};</li>
 *   <li>{@code public-welfare-post.retirement-class-gender} ({@code retirementClass});</li>
 *   <li>{@code public-welfare-post.jurisdiction-level} ({@code jurisdiction});</li>
 *   <li>{@code public-welfare-post.period-order} ({@code period});</li>
 *   <li>{@code public-welfare-post.negative-months} ({@code monthsAlreadyEnjoyed});</li>
 *   <li>{@code public-welfare-post.negative-amount} ({@code contributions[i].employerPaid},
 *       {@code contributions[i].individualPaid});</li>
 *   <li>{@code public-welfare-post.duplicate-contribution} ({@code contributions[i]});</li>
 *   <li>{@code public-welfare-post.previous-placement-open} ({@code previousPlacements[i]}):
 *       an earlier placement without an end;</li>
 *   <li>{@code public-welfare-post.placement-overlap} ({@code previousPlacements[i]}): an
 *       earlier placement sharing a day with another or not ending before this one starts.</li>
 * </ul>
 * Messages never contain the ID number, the credit code or amounts.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the ID number.
 */
public final class PublicWelfarePostInput {

    private static final String AREA = "public-welfare-post";

    private final UnifiedSocialCreditCode employer;
    private final ResidentIdNumber person;
    private final RetirementClass retirementClass;
    private final DivisionCode jurisdiction;
    private final boolean recognised;
    private final Set<HardshipGroup> hardshipGroups;
    private final DateRange placement;
    private final List<DateRange> previousPlacements;
    private final int monthsAlreadyEnjoyed;
    private final List<EmployerContribution> contributions;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    private PublicWelfarePostInput(Builder b) {
        this.employer = b.employer;
        this.person = b.person;
        this.retirementClass = b.retirementClass;
        this.jurisdiction = b.jurisdiction;
        this.recognised = b.recognised;
        this.hardshipGroups = Collections.unmodifiableSet(EnumSet.copyOf(b.hardshipGroups));
        this.placement = b.placement;
        List<DateRange> previous = new ArrayList<>(b.previousPlacements);
        Collections.sort(previous);
        this.previousPlacements = List.copyOf(previous);
        this.monthsAlreadyEnjoyed = b.monthsAlreadyEnjoyed;
        this.contributions = List.copyOf(b.contributions);
        this.firstMonth = b.firstMonth;
        this.lastMonth = b.lastMonth;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this input, for a copy with a field changed, such as
     * the earlier placements and months already enjoyed that the grant service fills from the
     * ledger.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.employer = employer;
        b.person = person;
        b.retirementClass = retirementClass;
        b.jurisdiction = jurisdiction;
        b.recognised = recognised;
        b.hardshipGroups.addAll(hardshipGroups);
        b.placement = placement;
        b.previousPlacements.addAll(previousPlacements);
        b.monthsAlreadyEnjoyed = monthsAlreadyEnjoyed;
        b.contributions.addAll(contributions);
        b.firstMonth = firstMonth;
        b.lastMonth = lastMonth;
        return b;
    }

    /** @return the unit employing the post holder, who is paid */
    public UnifiedSocialCreditCode employer() {
        return employer;
    }

    /** @return who is paid: the employing unit */
    public Beneficiary beneficiary() {
        return Beneficiary.unit(employer);
    }

    /** @return the person's resident ID number; personal data, show it masked */
    public ResidentIdNumber person() {
        return person;
    }

    /** @return the class that sets the person's statutory retirement age */
    public RetirementClass retirementClass() {
        return retirementClass;
    }

    /** @return the county or city whose minimum wage, rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /** @return whether the person was a recognised person with employment difficulties when placed */
    public boolean recognised() {
        return recognised;
    }

    /** @return the special-hardship groups the person belongs to, possibly none */
    public Set<HardshipGroup> hardshipGroups() {
        return hardshipGroups;
    }

    /** @return this placement's days; open-ended while it runs */
    public DateRange placement() {
        return placement;
    }

    /** @return the person's earlier placements, closed, in date order */
    public List<DateRange> previousPlacements() {
        return previousPlacements;
    }

    /** @return the months of this placement already subsidised before the period */
    public int monthsAlreadyEnjoyed() {
        return monthsAlreadyEnjoyed;
    }

    /** @return the employer's contributions actually paid for the post, in the order given */
    public List<EmployerContribution> contributions() {
        return contributions;
    }

    /** @return the first month to calculate */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /** @return the last month to calculate, not before the first */
    public YearMonth lastMonth() {
        return lastMonth;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicWelfarePostInput i && employer.equals(i.employer) && person.equals(i.person)
                && retirementClass == i.retirementClass && jurisdiction.equals(i.jurisdiction)
                && recognised == i.recognised && hardshipGroups.equals(i.hardshipGroups)
                && placement.equals(i.placement) && previousPlacements.equals(i.previousPlacements)
                && monthsAlreadyEnjoyed == i.monthsAlreadyEnjoyed && contributions.equals(i.contributions)
                && firstMonth.equals(i.firstMonth) && lastMonth.equals(i.lastMonth);
    }

    @Override
    public int hashCode() {
        return Objects.hash(employer, person, retirementClass, jurisdiction, recognised, hardshipGroups, placement,
                previousPlacements, monthsAlreadyEnjoyed, contributions, firstMonth, lastMonth);
    }

    /** {@return a summary with the ID number masked and no amounts} */
    @Override
    public String toString() {
        return "PublicWelfarePostInput[" + person.masked() + ", " + jurisdiction + ", placement " + placement
                + ", " + previousPlacements.size() + " earlier placements, " + monthsAlreadyEnjoyed
                + " months enjoyed, " + firstMonth + ".." + lastMonth + "]";
    }

    /** Builds a {@link PublicWelfarePostInput}; {@link #build()} reports every fault at once. Not thread-safe. */
    public static final class Builder {
        private UnifiedSocialCreditCode employer;
        private ResidentIdNumber person;
        private final List<Violation> personFaults = new ArrayList<>();
        private RetirementClass retirementClass;
        private DivisionCode jurisdiction;
        private boolean recognised;
        private final Set<HardshipGroup> hardshipGroups = EnumSet.noneOf(HardshipGroup.class);
        private DateRange placement;
        private final List<DateRange> previousPlacements = new ArrayList<>();
        private int monthsAlreadyEnjoyed;
        private final List<EmployerContribution> contributions = new ArrayList<>();
        private YearMonth firstMonth;
        private YearMonth lastMonth;

        private Builder() {}

        /**
         * Sets the unit employing the post holder.
         *
         * @param creditCode the unit's unified social credit code
         * @return this builder
         * @throws NullPointerException if {@code creditCode} is null
         */
        public Builder employer(UnifiedSocialCreditCode creditCode) {
            this.employer = Objects.requireNonNull(creditCode, "creditCode");
            return this;
        }

        /**
         * Sets the person.
         *
         * @param idNumber the resident ID number
         * @return this builder
         * @throws NullPointerException if {@code idNumber} is null
         */
        public Builder person(ResidentIdNumber idNumber) {
            this.person = Objects.requireNonNull(idNumber, "idNumber");
            personFaults.clear();
            return this;
        }

        /**
         * Sets the person from text; a number that fails its rules is reported by
         * {@link #build()} at {@code person}.
         *
         * @param text the 18-character number
         * @return this builder
         * @throws NullPointerException if {@code text} is null
         */
        public Builder person(CharSequence text) {
            personFaults.clear();
            this.person = InputChecks.parsePerson(Objects.requireNonNull(text, "text"), "person", personFaults);
            return this;
        }

        /**
         * Sets the retirement class.
         *
         * @param retirementClass the class
         * @return this builder
         * @throws NullPointerException if {@code retirementClass} is null
         */
        public Builder retirementClass(RetirementClass retirementClass) {
            this.retirementClass = Objects.requireNonNull(retirementClass, "retirementClass");
            return this;
        }

        /**
         * Sets the jurisdiction: the county (or city) whose minimum wage applies.
         *
         * @param countyOrCity a county- or city-level code
         * @return this builder
         * @throws NullPointerException if {@code countyOrCity} is null
         */
        public Builder jurisdiction(DivisionCode countyOrCity) {
            this.jurisdiction = Objects.requireNonNull(countyOrCity, "countyOrCity");
            return this;
        }

        /**
         * States whether the person was recognised when placed (default false).
         *
         * @param recognised whether recognised
         * @return this builder
         */
        public Builder recognised(boolean recognised) {
            this.recognised = recognised;
            return this;
        }

        /**
         * Adds a special-hardship group the person belongs to.
         *
         * @param group the group
         * @return this builder
         * @throws NullPointerException if {@code group} is null
         */
        public Builder hardshipGroup(HardshipGroup group) {
            hardshipGroups.add(Objects.requireNonNull(group, "group"));
            return this;
        }

        /**
         * Sets this placement's days; an open end while it runs.
         *
         * @param days the placement
         * @return this builder
         * @throws NullPointerException if {@code days} is null
         */
        public Builder placement(DateRange days) {
            this.placement = Objects.requireNonNull(days, "days");
            return this;
        }

        /**
         * Adds an earlier placement of the person.
         *
         * @param days the earlier placement, closed
         * @return this builder
         * @throws NullPointerException if {@code days} is null
         */
        public Builder previousPlacement(DateRange days) {
            previousPlacements.add(Objects.requireNonNull(days, "days"));
            return this;
        }

        /**
         * Sets the months of this placement already subsidised before the period (default 0).
         *
         * @param months the months, not negative
         * @return this builder
         */
        public Builder monthsAlreadyEnjoyed(int months) {
            this.monthsAlreadyEnjoyed = months;
            return this;
        }

        /**
         * Adds the employer's contribution for the post, for one insurance and month.
         *
         * @param month the month
         * @param insurance the insurance
         * @param employerPaid the employer's share actually paid
         * @param individualPaid the individual's share, excluded from the subsidy
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder contribution(YearMonth month, InsuranceType insurance, Money employerPaid, Money individualPaid) {
            contributions.add(EmployerContribution.of(month, insurance, employerPaid, individualPaid));
            return this;
        }

        /**
         * Sets the period to calculate.
         *
         * @param first the first month
         * @param last the last month, not before {@code first}
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder period(YearMonth first, YearMonth last) {
            this.firstMonth = Objects.requireNonNull(first, "first");
            this.lastMonth = Objects.requireNonNull(last, "last");
            return this;
        }

        /**
         * Sets a one-month period.
         *
         * @param month the month
         * @return this builder
         * @throws NullPointerException if {@code month} is null
         */
        public Builder month(YearMonth month) {
            return period(month, month);
        }

        /**
         * Builds the input.
         *
         * @return the input
         * @throws InvalidInputException with every fault (codes in the class javadoc)
         */
        public PublicWelfarePostInput build() {
            List<Violation> faults = new ArrayList<>(personFaults);
            InputChecks.required(employer, AREA, "employer", "the unit employing the post holder", faults);
            if (personFaults.isEmpty()) {
                InputChecks.required(person, AREA, "person", "the person's ID number", faults);
            }
            InputChecks.required(retirementClass, AREA, "retirementClass", "the person's retirement class", faults);
            InputChecks.retirementClass(person, retirementClass, AREA, faults);
            InputChecks.required(jurisdiction, AREA, "jurisdiction", "a jurisdiction", faults);
            InputChecks.jurisdiction(jurisdiction, AREA, faults);
            InputChecks.required(placement, AREA, "placement", "the placement's days", faults);
            InputChecks.period(firstMonth, lastMonth, AREA, faults);
            InputChecks.monthsEnjoyed(monthsAlreadyEnjoyed, AREA, faults);
            InputChecks.employerContributions(contributions, "contributions", AREA, faults);
            for (int i = 0; i < previousPlacements.size(); i++) {
                DateRange p = previousPlacements.get(i);
                String path = "previousPlacements[" + i + "]";
                if (p.isOpenEnded()) {
                    faults.add(new Violation(path, AREA + ".previous-placement-open",
                            "an earlier placement must have ended"));
                    continue;
                }
                boolean overlaps = placement != null && !p.end().isBefore(placement.start());
                for (int j = 0; j < i && !overlaps; j++) {
                    overlaps = p.overlaps(previousPlacements.get(j));
                }
                if (overlaps) {
                    faults.add(new Violation(path, AREA + ".placement-overlap",
                            "an earlier placement must end before this one starts and not overlap another"));
                }
            }
            InputChecks.throwIfAny(faults);
            return new PublicWelfarePostInput(this);
        }
    }
}
