package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;

/**
 * One granted payment in the entitlement ledger (补贴发放台账): who is paid, for whom, which
 * kind, in which city, for which month (monthly kinds) or grant, how much, under which grant
 * reference, granted on which day, and the duration cap in force for it.
 *
 * <p>The {@link #key() idempotency key} follows from the entry: its subject is the person when
 * there is one, else the payee; its kind is the entry's; its period is the month for a monthly
 * kind and, for a one-time kind, the year or reference the key was built with. Two entries
 * are equal when every field is equal; the ledger calls an entry with a key it already holds
 * but other content a conflict.
 *
 * <p>The <em>grant reference</em> names the approval the payment belongs to: a
 * public-welfare-post placement, a social-insurance subsidy approval, a training certificate.
 * The ledger counts distinct references as distinct grants (placements, trainings). The
 * <em>duration cap</em> is the number of months the approval allows in all (36, or the months
 * to retirement when fewer than five years remained at first approval), set from the
 * calculator's decision; the ledger refuses a month beyond it.
 *
 * <p>Error codes of {@link Builder#build()} and {@link #fromDecision}, all reported at once:
 * <ul>
 *   <li>{@code ledger-entry.required}: a field is missing (path the field);</li>
 *   <li>{@code ledger-entry.subject}: the key's subject is not the person, or, without a
 *       person, not the payee (path {@code key});</li>
 *   <li>{@code ledger-entry.person}: the payee is a person other than the person the entry
 *       concerns (path {@code person});</li>
 *   <li>{@code ledger-entry.month}: a monthly kind without a month or with a month other than
 *       the key's, or a one-time kind with a month (path {@code month});</li>
 *   <li>{@code ledger-entry.city-level}: the city is not a prefecture-level division (path
 *       {@code city});</li>
 *   <li>{@code ledger-entry.negative-amount}: the amount is below zero (path {@code amount});</li>
 *   <li>{@code ledger-entry.grant-reference}: the reference is blank, longer than
 *       {@value IdempotencyKey#MAX_REFERENCE_LENGTH} characters or holds control characters
 *       (path {@code grantReference});</li>
 *   <li>{@code ledger-entry.duration-cap}: a cap below one month, or a cap on a one-time kind
 *       (path {@code durationCapMonths}).</li>
 * </ul>
 * Messages never contain an ID number or a reference.
 *
 * <p>Kept compact, because a province ledger holds millions of entries: the month and amount
 * are stored as numbers, the key is built on demand, and {@link #fromDecision} shares one
 * payee, person, city, reference and date between the months of a decision.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks ID numbers.
 */
public final class LedgerEntry {

    private static final int NO_MONTH = Integer.MIN_VALUE;

    private final Beneficiary payee;
    private final ResidentIdNumber person;
    private final SubsidyKind kind;
    private final DivisionCode city;
    private final String grantReference;
    private final LocalDate grantedOn;
    /** The key's period of a one-time kind; null for a monthly kind, whose period is the month. */
    private final String period;
    /** Months since year 0 ({@code year * 12 + month - 1}), or {@link #NO_MONTH}. */
    private final int month;
    /** Months, or 0 for none. */
    private final int durationCapMonths;
    private final long amountFen;

    private LedgerEntry(Builder b, ResidentIdNumber person) {
        this.payee = b.payee;
        this.person = person;
        this.kind = b.key.kind();
        this.city = b.city;
        this.grantReference = b.grantReference;
        this.grantedOn = b.grantedOn;
        this.period = kind.isMonthly() ? null : b.key.period();
        this.month = b.month == null ? NO_MONTH : b.month.getYear() * 12 + b.month.getMonthValue() - 1;
        this.durationCapMonths = b.durationCapMonths == null ? 0 : b.durationCapMonths;
        this.amountFen = b.amount.fen();
    }

    /**
     * A builder for an entry with {@code key}.
     *
     * @param key the idempotency key; it fixes the kind and, for a monthly kind, the month
     * @return a new builder
     * @throws NullPointerException if {@code key} is null
     */
    public static Builder builder(IdempotencyKey key) {
        return new Builder(key);
    }

