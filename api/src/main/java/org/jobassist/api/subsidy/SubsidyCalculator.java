package org.jobassist.api.subsidy;

/**
 * A subsidy calculator: a validated input record in, a {@link SubsidyDecision} out.
 *
 * <p>The input carries its own as-of date or period. A calculator reads its parameters from
 * the policy pack it was built with, as in force on that date and for the input's
 * jurisdiction; a parameter the pack leaves unset fails with
 * {@link org.jobassist.api.policy.PolicyValueUnavailableException}, naming the parameter and
 * the jurisdiction, never with a made-up number.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <I> the input record
 */
public interface SubsidyCalculator<I> {

    /**
     * Calculates with a full explanation.
     *
     * @param input the case
     * @return the decision, with {@link SubsidyDecision#explanation()} present
     * @throws org.jobassist.api.error.InvalidInputException if the input breaks a rule the
     *     input record cannot check alone (each violation with its field path)
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if a needed parameter
     *     is unset for the jurisdiction and date
     * @throws NullPointerException if {@code input} is null
     */
    default SubsidyDecision calculate(I input) {
        return calculate(input, true);
    }

    /**
     * Calculates, with or without the explanation. Without it, the decision is the same in
     * every other field, and the fast path of a batch.
     *
     * @param input the case
     * @param explain whether to build the explanation
     * @return the decision
     * @throws org.jobassist.api.error.InvalidInputException if the input breaks a rule the
     *     input record cannot check alone
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if a needed parameter
     *     is unset for the jurisdiction and date
     * @throws NullPointerException if {@code input} is null
     */
    SubsidyDecision calculate(I input, boolean explain);
}
