package org.jobassist.api.category;

/**
 * The person has reached an age in full years that depends on gender, as in the "female 40 /
 * male 50" (女40男50) test some provinces use. Liaoning does not use it for category 3; its
 * reference category of orphans aged 16 or over does, with the same age for both.
 *
 * <p>Immutable and thread-safe.
 *
 * @param male the least age in full years for a man; not negative
 * @param female the least age in full years for a woman; not negative
 */
public record AgeAtLeast(int male, int female) implements Condition {

    /**
     * Validates the ages.
     *
     * @throws org.jobassist.api.error.InvalidInputException {@code category.negative} if an
     *     age is negative
     */
    public AgeAtLeast {
        Checks.nonNegative(male, "male");
        Checks.nonNegative(female, "female");
    }

    /**
     * The condition with these ages.
     *
     * @param male the least age for a man
     * @param female the least age for a woman
     * @return the condition
     * @throws org.jobassist.api.error.InvalidInputException {@code category.negative} if an
     *     age is negative
     */
    public static AgeAtLeast of(int male, int female) {
        return new AgeAtLeast(male, female);
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.AGE_AT_LEAST;
    }

    @Override
    public String describe() {
        return male == female ? "aged at least " + male
                : "aged at least " + male + " (men) or " + female + " (women)";
    }
}
