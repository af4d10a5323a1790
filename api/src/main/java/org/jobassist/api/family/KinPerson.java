package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.Gender;

/**
 * A person in a kinship graph: identifier, gender, date of birth and, if they have died,
 * date of death. A person counts as living on the day of their death and as deceased from
 * the next day.
 *
 * <p>Error code: {@code kinship.date-order} (path {@code deathDate}) if the death is before
 * the birth.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the person's identifier
 * @param gender the gender, which decides words such as "father" and the paternal or maternal
 *     side of grandparents
 * @param birthDate the date of birth
 * @param deathDate the date of death, or null while living
 */
public record KinPerson(PersonId id, Gender gender, LocalDate birthDate, LocalDate deathDate) {

    /**
     * Validates the person.
     *
     * @throws InvalidInputException with code {@code kinship.date-order} if the death is
     *     before the birth
     * @throws NullPointerException if {@code id}, {@code gender} or {@code birthDate} is null
     */
    public KinPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        if (deathDate != null && deathDate.isBefore(birthDate)) {
            throw new InvalidInputException(new Violation("deathDate", "kinship.date-order",
                    "the date of death must not be before the date of birth"));
        }
    }

    /**
     * A living person.
     *
     * @param id the identifier
     * @param gender the gender
     * @param birthDate the date of birth
     * @return the person
     * @throws NullPointerException if an argument is null
     */
    public static KinPerson of(PersonId id, Gender gender, LocalDate birthDate) {
        return new KinPerson(id, gender, birthDate, null);
    }

    /**
     * A living person, by the text of the identifier.
     *
     * @param id the identifier's text
     * @param gender the gender
     * @param birthDate the date of birth
     * @return the person
     * @throws InvalidInputException if {@code id} is not a valid {@link PersonId}
     * @throws NullPointerException if an argument is null
     */
    public static KinPerson of(String id, Gender gender, LocalDate birthDate) {
        return new KinPerson(PersonId.of(id), gender, birthDate, null);
    }

    /**
     * This person, deceased on {@code date}.
     *
     * @param date the date of death
     * @return a copy with the date of death set
     * @throws InvalidInputException with code {@code kinship.date-order} if before the birth
     * @throws NullPointerException if {@code date} is null
     */
    public KinPerson diedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new KinPerson(id, gender, birthDate, date);
    }

    /**
     * The date of death.
     *
     * @return the date, or empty while living
     */
    public Optional<LocalDate> death() {
        return Optional.ofNullable(deathDate);
    }

    /**
     * Whether the person has been born and has not yet died on {@code date} (the day of death
     * still counts as living).
     *
     * @param date the day asked about
     * @return true if {@code birthDate <= date} and no death before {@code date}
     */
    public boolean isLivingOn(LocalDate date) {
        return !date.isBefore(birthDate) && (deathDate == null || !date.isAfter(deathDate));
    }
}
