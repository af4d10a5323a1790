package org.jobassist.testkit.money;

import java.math.BigDecimal;
import java.util.Objects;

import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * Generators of amounts of money (金额) and ratios (比例).
 *
 * <p>Amounts are drawn as whole fen, uniformly, never through {@code double}. Ratios come in
 * the three shapes policy documents use: decimals ({@code 0.055}), fractions ({@code 2/3}) and
 * percentages ({@code 5.5%}); each is built exactly from whole numbers.
 *
 * <p>Stateless and thread-safe.
 */
public final class Amounts {

    /**
     * The bound of {@link #any()}, in fen: 10<sup>13</sup> fen, a hundred billion yuan. Sums and
     * differences of a few such amounts never overflow.
     */
    public static final long ANY_BOUND_FEN = 10_000_000_000_000L;

    private Amounts() {}

    /**
     * Amounts from {@code min} to {@code max}, both included, uniformly in fen.
     *
     * @param min the smallest amount
     * @param max the largest amount, not below {@code min}
     * @return the generator
     * @throws IllegalArgumentException if {@code min} is greater than {@code max}
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Money> between(Money min, Money max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isGreaterThan(max)) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        long lo = min.fen();
        long hi = max.fen();
        return in -> Money.ofFen(Draw.between(in, lo, hi));
    }

    /**
     * Whole-yuan amounts from {@code minYuan} to {@code maxYuan}, both included, as policy
     * documents usually set them (a minimum wage of 1,910 yuan).
     *
     * @param minYuan the smallest amount in yuan
     * @param maxYuan the largest amount in yuan, not below {@code minYuan}
     * @return the generator
     * @throws IllegalArgumentException if {@code minYuan} is greater than {@code maxYuan}, or
     *     either is beyond ±10<sup>15</sup> yuan
     */
    public static Gen<Money> wholeYuan(long minYuan, long maxYuan) {
        long limit = 1_000_000_000_000_000L;
        if (minYuan > maxYuan || minYuan < -limit || maxYuan > limit) {
            throw new IllegalArgumentException("need -10^15 <= minYuan <= maxYuan <= 10^15, got " + minYuan
                    + " and " + maxYuan);
        }
        return in -> Money.ofYuan(Draw.between(in, minYuan, maxYuan));
    }

    /**
     * Amounts of either sign within ±{@value #ANY_BOUND_FEN} fen, uniformly, with one draw in
     * eight taken from small amounts (±1 yuan) where rounding and sign matter most.
     *
     * @return the generator
     */
    public static Gen<Money> any() {
        return in -> Draw.oneIn(in, 8)
                ? Money.ofFen(Draw.between(in, -100L, 100L))
                : Money.ofFen(Draw.between(in, -ANY_BOUND_FEN, ANY_BOUND_FEN));
    }

    /**
     * Ratios of all three shapes, equally likely: {@link #decimalRatios()},
     * {@link #fractionRatios()} and {@link #percentRatios()}.
     *
     * @return the generator
     */
    public static Gen<Ratio> ratios() {
        Gen<Ratio> decimals = decimalRatios();
        Gen<Ratio> fractions = fractionRatios();
        Gen<Ratio> percents = percentRatios();
        return in -> {
            switch (Draw.between(in, 0, 2)) {
                case 0:
                    return decimals.generate(in);
                case 1:
                    return fractions.generate(in);
                default:
                    return percents.generate(in);
            }
        };
    }

    /**
     * Decimal ratios of either sign with up to six decimal places and at most seven digits,
     * such as {@code 0.055}, {@code -1.5} or {@code 3}.
     *
     * @return the generator
     */
    public static Gen<Ratio> decimalRatios() {
        return in -> Ratio.of(BigDecimal.valueOf(Draw.between(in, -9_999_999L, 9_999_999L), Draw.between(in, 0, 6)));
    }

    /**
     * Fractions of either sign with a numerator up to ±1,000 and a denominator from 1 to
     * 1,000, such as {@code 2/3}; they reduce, so some come out as whole numbers or decimals.
     *
     * @return the generator
     */
    public static Gen<Ratio> fractionRatios() {
        return in -> Ratio.of(Draw.between(in, -1000L, 1000L), Draw.between(in, 1L, 1000L));
    }

    /**
     * Percentages from 0% to 100% with up to two decimal places, such as 5.5% or 30%.
     *
     * @return the generator
     */
    public static Gen<Ratio> percentRatios() {
        return in -> Ratio.of(Draw.between(in, 0L, 10_000L), 10_000L);
    }

    /**
     * Shares from 0 to 1, both included: fractions with a denominator from 1 to 1,000 and
     * percentages with up to two decimal places, equally likely. For splitting amounts and
     * subsidy rates.
     *
     * @return the generator
     */
    public static Gen<Ratio> shares() {
        return in -> {
            if (Draw.between(in, 0, 1) == 0) {
                return Ratio.of(Draw.between(in, 0L, 10_000L), 10_000L);
            }
            long denominator = Draw.between(in, 1L, 1000L);
            return Ratio.of(Draw.between(in, 0L, denominator), denominator);
        };
    }
}