    /**
     * The entries that record an eligible decision: one per month granted for a monthly kind
     * (each with the monthly amount and key {@link IdempotencyKey#monthly}), one for a one-time
     * kind (the total). The subject is the decision's person when it has one, else the
     * beneficiary; the city is the jurisdiction's prefecture-level city.
     *
     * <p><b>Keys of one-time kinds.</b> A {@link SubsidyKind#JOB_STABILISATION_REFUND} is
     * granted once per unit and refund year (DOMAIN §3.3: the refund returns the premiums of
     * the year before), so it is keyed {@link IdempotencyKey#yearly} on the refund year: a
     * second refund for the same unit and year under another grant reference is then a
     * {@code ledger.key-conflict}, not a second payment. The refund year is the year of the
     * day the decision read its refund ratio ({@code job-stabilisation.refund-ratio.large} or
     * {@code .sme}), which the calculator reads as in force on 1 January of the refund year;
     * a decision that read no refund ratio (one built by hand) is taken to be for the year of
     * {@code grantedOn}, the year a refund is granted in. Every other one-time kind is keyed
     * {@link IdempotencyKey#once} on {@code grantReference}: a certificate, a loan, an
     * approval is paid once.
     *
     * @param decision the decision
     * @param grantReference the approval, placement or certificate the payment belongs to
     * @param grantedOn the day of the grant
     * @param durationCapMonths the months the approval allows in all, for a monthly kind;
     *     empty for none
     * @return the entries in month order; empty for a decision that is not eligible
     * @throws InvalidInputException with the codes of this class (a reference that is not well
     *     formed, a jurisdiction without a city, a cap below one or on a one-time kind)
     * @throws NullPointerException if an argument is null
     */
    public static List<LedgerEntry> fromDecision(SubsidyDecision decision, String grantReference, LocalDate grantedOn,
                                                 OptionalInt durationCapMonths) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(grantReference, "grantReference");
        Objects.requireNonNull(grantedOn, "grantedOn");
        Objects.requireNonNull(durationCapMonths, "durationCapMonths");
        if (!decision.isEligible()) {
            return List.of();
        }
        Beneficiary payee = decision.beneficiary();
        ResidentIdNumber person = decision.person().orElse(null);
        Beneficiary subject = subjectOf(payee, person);
        DivisionCode city = cityOf(decision.jurisdiction());
        SubsidyKind kind = decision.kind();
        if (!kind.isMonthly()) {
            if (!IdempotencyKey.isWellFormedReference(grantReference)) {
                throw new InvalidInputException(referenceViolation());
            }
            IdempotencyKey key = kind == SubsidyKind.JOB_STABILISATION_REFUND
                    ? IdempotencyKey.yearly(subject, kind, refundYear(decision, grantedOn))
                    : IdempotencyKey.once(subject, kind, grantReference);
            return List.of(fill(builder(key), payee, person, city,
                    decision.total(), grantReference, grantedOn, durationCapMonths).build());
        }
        Money monthly = decision.monthlyAmount().orElse(Money.ZERO);
        List<LedgerEntry> entries = new ArrayList<>(decision.months().size());
        for (YearMonth m : decision.months()) {
            entries.add(fill(builder(IdempotencyKey.monthly(subject, kind, m)).month(m), payee, person, city,
                    monthly, grantReference, grantedOn, durationCapMonths).build());
        }
        return List.copyOf(entries);
    }

    /** The refund year: when the refund ratio was read (1 January of that year), else the grant's year. */
    private static Year refundYear(SubsidyDecision decision, LocalDate grantedOn) {
        for (ResolvedValue<?> v : decision.valuesRead()) {
            if (v.key().equals(PolicyKeys.JOB_STABILISATION_REFUND_RATIO_LARGE)
                    || v.key().equals(PolicyKeys.JOB_STABILISATION_REFUND_RATIO_SME)) {
                return Year.from(v.date());
            }
        }
        return Year.from(grantedOn);
    }

    private static Builder fill(Builder b, Beneficiary payee, ResidentIdNumber person, DivisionCode city, Money amount,
                                String grantReference, LocalDate grantedOn, OptionalInt cap) {
        b.payee(payee).city(city).amount(amount).grantReference(grantReference).grantedOn(grantedOn);
        if (person != null) {
            b.person(person);
        }
        if (cap.isPresent()) {
            b.durationCapMonths(cap.getAsInt());
        }
        return b;
    }

    /** A county's city, a city itself; anything else is not a city and the builder says so. */
    private static DivisionCode cityOf(DivisionCode jurisdiction) {
        return jurisdiction.level() == DivisionLevel.COUNTY ? jurisdiction.parent().orElseThrow() : jurisdiction;
    }

    private static Beneficiary subjectOf(Beneficiary payee, ResidentIdNumber person) {
        if (person == null || (payee instanceof Beneficiary.Person p && p.idNumber().equals(person))) {
            return payee;
        }
        return Beneficiary.person(person);
    }

    private static Violation referenceViolation() {
        return new Violation("grantReference", "ledger-entry.grant-reference", "a grant reference is 1 to "
                + IdempotencyKey.MAX_REFERENCE_LENGTH + " characters, not blank, without control characters");
    }

    /**
     * The idempotency key, built from the entry.
     *
     * @return the key
     */
    public IdempotencyKey key() {
        Beneficiary subject = subject();
        if (kind.isMonthly()) {
            return IdempotencyKey.monthly(subject, kind, month().orElseThrow());
        }
        if (period.startsWith("once:")) {
            return IdempotencyKey.once(subject, kind, period.substring("once:".length()));
        }
        return IdempotencyKey.yearly(subject, kind, Year.parse(period));
    }

    /**
     * The key's subject: the person when there is one, else the payee.
     *
     * @return the subject
     */
    public Beneficiary subject() {
        return subjectOf(payee, person);
    }

    /**
     * The key's period, as {@link IdempotencyKey#period()}.
     *
     * @return the period
     */
    public String period() {
        return period != null ? period : month().orElseThrow().toString();
    }

    /** @return who is paid: the person, or the unit that hired, trained or placed them */
    public Beneficiary payee() {
        return payee;
    }

    /** @return the person the payment concerns, or empty for a unit-level grant such as a refund */
    public Optional<ResidentIdNumber> person() {
        return Optional.ofNullable(person);
    }

    /** @return the subsidy kind */
    public SubsidyKind kind() {
        return kind;
    }

    /** @return the prefecture-level city whose funds pay */
    public DivisionCode city() {
        return city;
    }

    /** @return the month paid, for a monthly kind */
    public Optional<YearMonth> month() {
        return month == NO_MONTH ? Optional.empty() : Optional.of(YearMonth.of(Math.floorDiv(month, 12),
                Math.floorMod(month, 12) + 1));
    }

    /**
     * The day that places the entry in a period: the first day of its month for a monthly
     * kind, else the day of the grant. Queries and totals by period use it.
     *
     * @return the day
     */
    public LocalDate accountingDate() {
        return month == NO_MONTH ? grantedOn
                : LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
    }

    /** @return the amount paid: for the month, or the one-time grant; never negative */
    public Money amount() {
        return Money.ofFen(amountFen);
    }

    /** @return the approval, placement or certificate the payment belongs to */
    public String grantReference() {
        return grantReference;
    }

    /** @return the day of the grant */
    public LocalDate grantedOn() {
        return grantedOn;
    }

    /** @return the months the approval allows in all, for a monthly kind that has a cap */
    public OptionalInt durationCapMonths() {
        return durationCapMonths == 0 ? OptionalInt.empty() : OptionalInt.of(durationCapMonths);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerEntry e
                && kind == e.kind
                && month == e.month
                && amountFen == e.amountFen
                && durationCapMonths == e.durationCapMonths
                && payee.equals(e.payee)
                && Objects.equals(person, e.person)
                && city.equals(e.city)
                && grantReference.equals(e.grantReference)
                && grantedOn.equals(e.grantedOn)
                && Objects.equals(period, e.period);
    }

    @Override
    public int hashCode() {
        int h = payee.hashCode();
        h = h * 31 + Objects.hashCode(person);
        h = h * 31 + kind.hashCode();
        h = h * 31 + month;
        h = h * 31 + Objects.hashCode(period);
        return h * 31 + Long.hashCode(amountFen);
    }

    /** {@return a summary with ID numbers masked} */
    @Override
    public String toString() {
        return "LedgerEntry[" + kind.code() + ", " + period() + ", payee " + payee
                + (person == null ? "" : ", person " + person.masked())
                + ", city " + city + ", " + amount().format() + ", granted " + grantedOn
                + (durationCapMonths == 0 ? "" : ", cap " + durationCapMonths + " months") + "]";
    }

    /** Builds a {@link LedgerEntry}; not thread-safe. */
    public static final class Builder {
        private final IdempotencyKey key;
        private Beneficiary payee;
        private ResidentIdNumber person;
        private DivisionCode city;
        private YearMonth month;
        private Money amount;
        private String grantReference;
        private LocalDate grantedOn;
        private Integer durationCapMonths;

        private Builder(IdempotencyKey key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        /**
         * Sets who is paid.
         *
         * @param payee the payee
         * @return this builder
         * @throws NullPointerException if {@code payee} is null
         */
        public Builder payee(Beneficiary payee) {
            this.payee = Objects.requireNonNull(payee, "payee");
            return this;
        }

        /**
         * Sets the person the payment concerns. A person payee concerns themself when this is
         * not set.
         *
         * @param person the ID number
         * @return this builder
         * @throws NullPointerException if {@code person} is null
         */
        public Builder person(ResidentIdNumber person) {
            this.person = Objects.requireNonNull(person, "person");
            return this;
        }

        /**
         * Sets the prefecture-level city whose funds pay.
         *
         * @param city the city
         * @return this builder
         * @throws NullPointerException if {@code city} is null
         */
        public Builder city(DivisionCode city) {
            this.city = Objects.requireNonNull(city, "city");
            return this;
        }

        /**
         * Sets the month paid, for a monthly kind; it must be the key's month.
         *
         * @param month the month
         * @return this builder
         * @throws NullPointerException if {@code month} is null
         */
        public Builder month(YearMonth month) {
            this.month = Objects.requireNonNull(month, "month");
            return this;
        }

        /**
         * Sets the amount paid.
         *
         * @param amount the amount, not negative
         * @return this builder
         * @throws NullPointerException if {@code amount} is null
         */
        public Builder amount(Money amount) {
            this.amount = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * Sets the grant reference.
         *
         * @param grantReference the approval, placement or certificate id
         * @return this builder
         * @throws NullPointerException if {@code grantReference} is null
         */
        public Builder grantReference(String grantReference) {
            this.grantReference = Objects.requireNonNull(grantReference, "grantReference");
            return this;
        }

        /**
         * Sets the day of the grant.
         *
         * @param grantedOn the day
         * @return this builder
         * @throws NullPointerException if {@code grantedOn} is null
         */
        public Builder grantedOn(LocalDate grantedOn) {
            this.grantedOn = Objects.requireNonNull(grantedOn, "grantedOn");
            return this;
        }

        /**
         * Sets the months the approval allows in all.
         *
         * @param months the cap, at least 1, for a monthly kind
         * @return this builder
         */
        public Builder durationCapMonths(int months) {
            this.durationCapMonths = months;
            return this;
        }

        /**
         * Builds the entry, checking every field at once.
         *
         * @return the entry
         * @throws InvalidInputException with every violation found (codes in the class
         *     javadoc)
         */
        public LedgerEntry build() {
            List<Violation> faults = new ArrayList<>();
            SubsidyKind kind = key.kind();
            require(payee, "payee", faults);
            require(city, "city", faults);
            require(amount, "amount", faults);
            require(grantReference, "grantReference", faults);
            require(grantedOn, "grantedOn", faults);
            ResidentIdNumber concerned = person;
            if (payee instanceof Beneficiary.Person p) {
                if (concerned == null) {
                    concerned = p.idNumber();
                } else if (!concerned.equals(p.idNumber())) {
                    faults.add(new Violation("person", "ledger-entry.person",
                            "a person is paid only for themself"));
                }
            }
            if (payee != null && !key.subject().equals(concerned == null ? payee : Beneficiary.person(concerned))) {
                faults.add(new Violation("key", "ledger-entry.subject",
                        "the key's subject must be the person the payment concerns, else the payee"));
            }
            if (kind.isMonthly() && (month == null || !month.equals(key.month().orElse(null)))) {
                faults.add(new Violation("month", "ledger-entry.month", "a monthly kind's entry carries its key's month"));
            } else if (!kind.isMonthly() && month != null) {
                faults.add(new Violation("month", "ledger-entry.month", "a one-time kind's entry has no month"));
            }
            if (city != null && city.level() != DivisionLevel.PREFECTURE) {
                faults.add(new Violation("city", "ledger-entry.city-level",
                        "an entry's city is a prefecture-level division"));
            }
            if (amount != null && amount.isNegative()) {
                faults.add(new Violation("amount", "ledger-entry.negative-amount", "an amount paid is never negative"));
            }
            if (grantReference != null && !IdempotencyKey.isWellFormedReference(grantReference)) {
                faults.add(referenceViolation());
            }
            if (durationCapMonths != null && (durationCapMonths < 1 || !kind.isMonthly())) {
                faults.add(new Violation("durationCapMonths", "ledger-entry.duration-cap",
                        "a duration cap is at least one month, and only a monthly kind has one"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new LedgerEntry(this, concerned);
        }

        private static void require(Object value, String path, List<Violation> faults) {
            if (value == null) {
                faults.add(new Violation(path, "ledger-entry.required", "the field is required"));
            }
        }
    }
}
