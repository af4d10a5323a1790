package org.jobassist.api.assessment;

import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.Violation;

/**
 * An outcome of a batch that was not recorded, with its position in the batch, its id and why.
 * Violations carry no personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the position in the batch, from 0
 * @param id the outcome's id
 * @param violations why, at least one
 */
public record RejectedOutcome(int index, String id, List<Violation> violations) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if {@code index} is negative or there is no violation
     * @throws NullPointerException if an argument is null
     */
    public RejectedOutcome {
        Objects.requireNonNull(id, "id");
        violations = List.copyOf(violations);
        if (index < 0 || violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection has an index >= 0 and at least one violation");
        }
    }

    /**
     * The code of the first violation, the reason this rejection is counted under.
     *
     * @return the code, such as {@code outcome.duplicate-in-year}
     */
    public String reason() {
        return violations.get(0).code();
    }
}
