package org.jobassist.impl.internal.subsidy.enterprise;

import org.jobassist.api.money.Ratio;

/** Ratios as text for explanations: exact, as a percentage where one is finite. */
public final class Percent {

    private static final Ratio HUNDRED = Ratio.of(100);

    private Percent() {}

    /**
     * The ratio as an exact percentage ({@code 5.5%}), or as a fraction ({@code 1/3}) when its
     * decimal does not end.
     *
     * @param ratio the ratio
     * @return the text
     */
    public static String of(Ratio ratio) {
        return ratio.isTerminatingDecimal() ? ratio.times(HUNDRED) + "%" : ratio.toString();
    }
}
