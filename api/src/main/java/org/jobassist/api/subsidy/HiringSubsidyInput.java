package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.region.DivisionCode;

/**
 * An employer's case for the one-time hiring subsidy (一次性吸纳就业补贴): who hired whom and
 * when (the pack's amount is read as in force on the hire date).
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once: {@code hiring.required}
 * ({@code employer}, {@code hired}, {@code hireDate}, {@code jurisdiction}) and
 * {@code hiring.jurisdiction-level} (a province rather than a city or county).
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the hired person's ID number.
 */
public final class HiringSubsidyInput {

    private final UnifiedSocialCreditCode employer;
    private final ResidentIdNumber hired;
    private final LocalDate hireDate;
    private final DivisionCode jurisdiction;

    private HiringSubsidyInput(Builder b) {
        this.employer = b.employer;
        this.hired = b.hired;
        this.hireDate = b.hireDate;
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

    /** @return the hired person's ID number; personal data */
    public ResidentIdNumber hired() {
        return hired;
    }

    /** @return the hire date */
    public LocalDate hireDate() {
        return hireDate;
    }

    /** @return the city or county whose rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HiringSubsidyInput i && employer.equals(i.employer) && hired.equals(i.hired)
                && hireDate.equals(i.hireDate) && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(employer, hired, hireDate, jurisdiction);
    }

    /** {@return the fields, with the hired person's ID number masked} */
    @Override
    public String toString() {
        return "HiringSubsidyInput[" + employer + ", " + hired.masked() + ", hired " + hireDate + ", "
                + jurisdiction + "]";
    }

    /** Builds a {@link HiringSubsidyInput}; not thread-safe. */
    public static final class Builder {
        private UnifiedSocialCreditCode employer;
        private ResidentIdNumber hired;
        private LocalDate hireDate;
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
         * Sets the person hired.
         *
         * @param hired the ID number
         * @return this builder
         */
        public Builder hired(ResidentIdNumber hired) {
            this.hired = hired;
            return this;
        }

        /**
         * Sets the hire date.
         *
         * @param hireDate the date
         * @return this builder
         */
        public Builder hireDate(LocalDate hireDate) {
            this.hireDate = hireDate;
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
        public HiringSubsidyInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("hiring");
            f.required("employer", employer);
            f.required("hired", hired);
            f.required("hireDate", hireDate);
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new HiringSubsidyInput(this);
        }
    }
}
