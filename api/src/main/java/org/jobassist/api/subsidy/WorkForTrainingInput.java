package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.region.DivisionCode;

/**
 * One trainee's case for the work-for-training subsidy (以工代训补贴): the enterprise (credit
 * code, size, sector, whether hit by the epidemic), the trainee and their category, the
 * training months asked for and the application date, on which the pack's values are read.
 *
 * <p>Error codes of {@link Builder#build()}, all reported at once with their paths:
 * <ul>
 *   <li>{@code work-for-training.required}: a field is missing ({@code enterprise},
 *       {@code size}, {@code sector}, {@code trainee}, {@code category},
 *       {@code trainingStart}, {@code applicationDate}, {@code jurisdiction}; {@code hireDate}
 *       for a new-hire category; {@code graduationDate} for a recent graduate);</li>
 *   <li>{@code work-for-training.non-positive-months} ({@code trainingMonths}): fewer than
 *       one month asked for;</li>
 *   <li>{@code work-for-training.hire-after-training-start} ({@code hireDate}): hired after
 *       the first training month ended;</li>
 *   <li>{@code work-for-training.hire-after-application} ({@code hireDate}): hired after the
 *       application;</li>
 *   <li>{@code work-for-training.jurisdiction-level}: a province rather than a city or
 *       county.</li>
 * </ul>
 * Messages hold no dates and no ID number.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the trainee's ID number.
 */
public final class WorkForTrainingInput {

    private final UnifiedSocialCreditCode enterprise;
    private final EnterpriseSize size;
    private final WorkForTrainingSector sector;
    private final boolean epidemicHit;
    private final ResidentIdNumber trainee;
    private final TraineeCategory category;
    private final LocalDate hireDate;
    private final LocalDate graduationDate;
    private final YearMonth trainingStart;
    private final int trainingMonths;
    private final LocalDate applicationDate;
    private final DivisionCode jurisdiction;

