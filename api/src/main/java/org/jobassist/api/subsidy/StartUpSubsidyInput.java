package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.region.DivisionCode;

/**
 * A founder's case for the one-time start-up subsidy (一次性创业补贴): who founded which
 * business, and when they applied (the pack's amount is read as in force that day).
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once: {@code start-up.required}
 * ({@code founder}, {@code business}, {@code applicationDate}, {@code jurisdiction}) and
 * {@code start-up.jurisdiction-level} (a province rather than a city or county).
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the founder's ID number.
 */
public final class StartUpSubsidyInput {

    private final ResidentIdNumber founder;
    private final UnifiedSocialCreditCode business;
    private final LocalDate applicationDate;
    private final DivisionCode jurisdiction;

    private StartUpSubsidyInput(Builder b) {
        this.founder = b.founder;
        this.business = b.business;
        this.applicationDate = b.applicationDate;
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

    /** @return the founder's ID number; personal data */
    public ResidentIdNumber founder() {
        return founder;
    }

    /** @return the business founded */
    public UnifiedSocialCreditCode business() {
        return business;
    }

    /** @return the application date */
    public LocalDate applicationDate() {
        return applicationDate;
    }

    /** @return the city or county whose rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StartUpSubsidyInput i && founder.equals(i.founder) && business.equals(i.business)
                && applicationDate.equals(i.applicationDate) && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(founder, business, applicationDate, jurisdiction);
    }

    /** {@return the fields, with the founder's ID number masked} */
    @Override
    public String toString() {
        return "StartUpSubsidyInput[" + founder.masked() + ", " + business + ", applied " + applicationDate + ", "
                + jurisdiction + "]";
    }

    /** Builds a {@link StartUpSubsidyInput}; not thread-safe. */
    public static final class Builder {
        private ResidentIdNumber founder;
        private UnifiedSocialCreditCode business;
        private LocalDate applicationDate;
        private DivisionCode jurisdiction;

        private Builder() {}

        /**
         * Sets the founder.
         *
         * @param founder the ID number
         * @return this builder
         */
        public Builder founder(ResidentIdNumber founder) {
            this.founder = founder;
            return this;
        }

        /**
         * Sets the business.
         *
         * @param business its credit code
         * @return this builder
         */
        public Builder business(UnifiedSocialCreditCode business) {
            this.business = business;
            return this;
        }

        /**
         * Sets the application date.
         *
         * @param applicationDate the date
         * @return this builder
         */
        public Builder applicationDate(LocalDate applicationDate) {
            this.applicationDate = applicationDate;
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
        public StartUpSubsidyInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("start-up");
            f.required("founder", founder);
            f.required("business", business);
            f.required("applicationDate", applicationDate);
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new StartUpSubsidyInput(this);
        }
    }
}
