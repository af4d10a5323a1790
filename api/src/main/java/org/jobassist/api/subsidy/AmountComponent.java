package org.jobassist.api.subsidy;

import java.util.Objects;
import org.jobassist.api.money.Money;

/**
 * One named part of a monthly amount, such as the pension part of a social-insurance subsidy
 * or the wage part of a public-welfare-post subsidy.
 *
 * @param name the part's stable name ({@code pension}, {@code medical}, {@code unemployment},
 *     {@code wage}, {@code social-insurance}, …)
 * @param monthly the part's amount per month (for a one-time kind, the amount of the grant)
 */
public record AmountComponent(String name, Money monthly) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the amount is negative
     */
    public AmountComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(monthly, "monthly");
        if (monthly.isNegative()) {
            throw new IllegalArgumentException("a subsidy component is never negative");
        }
    }
}
