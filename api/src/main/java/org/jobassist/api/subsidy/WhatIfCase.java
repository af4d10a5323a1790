package org.jobassist.api.subsidy;

import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.money.Money;

/**
 * One case of a what-if run (政策模拟测算): the same input calculated under a base pack and an
 * alternative pack, and what changed between the two.
 *
 * <p>A case is <em>comparable</em> when both sides gave a decision; only then are there amount
 * differences and an eligibility change. A case that failed on either side keeps its
 * failures ({@link #base()}, {@link #alternative()}) and counts as changed when the two sides
 * did not fail alike.
 *
 * <p>Immutable, and thread-safe when the input is. {@link #toString()} shows the case's
 * position, never its input, which may hold personal data.
 *
 * @param <I> the calculator's input type
 */
public final class WhatIfCase<I> {

    private final int index;
    private final I input;
    private final CalculationOutcome base;
    private final CalculationOutcome alternative;

    private WhatIfCase(int index, I input, CalculationOutcome base, CalculationOutcome alternative) {
        if (index < 0) {
            throw new IllegalArgumentException("a case index is never negative");
        }
        this.index = index;
        this.input = Objects.requireNonNull(input, "input");
        this.base = Objects.requireNonNull(base, "base");
        this.alternative = Objects.requireNonNull(alternative, "alternative");
    }

    /**
     * A case.
     *
     * @param <I> the input type
     * @param index the case's position in the run, from 0
     * @param input the input
     * @param base the outcome under the base pack
     * @param alternative the outcome under the alternative pack
     * @return the case
     * @throws IllegalArgumentException if {@code index} is negative
     * @throws NullPointerException if an object argument is null
     */
    public static <I> WhatIfCase<I> of(int index, I input, CalculationOutcome base, CalculationOutcome alternative) {
        return new WhatIfCase<>(index, input, base, alternative);
    }

    /** @return the case's position in the run, from 0 */
    public int index() {
        return index;
    }

    /** @return the input, as given to the run */
    public I input() {
        return input;
    }

    /** @return the outcome under the base pack */
    public CalculationOutcome base() {
        return base;
    }

    /** @return the outcome under the alternative pack */
    public CalculationOutcome alternative() {
        return alternative;
    }

    /** @return whether both sides gave a decision */
    public boolean isComparable() {
        return base.decision().isPresent() && alternative.decision().isPresent();
    }

    /**
     * The alternative total minus the base total (an ineligible decision's total is zero).
     *
     * @return the difference, or empty when the case is not comparable
     */
    public Optional<Money> difference() {
        if (!isComparable()) {
            return Optional.empty();
        }
        return Optional.of(alternativeDecision().total().minus(baseDecision().total()));
    }

    /**
     * The alternative monthly amount minus the base monthly amount, an absent monthly amount
     * (not eligible, or a one-time kind) counting as zero.
     *
     * @return the difference, or empty when the case is not comparable
     */
    public Optional<Money> monthlyDifference() {
        if (!isComparable()) {
            return Optional.empty();
        }
        return Optional.of(alternativeDecision().monthlyAmount().orElse(Money.ZERO)
                .minus(baseDecision().monthlyAmount().orElse(Money.ZERO)));
    }

    /** @return how eligibility moved; {@link EligibilityChange#NOT_COMPARABLE} when a side failed */
    public EligibilityChange eligibilityChange() {
        if (!isComparable()) {
            return EligibilityChange.NOT_COMPARABLE;
        }
        boolean before = baseDecision().isEligible();
        boolean after = alternativeDecision().isEligible();
        if (before == after) {
            return EligibilityChange.UNCHANGED;
        }
        return after ? EligibilityChange.BECAME_ELIGIBLE : EligibilityChange.LOST_ELIGIBILITY;
    }

    /**
     * Whether the alternative changed the case: for a comparable case, eligibility, the
     * monthly amount, the months or the total differ; otherwise the two sides did not fail
     * alike (one failed and the other not, or they failed with different codes).
     *
     * @return true if changed
     */
    public boolean isChanged() {
        if (isComparable()) {
            SubsidyDecision before = baseDecision();
            SubsidyDecision after = alternativeDecision();
            return before.isEligible() != after.isEligible()
                    || !before.monthlyAmount().equals(after.monthlyAmount())
                    || !before.months().equals(after.months())
                    || !before.total().equals(after.total());
        }
        return !base.failure().map(CalculationOutcome.Failed::code)
                .equals(alternative.failure().map(CalculationOutcome.Failed::code));
    }

    private SubsidyDecision baseDecision() {
        return base.decision().orElseThrow();
    }

    private SubsidyDecision alternativeDecision() {
        return alternative.decision().orElseThrow();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WhatIfCase<?> that
                && index == that.index
                && input.equals(that.input)
                && base.equals(that.base)
                && alternative.equals(that.alternative);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, input, base, alternative);
    }

    /** {@return a summary by position and outcome; the input is left out} */
    @Override
    public String toString() {
        return "WhatIfCase[#" + index + ", base " + describe(base) + ", alternative " + describe(alternative)
                + difference().map(d -> ", difference " + d).orElse("") + ", " + eligibilityChange() + "]";
    }

    private static String describe(CalculationOutcome outcome) {
        if (outcome instanceof CalculationOutcome.Failed failed) {
            return "failed " + failed.code();
        }
        SubsidyDecision decision = outcome.decision().orElseThrow();
        return decision.isEligible() ? "eligible " + decision.total() : "not eligible";
    }
}
