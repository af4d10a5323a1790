package org.jobassist.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.subsidy.CalculationOutcome;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.WhatIfCase;
import org.jobassist.api.subsidy.WhatIfReport;

/**
 * What-if runs (政策模拟测算): the same cases calculated under a base policy pack and an
 * alternative one (another pack, or the base with a few values overridden), compared case by
 * case and in total. For questions such as "what would raising the county minimum wage cost
 * this year?" or "who would a new duration rule exclude?".
 *
 * <p>Each side is calculated on the fast path, without explanations; the decisions in the
 * report are those {@code calculate(input, false)} returns. A case whose calculation fails on
 * a side, because the pack leaves a parameter unset ({@code policy.value-unknown},
 * {@code policy.value-missing}) or the calculator refuses the input (the code of its first
 * violation), is kept in the report with that failure, never dropped; any other exception is
 * a fault and propagates. See {@link WhatIfReport} for how the totals treat failed cases.
 *
 * <p>The calculator factory is called once per pack. The run keeps no state: it is
 * thread-safe as long as the calculators are, which the calculator contract requires.
 */
public final class WhatIf {

    private WhatIf() {}

    /**
     * Compares {@code cases} under {@code base} and {@code alternative}, one case after the
     * other.
     *
     * @param <I> the calculator's input type
     * @param cases the inputs
     * @param calculator makes the calculator for a pack, such as a method of {@code Subsidies}
     * @param base the pack of the present rules
     * @param alternative the pack to compare with
     * @return the report, cases in input order
     * @throws NullPointerException if an argument or a case is null, or the factory returns null
     */
    public static <I> WhatIfReport<I> compare(List<I> cases,
            Function<? super PolicyPack, ? extends SubsidyCalculator<I>> calculator,
            PolicyPack base, PolicyPack alternative) {
        return run(cases, calculator, base, alternative, false);
    }

    /**
     * Compares {@code cases} under {@code base} and under {@code base} with {@code overrides}
     * ({@link PolicyPack#withOverrides}): each override replaces the series of its key and
     * jurisdiction.
     *
     * @param <I> the calculator's input type
     * @param cases the inputs
     * @param calculator makes the calculator for a pack
     * @param base the pack of the present rules
     * @param overrides the replacement values
     * @return the report, cases in input order
     * @throws org.jobassist.api.error.InvalidInputException if the overridden pack is not
     *     valid (paths {@code overrides[i]})
     * @throws NullPointerException if an argument, a case or an override is null
     */
    public static <I> WhatIfReport<I> compare(List<I> cases,
            Function<? super PolicyPack, ? extends SubsidyCalculator<I>> calculator,
            PolicyPack base, List<? extends PolicyValue<?>> overrides) {
        Objects.requireNonNull(base, "base");
        return run(cases, calculator, base, base.withOverrides(overrides), false);
    }

    /**
     * Like {@link #compare(List, Function, PolicyPack, PolicyPack)}, but calculates the cases
     * in parallel on the common fork-join pool; the report is the same, cases in input order.
     *
     * @param <I> the calculator's input type
     * @param cases the inputs
     * @param calculator makes the calculator for a pack
     * @param base the pack of the present rules
     * @param alternative the pack to compare with
     * @return the report, cases in input order
     * @throws NullPointerException if an argument or a case is null, or the factory returns null
     */
    public static <I> WhatIfReport<I> compareInParallel(List<I> cases,
            Function<? super PolicyPack, ? extends SubsidyCalculator<I>> calculator,
            PolicyPack base, PolicyPack alternative) {
        return run(cases, calculator, base, alternative, true);
    }

    private static <I> WhatIfReport<I> run(List<I> cases,
            Function<? super PolicyPack, ? extends SubsidyCalculator<I>> calculator,
            PolicyPack base, PolicyPack alternative, boolean parallel) {
        List<I> inputs = new ArrayList<>(Objects.requireNonNull(cases, "cases"));
        inputs.forEach(input -> Objects.requireNonNull(input, "case"));
        Objects.requireNonNull(calculator, "calculator");
        SubsidyCalculator<I> before = Objects.requireNonNull(calculator.apply(Objects.requireNonNull(base, "base")),
                "calculator for the base pack");
        SubsidyCalculator<I> after = Objects.requireNonNull(
                calculator.apply(Objects.requireNonNull(alternative, "alternative")),
                "calculator for the alternative pack");
        IntStream indexes = IntStream.range(0, inputs.size());
        if (parallel) {
            indexes = indexes.parallel();
        }
        List<WhatIfCase<I>> compared = indexes
                .mapToObj(i -> WhatIfCase.of(i, inputs.get(i),
                        CalculationOutcome.attempt(before, inputs.get(i), false),
                        CalculationOutcome.attempt(after, inputs.get(i), false)))
                .toList();
        return WhatIfReport.of(label(base), label(alternative), compared);
    }

    private static String label(PolicyPack pack) {
        return pack.id() + " " + pack.version() + (pack.isOverridden() ? " with overrides" : "");
    }
}
