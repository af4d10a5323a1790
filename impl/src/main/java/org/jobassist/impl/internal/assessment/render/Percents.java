package org.jobassist.impl.internal.assessment.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jobassist.api.money.Ratio;

/**
 * Ratios shown as percentages for people: one decimal, rounded half-up (away from zero on a
 * tie), such as {@code 66.7%} for 2/3 and {@code 100.0%} for 1. Display only: figures stay
 * exact {@link Ratio}s everywhere else. Stateless.
 */
public final class Percents {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Percents() {}

    /**
     * The percentage with one decimal and a {@code %} sign.
     *
     * @param ratio the ratio
     * @return the text, such as {@code 20.1%}
     * @throws NullPointerException if {@code ratio} is null
     */
    public static String display(Ratio ratio) {
        return number(ratio).toPlainString() + "%";
    }

    /**
     * The percentage with one decimal, without a sign, for machine-read columns.
     *
     * @param ratio the ratio
     * @return the number, such as {@code 20.1}
     * @throws NullPointerException if {@code ratio} is null
     */
    public static BigDecimal number(Ratio ratio) {
        return BigDecimal.valueOf(tenths(ratio), 1);
    }

    /**
     * The percentage in tenths of a percent, rounded half-up: 2/3 gives 667.
     *
     * @param ratio the ratio
     * @return the tenths
     * @throws ArithmeticException if the value does not fit in a {@code long}
     * @throws NullPointerException if {@code ratio} is null
     */
    public static long tenths(Ratio ratio) {
        Objects.requireNonNull(ratio, "ratio");
        return new BigDecimal(ratio.numerator()).multiply(THOUSAND)
                .divide(new BigDecimal(ratio.denominator()), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
