package org.jobassist.examples.province;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jobassist.api.money.Ratio;

/** A ratio in percent with one decimal, half-up, as the library's reports show it. */
final class Percent {

    private Percent() {}

    /**
     * The ratio in percent.
     *
     * @param ratio the ratio
     * @return such as {@code 72.0}
     */
    static String of(Ratio ratio) {
        return new BigDecimal(ratio.numerator()).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(ratio.denominator()), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
