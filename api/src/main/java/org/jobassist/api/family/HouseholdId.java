package org.jobassist.api.family;

import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * The host's identifier of a household register (户籍家庭户), such as the register number
 * printed on the household booklet. The library treats it as an opaque key.
 *
 * <p>Error code: {@code household.id} (blank value).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the identifier, not blank
 */
public record HouseholdId(String value) {

    /**
     * Checks the value.
     *
     * @param value the identifier
     * @throws InvalidInputException with code {@code household.id} if {@code value} is blank
     * @throws NullPointerException if {@code value} is null
     */
    public HouseholdId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidInputException(Violation.of("household.id", "a household id must not be blank"));
        }
    }

    /**
     * A household id.
     *
     * @param value the identifier, not blank
     * @return the id
     * @throws InvalidInputException with code {@code household.id} if {@code value} is blank
     * @throws NullPointerException if {@code value} is null
     */
    public static HouseholdId of(String value) {
        return new HouseholdId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
