package org.jobassist.api.subsidy;

import java.util.Objects;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;

/**
 * The ledger's total for one subsidy kind in one division over a period (补贴发放汇总): how many
 * distinct payees and persons were paid, in how many entries, how much. Entries and amounts add
 * up across cities to the province; the distinct counts need not, because one payee may be
 * paid in two cities.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind
 * @param city the division totalled: a city, or the province for the whole
 * @param payees distinct payees, not negative
 * @param persons distinct persons the entries concern, not negative
 * @param entries entries, not negative
 * @param amount the sum of their amounts, not negative
 */
public record LedgerTotal(SubsidyKind kind, DivisionCode city, int payees, int persons, long entries, Money amount) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a count or the amount is negative
     */
    public LedgerTotal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(amount, "amount");
        if (payees < 0 || persons < 0 || entries < 0 || amount.isNegative()) {
            throw new IllegalArgumentException("ledger totals are never negative");
        }
    }
}
