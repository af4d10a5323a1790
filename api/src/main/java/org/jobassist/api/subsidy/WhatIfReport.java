package org.jobassist.api.subsidy;

import java.util.List;
import java.util.Objects;
import org.jobassist.api.money.Money;

/**
 * The result of a what-if run (政策模拟测算): every case calculated under a base pack and an
 * alternative pack, in input order, with the totals.
 *
 * <p>Totals are computed here from the cases, so they always agree with them. The amount
 * totals ({@link #totalBase()}, {@link #totalAlternative()}, {@link #difference()}) cover the
 * comparable cases only, those that gave a decision on both sides, so that both totals add up
 * the same cases; a case that failed on either side is counted in {@link #failures()} and kept
 * in {@link #cases()} with its error code, never dropped.
 *
 * <p>Immutable, and thread-safe when the inputs are. {@link #toString()} holds counts and
 * amounts only, no personal data.
 *
 * @param <I> the calculator's input type
 */
public final class WhatIfReport<I> {

    private final String basePack;
    private final String alternativePack;
    private final List<WhatIfCase<I>> cases;
    private final int changed;
    private final int becameEligible;
    private final int lostEligibility;
    private final int failures;
    private final int baseFailures;
    private final int alternativeFailures;
    private final Money totalBase;
    private final Money totalAlternative;

    private WhatIfReport(String basePack, String alternativePack, List<WhatIfCase<I>> cases) {
        this.basePack = Objects.requireNonNull(basePack, "basePack");
        this.alternativePack = Objects.requireNonNull(alternativePack, "alternativePack");
        this.cases = List.copyOf(cases);
        int changedCount = 0;
        int became = 0;
        int lost = 0;
        int failed = 0;
        int baseFailed = 0;
        int alternativeFailed = 0;
        Money before = Money.ZERO;
        Money after = Money.ZERO;
        for (int i = 0; i < this.cases.size(); i++) {
            WhatIfCase<I> c = this.cases.get(i);
            if (c.index() != i) {
                throw new IllegalArgumentException("case " + i + " has index " + c.index());
            }
            changedCount += c.isChanged() ? 1 : 0;
            became += c.eligibilityChange() == EligibilityChange.BECAME_ELIGIBLE ? 1 : 0;
            lost += c.eligibilityChange() == EligibilityChange.LOST_ELIGIBILITY ? 1 : 0;
            baseFailed += c.base().failure().isPresent() ? 1 : 0;
            alternativeFailed += c.alternative().failure().isPresent() ? 1 : 0;
            if (c.isComparable()) {
                before = before.plus(c.base().decision().orElseThrow().total());
                after = after.plus(c.alternative().decision().orElseThrow().total());
            } else {
                failed++;
            }
        }
        this.changed = changedCount;
        this.becameEligible = became;
        this.lostEligibility = lost;
        this.failures = failed;
        this.baseFailures = baseFailed;
        this.alternativeFailures = alternativeFailed;
        this.totalBase = before;
        this.totalAlternative = after;
    }

    /**
     * A report over {@code cases}.
     *
     * @param <I> the input type
     * @param basePack a label of the base pack, such as {@code liaoning 2021.1}
     * @param alternativePack a label of the alternative pack
     * @param cases the cases, case {@code i} at position {@code i}
     * @return the report
     * @throws IllegalArgumentException if a case's index is not its position
     * @throws ArithmeticException if a total does not fit a {@code long} of fen
     * @throws NullPointerException if an argument or a case is null
     */
    public static <I> WhatIfReport<I> of(String basePack, String alternativePack, List<WhatIfCase<I>> cases) {
        return new WhatIfReport<>(basePack, alternativePack, cases);
    }

    /** @return the label of the base pack */
    public String basePack() {
        return basePack;
    }

    /** @return the label of the alternative pack */
    public String alternativePack() {
        return alternativePack;
    }

    /** @return every case, in input order */
    public List<WhatIfCase<I>> cases() {
        return cases;
    }

    /** @return how many cases the run calculated */
    public int caseCount() {
        return cases.size();
    }

    /** @return how many cases {@link WhatIfCase#isChanged() changed} */
    public int changed() {
        return changed;
    }

    /** @return how many cases became eligible under the alternative */
    public int becameEligible() {
        return becameEligible;
    }

    /** @return how many cases lost eligibility under the alternative */
    public int lostEligibility() {
        return lostEligibility;
    }

    /** @return how many cases failed on at least one side */
    public int failures() {
        return failures;
    }

    /** @return how many cases failed under the base pack */
    public int baseFailures() {
        return baseFailures;
    }

    /** @return how many cases failed under the alternative pack */
    public int alternativeFailures() {
        return alternativeFailures;
    }

    /** @return the sum of the base totals of the comparable cases */
    public Money totalBase() {
        return totalBase;
    }

    /** @return the sum of the alternative totals of the comparable cases */
    public Money totalAlternative() {
        return totalAlternative;
    }

    /** @return {@link #totalAlternative()} minus {@link #totalBase()} */
    public Money difference() {
        return totalAlternative.minus(totalBase);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WhatIfReport<?> that
                && basePack.equals(that.basePack)
                && alternativePack.equals(that.alternativePack)
                && cases.equals(that.cases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(basePack, alternativePack, cases);
    }

    /** {@return the counts and totals; no case's input} */
    @Override
    public String toString() {
        return "WhatIfReport[" + basePack + " vs " + alternativePack + ": " + cases.size() + " cases, "
                + changed + " changed, " + becameEligible + " became eligible, " + lostEligibility
                + " lost eligibility, " + failures + " failures, total base " + totalBase
                + ", total alternative " + totalAlternative + ", difference " + difference() + "]";
    }
}
