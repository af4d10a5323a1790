package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;

/**
 * One case of the social-insurance subsidy (社会保险补贴) for a recognised person with
 * employment difficulties, in one of two shapes:
 * <ul>
 *   <li><b>employer</b> ({@link SubsidyKind#EMPLOYER_SOCIAL_INSURANCE}, {@link #forEmployer()}):
 *       the unit that hired the person (payee, by credit code), the hire spell and the
 *       employer's contributions actually paid per month and insurance, each with the
 *       individual's share stated apart (never subsidised);</li>
 *   <li><b>flexible employment</b> ({@link SubsidyKind#FLEXIBLE_SOCIAL_INSURANCE},
 *       {@link #forFlexibleEmployment()}): the person (payee) and the contributions they
 *       actually paid per month and insurance.</li>
 * </ul>
 * Both carry the person's ID number and retirement class, the jurisdiction (a city or county
 * whose rules and funds apply), the first approval date (首次核定), the months of this subsidy
 * the person already enjoyed before the period (the grant service fills it from the ledger,
 * employer and flexible months together), and the month or period to calculate.
 *
 * <p><b>Recognition.</b> Kept simple: the host states with
 * {@link Builder#recognisedAtFirstApproval(boolean)} whether the person was a recognised
 * person with employment difficulties (or enjoyed the policies by reference) on the first
 * approval date, as its recognition records show; the calculator does not re-run recognition.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once with their paths:
 * <ul>
 *   <li>{@code social-insurance.required} ({@code person}, {@code retirementClass},
 *       {@code jurisdiction}, {@code firstApproval}, {@code period}; for the employer shape
 *       also {@code employer}, {@code hireSpell});</li>
 *   <li>the codes of {@link ResidentIdNumber#parse(CharSequence)} at {@code person}, for a
 *       number given as text;</li>
 *   <li>{@code social-insurance.retirement-class-gender} ({@code retirementClass});</li>
 *   <li>{@code social-insurance.jurisdiction-level} ({@code jurisdiction}): the province;</li>
 *   <li>{@code social-insurance.period-order} ({@code period});</li>
 *   <li>{@code social-insurance.negative-months} ({@code monthsAlreadyEnjoyed});</li>
 *   <li>{@code social-insurance.negative-amount}
 *       ({@code employerContributions[i].employerPaid}, {@code …individualPaid},
 *       {@code flexibleContributions[i].paid});</li>
 *   <li>{@code social-insurance.duplicate-contribution} ({@code employerContributions[i]},
 *       {@code flexibleContributions[i]}): the same month and insurance twice;</li>
 *   <li>{@code social-insurance.wrong-shape} ({@code employer}, {@code hireSpell},
 *       {@code employerContributions[i]}, {@code flexibleContributions[i]}): a field of the
 *       other shape.</li>
 * </ul>
 * Messages never contain the ID number, the credit code or amounts.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the ID number.
 */
public final class SocialInsuranceSubsidyInput {

    private static final String AREA = "social-insurance";

    private final SubsidyKind kind;
    private final UnifiedSocialCreditCode employer;
    private final ResidentIdNumber person;
    private final RetirementClass retirementClass;
    private final DivisionCode jurisdiction;
    private final boolean recognisedAtFirstApproval;
    private final LocalDate firstApproval;
    private final int monthsAlreadyEnjoyed;
    private final DateRange hireSpell;
    private final List<EmployerContribution> employerContributions;
    private final List<FlexibleContribution> flexibleContributions;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    private SocialInsuranceSubsidyInput(Builder b) {
        this.kind = b.kind;
        this.employer = b.employer;
        this.person = b.person;
        this.retirementClass = b.retirementClass;
        this.jurisdiction = b.jurisdiction;
        this.recognisedAtFirstApproval = b.recognised;
        this.firstApproval = b.firstApproval;
        this.monthsAlreadyEnjoyed = b.monthsAlreadyEnjoyed;
        this.hireSpell = b.hireSpell;
        this.employerContributions = List.copyOf(b.employerContributions);
        this.flexibleContributions = List.copyOf(b.flexibleContributions);
        this.firstMonth = b.firstMonth;
        this.lastMonth = b.lastMonth;
    }

    /**
     * A builder for the employer shape ({@link SubsidyKind#EMPLOYER_SOCIAL_INSURANCE}).
     *
     * @return a new builder
     */
    public static Builder forEmployer() {
        return new Builder(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE);
    }

    /**
     * A builder for the flexible-employment shape ({@link SubsidyKind#FLEXIBLE_SOCIAL_INSURANCE}).
     *
     * @return a new builder
     */
    public static Builder forFlexibleEmployment() {
        return new Builder(SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE);
    }

