package org.jobassist.api.subsidy;

import java.time.YearMonth;
import java.util.Objects;
import org.jobassist.api.money.Money;

/**
 * The contribution an employer actually paid (单位实缴) for one insurance of one employee in one
 * month, with the employee's own share that was paid with it. Only the employer's part can be
 * subsidised; the individual's share is carried so that the input states it apart and the
 * explanation can show it excluded.
 *
 * <p>Immutable and thread-safe. Amounts are checked by the input builders (a negative amount
 * is a violation there, with its path), not here.
 *
 * @param month the month the contribution is for
 * @param insurance the insurance
 * @param employerPaid the employer's share actually paid
 * @param individualPaid the individual's share paid with it, never subsidised
 */
public record EmployerContribution(YearMonth month, InsuranceType insurance, Money employerPaid,
                                   Money individualPaid) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public EmployerContribution {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(insurance, "insurance");
        Objects.requireNonNull(employerPaid, "employerPaid");
        Objects.requireNonNull(individualPaid, "individualPaid");
    }

    /**
     * A contribution.
     *
     * @param month the month
     * @param insurance the insurance
     * @param employerPaid the employer's share actually paid
     * @param individualPaid the individual's share
     * @return the contribution
     * @throws NullPointerException if an argument is null
     */
    public static EmployerContribution of(YearMonth month, InsuranceType insurance, Money employerPaid,
                                          Money individualPaid) {
        return new EmployerContribution(month, insurance, employerPaid, individualPaid);
    }
}
