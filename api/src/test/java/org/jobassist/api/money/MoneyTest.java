package org.jobassist.api.money;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MoneyTest {

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("jobassist.seed", 20211109L)).withExamples(1000);
    }

    private static Money yuan(String text) {
        return Money.of(new BigDecimal(text));
    }

    private static void assertCode(String code, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals(code, e.code());
    }

    @Nested
    class Construction {

        @Test
        void ofFenAndOfYuanAgree() {
            assertEquals(Money.ofFen(150_000), Money.ofYuan(1500));
            assertEquals(new BigDecimal("1500.00"), Money.ofYuan(1500).yuan());
            assertEquals(2, Money.ofFen(7).yuan().scale());
            assertSame(Money.ZERO, Money.ofFen(0));
        }

        @Test
        void decimalWithTwoPlacesOrTrailingZerosIsExact() {
            assertEquals(150, yuan("1.5").fen());
            assertEquals(150, yuan("1.500").fen());
            assertEquals(-1, yuan("-0.01").fen());
            assertEquals(120_000, yuan("1.2E3").fen());
        }

        @Test
        void decimalWithAThirdPlaceIsRefusedNotRounded() {
            assertCode("money.scale", () -> yuan("1.005"));
            assertCode("money.scale", () -> yuan("0.001"));
        }

        @Test
        void decimalOutOfRangeIsOverflow() {
            assertCode("money.overflow", () -> yuan("1E30"));
            assertCode("money.overflow", () -> Money.ofYuan(Long.MAX_VALUE));
            assertCode("money.overflow", () -> Money.of(new BigDecimal("1E30"), RoundingMode.HALF_UP));
        }

        @ParameterizedTest(name = "{0} rounded {1} is {2} fen")
        @CsvSource({
            "1.005, HALF_UP, 101",
            "1.005, HALF_EVEN, 100",
            "1.015, HALF_EVEN, 102",
            "1.005, HALF_DOWN, 100",
            "1.009, DOWN, 100",
            "-1.009, DOWN, -100",
            "-1.001, UP, -101",
            "-1.001, FLOOR, -101",
            "-1.009, CEILING, -100",
            "-1.005, HALF_UP, -101",
        })
        void decimalRoundedWithExplicitMode(String value, RoundingMode mode, long fen) {
            assertEquals(fen, Money.of(new BigDecimal(value), mode).fen());
        }

        @Test
        void unnecessaryRoundingThatIsNeededThrows() {
            assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("1.001"), RoundingMode.UNNECESSARY));
            assertEquals(100, Money.of(new BigDecimal("1.000"), RoundingMode.UNNECESSARY).fen());
        }

        @Test
        void noFactoryOrMethodTakesBinaryFloatingPoint() {
            for (Class<?> type : List.of(Money.class, Ratio.class)) {
                for (Method m : type.getDeclaredMethods()) {
                    for (Class<?> p : m.getParameterTypes()) {
                        assertFalse(p == double.class || p == float.class || p == Double.class || p == Float.class,
                                type.getSimpleName() + "." + m.getName() + " takes " + p);
                    }
                    assertFalse(m.getReturnType() == double.class || m.getReturnType() == float.class,
                            type.getSimpleName() + "." + m.getName() + " returns floating point");
                }
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    for (Class<?> p : c.getParameterTypes()) {
                        assertFalse(p == double.class || p == float.class, type.getSimpleName() + " constructor");
                    }
                }
            }
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void sumsAndDifferencesAreExactInFen() {
            // 0.1 + 0.2 is the classic binary floating-point failure.
            assertEquals(yuan("0.30"), yuan("0.10").plus(yuan("0.20")));
            assertEquals(yuan("-0.10"), yuan("0.10").minus(yuan("0.20")));
        }

        @Test
        void workForTrainingSubsidyIs500YuanTimesSixMonths() {
            // DOMAIN.md §3.4: 500 yuan per person per month, at most 6 months.
            assertEquals(Money.ofYuan(3000), Money.ofYuan(500).times(6));
        }

        @Test
        void overflowThrowsInsteadOfWrapping() {
            Money max = Money.ofFen(Long.MAX_VALUE);
            assertThrows(ArithmeticException.class, () -> max.plus(Money.ofFen(1)));
            assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).minus(Money.ofFen(1)));
            assertThrows(ArithmeticException.class, () -> max.times(2));
            assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).negate());
            assertThrows(ArithmeticException.class, () -> max.times(Ratio.of(3, 1)));
        }

        @Test
        void twoThirdsOfOneThousandYuanRoundsHalfUpByDefault() {
            // DOMAIN.md §3.1: flexible employment subsidy of at most 2/3 of contributions.
            Money contributions = Money.ofYuan(1000);
            assertEquals(yuan("666.67"), contributions.times(Ratio.of(2, 3)));
            assertEquals(yuan("666.66"), contributions.times(Ratio.of(2, 3), RoundingMode.DOWN));
        }

        @Test
        void jobStabilisationRefundIsThirtyPercentOfPremiums() {
            // DOMAIN.md §3.3: 2021 large enterprises get 30% of the premiums paid.
            assertEquals(yuan("3703.70"), yuan("12345.67").times(Ratio.percent("30")));
        }

        @ParameterizedTest(name = "{0} fen × 1/2 {1} = {2} fen")
        @CsvSource({
            "1, HALF_UP, 1", "1, HALF_DOWN, 0", "1, HALF_EVEN, 0", "3, HALF_EVEN, 2",
            "1, UP, 1", "1, DOWN, 0", "1, CEILING, 1", "1, FLOOR, 0",
            "-1, HALF_UP, -1", "-1, HALF_DOWN, 0", "-1, HALF_EVEN, 0", "-3, HALF_EVEN, -2",
            "-1, UP, -1", "-1, DOWN, 0", "-1, CEILING, 0", "-1, FLOOR, -1",
        })
        void everyRoundingModeOnAHalfFen(long fen, RoundingMode mode, long expected) {
            assertEquals(expected, Money.ofFen(fen).times(Ratio.of(1, 2), mode).fen());
        }

        @Test
        void roundingUnnecessaryThrowsOnlyWhenRoundingIsNeeded() {
            assertThrows(ArithmeticException.class, () -> Money.ofFen(1).times(Ratio.of(1, 3), RoundingMode.UNNECESSARY));
            assertEquals(2, Money.ofFen(6).times(Ratio.of(1, 3), RoundingMode.UNNECESSARY).fen());
        }

        @Test
        void productBeyondLongButResultInRangeUsesTheExactPath() {
            Money big = Money.ofFen(4_611_686_018_427_387_903L);
            assertEquals(6_917_529_027_641_081_855L, big.times(Ratio.of(3, 2)).fen());
            assertEquals(6_917_529_027_641_081_854L, big.times(Ratio.of(3, 2), RoundingMode.DOWN).fen());
        }

        @Test
        void timesRatioMatchesBigDecimalForEveryModeAndSign() {
            Gen<Long> amounts = Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L))
                    .mix(longs().all(), 80);
            qt().forAll(amounts, longs().between(-2_000_000L, 2_000_000L), longs().between(1L, 1_000_000L),
                            Generate.enumValues(RoundingMode.class))
                    .assuming((f, n, d, mode) -> mode != RoundingMode.UNNECESSARY)
                    .checkAssert((f, n, d, mode) -> {
                        BigInteger exact = new BigDecimal(BigInteger.valueOf(f).multiply(BigInteger.valueOf(n)))
                                .divide(BigDecimal.valueOf(d), 0, mode).toBigIntegerExact();
                        if (exact.bitLength() < Long.SIZE) {
                            assertEquals(exact.longValueExact(), Money.ofFen(f).times(Ratio.of(n, d), mode).fen());
                        } else {
                            assertThrows(ArithmeticException.class, () -> Money.ofFen(f).times(Ratio.of(n, d), mode));
                        }
                    });
        }

        @Test
        void sumsAreExactOrThrow() {
            qt().forAll(longs().all(), longs().all()).checkAssert((a, b) -> {
                BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
                if (exact.bitLength() < Long.SIZE) {
                    assertEquals(exact.longValueExact(), Money.ofFen(a).plus(Money.ofFen(b)).fen());
                    assertEquals(a, Money.ofFen(a).plus(Money.ofFen(b)).minus(Money.ofFen(b)).fen());
                } else {
                    assertThrows(ArithmeticException.class, () -> Money.ofFen(a).plus(Money.ofFen(b)));
                }
            });
        }
    }

    @Nested
    class Allocation {

        @Test
        void oneHundredYuanInThreeEqualParts() {
            assertEquals(List.of(yuan("33.34"), yuan("33.33"), yuan("33.33")), Money.ofYuan(100).allocate(3));
        }

        @Test
        void negativeAmountInEqualParts() {
            assertEquals(List.of(Money.ofFen(-2), Money.ofFen(-2), Money.ofFen(-1)), Money.ofFen(-5).allocate(3));
        }

        @Test
        void equalPartsOfZeroOrFewerThanPartsFen() {
            assertEquals(List.of(Money.ZERO, Money.ZERO), Money.ZERO.allocate(2));
            assertEquals(List.of(Money.ofFen(1), Money.ofFen(1), Money.ZERO, Money.ZERO), Money.ofFen(2).allocate(4));
        }

        @Test
        void largestRemainderGoesToTheLargestDroppedFraction() {
            // 1 fen × 1/3 = 0.33.., × 2/3 = 0.66..: the left-over fen goes to the second part.
            assertEquals(List.of(Money.ofFen(33), Money.ofFen(67)), Money.ofFen(100).allocate(Ratio.ONE, Ratio.of(2)));
            assertEquals(List.of(Money.ofFen(-33), Money.ofFen(-67)),
                    Money.ofFen(-100).allocate(Ratio.ONE, Ratio.of(2)));
        }

        @Test
        void tiesGoToTheEarlierPart() {
            // 5 fen split 30% / 70%: 1.5 and 3.5, equal remainders.
            assertEquals(List.of(Money.ofFen(2), Money.ofFen(3)),
                    Money.ofFen(5).allocate(Ratio.percent("30"), Ratio.percent("70")));
            assertEquals(List.of(Money.ofFen(4), Money.ofFen(3), Money.ofFen(3)),
                    Money.ofFen(10).allocate(Ratio.of(1, 3), Ratio.of(1, 3), Ratio.of(1, 3)));
        }

        @Test
        void zeroWeightGetsNothing() {
            assertEquals(List.of(Money.ZERO, Money.ofFen(101)), Money.ofFen(101).allocate(Ratio.ZERO, Ratio.ONE));
        }

        @Test
        void badSplitsAreRefused() {
            assertCode("money.allocation", () -> Money.ofYuan(1).allocate(0));
            assertCode("money.allocation", () -> Money.ofYuan(1).allocate(new Ratio[0]));
            assertCode("money.allocation", () -> Money.ofYuan(1).allocate(Ratio.ONE, Ratio.of(-1)));
            assertCode("money.allocation", () -> Money.ofYuan(1).allocate(Ratio.ZERO, Ratio.ZERO));
        }

        @Test
        void equalPartsSumBackAndDifferByAtMostOneFen() {
            qt().forAll(longs().all(), integers().between(1, 50)).checkAssert((fen, parts) -> {
                List<Money> split = Money.ofFen(fen).allocate(parts);
                assertEquals(parts, split.size());
                BigInteger sum = BigInteger.ZERO;
                long min = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                for (Money m : split) {
                    sum = sum.add(BigInteger.valueOf(m.fen()));
                    min = Math.min(min, m.fen());
                    max = Math.max(max, m.fen());
                }
                assertEquals(BigInteger.valueOf(fen), sum);
                assertTrue(max - min <= 1);
            });
        }

        @Test
        void weightedPartsSumBackAndStayWithinOneFenOfTheExactShare() {
            Gen<List<Long>> weights = lists().of(longs().between(0, 1000)).ofSizeBetween(1, 8)
                    .assuming(ws -> ws.stream().anyMatch(w -> w > 0));
            qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), weights).checkAssert((fen, ws) -> {
                List<Ratio> ratios = new ArrayList<>();
                long total = 0;
                for (long w : ws) {
                    ratios.add(Ratio.of(w, 7));
                    total += w;
                }
                List<Money> split = Money.ofFen(fen).allocate(ratios.toArray(new Ratio[0]));
                long sum = 0;
                for (int i = 0; i < split.size(); i++) {
                    long part = split.get(i).fen();
                    sum += part;
                    // |part × total − fen × w| < total, i.e. within one fen of the exact share.
                    BigInteger diff = BigInteger.valueOf(part).multiply(BigInteger.valueOf(total))
                            .subtract(BigInteger.valueOf(fen).multiply(BigInteger.valueOf(ws.get(i))));
                    assertTrue(diff.abs().compareTo(BigInteger.valueOf(total)) < 0, "part " + i);
                }
                assertEquals((long) fen, sum);
            });
        }
    }

    @Nested
    class Text {

        @ParameterizedTest(name = "{0} fen: {1} | {2} | {3}")
        @CsvSource(delimiter = '|', value = {
            "123450 | 1234.50 | ¥1,234.50 | 1234.50元",
            "-123450 | -1234.50 | -¥1,234.50 | -1234.50元",
            "0 | 0.00 | ¥0.00 | 0.00元",
            "5 | 0.05 | ¥0.05 | 0.05元",
            "-300 | -3.00 | -¥3.00 | -3.00元",
            "99900 | 999.00 | ¥999.00 | 999.00元",
            "100000 | 1000.00 | ¥1,000.00 | 1000.00元",
            "123456789 | 1234567.89 | ¥1,234,567.89 | 1234567.89元",
            "-9223372036854775808 | -92233720368547758.08 | -¥92,233,720,368,547,758.08 | -92233720368547758.08元",
            "9223372036854775807 | 92233720368547758.07 | ¥92,233,720,368,547,758.07 | 92233720368547758.07元",
        })
        void threeTextForms(long fen, String canonical, String formatted, String chinese) {
            Money m = Money.ofFen(fen);
            assertAll(
                    () -> assertEquals(canonical, m.toString()),
                    () -> assertEquals(formatted, m.format()),
                    () -> assertEquals(chinese, m.formatChinese()),
                    () -> assertEquals(m, Money.parse(canonical)),
                    () -> assertEquals(m, Money.parse(formatted)),
                    () -> assertEquals(m, Money.parse(chinese)));
        }

        @ParameterizedTest(name = "\"{0}\" is {1} fen")
        @CsvSource(delimiter = '|', value = {
            "1234.5 | 123450",
            "1234 | 123400",
            "¥1234.50 | 123450",
            "￥1,234.50 | 123450",
            "1,234.50元 | 123450",
            "-0.00 | 0",
            "0012.30 | 1230",
            "'  12.00 ' | 1200",
            "-92233720368547758.08 | -9223372036854775808",
        })
        void parseAcceptsTheDocumentedShapes(String text, long fen) {
            assertEquals(fen, Money.parse(text).fen());
        }

        @ParameterizedTest(name = "\"{0}\" is money.format")
        @ValueSource(strings = {"", "   ", "abc", "12.3.4", "1,23.00", "1,2345.00", ",123", "123,", "12.", ".5",
            "+1", "¥-1", "¥1元", "1 234", "--1", "-", "¥", "元", "1.2x", "١٢", "12元元", "1e3"})
        void malformedTextIsFormat(String text) {
            assertCode("money.format", () -> Money.parse(text));
            assertTrue(Money.tryParse(text).isEmpty());
        }

        @Test
        void moreThanTwoDecimalsIsScale() {
            assertCode("money.scale", () -> Money.parse("12.345"));
            assertCode("money.scale", () -> Money.parse("¥1,234.500"));
        }

        @Test
        void outOfRangeIsOverflow() {
            assertCode("money.overflow", () -> Money.parse("92233720368547758.08"));
            assertCode("money.overflow", () -> Money.parse("99999999999999999999"));
            assertCode("money.overflow", () -> Money.parse("-¥100,000,000,000,000,000.00"));
        }

        @Test
        void messagesDoNotRepeatTheInput() {
            for (String text : List.of("9876.543", "98x76", "987654321987654321987")) {
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parse(text));
                assertFalse(e.getMessage().contains(text), e.getMessage());
            }
        }

        @Test
        void everyAmountSurvivesEveryTextForm() {
            qt().forAll(longs().all()).checkAssert(fen -> {
                Money m = Money.ofFen(fen);
                assertEquals(m, Money.parse(m.toString()));
                assertEquals(m, Money.parse(m.format()));
                assertEquals(m, Money.parse(m.formatChinese()));
                assertEquals(m, Money.of(new BigDecimal(m.toString())));
            });
        }
    }

    @Nested
    class Comparison {

        @Test
        void orderMinMaxAndSign() {
            Money a = yuan("1.00");
            Money b = yuan("2.00");
            assertTrue(a.compareTo(b) < 0);
            assertTrue(b.isGreaterThan(a));
            assertTrue(a.isLessThan(b));
            assertSame(a, Money.min(a, b));
            assertSame(b, Money.max(a, b));
            assertEquals(-1, yuan("-0.01").signum());
            assertTrue(yuan("-0.01").isNegative());
            assertTrue(yuan("0.01").isPositive());
            assertTrue(yuan("0.00").isZero());
            assertEquals(yuan("0.01"), yuan("-0.01").abs());
        }

        @Test
        void equalityIsByFen() {
            assertEquals(yuan("1.5"), yuan("1.50"));
            assertEquals(yuan("1.5").hashCode(), yuan("1.50").hashCode());
            assertFalse(yuan("1.5").equals(yuan("1.51")));
        }
    }
}
