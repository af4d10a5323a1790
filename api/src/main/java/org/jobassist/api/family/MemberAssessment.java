package org.jobassist.api.family;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one person on a household register was assessed: counted as a working-age, able and
 * willing family member without work, or not counted, for every reason that applies.
 *
 * <p>Immutable and thread-safe.
 *
 * @param person the person
 * @param index the person's position on the register, from 0
 * @param reasons why the person was not counted; empty exactly when counted
 */
public record MemberAssessment(PersonId person, int index, Set<ExclusionReason> reasons) {

    /**
     * Checks and copies the fields.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     * @throws NullPointerException if {@code person} or {@code reasons} is null
     */
    public MemberAssessment {
        Objects.requireNonNull(person, "person");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(reasons, "reasons");
        reasons = reasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    /**
     * Whether the person was counted.
     *
     * @return true if no reason excludes them
     */
    public boolean counted() {
        return reasons.isEmpty();
    }

    /**
     * The position and reasons, without the person's id.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "members[" + index + "]: " + (counted() ? "counted" : reasons);
    }
}
