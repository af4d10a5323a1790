package org.jobassist.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.QuickTheory;

class RatioTest {

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("jobassist.seed", 20211109L)).withExamples(1000);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}/{2}, canonical \"{3}\"")
    @CsvSource({
        "2/3, 2, 3, 2/3",
        "4/6, 2, 3, 2/3",
        "-2/4, -1, 2, -0.5",
        "1/3, 1, 3, 1/3",
        "1/6, 1, 6, 1/6",
        "7/20, 7, 20, 0.35",
        "1/1024, 1, 1024, 0.0009765625",
        "0.055, 11, 200, 0.055",
        "5.5%, 11, 200, 0.055",
        "30%, 3, 10, 0.3",
        "0.300, 3, 10, 0.3",
        "100%, 1, 1, 1",
        "150%, 3, 2, 1.5",
        "1, 1, 1, 1",
        "12, 12, 1, 12",
        "-0.5, -1, 2, -0.5",
        "0, 0, 1, 0",
        "-0, 0, 1, 0",
        "0/7, 0, 1, 0",
        "'  2/3 ', 2, 3, 2/3",
    })
    void parsesReducesAndWritesCanonically(String text, long numerator, long denominator, String canonical) {
        Ratio r = Ratio.parse(text);
        assertEquals(BigInteger.valueOf(numerator), r.numerator());
        assertEquals(BigInteger.valueOf(denominator), r.denominator());
        assertEquals(canonical, r.toString());
        assertEquals(r, Ratio.parse(canonical));
    }

    @Test
    void percentFactoryIsHundredths() {
        assertEquals(Ratio.parse("0.055"), Ratio.percent("5.5"));
        assertEquals(Ratio.of(3, 10), Ratio.percent("30"));
        assertEquals(Ratio.of(1, 5), Ratio.percent("20"));
        assertEquals("-0.005", Ratio.percent("-0.5").toString());
    }

    @Test
    void twoThirdsStaysExact() {
        Ratio twoThirds = Ratio.of(2, 3);
        assertEquals(Ratio.ONE, twoThirds.times(Ratio.of(3, 2)));
        assertEquals(Ratio.ONE, Ratio.of(1, 3).plus(Ratio.of(1, 3)).plus(Ratio.of(1, 3)));
        assertEquals(Ratio.of(1, 3), Ratio.ONE.minus(twoThirds));
        assertEquals(Ratio.of(4, 9), twoThirds.times(twoThirds));
        assertEquals(Ratio.ONE, twoThirds.dividedBy(twoThirds));
        assertNotEquals(Ratio.parse("0.6666666667"), twoThirds);
        assertEquals(new BigDecimal("0.66667"), twoThirds.toBigDecimal(new MathContext(5, RoundingMode.HALF_UP)));
    }

    @Test
    void denominatorIsPositiveAfterReduction() {
        Ratio r = Ratio.of(1, -2);
        assertEquals(BigInteger.valueOf(-1), r.numerator());
        assertEquals(BigInteger.TWO, r.denominator());
        assertTrue(r.isNegative());
        assertEquals(Ratio.of(1, 2), Ratio.of(-1, -2));
    }

    @Test
    void exactDecimalFactory() {
        assertEquals(Ratio.of(11, 200), Ratio.of(new BigDecimal("0.055")));
        assertEquals(Ratio.of(1200), Ratio.of(new BigDecimal("1.2E3")));
    }

    @Test
    void terminatingDecimalsAreRecognised() {
        assertTrue(Ratio.of(7, 40).isTerminatingDecimal());
        assertFalse(Ratio.of(1, 30).isTerminatingDecimal());
        assertEquals("1/30", Ratio.of(1, 30).toString());
    }

    @Test
    void orderAndSign() {
        assertTrue(Ratio.of(2, 3).compareTo(Ratio.parse("0.66")) > 0);
        assertTrue(Ratio.parse("5.5%").compareTo(Ratio.parse("20%")) < 0);
        assertEquals(0, Ratio.of(2, 4).compareTo(Ratio.of(1, 2)));
        assertEquals(-1, Ratio.of(-1, 3).signum());
        assertTrue(Ratio.ZERO.isZero());
        assertEquals(Ratio.of(-2, 3), Ratio.of(2, 3).negate());
        assertEquals(Ratio.of(2, 4).hashCode(), Ratio.of(1, 2).hashCode());
    }

    @Test
    void divisionByZeroThrows() {
        assertThrows(ArithmeticException.class, () -> Ratio.ONE.dividedBy(Ratio.ZERO));
    }

    @ParameterizedTest(name = "\"{0}\" is ratio.format")
    @ValueSource(strings = {"", "  ", "abc", "1/", "/2", "1/-2", "1.2.3", "+1", "5.5%%", ".5", "5.", "1/2/3", "1.5/2",
        "--1", "%", "-", "１", "1e3", "0x10"})
    void malformedTextIsFormat(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ratio.parse(text));
        assertEquals("ratio.format", e.code());
        assertTrue(Ratio.tryParse(text).isEmpty());
    }

    @Test
    void overlongTextIsFormat() {
        assertEquals("ratio.format", assertThrows(InvalidInputException.class,
                () -> Ratio.parse("1".repeat(101))).code());
    }

    @Test
    void zeroDenominatorIsRefused() {
        assertEquals("ratio.zero-denominator",
                assertThrows(InvalidInputException.class, () -> Ratio.parse("1/0")).code());
        assertEquals("ratio.zero-denominator",
                assertThrows(InvalidInputException.class, () -> Ratio.of(1, 0)).code());
        assertTrue(Ratio.tryParse("3/0").isEmpty());
    }

    @Test
    void percentRejectsNonDecimals() {
        assertEquals("ratio.format", assertThrows(InvalidInputException.class, () -> Ratio.percent("5.5%")).code());
    }

    @Test
    void messagesDoNotRepeatTheInput() {
        for (String text : List.of("98765/0", "98765x", "12.34.56")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ratio.parse(text));
            assertFalse(e.getMessage().contains(text), e.getMessage());
        }
    }

    @Test
    void everyRatioIsReducedAndSurvivesItsCanonicalText() {
        qt().forAll(longs().all(), longs().all()).assuming((n, d) -> d != 0).checkAssert((n, d) -> {
            Ratio r = Ratio.of(n, d);
            assertEquals(1, r.denominator().signum());
            // Reduced: gcd(0, d) = d, so zero must be 0/1.
            assertEquals(BigInteger.ONE, r.numerator().gcd(r.denominator()));
            // Same value: n × r.d == r.n × d.
            assertEquals(BigInteger.valueOf(n).multiply(r.denominator()), r.numerator().multiply(BigInteger.valueOf(d)));
            assertEquals(r, Ratio.parse(r.toString()));
        });
    }

    @Test
    void arithmeticAgreesWithCrossMultiplication() {
        qt().forAll(longs().between(-1000, 1000), longs().between(1, 1000), longs().between(-1000, 1000),
                longs().between(1, 1000)).checkAssert((a, b, c, d) -> {
                    Ratio x = Ratio.of(a, b);
                    Ratio y = Ratio.of(c, d);
                    assertEquals(Ratio.of(a * d + c * b, b * d), x.plus(y));
                    assertEquals(Ratio.of(a * d - c * b, b * d), x.minus(y));
                    assertEquals(Ratio.of(a * c, b * d), x.times(y));
                    assertEquals(Long.signum(a * d - c * b), Integer.signum(x.compareTo(y)));
                });
    }
}
