package org.jobassist.api.subsidy;

import java.time.Year;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;

/**
 * One insured unit's case for the job-stabilisation refund (失业保险稳岗返还) of a refund year:
 * the unit, its size and type, and its unemployment-insurance figures for the <em>assessed
 * year</em>, the calendar year before the refund year.
 *
 * <p>The pack's values are read as in force on 1 January of the refund year, so "the 2021
 * ratios" are those of refunds granted in 2021 on the premiums of 2020.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once with their paths:
 * <ul>
 *   <li>{@code job-stabilisation.required}: a field is missing ({@code creditCode},
 *       {@code size}, {@code organisationType}, {@code refundYear},
 *       {@code employerPremiumsPaid}, {@code employeePremiumsPaid}, {@code jurisdiction});</li>
 *   <li>{@code job-stabilisation.negative-count}: a headcount, the claimants or the months
 *       below zero ({@code insuredAtStartOfYear}, {@code insuredAtEndOfYear},
 *       {@code benefitClaimants}, {@code fullContributionMonths});</li>
 *   <li>{@code job-stabilisation.negative-amount}: premiums below zero;</li>
 *   <li>{@code job-stabilisation.jurisdiction-level}: a province rather than a city or
 *       county.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. A credit code is not personal data: {@link #toString()} shows
 * it.
 */
public final class JobStabilisationRefundInput {

    private final UnifiedSocialCreditCode creditCode;
    private final EnterpriseSize size;
    private final OrganisationType organisationType;
    private final Year refundYear;
    private final int insuredAtStartOfYear;
    private final int insuredAtEndOfYear;
    private final int benefitClaimants;
    private final Money employerPremiumsPaid;
    private final Money employeePremiumsPaid;
    private final int fullContributionMonths;
    private final DivisionCode jurisdiction;

    private JobStabilisationRefundInput(Builder b) {
        this.creditCode = b.creditCode;
        this.size = b.size;
        this.organisationType = b.organisationType;
        this.refundYear = b.refundYear;
        this.insuredAtStartOfYear = b.insuredAtStartOfYear;
        this.insuredAtEndOfYear = b.insuredAtEndOfYear;
        this.benefitClaimants = b.benefitClaimants;
        this.employerPremiumsPaid = b.employerPremiumsPaid;
        this.employeePremiumsPaid = b.employeePremiumsPaid;
        this.fullContributionMonths = b.fullContributionMonths;
        this.jurisdiction = b.jurisdiction;
    }

    /**
     * A new builder; the organisation type defaults to {@link OrganisationType#ENTERPRISE}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the unit's unified social credit code */
    public UnifiedSocialCreditCode creditCode() {
        return creditCode;
    }

    /** @return the size class */
    public EnterpriseSize size() {
        return size;
    }

    /** @return the organisation type */
    public OrganisationType organisationType() {
        return organisationType;
    }

    /**
     * Whether the unit is refunded at the SME ratio: an SME by size, or a type that counts as
     * one.
     *
     * @return true for the SME ratio
     */
    public boolean isSme() {
        return size.isSme() || organisationType.countsAsSme();
    }

    /** @return the year the refund is granted in; the figures are of the year before */
    public Year refundYear() {
        return refundYear;
    }

    /** @return the assessed year, the one before the refund year */
    public Year assessedYear() {
        return refundYear.minusYears(1);
    }

    /** @return the insured headcount at the end of the year before the assessed year */
    public int insuredAtStartOfYear() {
        return insuredAtStartOfYear;
    }

    /** @return the insured headcount at the end of the assessed year */
    public int insuredAtEndOfYear() {
        return insuredAtEndOfYear;
    }

    /** @return the people who drew unemployment benefit in the assessed year, laid off by this unit */
    public int benefitClaimants() {
        return benefitClaimants;
    }

    /** @return the unemployment-insurance premiums the unit itself actually paid in the assessed year */
    public Money employerPremiumsPaid() {
        return employerPremiumsPaid;
    }

    /** @return the premiums its employees actually paid in the assessed year */
    public Money employeePremiumsPaid() {
        return employeePremiumsPaid;
    }

    /** @return the months of full unemployment-insurance contributions up to the refund */
    public int fullContributionMonths() {
        return fullContributionMonths;
    }

