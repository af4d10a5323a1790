package org.jobassist.api.category;

/**
 * The person has accepted at least {@code count} job referrals suited to them and is still
 * without work. The reference categories' gate uses 2.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count the least number of referrals; not negative
 */
public record ReferralsAcceptedAtLeast(int count) implements Condition {

    /**
     * Validates the number.
     *
     * @throws org.jobassist.api.error.InvalidInputException {@code category.negative} if
     *     {@code count} is negative
     */
    public ReferralsAcceptedAtLeast {
        Checks.nonNegative(count, "count");
    }

    /**
     * The condition with this number of referrals.
     *
     * @param count the least number of referrals
     * @return the condition
     * @throws org.jobassist.api.error.InvalidInputException {@code category.negative} if
     *     {@code count} is negative
     */
    public static ReferralsAcceptedAtLeast of(int count) {
        return new ReferralsAcceptedAtLeast(count);
    }

    @Override
    public ConditionKind kind() {
        return ConditionKind.REFERRALS_ACCEPTED_AT_LEAST;
    }

    @Override
    public String describe() {
        return "accepted at least " + count + " suitable job referrals";
    }
}
