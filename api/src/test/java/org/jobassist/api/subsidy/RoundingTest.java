package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void halfUpRoundsAHalfFenAwayFromZero() {
        // 1234.5 fen -> 1235 fen; rounding added half a fen.
        Rounding up = Rounding.of("pension", Ratio.of(12345, 10), RoundingMode.HALF_UP);
        assertEquals(Money.ofFen(1235), up.rounded());
        assertEquals(Ratio.of(1, 2), up.adjustmentFen());
        // -1234.5 fen -> -1235 fen: HALF_UP goes away from zero.
        Rounding down = Rounding.of("refund", Ratio.of(-12345, 10), RoundingMode.HALF_UP);
        assertEquals(Money.ofFen(-1235), down.rounded());
        assertEquals(Ratio.of(-1, 2), down.adjustmentFen());
    }

    @Test
    void halfUpRoundsLessThanHalfDownWithANegativeAdjustment() {
        // 1234.4 fen -> 1234 fen; rounding took 0.4 fen = 2/5 away.
        Rounding r = Rounding.of("medical", Ratio.of(12344, 10), RoundingMode.HALF_UP);
        assertEquals(Money.ofFen(1234), r.rounded());
        assertEquals(Ratio.of(-2, 5), r.adjustmentFen());
    }

    @Test
    void twoThirdsOfTheMinimumWage() {
        // 2/3 of 1910.00 yuan = 191000 * 2 / 3 fen = 127333 1/3 fen -> 127333 fen = 1273.33 yuan.
        Ratio exact = Ratio.of(191000).times(Ratio.of(2, 3));
        Rounding r = Rounding.of("flexible-share", exact, RoundingMode.HALF_UP);
        assertEquals(Money.parse("1273.33"), r.rounded());
        assertEquals(Ratio.of(-1, 3), r.adjustmentFen());
        // 2/3 of 100 fen = 66 2/3 fen -> 67 fen; rounding added 1/3 fen.
        Rounding up = Rounding.of("flexible-share", Ratio.of(200, 3), RoundingMode.HALF_UP);
        assertEquals(Money.ofFen(67), up.rounded());
        assertEquals(Ratio.of(1, 3), up.adjustmentFen());
    }

    @Test
    void aWholeFenAmountNeedsNoAdjustment() {
        Rounding r = Rounding.of("wage", Ratio.of(164000), RoundingMode.UNNECESSARY);
        assertEquals(Money.parse("1640.00"), r.rounded());
        assertEquals(Ratio.ZERO, r.adjustmentFen());
        assertThrows(ArithmeticException.class,
                () -> Rounding.of("wage", Ratio.of(1, 2), RoundingMode.UNNECESSARY));
    }

    @Test
    void theConstructorRefusesARoundedAmountThatDoesNotFollow() {
        assertThrows(IllegalArgumentException.class,
                () -> new Rounding("pension", Ratio.of(12345, 10), RoundingMode.HALF_UP, Money.ofFen(1234)));
        // HALF_EVEN takes 1234.5 to 1234, so 1235 does not follow from it.
        assertThrows(IllegalArgumentException.class,
                () -> new Rounding("pension", Ratio.of(12345, 10), RoundingMode.HALF_EVEN, Money.ofFen(1235)));
        assertEquals(Money.ofFen(1234),
                new Rounding("pension", Ratio.of(12345, 10), RoundingMode.HALF_EVEN, Money.ofFen(1234)).rounded());
        assertThrows(NullPointerException.class,
                () -> new Rounding(null, Ratio.ONE, RoundingMode.HALF_UP, Money.ofFen(1)));
    }

    @Test
    void equalRoundingsAreEqual() {
        assertEquals(Rounding.of("a", Ratio.of(5, 2), RoundingMode.HALF_UP),
                new Rounding("a", Ratio.of(5, 2), RoundingMode.HALF_UP, Money.ofFen(3)));
    }
}
