package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;

/**
 * One person on a household register, with the facts the zero-employment test reads: date of
 * birth and retirement class (for statutory working age), whether able to work (有劳动能力) and
 * wanting work (有就业愿望), in school (在校学生), in active military service (现役军人), and the
 * spells of employment, from which "employed on a date" follows.
 *
 * <p>The flags are the host's record as of the date a determination is asked for; only
 * employment is dated, because the clearing of a case turns on the day a member starts work.
 *
 * <p>Error codes, thrown by {@link Builder#build()} with paths relative to the member:
 * {@code household.required} ({@code id}, {@code birthDate} or {@code retirementClass}
 * missing), {@code household.employment-spell} ({@code employment[j]}: start after end).
 * {@code toString()} shows neither the id nor the date of birth.
 *
 * <p>Immutable and thread-safe.
 */
public final class HouseholdMember {

    private final PersonId id;
    private final LocalDate birthDate;
    private final RetirementClass retirementClass;
    private final boolean ableToWork;
    private final boolean wantsWork;
    private final boolean inSchool;
    private final boolean inActiveService;
    private final List<DateRange> employment;

    private HouseholdMember(Builder b, List<DateRange> employment) {
        this.id = b.id;
        this.birthDate = b.birthDate;
        this.retirementClass = b.retirementClass;
        this.ableToWork = b.ableToWork;
        this.wantsWork = b.wantsWork;
        this.inSchool = b.inSchool;
        this.inActiveService = b.inActiveService;
        this.employment = List.copyOf(employment);
    }

    /**
     * A new builder for the person {@code id}; able to work, wanting work, not in school, not
     * in service and never employed until told otherwise.
     *
     * @param id the person
     * @return the builder
     */
    public static Builder builder(PersonId id) {
        return new Builder().id(id);
    }

    /**
     * A builder holding this member's facts, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).birthDate(birthDate).retirementClass(retirementClass)
                .ableToWork(ableToWork).wantsWork(wantsWork).inSchool(inSchool).inActiveService(inActiveService);
        for (DateRange spell : employment) {
            b.employed(spell.start(), spell.isOpenEnded() ? null : spell.end());
        }
        return b;
    }

    /**
     * The person.
     *
     * @return the id
     */
    public PersonId id() {
        return id;
    }

    /**
     * The date of birth.
     *
     * @return the date
     */
    public LocalDate birthDate() {
        return birthDate;
    }

    /**
     * The class under the statutory retirement rules.
     *
     * @return the class
     */
    public RetirementClass retirementClass() {
        return retirementClass;
    }

    /**
     * Whether the person is able to work (有劳动能力).
     *
     * @return true if able
     */
    public boolean ableToWork() {
        return ableToWork;
    }

    /**
     * Whether the person wants a job (有就业愿望).
     *
     * @return true if willing
     */
    public boolean wantsWork() {
        return wantsWork;
    }

    /**
     * Whether the person is a student in school (在校学生).
     *
     * @return true if in school
     */
    public boolean inSchool() {
        return inSchool;
    }

    /**
     * Whether the person is in active military service (现役军人).
     *
     * @return true if serving
     */
    public boolean inActiveService() {
        return inActiveService;
    }

