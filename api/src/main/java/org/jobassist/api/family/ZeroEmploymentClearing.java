package org.jobassist.api.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.policy.ResolvedValue;

/**
 * Dynamic clearing of zero-employment families (零就业家庭动态清零, 人社部发〔2024〕84号): one
 * member must be placed in a job within the pack's clearing period
 * ({@code zero-employment-family.clearing-deadline}, 20 days in Liaoning) of the day the
 * family was identified. The period is resolved for the case's city on the identified date
 * and counted in calendar days from the day after (Civil Code Art. 201), so the deadline is
 * the identified date plus the period and the deadline day itself is in time.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ZeroEmploymentClearing {

    /**
     * The clearing period that applies to the case, with its origin.
     *
     * @param zeroEmploymentCase the case
     * @return the resolved period
     * @throws PolicyValueUnavailableException if the pack has none for the case's city on its
     *     identified date
     * @throws NullPointerException if the case is null
     */
    ResolvedValue<Period> clearingPeriod(ZeroEmploymentCase zeroEmploymentCase);

    /**
     * The last day by which a member must be placed.
     *
     * @param zeroEmploymentCase the case
     * @return the identified date plus the clearing period
     * @throws PolicyValueUnavailableException as {@link #clearingPeriod}
     * @throws NullPointerException if the case is null
     */
    LocalDate deadline(ZeroEmploymentCase zeroEmploymentCase);

    /**
     * Where the case stands on {@code asOf}. A clearing after {@code asOf} is not yet known
     * on that day, so the case is then open or overdue.
     *
     * @param zeroEmploymentCase the case
     * @param asOf the date asked about
     * @return the status
     * @throws org.jobassist.api.error.InvalidInputException with code
     *     {@code zero-employment-case.as-of-before-identified} if {@code asOf} precedes the
     *     identified date
     * @throws PolicyValueUnavailableException as {@link #clearingPeriod}
     * @throws NullPointerException if an argument is null
     */
    ClearingStatus status(ZeroEmploymentCase zeroEmploymentCase, LocalDate asOf);

    /**
     * The overdue cases on {@code asOf}, per city, with the count of every case by status
     * so that none is silently dropped.
     *
     * @param cases the cases, in any order
     * @param asOf the date asked about
     * @return the report
     * @throws PolicyValueUnavailableException as {@link #clearingPeriod}, for any case
     * @throws NullPointerException if the collection, an element or {@code asOf} is null
     */
    OverdueReport overdueByCity(Collection<ZeroEmploymentCase> cases, LocalDate asOf);
}
