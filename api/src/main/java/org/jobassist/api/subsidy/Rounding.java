package org.jobassist.api.subsidy;

import java.math.RoundingMode;
import java.util.Objects;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;

/**
 * One rounding a calculator applied: the exact amount in fen, the rule, and the whole-fen
 * result. Calculators compute exactly with {@link Ratio} and round once per reported amount,
 * so an auditor can see every fraction of a fen that rounding added or removed.
 *
 * @param what what was rounded, such as {@code pension} or {@code monthly-amount}
 * @param exactFen the exact amount, in fen
 * @param mode the rounding rule applied to reach whole fen
 * @param rounded the rounded amount
 */
public record Rounding(String what, Ratio exactFen, RoundingMode mode, Money rounded) {

    private static final Money ONE_FEN = Money.ofFen(1);

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code rounded} is not {@code exactFen} rounded by
     *     {@code mode}
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and the
     *     exact amount is not whole fen
     */
    public Rounding {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(exactFen, "exactFen");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(rounded, "rounded");
        if (toFen(exactFen, mode) != rounded.fen()) {
            throw new IllegalArgumentException("the rounded amount does not follow from the exact amount and mode");
        }
    }

    /**
     * Rounds an exact fen amount.
     *
     * @param what what is rounded
     * @param exactFen the exact amount in fen
     * @param mode the rule
     * @return the rounding, with its result
     * @throws ArithmeticException if the result does not fit a {@code long} of fen, or
     *     {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     * @throws NullPointerException if an argument is null
     */
    public static Rounding of(String what, Ratio exactFen, RoundingMode mode) {
        return new Rounding(what, exactFen, mode, Money.ofFen(toFen(exactFen, mode)));
    }

    /**
     * What rounding changed: the rounded amount minus the exact amount, in fen.
     *
     * @return the adjustment, negative when rounding took fractions of a fen away
     */
    public Ratio adjustmentFen() {
        return Ratio.of(rounded.fen()).minus(exactFen);
    }

    private static long toFen(Ratio exactFen, RoundingMode mode) {
        // One fen times the ratio is the ratio rounded to whole fen: Money does it on longs when
        // the fraction fits (no BigDecimal), else by BigDecimal division; both throw
        // ArithmeticException when the result is beyond a long or UNNECESSARY meets a fraction.
        return ONE_FEN.times(exactFen, Objects.requireNonNull(mode, "mode")).fen();
    }
}
