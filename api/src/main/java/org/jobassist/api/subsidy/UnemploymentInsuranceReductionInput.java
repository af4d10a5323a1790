package org.jobassist.api.subsidy;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;

/**
 * A contribution base and a period for which to compute the saving from the phased reduction
 * of the unemployment-insurance rate (阶段性降低失业保险费率), per employer side and per
 * employee side.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once with their paths:
 * <ul>
 *   <li>{@code unemployment-insurance-reduction.required}: a field is missing
 *       ({@code employer}, {@code monthlyBase}, {@code firstMonth}, {@code lastMonth},
 *       {@code jurisdiction});</li>
 *   <li>{@code unemployment-insurance-reduction.negative-amount} ({@code monthlyBase});</li>
 *   <li>{@code unemployment-insurance-reduction.period-order} ({@code lastMonth}): the last
 *       month before the first;</li>
 *   <li>{@code unemployment-insurance-reduction.period-too-long} ({@code lastMonth}): more
 *       than {@value #MAX_MONTHS} months, a guard against runaway periods rather than a
 *       policy rule;</li>
 *   <li>{@code unemployment-insurance-reduction.jurisdiction-level}: a province rather than a
 *       city or county.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class UnemploymentInsuranceReductionInput {

    /** The longest period accepted, in months. */
    public static final int MAX_MONTHS = 1200;

    private final UnifiedSocialCreditCode employer;
    private final Money monthlyBase;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private final DivisionCode jurisdiction;

    private UnemploymentInsuranceReductionInput(Builder b) {
        this.employer = b.employer;
        this.monthlyBase = b.monthlyBase;
        this.firstMonth = b.firstMonth;
        this.lastMonth = b.lastMonth;
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

    /** @return the employer's credit code */
    public UnifiedSocialCreditCode employer() {
        return employer;
    }

    /** @return the contribution base per month (缴费基数) */
    public Money monthlyBase() {
        return monthlyBase;
    }

    /** @return the first month of the period */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /** @return the last month of the period, inclusive */
    public YearMonth lastMonth() {
        return lastMonth;
    }

    /** @return the number of months in the period */
    public int months() {
        return (int) firstMonth.until(lastMonth, ChronoUnit.MONTHS) + 1;
    }

    /** @return the city or county whose rates apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnemploymentInsuranceReductionInput i && employer.equals(i.employer)
                && monthlyBase.equals(i.monthlyBase) && firstMonth.equals(i.firstMonth)
                && lastMonth.equals(i.lastMonth) && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(employer, monthlyBase, firstMonth, lastMonth, jurisdiction);
    }

    /** {@return every field; the input holds no personal data} */
    @Override
    public String toString() {
        return "UnemploymentInsuranceReductionInput[" + employer + ", base " + monthlyBase.format() + ", "
                + firstMonth + ".." + lastMonth + ", " + jurisdiction + "]";
    }

    /** Builds an {@link UnemploymentInsuranceReductionInput}; not thread-safe. */
    public static final class Builder {
        private UnifiedSocialCreditCode employer;
        private Money monthlyBase;
        private YearMonth firstMonth;
        private YearMonth lastMonth;
        private DivisionCode jurisdiction;

        private Builder() {}

        /**
         * Sets the employer.
         *
         * @param employer its credit code
         * @return this builder
         */
        public Builder employer(UnifiedSocialCreditCode employer) {
            this.employer = employer;
            return this;
        }

        /**
         * Sets the contribution base per month.
         *
         * @param monthlyBase the base
         * @return this builder
         */
        public Builder monthlyBase(Money monthlyBase) {
            this.monthlyBase = monthlyBase;
            return this;
        }

        /**
         * Sets the period, both months inclusive.
         *
         * @param first the first month
         * @param last the last month
         * @return this builder
         */
        public Builder period(YearMonth first, YearMonth last) {
            this.firstMonth = first;
            this.lastMonth = last;
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
        public UnemploymentInsuranceReductionInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("unemployment-insurance-reduction");
            f.required("employer", employer);
            f.amount("monthlyBase", monthlyBase);
            boolean first = f.required("firstMonth", firstMonth);
            boolean last = f.required("lastMonth", lastMonth);
            if (first && last) {
                if (lastMonth.isBefore(firstMonth)) {
                    f.add("lastMonth", "period-order", "the last month is before the first");
                } else if (firstMonth.until(lastMonth, ChronoUnit.MONTHS) >= MAX_MONTHS) {
                    f.add("lastMonth", "period-too-long", "the period is longer than " + MAX_MONTHS + " months");
                }
            }
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new UnemploymentInsuranceReductionInput(this);
        }
    }
}
