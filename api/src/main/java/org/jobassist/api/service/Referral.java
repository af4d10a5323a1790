package org.jobassist.api.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;

/**
 * A referral (岗位推荐): a vacancy recommended to a person on a day by an office or staff member,
 * whether the service judged the vacancy suitable for the person, and what became of it — with
 * the day of the outcome and, for a refusal, the reason code.
 *
 * <p>The id is the host's. A store keeps one referral per id with a {@link #version() version}
 * (0 until stored, then one more with each change), for optimistic updates of the outcome.
 *
 * <p>Error codes of {@link Builder#build()}: {@code referral.required} (a missing field, path
 * names it), {@code referral.id} (blank, longer than 64 characters, or with white space),
 * {@code referral.vacancy-id} (the same rule for the vacancy id), {@code referral.provided-by}
 * (not 1 to 32 ASCII letters, digits, dots, hyphens or underscores),
 * {@code referral.outcome-date} (an outcome other than {@link ReferralOutcome#PENDING} without
 * its day, or {@code PENDING} with one), {@code referral.outcome-before-referral} (an outcome
 * day before the referral day), {@code referral.refusal-reason} (a refusal without a reason, a
 * reason without a refusal, or a reason that is not a lower-case kebab code),
 * {@code referral.version} (a negative version).
 *
 * <p>{@link #toString()} does not show the person. Immutable and thread-safe.
 */
public final class Referral {

    private final String id;
    private final PersonId person;
    private final String vacancyId;
    private final LocalDate date;
    private final String providedBy;
    private final boolean suitable;
    private final ReferralOutcome outcome;
    private final LocalDate outcomeDate;
    private final String refusalReason;
    private final long version;

    private Referral(Builder b) {
        id = b.id;
        person = b.person;
        vacancyId = b.vacancyId;
        date = b.date;
        providedBy = b.providedBy;
        suitable = b.suitable;
        outcome = b.outcome;
        outcomeDate = b.outcomeDate;
        refusalReason = b.refusalReason;
        version = b.version;
    }

    /**
     * A builder for a referral; the outcome starts as {@link ReferralOutcome#PENDING}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every field of this referral, version included.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).person(person).vacancyId(vacancyId).date(date).providedBy(providedBy)
                .suitable(suitable).outcome(outcome).outcomeDate(outcomeDate).refusalReason(refusalReason)
                .version(version);
    }

    /**
     * This referral with an outcome that is not a refusal.
     *
     * @param newOutcome the outcome
     * @param on the day of the outcome; ignored (cleared) for {@code PENDING}
     * @return the changed referral, same version
     * @throws InvalidInputException {@code referral.refusal-reason} for {@code REFUSED} (use
     *     {@link #refused}), {@code referral.outcome-before-referral}
     * @throws NullPointerException if an argument is null
     */
    public Referral withOutcome(ReferralOutcome newOutcome, LocalDate on) {
        Objects.requireNonNull(newOutcome, "newOutcome");
        Objects.requireNonNull(on, "on");
        return toBuilder().outcome(newOutcome).outcomeDate(newOutcome == ReferralOutcome.PENDING ? null : on)
                .refusalReason(null).build();
    }