    /**
     * A builder holding every field of this input, for a copy with a field changed, such as
     * the months already enjoyed that the grant service fills from the ledger.
     *
     * @return a new builder of the same shape
     */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.employer = employer;
        b.person = person;
        b.retirementClass = retirementClass;
        b.jurisdiction = jurisdiction;
        b.recognised = recognisedAtFirstApproval;
        b.firstApproval = firstApproval;
        b.monthsAlreadyEnjoyed = monthsAlreadyEnjoyed;
        b.hireSpell = hireSpell;
        b.employerContributions.addAll(employerContributions);
        b.flexibleContributions.addAll(flexibleContributions);
        b.firstMonth = firstMonth;
        b.lastMonth = lastMonth;
        return b;
    }

    /** @return the shape: {@link SubsidyKind#EMPLOYER_SOCIAL_INSURANCE} or {@link SubsidyKind#FLEXIBLE_SOCIAL_INSURANCE} */
    public SubsidyKind kind() {
        return kind;
    }

    /** @return whether this is the employer shape */
    public boolean isEmployerShape() {
        return kind == SubsidyKind.EMPLOYER_SOCIAL_INSURANCE;
    }

    /** @return the hiring unit, for the employer shape */
    public Optional<UnifiedSocialCreditCode> employer() {
        return Optional.ofNullable(employer);
    }

    /** @return the person's resident ID number; personal data, show it masked */
    public ResidentIdNumber person() {
        return person;
    }

    /** @return who is paid: the hiring unit, or the person in flexible employment */
    public Beneficiary beneficiary() {
        return employer != null ? Beneficiary.unit(employer) : Beneficiary.person(person);
    }

    /** @return the class that sets the person's statutory retirement age */
    public RetirementClass retirementClass() {
        return retirementClass;
    }

    /** @return the city or county whose rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /** @return whether the person was recognised (or enjoyed the policies by reference) on the first approval date */
    public boolean recognisedAtFirstApproval() {
        return recognisedAtFirstApproval;
    }

    /** @return the date the subsidy was first approved for the person; the age is taken on it */
    public LocalDate firstApproval() {
        return firstApproval;
    }

    /** @return the months of social-insurance subsidy enjoyed before the period, employer and flexible together */
    public int monthsAlreadyEnjoyed() {
        return monthsAlreadyEnjoyed;
    }

    /** @return the hire spell, for the employer shape */
    public Optional<DateRange> hireSpell() {
        return Optional.ofNullable(hireSpell);
    }

    /** @return the employer's contributions actually paid, in the order given; empty for the flexible shape */
    public List<EmployerContribution> employerContributions() {
        return employerContributions;
    }

    /** @return the person's contributions actually paid, in the order given; empty for the employer shape */
    public List<FlexibleContribution> flexibleContributions() {
        return flexibleContributions;
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
        return o instanceof SocialInsuranceSubsidyInput i && kind == i.kind && Objects.equals(employer, i.employer)
                && person.equals(i.person) && retirementClass == i.retirementClass
                && jurisdiction.equals(i.jurisdiction) && recognisedAtFirstApproval == i.recognisedAtFirstApproval
                && firstApproval.equals(i.firstApproval) && monthsAlreadyEnjoyed == i.monthsAlreadyEnjoyed
                && Objects.equals(hireSpell, i.hireSpell) && employerContributions.equals(i.employerContributions)
                && flexibleContributions.equals(i.flexibleContributions) && firstMonth.equals(i.firstMonth)
                && lastMonth.equals(i.lastMonth);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, employer, person, retirementClass, jurisdiction, recognisedAtFirstApproval,
                firstApproval, monthsAlreadyEnjoyed, hireSpell, employerContributions, flexibleContributions,
                firstMonth, lastMonth);
    }

    /** {@return a summary with the ID number masked and no amounts} */
    @Override
    public String toString() {
        return "SocialInsuranceSubsidyInput[" + kind.code() + ", " + person.masked() + ", " + jurisdiction
                + ", first approval " + firstApproval + ", " + monthsAlreadyEnjoyed + " months enjoyed, "
                + firstMonth + ".." + lastMonth + ", "
                + (employerContributions.size() + flexibleContributions.size()) + " contributions]";
    }

    /** Builds a {@link SocialInsuranceSubsidyInput}; {@link #build()} reports every fault at once. Not thread-safe. */
    public static final class Builder {
        private final SubsidyKind kind;
        private UnifiedSocialCreditCode employer;
        private ResidentIdNumber person;
        private final List<Violation> personFaults = new ArrayList<>();
        private RetirementClass retirementClass;
        private DivisionCode jurisdiction;
        private boolean recognised;
        private LocalDate firstApproval;
        private int monthsAlreadyEnjoyed;
        private DateRange hireSpell;
        private final List<EmployerContribution> employerContributions = new ArrayList<>();
        private final List<FlexibleContribution> flexibleContributions = new ArrayList<>();
        private YearMonth firstMonth;
        private YearMonth lastMonth;

        private Builder(SubsidyKind kind) {
            this.kind = kind;
        }

        /**
         * Sets the hiring unit (employer shape only).
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
         * Sets the person from text as the host received it; a number that fails its rules is
         * reported by {@link #build()} at {@code person}.
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
         * Sets the jurisdiction whose rules and funds apply.
         *
         * @param cityOrCounty a city- or county-level code
         * @return this builder
         * @throws NullPointerException if {@code cityOrCounty} is null
         */
        public Builder jurisdiction(DivisionCode cityOrCounty) {
            this.jurisdiction = Objects.requireNonNull(cityOrCounty, "cityOrCounty");
            return this;
        }

        /**
         * States whether the person was recognised on the first approval date (default false).
         *
         * @param recognised whether recognised
         * @return this builder
         */
        public Builder recognisedAtFirstApproval(boolean recognised) {
            this.recognised = recognised;
            return this;
        }

        /**
         * Sets the first approval date.
         *
         * @param date the date
         * @return this builder
         * @throws NullPointerException if {@code date} is null
         */
        public Builder firstApproval(LocalDate date) {
            this.firstApproval = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the months of social-insurance subsidy already enjoyed before the period (default 0).
         *
         * @param months the months, not negative
         * @return this builder
         */
        public Builder monthsAlreadyEnjoyed(int months) {
            this.monthsAlreadyEnjoyed = months;
            return this;
        }

        /**
         * Sets the hire spell (employer shape only); an open end means still employed.
         *
         * @param spell the spell
         * @return this builder
         * @throws NullPointerException if {@code spell} is null
         */
        public Builder hireSpell(DateRange spell) {
            this.hireSpell = Objects.requireNonNull(spell, "spell");
            return this;
        }

        /**
         * Adds the employer's contribution for one insurance and month (employer shape only).
         *
         * @param month the month
         * @param insurance the insurance
         * @param employerPaid the employer's share actually paid
         * @param individualPaid the individual's share, excluded from the subsidy
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder contribution(YearMonth month, InsuranceType insurance, Money employerPaid, Money individualPaid) {
            employerContributions.add(EmployerContribution.of(month, insurance, employerPaid, individualPaid));
            return this;
        }

        /**
         * Adds the person's contribution for one insurance and month (flexible shape only).
         *
         * @param month the month
         * @param insurance the insurance
         * @param paid the amount actually paid
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder contribution(YearMonth month, InsuranceType insurance, Money paid) {
            flexibleContributions.add(FlexibleContribution.of(month, insurance, paid));
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
        public SocialInsuranceSubsidyInput build() {
            List<Violation> faults = new ArrayList<>(personFaults);
            if (personFaults.isEmpty()) {
                InputChecks.required(person, AREA, "person", "the person's ID number", faults);
            }
            InputChecks.required(retirementClass, AREA, "retirementClass", "the person's retirement class", faults);
            InputChecks.retirementClass(person, retirementClass, AREA, faults);
            InputChecks.required(jurisdiction, AREA, "jurisdiction", "a jurisdiction", faults);
            InputChecks.jurisdiction(jurisdiction, AREA, faults);
            InputChecks.required(firstApproval, AREA, "firstApproval", "the first approval date", faults);
            InputChecks.period(firstMonth, lastMonth, AREA, faults);
            InputChecks.monthsEnjoyed(monthsAlreadyEnjoyed, AREA, faults);
            InputChecks.employerContributions(employerContributions, "employerContributions", AREA, faults);
            InputChecks.flexibleContributions(flexibleContributions, "flexibleContributions", AREA, faults);
            if (kind == SubsidyKind.EMPLOYER_SOCIAL_INSURANCE) {
                InputChecks.required(employer, AREA, "employer", "the hiring unit", faults);
                InputChecks.required(hireSpell, AREA, "hireSpell", "the hire spell", faults);
                for (int i = 0; i < flexibleContributions.size(); i++) {
                    wrongShape("flexibleContributions[" + i + "]", faults);
                }
            } else {
                if (employer != null) {
                    wrongShape("employer", faults);
                }
                if (hireSpell != null) {
                    wrongShape("hireSpell", faults);
                }
                for (int i = 0; i < employerContributions.size(); i++) {
                    wrongShape("employerContributions[" + i + "]", faults);
                }
            }
            InputChecks.throwIfAny(faults);
            return new SocialInsuranceSubsidyInput(this);
        }

        private void wrongShape(String path, List<Violation> faults) {
            faults.add(new Violation(path, AREA + ".wrong-shape", "the field belongs to the other shape of the subsidy ("
                    + (kind == SubsidyKind.EMPLOYER_SOCIAL_INSURANCE ? "flexible employment" : "employer") + ")"));
        }
    }
}
