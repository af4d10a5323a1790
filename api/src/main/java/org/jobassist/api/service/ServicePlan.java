package org.jobassist.api.service;

import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;

/**
 * A service plan (服务计划): the services one person is to be offered in one year, by a
 * standard.
 *
 * <p>Error code of the constructor: {@code plan.year} (a year outside 1900 to 9999).
 *
 * <p>{@link #toString()} does not show the person. Immutable and thread-safe.
 *
 * @param person the person
 * @param year the calendar year
 * @param standard the standard the plan follows
 */
public record ServicePlan(PersonId person, int year, ServiceStandard standard) {

    /**
     * Checks the plan.
     *
     * @throws InvalidInputException {@code plan.year}
     * @throws NullPointerException if {@code person} or {@code standard} is null
     */
    public ServicePlan {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(standard, "standard");
        if (year < 1900 || year > 9999) {
            throw new InvalidInputException(new Violation("year", "plan.year", "a plan year is 1900 to 9999"));
        }
    }

    /** {@return a summary without the person} */
    @Override
    public String toString() {
        return "ServicePlan[" + year + ", " + standard + "]";
    }
}
