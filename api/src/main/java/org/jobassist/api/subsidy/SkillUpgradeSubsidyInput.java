package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;

/**
 * A worker's case for the skill-upgrade subsidy (技能提升补贴): who obtained a certificate of
 * which level on which day (the pack's amount is read as in force that day), and whether the
 * worker was insured on that day. DOMAIN §3.6 says only "insured workers"; the input therefore
 * carries that fact as the host establishes it, with no contribution-months test.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once:
 * {@code skill-upgrade.required} ({@code worker}, {@code level}, {@code certificateDate},
 * {@code insuredOnCertificateDate}, {@code jurisdiction}) and
 * {@code skill-upgrade.jurisdiction-level} (a province rather than a city or county). Whether
 * insured is required, with no default, so that a forgotten fact is not read as "not insured".
 * A level-2 or level-1 certificate is a valid input; the calculator finds it not covered.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the worker's ID number.
 */
public final class SkillUpgradeSubsidyInput {

    private final ResidentIdNumber worker;
    private final CertificateLevel level;
    private final LocalDate certificateDate;
    private final boolean insuredOnCertificateDate;
    private final DivisionCode jurisdiction;

    private SkillUpgradeSubsidyInput(Builder b) {
        this.worker = b.worker;
        this.level = b.level;
        this.certificateDate = b.certificateDate;
        this.insuredOnCertificateDate = b.insuredOnCertificateDate;
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

    /** @return the worker's ID number; personal data */
    public ResidentIdNumber worker() {
        return worker;
    }

    /** @return the certificate's level */
    public CertificateLevel level() {
        return level;
    }

    /** @return the day the certificate was obtained */
    public LocalDate certificateDate() {
        return certificateDate;
    }

    /** @return whether the worker was insured on the certificate date */
    public boolean insuredOnCertificateDate() {
        return insuredOnCertificateDate;
    }

    /** @return the city or county whose rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkillUpgradeSubsidyInput i && worker.equals(i.worker) && level == i.level
                && certificateDate.equals(i.certificateDate)
                && insuredOnCertificateDate == i.insuredOnCertificateDate && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(worker, level, certificateDate, insuredOnCertificateDate, jurisdiction);
    }

    /** {@return the fields, with the worker's ID number masked} */
    @Override
    public String toString() {
        return "SkillUpgradeSubsidyInput[" + worker.masked() + ", " + level + " on " + certificateDate
                + (insuredOnCertificateDate ? ", insured, " : ", not insured, ") + jurisdiction + "]";
    }

    /** Builds a {@link SkillUpgradeSubsidyInput}; not thread-safe. */
    public static final class Builder {
        private ResidentIdNumber worker;
        private CertificateLevel level;
        private LocalDate certificateDate;
        private Boolean insuredOnCertificateDate;
        private DivisionCode jurisdiction;

        private Builder() {}

        /**
         * Sets the worker.
         *
         * @param worker the ID number
         * @return this builder
         */
        public Builder worker(ResidentIdNumber worker) {
            this.worker = worker;
            return this;
        }

        /**
         * Sets the certificate's level.
         *
         * @param level the level
         * @return this builder
         */
        public Builder level(CertificateLevel level) {
            this.level = level;
            return this;
        }

        /**
         * Sets the day the certificate was obtained.
         *
         * @param certificateDate the date
         * @return this builder
         */
        public Builder certificateDate(LocalDate certificateDate) {
            this.certificateDate = certificateDate;
            return this;
        }

        /**
         * Sets whether the worker was insured on the certificate date.
         *
         * @param insured the fact, as the host establishes it
         * @return this builder
         */
        public Builder insuredOnCertificateDate(boolean insured) {
            this.insuredOnCertificateDate = insured;
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
        public SkillUpgradeSubsidyInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("skill-upgrade");
            f.required("worker", worker);
            f.required("level", level);
            f.required("certificateDate", certificateDate);
            f.required("insuredOnCertificateDate", insuredOnCertificateDate);
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new SkillUpgradeSubsidyInput(this);
        }
    }
}
