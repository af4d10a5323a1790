package org.jobassist.api.family;

import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * The host system's opaque identifier of a person in a kinship graph. It is a key, not an
 * identity number or a name: hosts should use a surrogate key, because explanations and paths
 * print it ("P2 is P1's mother").
 *
 * <p>Error codes: {@code person-id.blank} (blank), {@code person-id.format} (longer than
 * {@value #MAX_LENGTH} characters, or containing white space or control characters).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the identifier; 1 to {@value #MAX_LENGTH} characters without white space
 */
public record PersonId(String value) implements Comparable<PersonId> {

    /** The longest identifier accepted. */
    public static final int MAX_LENGTH = 64;

    /**
     * Validates the identifier.
     *
     * @throws InvalidInputException with code {@code person-id.blank} or {@code person-id.format}
     * @throws NullPointerException if {@code value} is null
     */
    public PersonId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new InvalidInputException(Violation.of("person-id.blank", "a person id must not be blank"));
        }
        if (value.length() > MAX_LENGTH || value.codePoints().anyMatch(c -> Character.isWhitespace(c)
                || Character.isISOControl(c))) {
            throw new InvalidInputException(Violation.of("person-id.format",
                    "a person id is at most " + MAX_LENGTH + " characters without white space"));
        }
    }

    /**
     * The identifier {@code value}.
     *
     * @param value the identifier
     * @return the person id
     * @throws InvalidInputException if {@code value} is blank or malformed (see the class javadoc)
     * @throws NullPointerException if {@code value} is null
     */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    /**
     * Orders by the identifier's text.
     *
     * @param other the other id
     * @return the comparison of the texts
     */
    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    /**
     * The identifier itself.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
