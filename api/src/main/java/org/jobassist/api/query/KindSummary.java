package org.jobassist.api.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.money.Money;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;

/**
 * The payments of one subsidy kind a person has enjoyed in the caller's scope: the lines in
 * order, their total, the span of their accounting dates and, for a monthly kind, the distinct
 * months paid.
 *
 * <p>Error codes of {@link #of}: {@code kind-summary.empty} (no payment, path
 * {@code payments}) and {@code kind-summary.kind} (a payment of another kind, path
 * {@code payments[i]}).
 *
 * <p>Immutable and thread-safe. {@link #toString()} holds no personal data.
 */
public final class KindSummary {

    private final SubsidyKind kind;
    private final List<PaymentLine> payments;
    private final Money total;
    private final DateRange span;
    private final SortedSet<YearMonth> months;

    private KindSummary(SubsidyKind kind, List<PaymentLine> payments) {
        this.kind = kind;
        this.payments = payments;
        Money sum = Money.ZERO;
        SortedSet<YearMonth> paid = new TreeSet<>();
        for (PaymentLine p : payments) {
            sum = sum.plus(p.amount());
            if (kind.isMonthly()) {
                paid.add(YearMonth.from(p.accountingDate()));
            }
        }
        this.total = sum;
        this.span = DateRange.of(payments.get(0).accountingDate(), payments.get(payments.size() - 1).accountingDate());
        this.months = Collections.unmodifiableSortedSet(paid);
    }

    /**
     * The summary of {@code payments}, sorted.
     *
     * @param kind the kind
     * @param payments the payments, at least one, all of {@code kind}, in any order
     * @return the summary
     * @throws InvalidInputException {@code kind-summary.empty} or {@code kind-summary.kind}
     * @throws NullPointerException if an argument or a payment is null
     */
    public static KindSummary of(SubsidyKind kind, List<PaymentLine> payments) {
        Objects.requireNonNull(kind, "kind");
        List<PaymentLine> sorted = new ArrayList<>(payments);
        List<Violation> faults = new ArrayList<>();
        if (sorted.isEmpty()) {
            faults.add(new Violation("payments", "kind-summary.empty", "a kind summary holds at least one payment"));
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (Objects.requireNonNull(sorted.get(i), "payment").kind() != kind) {
                faults.add(new Violation("payments[" + i + "]", "kind-summary.kind",
                        "every payment of a kind summary is of its kind"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        Collections.sort(sorted);
        return new KindSummary(kind, List.copyOf(sorted));
    }

    /** @return the subsidy kind */
    public SubsidyKind kind() {
        return kind;
    }

    /** @return the payments in {@link PaymentLine} order; never empty */
    public List<PaymentLine> payments() {
        return payments;
    }

    /** @return the sum of the payments' amounts, exact */
    public Money total() {
        return total;
    }

    /** @return the first to the last accounting date of the payments */
    public DateRange span() {
        return span;
    }

    /** @return the distinct months paid, for a monthly kind; empty for a one-time kind */
    public SortedSet<YearMonth> months() {
        return months;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KindSummary k && kind == k.kind && payments.equals(k.payments);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + payments.hashCode();
    }

    @Override
    public String toString() {
        return "KindSummary[" + kind.code() + ", " + payments.size() + " payments, " + total.format() + ", " + span
                + (kind.isMonthly() ? ", " + months.size() + " months" : "") + "]";
    }
}
