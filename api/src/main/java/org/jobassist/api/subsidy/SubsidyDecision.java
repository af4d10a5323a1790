package org.jobassist.api.subsidy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;

/**
 * What a {@link SubsidyCalculator} decided for one case: eligibility (with the reasons when
 * not), the amount per month and its parts, the months covered, the total, every rounding
 * applied, the pack values read and, unless the fast path was asked for, an
 * {@link Explanation} with the legal basis.
 *
 * <p>A decision that is not eligible has no months, no parts and a zero total. For a monthly
 * kind the total is the monthly amount times the months covered; for a one-time kind there
 * are no months and the total is the grant.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the person's ID number.
 */
public final class SubsidyDecision {

    private final SubsidyKind kind;
    private final Beneficiary beneficiary;
    private final ResidentIdNumber person;
    private final DivisionCode jurisdiction;
    private final List<Ineligibility> ineligibilities;
    private final List<AmountComponent> components;
    private final Money monthlyAmount;
    private final List<YearMonth> months;
    private final Money total;
    private final List<Rounding> roundings;
    private final List<ResolvedValue<?>> valuesRead;
    private final Explanation explanation;

    private SubsidyDecision(Builder b) {
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.beneficiary = Objects.requireNonNull(b.beneficiary, "beneficiary");
        this.person = b.person;
        this.jurisdiction = Objects.requireNonNull(b.jurisdiction, "jurisdiction");
        this.ineligibilities = copy(b.ineligibilities);
        this.components = copy(b.components);
        this.months = copy(b.months);
        this.roundings = copy(b.roundings);
        this.valuesRead = copy(b.valuesRead);
        this.explanation = b.explanation;
        // One part (and one month) is the common case: its amount is the sum, no new Money.
        Money perMonth = components.size() == 1 ? components.get(0).monthly() : Money.ZERO;
        for (int i = 0, n = components.size(); n > 1 && i < n; i++) {
            perMonth = perMonth.plus(components.get(i).monthly());
        }
        if (!ineligibilities.isEmpty() && (!components.isEmpty() || !months.isEmpty())) {
            throw new IllegalArgumentException("an ineligible decision has no amount and no months");
        }
        if (!kind.isMonthly() && !months.isEmpty()) {
            throw new IllegalArgumentException("a one-time kind covers no months");
        }
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i - 1).isBefore(months.get(i))) {
                throw new IllegalArgumentException("months must be distinct and in order");
            }
        }
        this.monthlyAmount = kind.isMonthly() && !components.isEmpty() ? perMonth : null;
        this.total = !kind.isMonthly() || months.size() == 1 ? perMonth : perMonth.times(months.size());
    }

    private static <E> List<E> copy(List<E> list) {
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof ArrayList)) {
            // Already immutable (months, or a list shared by toBuilder): List.copyOf keeps it.
            return List.copyOf(list);
        }
        // List.of with up to four elements copies once; List.copyOf of an ArrayList copies twice.
        switch (list.size()) {
            case 1:
                return List.of(list.get(0));
            case 2:
                return List.of(list.get(0), list.get(1));
            case 3:
                return List.of(list.get(0), list.get(1), list.get(2));
            case 4:
                return List.of(list.get(0), list.get(1), list.get(2), list.get(3));
            default:
                return List.copyOf(list);
        }
    }

    /**
     * A builder.
     *
     * @param kind the subsidy kind
     * @param beneficiary who is paid
     * @param jurisdiction the city or county whose rules and funds apply
     * @return a new builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(SubsidyKind kind, Beneficiary beneficiary, DivisionCode jurisdiction) {
        return new Builder(kind, beneficiary, jurisdiction);
    }

    /** @return the subsidy kind */
    public SubsidyKind kind() {
        return kind;
    }

    /** @return who is paid: the person, or the unit that hired or trained them */
    public Beneficiary beneficiary() {
        return beneficiary;
    }

    /**
     * The person the subsidy is for, when it concerns one (a unit's social-insurance subsidy
     * concerns the person hired); the ledger's overlap and duration rules count per person.
     *
     * @return the person's ID number, or empty for a unit-level grant such as a refund
     */
    public Optional<ResidentIdNumber> person() {
        return Optional.ofNullable(person);
    }

    /** @return the city or county whose rules and funds apply */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /** @return whether the case is eligible: there is no ineligibility */
    public boolean isEligible() {
        return ineligibilities.isEmpty();
    }

    /** @return the reasons the case is not eligible; empty when eligible */
    public List<Ineligibility> ineligibilities() {
        return ineligibilities;
    }

    /** @return the parts of the monthly amount (of the grant, for a one-time kind) */
    public List<AmountComponent> components() {
        return components;
    }

    /** @return the amount per month, for an eligible monthly kind */
    public Optional<Money> monthlyAmount() {
        return Optional.ofNullable(monthlyAmount);
    }

    /** @return the months this decision grants, in order; empty for a one-time kind */
    public List<YearMonth> months() {
        return months;
    }

    /** @return the total granted: monthly amount times months, or the one-time grant */
    public Money total() {
        return total;
    }

    /** @return every rounding applied, in the order applied */
    public List<Rounding> roundings() {
        return roundings;
    }

    /** @return the pack values read, each with its legal basis and the pack version */
    public List<ResolvedValue<?>> valuesRead() {
        return valuesRead;
    }

    /** @return the explanation, absent on the fast path */
    public Optional<Explanation> explanation() {
        return Optional.ofNullable(explanation);
    }

    /**
     * The same decision without its explanation, as the fast path returns it.
     *
     * @return the decision without the explanation
     */
    public SubsidyDecision withoutExplanation() {
        if (explanation == null) {
            return this;
        }
        Builder b = toBuilder();
        b.explanation = null;
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(kind, beneficiary, jurisdiction);
        b.person = person;
        // The lists are immutable: the builder shares them until something is added.
        b.ineligibilities = ineligibilities;
        b.components = components;
        b.months = months;
        b.roundings = roundings;
        b.valuesRead = valuesRead;
        b.explanation = explanation;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubsidyDecision d
                && kind == d.kind
                && beneficiary.equals(d.beneficiary)
                && Objects.equals(person, d.person)
                && jurisdiction.equals(d.jurisdiction)
                && ineligibilities.equals(d.ineligibilities)
                && components.equals(d.components)
                && months.equals(d.months)
                && roundings.equals(d.roundings)
                && valuesRead.equals(d.valuesRead)
                && Objects.equals(explanation, d.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, beneficiary, person, jurisdiction, ineligibilities, components, months, total);
    }

    /** {@return a summary with the person's ID number masked} */
    @Override
    public String toString() {
        return "SubsidyDecision[" + kind.code() + ", " + beneficiary
                + (person == null ? "" : ", person " + person.masked())
                + ", " + jurisdiction
                + (isEligible() ? ", eligible, " + months.size() + " months, total " + total.format()
                        : ", not eligible: " + ineligibilities.stream().map(Ineligibility::code).toList())
                + "]";
    }

    /** Builds a {@link SubsidyDecision}; not thread-safe. */
    public static final class Builder {
        private final SubsidyKind kind;
        private final Beneficiary beneficiary;
        private final DivisionCode jurisdiction;
        private ResidentIdNumber person;
        // Created on the first add (most decisions leave some lists empty); an immutable list
        // shared by toBuilder() is replaced by a mutable copy on its first add.
        private List<Ineligibility> ineligibilities;
        private List<AmountComponent> components;
        private List<YearMonth> months;
        private List<Rounding> roundings;
        private List<ResolvedValue<?>> valuesRead;
        private Explanation explanation;

        private Builder(SubsidyKind kind, Beneficiary beneficiary, DivisionCode jurisdiction) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.beneficiary = Objects.requireNonNull(beneficiary, "beneficiary");
            this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        }

        /**
         * Sets the person the subsidy concerns.
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
         * Adds a reason the case is not eligible.
         *
         * @param code the stable code
         * @param message the message, without personal data
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder ineligible(String code, String message) {
            ineligibilities = mutable(ineligibilities, 2);
            ineligibilities.add(new Ineligibility(code, message));
            return this;
        }

        /**
         * Adds a part of the monthly amount.
         *
         * @param name the part's name
         * @param monthly its amount
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the amount is negative
         */
        public Builder component(String name, Money monthly) {
            AmountComponent c = new AmountComponent(name, monthly);
            components = mutable(components, 2);
            components.add(c);
            return this;
        }

        /**
         * Sets the months granted.
         *
         * @param granted the months, distinct and in order
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder months(List<YearMonth> granted) {
            for (YearMonth m : granted) {
                Objects.requireNonNull(m, "month");
            }
            months = List.copyOf(granted);
            return this;
        }

        /**
         * Records a rounding applied.
         *
         * @param rounding the rounding
         * @return this builder
         * @throws NullPointerException if {@code rounding} is null
         */
        public Builder rounding(Rounding rounding) {
            Objects.requireNonNull(rounding, "rounding");
            roundings = mutable(roundings, 2);
            roundings.add(rounding);
            return this;
        }

        /**
         * Records a pack value read.
         *
         * @param value the resolved value
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder read(ResolvedValue<?> value) {
            Objects.requireNonNull(value, "value");
            valuesRead = mutable(valuesRead, 4);
            valuesRead.add(value);
            return this;
        }

        /**
         * Sets the explanation.
         *
         * @param explanation the explanation
         * @return this builder
         * @throws NullPointerException if {@code explanation} is null
         */
        public Builder explanation(Explanation explanation) {
            this.explanation = Objects.requireNonNull(explanation, "explanation");
            return this;
        }

        private static <E> List<E> mutable(List<E> list, int capacity) {
            // Decisions have one or two reasons, parts and roundings, and a few values read.
            return list == null ? new ArrayList<>(capacity) : list instanceof ArrayList<E> ? list : new ArrayList<>(list);
        }

        /**
         * Builds the decision.
         *
         * @return the decision
         * @throws IllegalArgumentException if an ineligible decision has parts or months, a
         *     one-time kind has months, or the months are not distinct and in order
         */
        public SubsidyDecision build() {
            return new SubsidyDecision(this);
        }
    }
}
