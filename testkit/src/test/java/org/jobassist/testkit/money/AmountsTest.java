package org.jobassist.testkit.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AmountsTest {

    @Test
    void everyGeneratedAmountParsesFromEachTextFormAndRoundTrips() {
        Properties.qt().forAll(Amounts.any()).checkAssert(m -> {
            Money parsed = Money.parse(m.toString());
            assertEquals(m, parsed);
            assertEquals(m.toString(), parsed.toString());
            assertEquals(m, Money.parse(m.format()));
            assertEquals(m, Money.parse(m.formatChinese()));
        });
    }

    @Test
    void everyGeneratedRatioParsesFromItsTextAndRoundTrips() {
        Properties.qt().forAll(Amounts.ratios()).checkAssert(r -> {
            Ratio parsed = Ratio.parse(r.toString());
            assertEquals(r, parsed);
            assertEquals(r.toString(), parsed.toString());
        });
    }

    @Test
    void additionIsAssociativeAndCommutative() {
        Properties.qt().forAll(Amounts.any(), Amounts.any(), Amounts.any()).checkAssert((a, b, c) -> {
            assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
            assertEquals(a.plus(b), b.plus(a));
            assertEquals(a.fen() + b.fen(), a.plus(b).fen());
        });
    }

    @Test
    void subtractionUndoesAddition() {
        Properties.qt().forAll(Amounts.any(), Amounts.any()).checkAssert((a, b) ->
                assertEquals(a, a.plus(b).minus(b)));
    }

    @Test
    void splittingLosesNothingAndPartsDifferByAtMostOneFen() {
        Properties.qt().forAll(Amounts.any(), Generate.range(1, 60)).checkAssert((amount, n) -> {
            List<Money> parts = amount.allocate(n);
            assertEquals(n.intValue(), parts.size());
            long sum = 0;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (Money part : parts) {
                sum += part.fen();
                min = Math.min(min, part.fen());
                max = Math.max(max, part.fen());
            }
            assertEquals(amount.fen(), sum);
            assertTrue(max - min <= 1, () -> amount + " / " + n + " gave " + parts);
        });
    }

    @Test
    void splittingByShareWeightsLosesNothing() {
        Properties.qt().withExamples(300).forAll(Amounts.any(), Amounts.shares(), Amounts.shares())
                .checkAssert((amount, w1, w2) -> {
                    Ratio first = w1.plus(Ratio.of(1, 1000));
                    List<Money> parts = amount.allocate(first, w2);
                    assertEquals(amount, parts.get(0).plus(parts.get(1)));
                });
    }

    @Test
    void timesRatioAgreesWithBigDecimalRoundedHalfUp() {
        // Decimal ratios reach 10^7, so amounts stay within 10^11 fen for the product to fit a long.
        Gen<Money> amounts = Amounts.between(Money.ofFen(-100_000_000_000L), Money.ofFen(100_000_000_000L))
                .mix(Amounts.between(Money.ofFen(-1000), Money.ofFen(1000)));
        Properties.qt().forAll(amounts, Amounts.ratios()).checkAssert((amount, ratio) -> {
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(amount.fen()).multiply(ratio.numerator()));
            BigDecimal expected = exact.divide(new BigDecimal(ratio.denominator()), 0, RoundingMode.HALF_UP);
            assertEquals(expected.longValueExact(), amount.times(ratio).fen(), () -> amount + " x " + ratio);
        });
    }

    @Test
    void amountsStayWithinTheirBoundsAndReachBothEnds() {
        Money min = Money.ofFen(-3);
        Money max = Money.ofFen(3);
        Set<Long> seen = new TreeSet<>();
        for (Money m : Samples.draw(Amounts.between(min, max), 500, Properties.seed())) {
            seen.add(m.fen());
        }
        assertEquals(Set.of(-3L, -2L, -1L, 0L, 1L, 2L, 3L), seen);
        Properties.qt().forAll(Amounts.between(Money.ofYuan(1420), Money.ofYuan(1910))).checkAssert(m ->
                assertFalse(m.isLessThan(Money.ofYuan(1420)) || m.isGreaterThan(Money.ofYuan(1910))));
        assertThrows(IllegalArgumentException.class, () -> Amounts.between(max, min));
    }

    @Test
    void wholeYuanAmountsAreWholeYuan() {
        Properties.qt().forAll(Amounts.wholeYuan(1300, 1910)).checkAssert(m -> {
            assertEquals(0, m.fen() % 100);
            assertTrue(m.fen() >= 130_000 && m.fen() <= 191_000);
        });
        assertThrows(IllegalArgumentException.class, () -> Amounts.wholeYuan(2, 1));
        assertThrows(IllegalArgumentException.class, () -> Amounts.wholeYuan(0, Long.MAX_VALUE));
    }

    @Test
    void anyAmountStaysWithinItsBoundAndTakesBothSigns() {
        List<Money> amounts = Samples.draw(Amounts.any(), 1000, Properties.seed());
        assertTrue(amounts.stream().allMatch(m -> Math.abs(m.fen()) <= 10_000_000_000_000L));
        assertTrue(amounts.stream().anyMatch(Money::isNegative));
        assertTrue(amounts.stream().anyMatch(Money::isPositive));
        assertTrue(amounts.stream().anyMatch(m -> Math.abs(m.fen()) <= 100), "small amounts are drawn too");
    }

    @Test
    void ratioShapesKeepTheirPromises() {
        Properties.qt().forAll(Amounts.percentRatios()).checkAssert(r -> {
            assertTrue(r.signum() >= 0 && r.compareTo(Ratio.ONE) <= 0, r::toString);
            assertEquals(BigInteger.ZERO, BigInteger.valueOf(10_000).mod(r.denominator()));
        });
        Properties.qt().forAll(Amounts.shares()).checkAssert(r ->
                assertTrue(r.signum() >= 0 && r.compareTo(Ratio.ONE) <= 0, r::toString));
        Properties.qt().forAll(Amounts.decimalRatios()).checkAssert(r -> assertTrue(r.isTerminatingDecimal()));
        Properties.qt().forAll(Amounts.fractionRatios()).checkAssert(r ->
                assertTrue(r.denominator().compareTo(BigInteger.valueOf(1000)) <= 0));
        long fractions = Samples.draw(Amounts.ratios(), 300, Properties.seed()).stream()
                .filter(r -> !r.isTerminatingDecimal()).count();
        assertTrue(fractions > 30, "ratios() mixes in fractions such as 2/3: " + fractions);
    }
}
