package org.jobassist.api.assessment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.jobassist.api.money.Ratio;

/**
 * One share of a report: a count against a named denominator, such as 12,085 hired by
 * employers out of a channel total of 60,055 (20.1%).
 *
 * <p>The share is exact ({@link #fraction()}, {@link #percent()}); only {@link #formatted()}
 * rounds, half-up to one decimal of a percent. A zero denominator gives a share of zero.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name what is counted, such as {@code employer} or {@code zero-employment family members}
 * @param count the count, not negative
 * @param denominatorName what the count is compared with, such as {@code channel total}
 * @param denominator the denominator's count, not negative
 */
public record Share(String name, long count, String denominatorName, long denominator) {

    /**
     * Validates the share.
     *
     * @throws IllegalArgumentException if a count is negative
     * @throws NullPointerException if a name is null
     */
    public Share {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(denominatorName, "denominatorName");
        if (count < 0 || denominator < 0) {
            throw new IllegalArgumentException("share counts must not be negative");
        }
    }

    /**
     * The exact share, count / denominator; zero when the denominator is zero.
     *
     * @return the fraction, such as 12085/60055
     */
    public Ratio fraction() {
        return denominator == 0 ? Ratio.ZERO : Ratio.of(count, denominator);
    }

    /**
     * The exact share in percent, 100 × count / denominator.
     *
     * @return the percentage as an exact ratio
     */
    public Ratio percent() {
        return fraction().times(Ratio.of(100));
    }

    /**
     * The percentage rounded half-up to one decimal, with a percent sign.
     *
     * @return the text, such as {@code 20.1%}
     */
    public String formatted() {
        Ratio p = percent();
        // One exact division to tenths of a percent, so the value is rounded once, half-up.
        BigDecimal tenths = new BigDecimal(p.numerator().multiply(BigInteger.TEN))
                .divide(new BigDecimal(p.denominator()), 0, RoundingMode.HALF_UP);
        return tenths.movePointLeft(1).setScale(1, RoundingMode.UNNECESSARY).toPlainString() + "%";
    }
}
