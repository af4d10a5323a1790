package org.jobassist.api.category;

/**
 * The person's statutory retirement date (法定退休年龄) lies at most {@code years} years after
 * the date asked about: Liaoning's category 3 with 5 years. The retirement date is the one
 * the law in force on that date gives.
 *
 * <p>Immutable and thread-safe.
 *
 * @param years the window in whole years; not negative
 */
public record WithinYearsOfRetirement(int years) implements Condition {

    /**
     * Validates the window.
     *
     * @throws org.jobassist.api.error.InvalidInputException {@code category.negative} if
     *     {@code years} is negative
     */
    public WithinYearsOfRetirement {
        Checks.nonNegative(years, "years");
    }

    /**
     * The condition with this window.
     *
     * @param years the window in whole years
     * @return the condition
     * @throws org.jobassist.api.error.InvalidInputException {@code category.negative} if
     *     {@code years} is negative
     */
    public static WithinYearsOfRetirement of(int years) {
        return new WithinYearsOfRetirement(years);
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.WITHIN_YEARS_OF_RETIREMENT;
    }

    @Override
    public String describe() {
        return "within " + years + " years of statutory retirement";
    }
}