    /**
     * The spells of employment, in the order given; an open-ended range is a current job.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<DateRange> employment() {
        return employment;
    }

    /**
     * Whether the person is employed on {@code date}: some spell contains it. Allocates
     * nothing.
     *
     * @param date the date
     * @return true if employed that day
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isEmployedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = 0, n = employment.size(); i < n; i++) {
            if (employment.get(i).contains(date)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdMember m && id.equals(m.id) && birthDate.equals(m.birthDate)
                && retirementClass == m.retirementClass && ableToWork == m.ableToWork
                && wantsWork == m.wantsWork && inSchool == m.inSchool
                && inActiveService == m.inActiveService && employment.equals(m.employment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, birthDate, retirementClass, ableToWork, wantsWork, inSchool, inActiveService,
                employment);
    }

    /**
     * The facts without the id or date of birth, which are personal data.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "HouseholdMember[" + retirementClass + (ableToWork ? ", able" : ", unable")
                + (wantsWork ? ", willing" : ", not willing") + (inSchool ? ", in school" : "")
                + (inActiveService ? ", in active service" : "") + ", " + employment.size() + " employment spells]";
    }

    /**
     * Builds a {@link HouseholdMember}; {@link #build()} reports every fault at once. Not
     * thread-safe.
     */
    public static final class Builder {
        private PersonId id;
        private LocalDate birthDate;
        private RetirementClass retirementClass;
        private boolean ableToWork = true;
        private boolean wantsWork = true;
        private boolean inSchool;
        private boolean inActiveService;
        private final List<LocalDate[]> spells = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the person.
         *
         * @param id the person
         * @return this builder
         */
        public Builder id(PersonId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the date of birth.
         *
         * @param birthDate the date
         * @return this builder
         */
        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /**
         * Sets the retirement class.
         *
         * @param retirementClass the class
         * @return this builder
         */
        public Builder retirementClass(RetirementClass retirementClass) {
            this.retirementClass = retirementClass;
            return this;
        }

        /**
         * Sets whether the person is able to work.
         *
         * @param ableToWork true if able
         * @return this builder
         */
        public Builder ableToWork(boolean ableToWork) {
            this.ableToWork = ableToWork;
            return this;
        }

        /**
         * Sets whether the person wants a job.
         *
         * @param wantsWork true if willing
         * @return this builder
         */
        public Builder wantsWork(boolean wantsWork) {
            this.wantsWork = wantsWork;
            return this;
        }

        /**
         * Sets whether the person is a student in school.
         *
         * @param inSchool true if in school
         * @return this builder
         */
        public Builder inSchool(boolean inSchool) {
            this.inSchool = inSchool;
            return this;
        }

        /**
         * Sets whether the person is in active military service.
         *
         * @param inActiveService true if serving
         * @return this builder
         */
        public Builder inActiveService(boolean inActiveService) {
            this.inActiveService = inActiveService;
            return this;
        }

        /**
         * Adds a spell of employment.
         *
         * @param start the first day of work
         * @param endInclusive the last day of work, or null for a job that goes on
         * @return this builder
         */
        public Builder employed(LocalDate start, LocalDate endInclusive) {
            spells.add(new LocalDate[] {start, endInclusive});
            return this;
        }

        /**
         * Builds the member.
         *
         * @return the member
         * @throws InvalidInputException with every fault: {@code household.required},
         *     {@code household.employment-spell}
         */
        public HouseholdMember build() {
            List<Violation> faults = new ArrayList<>();
            if (id == null) {
                faults.add(new Violation("id", "household.required", "a member needs a person id"));
            }
            if (birthDate == null) {
                faults.add(new Violation("birthDate", "household.required", "a member needs a date of birth"));
            }
            if (retirementClass == null) {
                faults.add(new Violation("retirementClass", "household.required",
                        "a member needs a retirement class"));
            }
            List<DateRange> ranges = new ArrayList<>(spells.size());
            for (int j = 0; j < spells.size(); j++) {
                LocalDate start = spells.get(j)[0];
                LocalDate end = spells.get(j)[1];
                if (start == null) {
                    faults.add(new Violation("employment[" + j + "].start", "household.required",
                            "an employment spell needs a start"));
                } else if (end != null && end.isBefore(start)) {
                    faults.add(new Violation("employment[" + j + "]", "household.employment-spell",
                            "an employment spell must not end before it starts"));
                } else {
                    ranges.add(end == null ? DateRange.startingOn(start) : DateRange.of(start, end));
                }
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new HouseholdMember(this, ranges);
        }
    }
}
