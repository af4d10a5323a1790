package org.jobassist.api.subsidy;

import java.time.YearMonth;
import java.util.Objects;
import org.jobassist.api.money.Money;

/**
 * The contribution a person in flexible employment (灵活就业人员) actually paid for one insurance
 * in one month.
 *
 * <p>Immutable and thread-safe. The amount is checked by the input builder (a negative amount
 * is a violation there, with its path), not here.
 *
 * @param month the month the contribution is for
 * @param insurance the insurance
 * @param paid the amount actually paid
 */
public record FlexibleContribution(YearMonth month, InsuranceType insurance, Money paid) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public FlexibleContribution {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(insurance, "insurance");
        Objects.requireNonNull(paid, "paid");
    }

    /**
     * A contribution.
     *
     * @param month the month
     * @param insurance the insurance
     * @param paid the amount actually paid
     * @return the contribution
     * @throws NullPointerException if an argument is null
     */
    public static FlexibleContribution of(YearMonth month, InsuranceType insurance, Money paid) {
        return new FlexibleContribution(month, insurance, paid);
    }
}