    /** @return the city or county whose rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /**
     * A builder holding this input's fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().creditCode(creditCode).size(size).organisationType(organisationType)
                .refundYear(refundYear).insuredAtStartOfYear(insuredAtStartOfYear)
                .insuredAtEndOfYear(insuredAtEndOfYear).benefitClaimants(benefitClaimants)
                .employerPremiumsPaid(employerPremiumsPaid).employeePremiumsPaid(employeePremiumsPaid)
                .fullContributionMonths(fullContributionMonths).jurisdiction(jurisdiction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobStabilisationRefundInput i && creditCode.equals(i.creditCode) && size == i.size
                && organisationType == i.organisationType && refundYear.equals(i.refundYear)
                && insuredAtStartOfYear == i.insuredAtStartOfYear && insuredAtEndOfYear == i.insuredAtEndOfYear
                && benefitClaimants == i.benefitClaimants && employerPremiumsPaid.equals(i.employerPremiumsPaid)
                && employeePremiumsPaid.equals(i.employeePremiumsPaid)
                && fullContributionMonths == i.fullContributionMonths && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(creditCode, size, organisationType, refundYear, insuredAtStartOfYear,
                insuredAtEndOfYear, benefitClaimants, employerPremiumsPaid, employeePremiumsPaid,
                fullContributionMonths, jurisdiction);
    }

    /** {@return every field; the input holds no personal data} */
    @Override
    public String toString() {
        return "JobStabilisationRefundInput[" + creditCode + ", " + size + ", " + organisationType
                + ", refund " + refundYear + ", insured " + insuredAtStartOfYear + " -> " + insuredAtEndOfYear
                + ", claimants " + benefitClaimants + ", premiums " + employerPremiumsPaid.format() + " + "
                + employeePremiumsPaid.format() + ", full months " + fullContributionMonths + ", "
                + jurisdiction + "]";
    }

    /** Builds a {@link JobStabilisationRefundInput}; not thread-safe. */
    public static final class Builder {
        private UnifiedSocialCreditCode creditCode;
        private EnterpriseSize size;
        private OrganisationType organisationType = OrganisationType.ENTERPRISE;
        private Year refundYear;
        private int insuredAtStartOfYear;
        private int insuredAtEndOfYear;
        private int benefitClaimants;
        private Money employerPremiumsPaid;
        private Money employeePremiumsPaid;
        private int fullContributionMonths;
        private DivisionCode jurisdiction;

        private Builder() {}

        /**
         * Sets the credit code.
         *
         * @param creditCode the code
         * @return this builder
         */
        public Builder creditCode(UnifiedSocialCreditCode creditCode) {
            this.creditCode = creditCode;
            return this;
        }

        /**
         * Sets the size class.
         *
         * @param size the size
         * @return this builder
         */
        public Builder size(EnterpriseSize size) {
            this.size = size;
            return this;
        }

        /**
         * Sets the organisation type.
         *
         * @param organisationType the type
         * @return this builder
         */
        public Builder organisationType(OrganisationType organisationType) {
            this.organisationType = organisationType;
            return this;
        }

        /**
         * Sets the refund year.
         *
         * @param refundYear the year the refund is granted in
         * @return this builder
         */
        public Builder refundYear(Year refundYear) {
            this.refundYear = refundYear;
            return this;
        }

        /**
         * Sets the insured headcount at the end of the year before the assessed year.
         *
         * @param headcount the headcount
         * @return this builder
         */
        public Builder insuredAtStartOfYear(int headcount) {
            this.insuredAtStartOfYear = headcount;
            return this;
        }

        /**
         * Sets the insured headcount at the end of the assessed year.
         *
         * @param headcount the headcount
         * @return this builder
         */
        public Builder insuredAtEndOfYear(int headcount) {
            this.insuredAtEndOfYear = headcount;
            return this;
        }

        /**
         * Sets the people who drew unemployment benefit in the assessed year.
         *
         * @param claimants the number
         * @return this builder
         */
        public Builder benefitClaimants(int claimants) {
            this.benefitClaimants = claimants;
            return this;
        }

        /**
         * Sets the premiums the unit paid in the assessed year.
         *
         * @param paid the amount
         * @return this builder
         */
        public Builder employerPremiumsPaid(Money paid) {
            this.employerPremiumsPaid = paid;
            return this;
        }

        /**
         * Sets the premiums the employees paid in the assessed year.
         *
         * @param paid the amount
         * @return this builder
         */
        public Builder employeePremiumsPaid(Money paid) {
            this.employeePremiumsPaid = paid;
            return this;
        }

        /**
         * Sets the months of full contributions.
         *
         * @param months the months
         * @return this builder
         */
        public Builder fullContributionMonths(int months) {
            this.fullContributionMonths = months;
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
        public JobStabilisationRefundInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("job-stabilisation");
            f.required("creditCode", creditCode);
            f.required("size", size);
            f.required("organisationType", organisationType);
            f.required("refundYear", refundYear);
            f.notNegative("insuredAtStartOfYear", insuredAtStartOfYear);
            f.notNegative("insuredAtEndOfYear", insuredAtEndOfYear);
            f.notNegative("benefitClaimants", benefitClaimants);
            f.amount("employerPremiumsPaid", employerPremiumsPaid);
            f.amount("employeePremiumsPaid", employeePremiumsPaid);
            f.notNegative("fullContributionMonths", fullContributionMonths);
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new JobStabilisationRefundInput(this);
        }
    }
}
