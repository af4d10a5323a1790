package org.jobassist.api.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;

/**
 * One payment a person has enjoyed, as shown in clear to a caller whose scope covers its city:
 * a {@link LedgerEntry} without the person's ID number. The unit paid on the person's behalf
 * (an employer, a post's unit) is shown by credit code, which is not personal data.
 *
 * <p>Lines order by accounting date, kind, period and city; for one person's entries, whose
 * kind and period are unique, that is a total order.
 *
 * <p>Immutable and thread-safe. {@link #toString()} holds no personal data.
 */
public final class PaymentLine implements Comparable<PaymentLine> {

    private static final Comparator<PaymentLine> ORDER = Comparator.comparing(PaymentLine::accountingDate)
            .thenComparing(PaymentLine::kind)
            .thenComparing(PaymentLine::period)
            .thenComparing(PaymentLine::city)
            .thenComparing(PaymentLine::amount)
            .thenComparing(PaymentLine::grantedOn)
            .thenComparing(PaymentLine::grantReference);

    private final SubsidyKind kind;
    private final DivisionCode city;
    private final String period;
    private final LocalDate accountingDate;
    private final Money amount;
    private final LocalDate grantedOn;
    private final String grantReference;
    private final UnifiedSocialCreditCode unitPayee;

    private PaymentLine(LedgerEntry entry) {
        this.kind = entry.kind();
        this.city = entry.city();
        this.period = entry.period();
        this.accountingDate = entry.accountingDate();
        this.amount = entry.amount();
        this.grantedOn = entry.grantedOn();
        this.grantReference = entry.grantReference();
        this.unitPayee = entry.payee() instanceof Beneficiary.Unit u ? u.creditCode() : null;
    }

    /**
     * The line of a ledger entry.
     *
     * @param entry the entry
     * @return the line
     * @throws NullPointerException if {@code entry} is null
     */
    public static PaymentLine of(LedgerEntry entry) {
        return new PaymentLine(Objects.requireNonNull(entry, "entry"));
    }

    /** @return the subsidy kind */
    public SubsidyKind kind() {
        return kind;
    }

    /** @return the prefecture-level city whose funds paid */
    public DivisionCode city() {
        return city;
    }

    /** @return the key's period: the month ({@code 2021-03}), the year or {@code once:} and the reference */
    public String period() {
        return period;
    }

    /** @return the first day of the month paid, or the day of a one-time grant */
    public LocalDate accountingDate() {
        return accountingDate;
    }

    /** @return the amount paid */
    public Money amount() {
        return amount;
    }

    /** @return the day of the grant */
    public LocalDate grantedOn() {
        return grantedOn;
    }

    /** @return the approval, placement or certificate the payment belongs to */
    public String grantReference() {
        return grantReference;
    }

    /** @return the unit paid on the person's behalf, or empty when the person was paid */
    public Optional<UnifiedSocialCreditCode> unitPayee() {
        return Optional.ofNullable(unitPayee);
    }

    /**
     * Orders by accounting date, kind, period, city, then the other fields.
     *
     * @param other the other line
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(PaymentLine other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentLine p && kind == p.kind && city.equals(p.city) && period.equals(p.period)
                && accountingDate.equals(p.accountingDate) && amount.equals(p.amount)
                && grantedOn.equals(p.grantedOn) && grantReference.equals(p.grantReference)
                && Objects.equals(unitPayee, p.unitPayee);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, city, period, accountingDate, amount, grantedOn, grantReference, unitPayee);
    }

    @Override
    public String toString() {
        return "PaymentLine[" + kind.code() + ", " + period + ", city " + city + ", " + amount.format()
                + ", granted " + grantedOn + (unitPayee == null ? ", paid to the person" : ", paid to " + unitPayee.value())
                + "]";
    }
}
