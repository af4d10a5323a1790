package org.jobassist.api.family;

import java.util.Objects;
import org.jobassist.api.time.DateRange;

/**
 * A spell of two people living together (共同生活) over a period, both ends included. Two
 * people also live together on a day when they share a {@link Residence} on it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param a one person
 * @param b the other person
 * @param period the days they lived together
 */
public record LivingTogether(PersonId a, PersonId b, DateRange period) {

    /**
     * Checks for nulls; the graph checks the people.
     *
     * @throws NullPointerException if an argument is null
     */
    public LivingTogether {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(period, "period");
    }

    /**
     * The spell.
     *
     * @param a one person
     * @param b the other person
     * @param period the days they lived together
     * @return the spell
     * @throws NullPointerException if an argument is null
     */
    public static LivingTogether of(PersonId a, PersonId b, DateRange period) {
        return new LivingTogether(a, b, period);
    }
}
