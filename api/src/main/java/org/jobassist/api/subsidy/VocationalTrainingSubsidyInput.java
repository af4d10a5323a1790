package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;

/**
 * A trainee's case for the vocational training subsidy (职业培训补贴): who obtained a recognised
 * certificate, on which day (the pack's values are read as in force that day), and how many
 * vocational training subsidies the person has already received for <em>other</em>
 * certificates. The grant service fills that count from the ledger's
 * {@code grants(person, VOCATIONAL_TRAINING)}, leaving out this certificate's own reference.
 * Whether the certificate is a recognised one is for the host to establish before asking.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once:
 * {@code vocational-training.required} ({@code trainee}, {@code certificateDate},
 * {@code earlierSubsidies}, {@code jurisdiction}), {@code vocational-training.negative-count}
 * ({@code earlierSubsidies}) and {@code vocational-training.jurisdiction-level} (a province
 * rather than a city or county). The count is required, with no default, so that a caller who
 * forgot the ledger is told rather than paid past the limit.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the trainee's ID number.
 */
public final class VocationalTrainingSubsidyInput {

    private final ResidentIdNumber trainee;
    private final LocalDate certificateDate;
    private final int earlierSubsidies;
    private final DivisionCode jurisdiction;

    private VocationalTrainingSubsidyInput(Builder b) {
        this.trainee = b.trainee;
        this.certificateDate = b.certificateDate;
        this.earlierSubsidies = b.earlierSubsidies;
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

    /** @return the trainee's ID number; personal data */
    public ResidentIdNumber trainee() {
        return trainee;
    }

    /** @return the day the certificate was obtained */
    public LocalDate certificateDate() {
        return certificateDate;
    }

    /** @return how many vocational training subsidies the trainee received before, for other certificates */
    public int earlierSubsidies() {
        return earlierSubsidies;
    }

    /** @return the city or county whose rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VocationalTrainingSubsidyInput i && trainee.equals(i.trainee)
                && certificateDate.equals(i.certificateDate) && earlierSubsidies == i.earlierSubsidies
                && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trainee, certificateDate, earlierSubsidies, jurisdiction);
    }

    /** {@return the fields, with the trainee's ID number masked} */
    @Override
    public String toString() {
        return "VocationalTrainingSubsidyInput[" + trainee.masked() + ", certificate " + certificateDate
                + ", " + earlierSubsidies + " earlier, " + jurisdiction + "]";
    }

    /** Builds a {@link VocationalTrainingSubsidyInput}; not thread-safe. */
    public static final class Builder {
        private ResidentIdNumber trainee;
        private LocalDate certificateDate;
        private Integer earlierSubsidies;
        private DivisionCode jurisdiction;

        private Builder() {}

        /**
         * Sets the trainee.
         *
         * @param trainee the ID number
         * @return this builder
         */
        public Builder trainee(ResidentIdNumber trainee) {
            this.trainee = trainee;
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
         * Sets how many vocational training subsidies the trainee received before.
         *
         * @param earlierSubsidies the count of other certificates already paid
         * @return this builder
         */
        public Builder earlierSubsidies(int earlierSubsidies) {
            this.earlierSubsidies = earlierSubsidies;
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
        public VocationalTrainingSubsidyInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("vocational-training");
            f.required("trainee", trainee);
            f.required("certificateDate", certificateDate);
            if (f.required("earlierSubsidies", earlierSubsidies)) {
                f.notNegative("earlierSubsidies", earlierSubsidies);
            }
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new VocationalTrainingSubsidyInput(this);
        }
    }
}
