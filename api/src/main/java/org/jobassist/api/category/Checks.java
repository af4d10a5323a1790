package org.jobassist.api.category;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/** The checks the condition records share. */
final class Checks {

    private Checks() {}

    static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new InvalidInputException(new Violation(field, "category.negative", field + " must not be negative"));
        }
        return value;
    }
}