    private WorkForTrainingInput(Builder b) {
        this.enterprise = b.enterprise;
        this.size = b.size;
        this.sector = b.sector;
        this.epidemicHit = b.epidemicHit;
        this.trainee = b.trainee;
        this.category = b.category;
        this.hireDate = b.hireDate;
        this.graduationDate = b.graduationDate;
        this.trainingStart = b.trainingStart;
        this.trainingMonths = b.trainingMonths;
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

    /** @return the enterprise's credit code */
    public UnifiedSocialCreditCode enterprise() {
        return enterprise;
    }

    /** @return the enterprise's size class */
    public EnterpriseSize size() {
        return size;
    }

    /** @return the enterprise's sector */
    public WorkForTrainingSector sector() {
        return sector;
    }

    /** @return whether the enterprise was hit by the epidemic (受疫情影响) */
    public boolean epidemicHit() {
        return epidemicHit;
    }

    /** @return the trainee's ID number; personal data */
    public ResidentIdNumber trainee() {
        return trainee;
    }

    /** @return the trainee's category */
    public TraineeCategory category() {
        return category;
    }

    /** @return the hire date, present for a new-hire category */
    public Optional<LocalDate> hireDate() {
        return Optional.ofNullable(hireDate);
    }

    /** @return the graduation date, present for a recent graduate */
    public Optional<LocalDate> graduationDate() {
        return Optional.ofNullable(graduationDate);
    }

    /** @return the first training month */
    public YearMonth trainingStart() {
        return trainingStart;
    }

    /** @return the training months asked for, at least one */
    public int trainingMonths() {
        return trainingMonths;
    }

    /** @return the application date, on which the pack's values are read */
    public LocalDate applicationDate() {
        return applicationDate;
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
        return new Builder().enterprise(enterprise).size(size).sector(sector).epidemicHit(epidemicHit)
                .trainee(trainee).category(category).hireDate(hireDate).graduationDate(graduationDate)
                .trainingStart(trainingStart).trainingMonths(trainingMonths).applicationDate(applicationDate)
                .jurisdiction(jurisdiction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkForTrainingInput i && enterprise.equals(i.enterprise) && size == i.size
                && sector == i.sector && epidemicHit == i.epidemicHit && trainee.equals(i.trainee)
                && category == i.category && Objects.equals(hireDate, i.hireDate)
                && Objects.equals(graduationDate, i.graduationDate) && trainingStart.equals(i.trainingStart)
                && trainingMonths == i.trainingMonths && applicationDate.equals(i.applicationDate)
                && jurisdiction.equals(i.jurisdiction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterprise, size, sector, epidemicHit, trainee, category, hireDate, graduationDate,
                trainingStart, trainingMonths, applicationDate, jurisdiction);
    }

    /** {@return the fields, with the trainee's ID number masked} */
    @Override
    public String toString() {
        return "WorkForTrainingInput[" + enterprise + ", " + size + ", " + sector
                + (epidemicHit ? ", epidemic-hit" : "") + ", trainee " + trainee.masked() + ", " + category
                + ", from " + trainingStart + " for " + trainingMonths + " months, applied " + applicationDate
                + ", " + jurisdiction + "]";
    }

    /** Builds a {@link WorkForTrainingInput}; not thread-safe. */
    public static final class Builder {
        private UnifiedSocialCreditCode enterprise;
        private EnterpriseSize size;
        private WorkForTrainingSector sector;
        private boolean epidemicHit;
        private ResidentIdNumber trainee;
        private TraineeCategory category;
        private LocalDate hireDate;
        private LocalDate graduationDate;
        private YearMonth trainingStart;
        private int trainingMonths;
        private LocalDate applicationDate;
        private DivisionCode jurisdiction;

        private Builder() {}

        /**
         * Sets the enterprise.
         *
         * @param enterprise its credit code
         * @return this builder
         */
        public Builder enterprise(UnifiedSocialCreditCode enterprise) {
            this.enterprise = enterprise;
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
         * Sets the sector.
         *
         * @param sector the sector
         * @return this builder
         */
        public Builder sector(WorkForTrainingSector sector) {
            this.sector = sector;
            return this;
        }

        /**
         * Sets whether the enterprise was hit by the epidemic.
         *
         * @param epidemicHit the flag
         * @return this builder
         */
        public Builder epidemicHit(boolean epidemicHit) {
            this.epidemicHit = epidemicHit;
            return this;
        }

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
         * Sets the trainee's category.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(TraineeCategory category) {
            this.category = category;
            return this;
        }

        /**
         * Sets the hire date (required for a new hire).
         *
         * @param hireDate the date, or null
         * @return this builder
         */
        public Builder hireDate(LocalDate hireDate) {
            this.hireDate = hireDate;
            return this;
        }

        /**
         * Sets the graduation date (required for a recent graduate).
         *
         * @param graduationDate the date, or null
         * @return this builder
         */
        public Builder graduationDate(LocalDate graduationDate) {
            this.graduationDate = graduationDate;
            return this;
        }

        /**
         * Sets the first training month.
         *
         * @param trainingStart the month
         * @return this builder
         */
        public Builder trainingStart(YearMonth trainingStart) {
            this.trainingStart = trainingStart;
            return this;
        }

        /**
         * Sets the training months asked for.
         *
         * @param trainingMonths at least one
         * @return this builder
         */
        public Builder trainingMonths(int trainingMonths) {
            this.trainingMonths = trainingMonths;
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
        public WorkForTrainingInput build() {
            EnterpriseInputFaults f = new EnterpriseInputFaults("work-for-training");
            f.required("enterprise", enterprise);
            f.required("size", size);
            f.required("sector", sector);
            f.required("trainee", trainee);
            f.required("category", category);
            f.required("trainingStart", trainingStart);
            f.required("applicationDate", applicationDate);
            if (trainingMonths < 1) {
                f.add("trainingMonths", "non-positive-months", "at least one training month is needed");
            }
            if (category != null && category.isNewHire()) {
                f.required("hireDate", hireDate);
            }
            if (category == TraineeCategory.RECENT_GRADUATE) {
                f.required("graduationDate", graduationDate);
            }
            if (hireDate != null && trainingStart != null && hireDate.isAfter(trainingStart.atEndOfMonth())) {
                f.add("hireDate", "hire-after-training-start", "the trainee was hired after the first training month");
            }
            if (hireDate != null && applicationDate != null && hireDate.isAfter(applicationDate)) {
                f.add("hireDate", "hire-after-application", "the trainee was hired after the application");
            }
            f.jurisdiction(jurisdiction);
            f.throwIfAny();
            return new WorkForTrainingInput(this);
        }
    }
}
