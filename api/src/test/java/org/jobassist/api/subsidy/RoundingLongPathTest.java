package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Rounding#of} rounds small ratios on longs; it must agree with BigDecimal division in
 * every rounding mode, exact halves and overflow edges included.
 */
class RoundingLongPathTest {

    private static final List<RoundingMode> MODES = List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
            RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("jobassist.seed", 20211109L)).withExamples(3000);
    }

    private static Gen<Long> numerators() {
        Gen<Long> edges = Generate.pick(List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, Long.MAX_VALUE - 1,
                0L, 1L, -1L, 5L, -5L, 15L, -15L, 25L, -25L));
        return edges.mix(longs().between(-1_000_000, 1_000_000), 50).mix(longs().all(), 30);
    }

    private static Gen<Long> denominators() {
        Gen<Long> edges = Generate.pick(List.of(1L, 2L, 3L, 10L, 100L, 200L, Long.MAX_VALUE, Long.MAX_VALUE - 1));
        return edges.mix(longs().between(1, 1_000), 50).mix(longs().between(1, Long.MAX_VALUE), 20);
    }

    private static long expected(Ratio exact, RoundingMode mode) {
        return new BigDecimal(exact.numerator()).divide(new BigDecimal(exact.denominator()), 0, mode)
                .longValueExact();
    }

    @Test
    void roundsAsBigDecimalDivisionDoes() {
        qt().forAll(numerators(), denominators(), integers().between(0, MODES.size() - 1)).checkAssert((n, d, i) -> {
            RoundingMode mode = MODES.get(i);
            Ratio exact = Ratio.of(n, d);
            Rounding r = Rounding.of("x", exact, mode);
            assertEquals(expected(exact, mode), r.rounded().fen());
        });
    }

    @Test
    void exactHalvesFollowTheMode() {
        Ratio half = Ratio.of(5, 2);
        Ratio minusHalf = Ratio.of(-5, 2);
        assertEquals(3, Rounding.of("x", half, RoundingMode.HALF_UP).rounded().fen());
        assertEquals(2, Rounding.of("x", half, RoundingMode.HALF_DOWN).rounded().fen());
        assertEquals(2, Rounding.of("x", half, RoundingMode.HALF_EVEN).rounded().fen());
        assertEquals(-3, Rounding.of("x", minusHalf, RoundingMode.HALF_UP).rounded().fen());
        assertEquals(-2, Rounding.of("x", minusHalf, RoundingMode.CEILING).rounded().fen());
        assertEquals(-3, Rounding.of("x", minusHalf, RoundingMode.FLOOR).rounded().fen());
    }

    @Test
    void unnecessaryRoundingOfAFractionThrows() {
        assertThrows(ArithmeticException.class, () -> Rounding.of("x", Ratio.of(1, 3), RoundingMode.UNNECESSARY));
        assertEquals(7, Rounding.of("x", Ratio.of(14, 2), RoundingMode.UNNECESSARY).rounded().fen());
    }

    @Test
    void anAmountBeyondALongOfFenThrows() {
        Ratio huge = Ratio.of(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.TWO), BigInteger.ONE);
        assertThrows(ArithmeticException.class, () -> Rounding.of("x", huge, RoundingMode.HALF_UP));
        Ratio justInside = Ratio.of(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO).add(BigInteger.ONE),
                BigInteger.TWO);
        assertThrows(ArithmeticException.class, () -> Rounding.of("x", justInside, RoundingMode.HALF_UP));
        assertEquals(Long.MAX_VALUE, Rounding.of("x", justInside, RoundingMode.DOWN).rounded().fen());
    }

    @Test
    void theConstructorChecksTheRoundedAmountOnTheSamePath() {
        Ratio exact = Ratio.of(2_001, 2);
        assertEquals(new Rounding("x", exact, RoundingMode.HALF_UP, Money.ofFen(1_001)),
                Rounding.of("x", exact, RoundingMode.HALF_UP));
        assertThrows(IllegalArgumentException.class,
                () -> new Rounding("x", exact, RoundingMode.HALF_UP, Money.ofFen(1_000)));
    }
}
