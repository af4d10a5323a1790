package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;

/**
 * A graduate's case for the one-time job-search subsidy (一次性求职创业补贴): who applies, on
 * which day (the pack's amount is read as in force that day), and on which grounds, possibly
 * none. That the person is a graduate of the year is for the host to establish before asking.
 *
 * <p>The subsidy is paid once per person: record a grant with the reference
 * {@value #GRANT_REFERENCE}, so that every grant to the same person has the same ledger key
 * ({@code IdempotencyKey.once(person, JOB_SEARCH, "job-search")}) and a second, different grant
 * is refused as a key conflict.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once: {@code job-search.required}
 * ({@code graduate}, {@code applicationDate}, {@code jurisdiction}) and
 * {@code job-search.jurisdiction-level} (a province rather than a city or county).
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the graduate's ID number.
 */
public final class JobSearchSubsidyInput {

    /** The grant reference of every job-search grant, which makes the ledger pay one per person. */
    public static final String GRANT_REFERENCE = "job-search";

    private final ResidentIdNumber graduate;
    private final Set<JobSearchGround> grounds;
    private final LocalDate applicationDate;
    private final DivisionCode jurisdiction;

    private JobSearchSubsidyInput(Builder b) {
        this.graduate = b.graduate;
        this.grounds = Collections.unmodifiableSet(EnumSet.copyOf(b.grounds));
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

    /** @return the graduate's ID number; personal data */
    public ResidentIdNumber graduate() {
        return graduate;
    }

    /** @return the grounds the graduate qualifies on, possibly none */
    public Set<JobSearchGround> grounds() {
        return grounds;
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
        return o instanceof JobSearchSubsidyInput i && graduate.equals(i.graduate) && grounds.equals(i.grounds)
                && applicationDate.equals(i.applicationDate) && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(graduate, grounds, applicationDate, jurisdiction);
    }

    /** {@return the fields, with the graduate's ID number masked} */
    @Override
    public String toString() {
        return "JobSearchSubsidyInput[" + graduate.masked() + ", " + grounds + ", applied " + applicationDate
                + ", " + jurisdiction + "]";
    }

    /** Builds a {@link JobSearchSubsidyInput}; not thread-safe. */
    public static final class Builder {
        private ResidentIdNumber graduate;
        private final Set<JobSearchGround> grounds = EnumSet.noneOf(JobSearchGround.class);
        private LocalDate applicationDate;
        private DivisionCode jurisdiction;

        private Builder() {}

        /**
         * Sets the graduate.
         *
         * @param graduate the ID number
         * @return this builder
         */
        public Builder graduate(ResidentIdNumber graduate) {
            this.graduate = graduate;
            return this;
        }

        /**
         * Adds a ground the graduate qualifies on.
         *
         * @param ground the ground
         * @return this builder
         * @throws NullPointerException if {@code ground} is null
         */
        public Builder ground(JobSearchGround ground) {
            grounds.add(Objects.requireNonNull(ground, "ground"));
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
        public JobSearchSubsidyInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("job-search");
            f.required("graduate", graduate);
            f.required("applicationDate", applicationDate);
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new JobSearchSubsidyInput(this);
        }
    }
}
