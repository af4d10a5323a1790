package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;

/**
 * A business-start guarantee loan (创业担保贷款) whose interest subsidy (贴息) is asked for: the
 * borrower, the principal, the loan's annual rate, the loan prime rate (LPR) that sets the
 * borrower's share, and the loan's first and last day. The pack's caps are read as in force on
 * the first day.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once with their paths:
 * <ul>
 *   <li>{@code guarantee-loan.required}: a field is missing ({@code borrower},
 *       {@code principal}, {@code loanRate}, {@code loanPrimeRate}, {@code loanStart},
 *       {@code loanEnd}, {@code jurisdiction}; {@code person} for an individual,
 *       {@code enterprise} for an enterprise);</li>
 *   <li>{@code guarantee-loan.non-positive-amount} ({@code principal}): zero or less;</li>
 *   <li>{@code guarantee-loan.negative-rate} ({@code loanRate}, {@code loanPrimeRate});</li>
 *   <li>{@code guarantee-loan.date-order} ({@code loanEnd}): not after the start;</li>
 *   <li>{@code guarantee-loan.jurisdiction-level}: a province rather than a city or county.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks an individual's ID number.
 */
public final class GuaranteeLoanInterestInput {

    private final LoanBorrower borrower;
    private final ResidentIdNumber person;
    private final UnifiedSocialCreditCode enterprise;
    private final Money principal;
    private final Ratio loanRate;
    private final Ratio loanPrimeRate;
    private final LocalDate loanStart;
    private final LocalDate loanEnd;
    private final DivisionCode jurisdiction;

