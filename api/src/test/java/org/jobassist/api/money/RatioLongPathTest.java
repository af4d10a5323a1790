package org.jobassist.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The long arithmetic of {@link Ratio} against BigInteger arithmetic done here, by hand, on
 * the same fractions: small values, values near the overflow edges and Long.MIN_VALUE.
 */
class RatioLongPathTest {

    private static final List<Long> EDGES = List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE,
            Long.MAX_VALUE - 1, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, 1L << 32, (1L << 32) + 1,
            3037000499L, 3037000500L, -3037000500L, 1L << 62, -(1L << 62), 0L, 1L, -1L, 2L, 3L, 100L, 36L);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("jobassist.seed", 20211109L)).withExamples(3000);
    }

    /** Edge values, edge values nudged by a little, small values and any long. */
    private static Gen<Long> parts() {
        Gen<Long> edges = Generate.pick(EDGES);
        Gen<Long> nudged = edges.zip(integers().between(-3, 3), (e, n) -> e + n);
        return edges.mix(nudged, 30).mix(longs().between(-10_000, 10_000), 40).mix(longs().all(), 30);
    }

    /** A ratio built through the BigInteger factory, with the value n/d. */
    private static Ratio big(BigInteger n, BigInteger d) {
        return Ratio.of(n, d);
    }

    private static BigInteger b(long v) {
        return BigInteger.valueOf(v);
    }

    /** The reduced fraction n/d worked out by hand with BigInteger, as [numerator, denominator]. */
    private static BigInteger[] reduce(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        if (n.signum() == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        BigInteger g = n.gcd(d);
        return new BigInteger[] {n.divide(g), d.divide(g)};
    }

    private static void assertFraction(BigInteger[] expected, Ratio actual) {
        assertEquals(expected[0], actual.numerator());
        assertEquals(expected[1], actual.denominator());
        Ratio viaBig = big(expected[0], expected[1]);
        assertEquals(viaBig, actual);
        assertEquals(actual, viaBig);
        assertEquals(viaBig.hashCode(), actual.hashCode());
        assertEquals(0, viaBig.compareTo(actual));
        assertEquals(viaBig.toString(), actual.toString());
    }

    @Test
    void ofLongsIsTheReducedFraction() {
        qt().forAll(parts(), parts()).assuming((n, d) -> d != 0).checkAssert((n, d) ->
                assertFraction(reduce(b(n), b(d)), Ratio.of(n, d)));
        qt().forAll(parts()).checkAssert(n -> assertFraction(reduce(b(n), BigInteger.ONE), Ratio.of(n)));
    }

    @Test
    void ofLongsRefusesAZeroDenominator() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ratio.of(Long.MIN_VALUE, 0L));
        assertEquals("ratio.zero-denominator", e.violations().get(0).code());
    }

    @Test
    void arithmeticAgreesWithBigIntegerArithmetic() {
        qt().forAll(parts(), parts(), parts(), parts()).assuming((a, b, c, d) -> b != 0 && d != 0)
                .checkAssert((a, b, c, d) -> {
                    Ratio x = Ratio.of(a, b);
                    Ratio y = Ratio.of(c, d);
                    BigInteger xn = x.numerator();
                    BigInteger xd = x.denominator();
                    BigInteger yn = y.numerator();
                    BigInteger yd = y.denominator();
                    assertFraction(reduce(xn.multiply(yd).add(yn.multiply(xd)), xd.multiply(yd)), x.plus(y));
                    assertFraction(reduce(xn.multiply(yd).subtract(yn.multiply(xd)), xd.multiply(yd)), x.minus(y));
                    assertFraction(reduce(xn.multiply(yn), xd.multiply(yd)), x.times(y));
                    if (yn.signum() != 0) {
                        assertFraction(reduce(xn.multiply(yd), xd.multiply(yn)), x.dividedBy(y));
                    }
                    int expected = xn.multiply(yd).compareTo(yn.multiply(xd));
                    assertEquals(Integer.signum(expected), Integer.signum(x.compareTo(y)));
                    assertEquals(-Integer.signum(expected), Integer.signum(y.compareTo(x)));
                    assertEquals(expected == 0, x.equals(y));
                });
    }

    @Test
    void aLongProductThatOverflowsIsStillExact() {
        Ratio max = Ratio.of(Long.MAX_VALUE, 3);
        Ratio product = max.times(max);
        assertEquals(b(Long.MAX_VALUE).pow(2), product.numerator());
        assertEquals(b(9), product.denominator());
        Ratio sum = Ratio.of(Long.MAX_VALUE).plus(Ratio.of(Long.MAX_VALUE));
        assertEquals(b(Long.MAX_VALUE).shiftLeft(1), sum.numerator());
        Ratio opposite = Ratio.of(Long.MIN_VALUE, -1);
        assertEquals(b(Long.MIN_VALUE).negate(), opposite.numerator());
        assertEquals(BigInteger.ONE, opposite.denominator());
        assertEquals(Ratio.ONE, Ratio.of(Long.MIN_VALUE, Long.MIN_VALUE));
        Ratio tiny = Ratio.of(1, Long.MIN_VALUE);
        assertEquals(BigInteger.ONE.negate(), tiny.numerator());
        assertEquals(BigInteger.ONE.shiftLeft(63), tiny.denominator());
        assertEquals(Ratio.of(-1, 2), tiny.times(Ratio.of(Long.MIN_VALUE / 2 * -1)));
    }

    @Test
    void comparingAcrossTheLongEdgeUsesTheFull128BitProducts() {
        // (MAX/2) vs ((MAX-1)/2): cross products differ only in their low 64 bits.
        Ratio a = Ratio.of(Long.MAX_VALUE, 2);
        Ratio c = Ratio.of(Long.MAX_VALUE - 2, 2);
        assertEquals(1, Integer.signum(a.compareTo(c)));
        assertEquals(-1, Integer.signum(Ratio.of(Long.MIN_VALUE, 3).compareTo(Ratio.of(Long.MIN_VALUE + 1, 3))));
        // x/(x-1) falls as x grows.
        assertEquals(-1, Integer.signum(Ratio.of(Long.MAX_VALUE, Long.MAX_VALUE - 1)
                .compareTo(Ratio.of(Long.MAX_VALUE - 1, Long.MAX_VALUE - 2))));
    }

    @Test
    void gcdOfLongsIsTheGreatestCommonDivisor() {
        qt().forAll(longs().between(1, Long.MAX_VALUE), longs().between(1, Long.MAX_VALUE)).checkAssert((a, c) ->
                assertEquals(b(a).gcd(b(c)).longValueExact(), Ratio.gcd(a, c)));
        assertEquals(Long.MAX_VALUE, Ratio.gcd(Long.MAX_VALUE, Long.MAX_VALUE));
        assertEquals(1L << 62, Ratio.gcd(1L << 62, 1L << 62));
        assertEquals(1L, Ratio.gcd(1L, Long.MAX_VALUE));
    }
}
