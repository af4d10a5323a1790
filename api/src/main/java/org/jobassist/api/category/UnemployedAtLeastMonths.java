package org.jobassist.api.category;

/**
 * The person has been unemployed for at least {@code months} months: no employer-paid
 * social-insurance contribution in that time. The reference categories' gate uses 12.
 *
 * <p>Immutable and thread-safe.
 *
 * @param months the least number of months; not negative
 */
public record UnemployedAtLeastMonths(int months) implements Condition {

    /**
     * Validates the number.
     *
     * @throws org.jobassist.api.error.InvalidInputException {@code category.negative} if
     *     {@code months} is negative
     */
    public UnemployedAtLeastMonths {
        Checks.nonNegative(months, "months");
    }

    /**
     * The condition with this number of months.
     *
     * @param months the least number of months
     * @return the condition
     * @throws org.jobassist.api.error.InvalidInputException {@code category.negative} if
     *     {@code months} is negative
     */
    public static UnemployedAtLeastMonths of(int months) {
        return new UnemployedAtLeastMonths(months);
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.UNEMPLOYED_AT_LEAST_MONTHS;
    }

    @Override
    public String describe() {
        return "unemployed for at least " + months + " months";
    }
}
