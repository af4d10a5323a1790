package org.jobassist.api.subsidy;

import java.util.List;

/**
 * A calculator of a monthly kind whose amount may change from month to month within the
 * period asked about: the contributions actually paid change, and the minimum wage that sets
 * a post's wage changed on 2021-11-01.
 *
 * <p><b>One decision, one monthly amount.</b> A {@link SubsidyDecision} has one monthly
 * amount and its total is that amount times its months, so a period whose months carry
 * different amounts is answered by {@link #calculateRuns} with one decision per <em>run</em>:
 * a maximal sequence of consecutive granted months (in month order, excluded months skipped)
 * with the same parts. Each month therefore carries its own amount, the ledger records each
 * month at its right amount, and the runs' totals add up to the period's total.
 * {@link #calculate(Object, boolean)} answers with the single decision when there is one run,
 * or with the single ineligible decision when no month is granted; when the amount varies it
 * refuses with an {@link org.jobassist.api.error.InvalidInputException} whose code ends in
 * {@code .amount-varies} (path {@code period}), never silently dropping months.
 *
 * <p>Months of the period that are not granted (beyond the entitlement, outside the
 * employment, without a contribution, …) are listed with their reason codes in every run's
 * explanation; when no month is granted, the one decision is ineligible with one
 * {@link Ineligibility} per reason found.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <I> the input record
 */
public interface MonthlySubsidyCalculator<I> extends SubsidyCalculator<I> {

    /**
     * Calculates the period as runs of equal monthly amounts.
     *
     * @param input the case
     * @param explain whether to build the explanations
     * @return the decisions in month order, at least one; exactly one, ineligible, when no
     *     month is granted
     * @throws org.jobassist.api.error.InvalidInputException if the input breaks a rule the
     *     input record cannot check alone
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if a needed parameter
     *     is unset for the jurisdiction and a month of the period
     * @throws NullPointerException if {@code input} is null
     */
    List<SubsidyDecision> calculateRuns(I input, boolean explain);

    /**
     * Calculates the period as runs of equal monthly amounts, with explanations.
     *
     * @param input the case
     * @return the decisions in month order, at least one
     * @throws org.jobassist.api.error.InvalidInputException if the input breaks a rule the
     *     input record cannot check alone
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if a needed parameter
     *     is unset
     * @throws NullPointerException if {@code input} is null
     */
    default List<SubsidyDecision> calculateRuns(I input) {
        return calculateRuns(input, true);
    }
}