    /**
     * This referral refused by the person for a reason.
     *
     * @param on the day of the refusal
     * @param reasonCode a lower-case kebab reason code, such as {@code wage-too-low}
     * @return the changed referral, same version
     * @throws InvalidInputException {@code referral.refusal-reason},
     *     {@code referral.outcome-before-referral}
     * @throws NullPointerException if an argument is null
     */
    public Referral refused(LocalDate on, String reasonCode) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reasonCode, "reasonCode");
        return toBuilder().outcome(ReferralOutcome.REFUSED).outcomeDate(on).refusalReason(reasonCode).build();
    }

    /**
     * This referral with another version number; only a store calls this.
     *
     * @param newVersion the version, not negative
     * @return the referral with that version
     * @throws InvalidInputException {@code referral.version} if negative
     */
    public Referral withVersion(long newVersion) {
        return newVersion == version ? this : toBuilder().version(newVersion).build();
    }

    /** @return the host's id */
    public String id() {
        return id;
    }

    /** @return the person the vacancy was recommended to */
    public PersonId person() {
        return person;
    }

    /** @return the id of the vacancy recommended */
    public String vacancyId() {
        return vacancyId;
    }

    /** @return the day of the recommendation */
    public LocalDate date() {
        return date;
    }

    /** @return the code of the office or staff member who made it */
    public String providedBy() {
        return providedBy;
    }

    /**
     * Whether the service judged the vacancy suitable for the person (适合的岗位); only
     * suitable referrals count for the reference-category gate.
     *
     * @return true if suitable
     */
    public boolean suitable() {
        return suitable;
    }

    /** @return what became of the referral */
    public ReferralOutcome outcome() {
        return outcome;
    }

    /** @return the day of the outcome, empty while pending */
    public Optional<LocalDate> outcomeDate() {
        return Optional.ofNullable(outcomeDate);
    }

    /** @return the reason code of a refusal, empty otherwise */
    public Optional<String> refusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    /** @return the store's version, 0 until stored */
    public long version() {
        return version;
    }

    /**
     * Whether the person accepted the referral, hired or not.
     *
     * @return {@link ReferralOutcome#accepted()} of the outcome
     */
    public boolean accepted() {
        return outcome.accepted();
    }

    /**
     * Whether {@code other} holds the same facts, whatever the versions.
     *
     * @param other the other referral
     * @return true if every field but the version is equal
     * @throws NullPointerException if {@code other} is null
     */
    public boolean sameContentAs(Referral other) {
        return id.equals(other.id) && person.equals(other.person) && vacancyId.equals(other.vacancyId)
                && date.equals(other.date) && providedBy.equals(other.providedBy) && suitable == other.suitable
                && outcome == other.outcome && Objects.equals(outcomeDate, other.outcomeDate)
                && Objects.equals(refusalReason, other.refusalReason);
    }

    /**
     * The faults of storing {@code update} as this stored referral's new outcome: only the
     * outcome, its day and the refusal reason may change, so each other field that differs is a
     * {@code store.fixed-field} violation at its name ({@code person}, {@code vacancyId},
     * {@code date}, {@code providedBy}, {@code suitable}). Every {@link
     * org.jobassist.api.spi.ReferralStore} applies this same rule in {@code update}.
     *
     * @param update the referral with its new outcome
     * @return the violations, empty if {@code update} changes only what may change
     * @throws NullPointerException if {@code update} is null
     */
    public List<Violation> fixedFieldsChangedBy(Referral update) {
        Objects.requireNonNull(update, "update");
        List<Violation> faults = new ArrayList<>();
        fixed(faults, "person", person.equals(update.person));
        fixed(faults, "vacancyId", vacancyId.equals(update.vacancyId));
        fixed(faults, "date", date.equals(update.date));
        fixed(faults, "providedBy", providedBy.equals(update.providedBy));
        fixed(faults, "suitable", suitable == update.suitable);
        return List.copyOf(faults);
    }

    private static void fixed(List<Violation> faults, String field, boolean same) {
        if (!same) {
            faults.add(new Violation(field, "store.fixed-field",
                    "only the outcome, its day and the refusal reason of a stored referral may change"));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Referral r && sameContentAs(r) && version == r.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, person, vacancyId, date, providedBy, suitable, outcome, outcomeDate, refusalReason,
                version);
    }

    /** {@return a summary without the person} */
    @Override
    public String toString() {
        return "Referral[" + id + ", vacancy " + vacancyId + ", " + date + ", " + outcome
                + (outcomeDate == null ? "" : " on " + outcomeDate) + ", v" + version + "]";
    }

    /** Builds a {@link Referral}; not thread-safe. */
    public static final class Builder {
        private String id;
        private PersonId person;
        private String vacancyId;
        private LocalDate date;
        private String providedBy;
        private boolean suitable = true;
        private ReferralOutcome outcome = ReferralOutcome.PENDING;
        private LocalDate outcomeDate;
        private String refusalReason;
        private long version;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id the host's id
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the person.
         *
         * @param person the person
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder person(PersonId person) {
            this.person = Objects.requireNonNull(person, "person");
            return this;
        }

        /**
         * Sets the vacancy id.
         *
         * @param vacancyId the vacancy's id
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder vacancyId(String vacancyId) {
            this.vacancyId = Objects.requireNonNull(vacancyId, "vacancyId");
            return this;
        }

        /**
         * Sets the day of the recommendation.
         *
         * @param date the day
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the office or staff code.
         *
         * @param code the code
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder providedBy(String code) {
            this.providedBy = Objects.requireNonNull(code, "providedBy");
            return this;
        }

        /**
         * Sets whether the vacancy was judged suitable; default true.
         *
         * @param suitable whether suitable
         * @return this builder
         */
        public Builder suitable(boolean suitable) {
            this.suitable = suitable;
            return this;
        }

        /**
         * Sets the outcome; default {@link ReferralOutcome#PENDING}.
         *
         * @param outcome the outcome
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder outcome(ReferralOutcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        /**
         * Sets the day of the outcome; null clears it.
         *
         * @param day the day, or null
         * @return this builder
         */
        public Builder outcomeDate(LocalDate day) {
            this.outcomeDate = day;
            return this;
        }

        /**
         * Sets the refusal reason code; null clears it.
         *
         * @param code a lower-case kebab code, or null
         * @return this builder
         */
        public Builder refusalReason(String code) {
            this.refusalReason = code;
            return this;
        }

        /**
         * Sets the version; default 0. Hosts leave it; stores set it.
         *
         * @param version the version
         * @return this builder
         */
        public Builder version(long version) {
            this.version = version;
            return this;
        }

        /**
         * Builds the referral, checking every field at once.
         *
         * @return the referral
         * @throws InvalidInputException with every violation found (codes in the class javadoc)
         */
        public Referral build() {
            List<Violation> faults = new ArrayList<>();
            Checks.id(faults, id, "id", "referral");
            Checks.required(faults, person, "person", "referral");
            if (vacancyId == null) {
                Checks.required(faults, null, "vacancyId", "referral");
            } else if (!Checks.isWellFormedId(vacancyId)) {
                faults.add(new Violation("vacancyId", "referral.vacancy-id",
                        "a vacancy id is 1 to 64 characters without white space"));
            }
            Checks.required(faults, date, "date", "referral");
            Checks.staff(faults, providedBy, "providedBy", "referral");
            if ((outcome == ReferralOutcome.PENDING) != (outcomeDate == null)) {
                faults.add(new Violation("outcomeDate", "referral.outcome-date",
                        "an outcome has its day, and a pending referral has none"));
            } else if (outcomeDate != null && date != null && outcomeDate.isBefore(date)) {
                faults.add(new Violation("outcomeDate", "referral.outcome-before-referral",
                        "an outcome is not before the referral"));
            }
            if (outcome == ReferralOutcome.REFUSED ? refusalReason == null || !Checks.isKebab(refusalReason)
                    : refusalReason != null) {
                faults.add(new Violation("refusalReason", "referral.refusal-reason",
                        "a refusal has a lower-case kebab reason code, and only a refusal has one"));
            }
            if (version < 0) {
                faults.add(new Violation("version", "referral.version", "a version is not negative"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new Referral(this);
        }
    }
}
