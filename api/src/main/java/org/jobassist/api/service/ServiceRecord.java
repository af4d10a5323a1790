package org.jobassist.api.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;

/**
 * One service (服务记录) offered to a person: what kind, on which day, by which office or staff
 * member (a code, never a name), and what became of it, with an optional note code.
 *
 * <p>The id is the host's and is the key: records are appended, never changed, and appending
 * an equal record again changes nothing.
 *
 * <p>Error codes of {@link Builder#build()}: {@code service-record.required} (a missing field,
 * path names it), {@code service-record.id} (blank, longer than 64 characters, or with white
 * space), {@code service-record.provided-by} (not 1 to 32 ASCII letters, digits, dots, hyphens
 * or underscores), {@code service-record.note-code} (not a lower-case kebab code).
 *
 * <p>{@link #toString()} does not show the person. Immutable and thread-safe.
 */
public final class ServiceRecord {

    private final String id;
    private final PersonId person;
    private final ServiceActionKind kind;
    private final LocalDate date;
    private final String providedBy;
    private final ServiceOutcome outcome;
    private final String noteCode;

    private ServiceRecord(Builder b) {
        id = b.id;
        person = b.person;
        kind = b.kind;
        date = b.date;
        providedBy = b.providedBy;
        outcome = b.outcome;
        noteCode = b.noteCode;
    }

    /**
     * A builder for a record.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the host's id */
    public String id() {
        return id;
    }

    /** @return the person served */
    public PersonId person() {
        return person;
    }

    /** @return the kind of service */
    public ServiceActionKind kind() {
        return kind;
    }

    /** @return the day of the service */
    public LocalDate date() {
        return date;
    }

    /** @return the code of the office or staff member who provided it */
    public String providedBy() {
        return providedBy;
    }

    /** @return what became of the service */
    public ServiceOutcome outcome() {
        return outcome;
    }

    /** @return a note code (lower-case kebab), if any */
    public Optional<String> noteCode() {
        return Optional.ofNullable(noteCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceRecord r && id.equals(r.id) && person.equals(r.person) && kind == r.kind
                && date.equals(r.date) && providedBy.equals(r.providedBy) && outcome == r.outcome
                && Objects.equals(noteCode, r.noteCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, person, kind, date, providedBy, outcome, noteCode);
    }

    /** {@return a summary without the person} */
    @Override
    public String toString() {
        return "ServiceRecord[" + id + ", " + kind + ", " + date + ", " + outcome + "]";
    }

    /** Builds a {@link ServiceRecord}; not thread-safe. */
    public static final class Builder {
        private String id;
        private PersonId person;
        private ServiceActionKind kind;
        private LocalDate date;
        private String providedBy;
        private ServiceOutcome outcome;
        private String noteCode;

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
         * Sets the kind.
         *
         * @param kind the kind
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder kind(ServiceActionKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the day.
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
         * Sets the outcome.
         *
         * @param outcome the outcome
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder outcome(ServiceOutcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        /**
         * Sets the note code; null clears it.
         *
         * @param code a lower-case kebab code, or null
         * @return this builder
         */
        public Builder noteCode(String code) {
            this.noteCode = code;
            return this;
        }

        /**
         * Builds the record, checking every field at once.
         *
         * @return the record
         * @throws InvalidInputException with every violation found (codes in the class javadoc)
         */
        public ServiceRecord build() {
            List<Violation> faults = new ArrayList<>();
            Checks.id(faults, id, "id", "service-record");
            Checks.required(faults, person, "person", "service-record");
            Checks.required(faults, kind, "kind", "service-record");
            Checks.required(faults, date, "date", "service-record");
            Checks.staff(faults, providedBy, "providedBy", "service-record");
            Checks.required(faults, outcome, "outcome", "service-record");
            if (noteCode != null && !Checks.isKebab(noteCode)) {
                faults.add(new Violation("noteCode", "service-record.note-code",
                        "a note code is lower-case letters, digits and single inner hyphens"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new ServiceRecord(this);
        }
    }
}
