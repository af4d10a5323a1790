package org.jobassist.api.category;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;

/**
 * An input of a batch recognition that was rejected, with the reasons: its position in the
 * input, the person's id (absent for a null element) and the violations, whose messages hold
 * no personal data (the person id is the host's opaque key, not personal data).
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the zero-based position in the input
 * @param person the person's id, or empty for a null element
 * @param violations the reasons, at least one
 */
public record RejectedPerson(long index, Optional<PersonId> person, List<Violation> violations) {

    /**
     * Checks and copies the fields.
     *
     * @throws IllegalArgumentException if {@code index} is negative or there is no violation
     * @throws NullPointerException if a field or an element is null
     */
    public RejectedPerson {
        Objects.requireNonNull(person, "person");
        violations = List.copyOf(violations);
        if (index < 0 || violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs a position and at least one violation");
        }
    }
}