    private GuaranteeLoanInterestInput(Builder b) {
        this.borrower = b.borrower;
        this.person = b.borrower == LoanBorrower.INDIVIDUAL ? b.person : null;
        this.enterprise = b.borrower == LoanBorrower.INDIVIDUAL ? null : b.enterprise;
        this.principal = b.principal;
        this.loanRate = b.loanRate;
        this.loanPrimeRate = b.loanPrimeRate;
        this.loanStart = b.loanStart;
        this.loanEnd = b.loanEnd;
        this.jurisdiction = b.jurisdiction;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return who borrows */
    public LoanBorrower borrower() {
        return borrower;
    }

    /** @return the individual borrower's ID number, for {@link LoanBorrower#INDIVIDUAL} */
    public Optional<ResidentIdNumber> person() {
        return Optional.ofNullable(person);
    }

    /** @return the enterprise borrower's credit code, for an enterprise */
    public Optional<UnifiedSocialCreditCode> enterprise() {
        return Optional.ofNullable(enterprise);
    }

    /**
     * The borrower as a beneficiary.
     *
     * @return the person or the unit
     */
    public Beneficiary beneficiary() {
        return person != null ? Beneficiary.person(person) : Beneficiary.unit(enterprise);
    }

    /** @return the principal lent */
    public Money principal() {
        return principal;
    }

    /** @return the loan's annual interest rate */
    public Ratio loanRate() {
        return loanRate;
    }

    /** @return the loan prime rate (贷款市场报价利率) in force when the loan was made */
    public Ratio loanPrimeRate() {
        return loanPrimeRate;
    }

    /** @return the first day of the loan */
    public LocalDate loanStart() {
        return loanStart;
    }

    /** @return the day the loan is repaid, after the start */
    public LocalDate loanEnd() {
        return loanEnd;
    }

    /** @return the city or county whose rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuaranteeLoanInterestInput i && borrower == i.borrower && Objects.equals(person, i.person)
                && Objects.equals(enterprise, i.enterprise) && principal.equals(i.principal)
                && loanRate.equals(i.loanRate) && loanPrimeRate.equals(i.loanPrimeRate)
                && loanStart.equals(i.loanStart) && loanEnd.equals(i.loanEnd) && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(borrower, person, enterprise, principal, loanRate, loanPrimeRate, loanStart, loanEnd,
                jurisdiction);
    }

    /** {@return the fields, with an individual's ID number masked} */
    @Override
    public String toString() {
        return "GuaranteeLoanInterestInput[" + borrower + ", " + (person != null ? person.masked() : enterprise)
                + ", " + principal.format() + " at " + loanRate + " (LPR " + loanPrimeRate + "), " + loanStart
                + ".." + loanEnd + ", " + jurisdiction + "]";
    }

    /** Builds a {@link GuaranteeLoanInterestInput}; not thread-safe. */
    public static final class Builder {
        private LoanBorrower borrower;
        private ResidentIdNumber person;
        private UnifiedSocialCreditCode enterprise;
        private Money principal;
        private Ratio loanRate;
        private Ratio loanPrimeRate;
        private LocalDate loanStart;
        private LocalDate loanEnd;
        private DivisionCode jurisdiction;

        private Builder() {}

        /**
         * An individual borrower.
         *
         * @param person the ID number
         * @return this builder
         */
        public Builder individual(ResidentIdNumber person) {
            this.borrower = LoanBorrower.INDIVIDUAL;
            this.person = person;
            return this;
        }

        /**
         * A small or micro enterprise borrower.
         *
         * @param enterprise its credit code
         * @return this builder
         */
        public Builder smallOrMicroEnterprise(UnifiedSocialCreditCode enterprise) {
            this.borrower = LoanBorrower.SMALL_OR_MICRO_ENTERPRISE;
            this.enterprise = enterprise;
            return this;
        }

        /**
         * Sets the principal.
         *
         * @param principal the amount lent
         * @return this builder
         */
        public Builder principal(Money principal) {
            this.principal = principal;
            return this;
        }

        /**
         * Sets the loan's annual rate.
         *
         * @param loanRate the rate, such as {@code Ratio.percent("4.35")}
         * @return this builder
         */
        public Builder loanRate(Ratio loanRate) {
            this.loanRate = loanRate;
            return this;
        }

        /**
         * Sets the loan prime rate.
         *
         * @param loanPrimeRate the LPR, such as {@code Ratio.percent("3.85")}
         * @return this builder
         */
        public Builder loanPrimeRate(Ratio loanPrimeRate) {
            this.loanPrimeRate = loanPrimeRate;
            return this;
        }

        /**
         * Sets the loan's first and last day.
         *
         * @param start the first day
         * @param end the repayment day, after the start
         * @return this builder
         */
        public Builder period(LocalDate start, LocalDate end) {
            this.loanStart = start;
            this.loanEnd = end;
            return this;
        }

        /**
         * Sets the jurisdiction.
         *
         * @param jurisdiction a city or county
         * @return this builder
         */
        public Builder jurisdiction(DivisionCode jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        /**
         * Builds the input.
         *
         * @return the input
         * @throws InvalidInputException with every fault (codes in the class javadoc)
         */
        public GuaranteeLoanInterestInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("guarantee-loan");
            if (f.required("borrower", borrower)) {
                if (borrower == LoanBorrower.INDIVIDUAL) {
                    f.required("person", person);
                } else {
                    f.required("enterprise", enterprise);
                }
            }
            if (f.required("principal", principal) && !principal.isPositive()) {
                f.add("principal", "non-positive-amount", "the principal must be above zero");
            }
            if (f.required("loanRate", loanRate) && loanRate.isNegative()) {
                f.add("loanRate", "negative-rate", "a rate must not be negative");
            }
            if (f.required("loanPrimeRate", loanPrimeRate) && loanPrimeRate.isNegative()) {
                f.add("loanPrimeRate", "negative-rate", "a rate must not be negative");
            }
            boolean start = f.required("loanStart", loanStart);
            if (f.required("loanEnd", loanEnd) && start && !loanEnd.isAfter(loanStart)) {
                f.add("loanEnd", "date-order", "the loan must end after it starts");
            }
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new GuaranteeLoanInterestInput(this);
        }
    }
}
