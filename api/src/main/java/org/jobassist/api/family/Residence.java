package org.jobassist.api.family;

import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.time.DateRange;

/**
 * A person's residence in a household over a period, both ends included. The household is
 * the host's opaque key of an address or household (住户), not the address itself; people
 * who share a household key on a day live together (共同生活) on that day.
 *
 * <p>Error code: {@code kinship.household} (path {@code household}) for a blank key.
 *
 * <p>Immutable and thread-safe.
 *
 * @param person the resident
 * @param household the household key; not blank
 * @param period the days of residence
 */
public record Residence(PersonId person, String household, DateRange period) {

    /**
     * Validates the residence on its own; the graph checks the person.
     *
     * @throws InvalidInputException with code {@code kinship.household} if the key is blank
     * @throws NullPointerException if an argument is null
     */
    public Residence {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(period, "period");
        if (household.isBlank()) {
            throw new InvalidInputException(new Violation("household", "kinship.household",
                    "a household key must not be blank"));
        }
    }

    /**
     * The residence.
     *
     * @param person the resident
     * @param household the household key
     * @param period the days of residence
     * @return the residence
     * @throws InvalidInputException if the key is blank
     * @throws NullPointerException if an argument is null
     */
    public static Residence of(PersonId person, String household, DateRange period) {
        return new Residence(person, household, period);
    }
}
