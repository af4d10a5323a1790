package org.jobassist.api.time;

import static org.jobassist.api.time.RetirementClass.FEMALE_CADRE_55;
import static org.jobassist.api.time.RetirementClass.FEMALE_WORKER_50;
import static org.jobassist.api.time.RetirementClass.MALE_60;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.Explanation.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class StatutoryRetirementTest {

    /** A date on which the reform is the law. */
    private static final LocalDate UNDER_REFORM = LocalDate.of(2025, 1, 1);

    /** A date before the reform: the old ages apply. */
    private static final LocalDate JUNE_2021 = LocalDate.of(2021, 6, 30);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("jobassist.seed", 20211109L)).withExamples(1000);
    }

    private static void assertRetirement(String birth, RetirementClass c, String month, String age) {
        YearMonth birthMonth = YearMonth.parse(birth);
        assertEquals(YearMonth.parse(month), StatutoryRetirement.retirementMonth(birthMonth, c, UNDER_REFORM));
        assertEquals(age, StatutoryRetirement.retirementAge(birthMonth, c, UNDER_REFORM).toString());
    }

    /** The official examples of DOMAIN.md §4, each under its own name. */
    @Nested
    class OfficialExamples {

        @Test
        void manBorn1964_02_retiresIn2024_02At60WithNoDelay() {
            assertRetirement("1964-02", MALE_60, "2024-02", "60y0m");
        }

        @Test
        void manBorn1965_01_retiresIn2025_02At60y1m() {
            assertRetirement("1965-01", MALE_60, "2025-02", "60y1m");
        }

        @Test
        void manBorn1965_04_retiresIn2025_05() {
            assertRetirement("1965-04", MALE_60, "2025-05", "60y1m");
        }

        @Test
        void manBorn1965_12_retiresIn2026_03At60y3m() {
            assertRetirement("1965-12", MALE_60, "2026-03", "60y3m");
        }

        @Test
        void womanOriginally55Born1971_04_retiresIn2026_08At55y4m() {
            assertRetirement("1971-04", FEMALE_CADRE_55, "2026-08", "55y4m");
        }

        @Test
        void womanOriginally50Born1975_03_retiresIn2025_05At50y2m() {
            assertRetirement("1975-03", FEMALE_WORKER_50, "2025-05", "50y2m");
        }

        @Test
        void womanOriginally50Born1984_11OrLaterRetiresAt55() {
            assertRetirement("1984-11", FEMALE_WORKER_50, "2039-11", "55y0m");
            assertRetirement("1984-12", FEMALE_WORKER_50, "2039-12", "55y0m");
            assertRetirement("1990-06", FEMALE_WORKER_50, "2045-06", "55y0m");
            // One month earlier is still one month short of the cap.
            assertRetirement("1984-10", FEMALE_WORKER_50, "2039-09", "54y11m");
        }

        @Test
        void manBorn1995_12_retiresAt63() {
            assertRetirement("1995-12", MALE_60, "2058-12", "63y0m");
        }

        @Test
        void withinFiveYearsOfRetirementOn2021_06_30IsAnsweredUnder60_55_50() {
            // A woman worker born 1976-06-15: under the old law she retires 2026-06-15, so on
            // 2021-06-30 she is within 5 years. Under the reform she would retire 2027-03-15
            // and would not be, so the reform must not reach back to 2021.
            LocalDate birth = LocalDate.of(1976, 6, 15);
            assertEquals(YearMonth.of(2026, 6), StatutoryRetirement.retirementMonth(birth, FEMALE_WORKER_50, JUNE_2021));
            assertEquals(LocalDate.of(2026, 6, 15), StatutoryRetirement.retirementDate(birth, FEMALE_WORKER_50, JUNE_2021));
            assertTrue(StatutoryRetirement.isWithinYearsOfRetirement(birth, FEMALE_WORKER_50, JUNE_2021, 5));
            assertEquals(LocalDate.of(2027, 3, 15),
                    StatutoryRetirement.retirementDate(birth, FEMALE_WORKER_50, UNDER_REFORM));

            // A man born 1965-12 retires 2025-12 at 60 when asked in 2021, 2026-03 when asked in 2025.
            assertEquals(YearMonth.of(2025, 12), StatutoryRetirement.retirementMonth(YearMonth.of(1965, 12), MALE_60, JUNE_2021));
            assertEquals("60y0m", StatutoryRetirement.retirementAge(YearMonth.of(1965, 12), MALE_60, JUNE_2021).toString());
            assertEquals("55y0m",
                    StatutoryRetirement.retirementAge(YearMonth.of(1971, 4), FEMALE_CADRE_55, JUNE_2021).toString());
        }
    }

    @Nested
    class LawInForce {

        @Test
        void reformStartsOnNewYearsDay2025() {
            assertFalse(StatutoryRetirement.isReformInForce(LocalDate.of(2024, 12, 31)));
            assertTrue(StatutoryRetirement.isReformInForce(LocalDate.of(2025, 1, 1)));
            YearMonth birth = YearMonth.of(1965, 12);
            assertEquals(YearMonth.of(2025, 12),
                    StatutoryRetirement.retirementMonth(birth, MALE_60, LocalDate.of(2024, 12, 31)));
            assertEquals(YearMonth.of(2026, 3),
                    StatutoryRetirement.retirementMonth(birth, MALE_60, LocalDate.of(2025, 1, 1)));
        }

        @Test
        void reformParametersAreTheStatutoryOnes() {
            assertEquals(LocalDate.of(2025, 1, 1), StatutoryRetirement.REFORM_EFFECTIVE_DATE);
            assertEquals(60, MALE_60.originalAgeYears());
            assertEquals(55, FEMALE_CADRE_55.originalAgeYears());
            assertEquals(50, FEMALE_WORKER_50.originalAgeYears());
            assertEquals(new RetirementAge(63, 0), MALE_60.targetAge());
            assertEquals(new RetirementAge(58, 0), FEMALE_CADRE_55.targetAge());
            assertEquals(new RetirementAge(55, 0), FEMALE_WORKER_50.targetAge());
            assertEquals(4, MALE_60.delayStepMonths());
            assertEquals(2, FEMALE_WORKER_50.delayStepMonths());
        }

        @Test
        void legalBasesFollowTheDateAsked() {
            assertEquals(List.of(StatutoryRetirement.REFORM_DECISION, StatutoryRetirement.REFORM_MEASURES),
                    StatutoryRetirement.legalBases(MALE_60, UNDER_REFORM));
            assertEquals(List.of(StatutoryRetirement.PRE_REFORM_WORKERS),
                    StatutoryRetirement.legalBases(FEMALE_WORKER_50, JUNE_2021));
            assertEquals(List.of(StatutoryRetirement.PRE_REFORM_CADRES),
                    StatutoryRetirement.legalBases(FEMALE_CADRE_55, JUNE_2021));
            assertEquals(LocalDate.of(2025, 1, 1), StatutoryRetirement.REFORM_DECISION.effectiveDate());
            assertEquals("国发〔1978〕104号 第1条", StatutoryRetirement.PRE_REFORM_WORKERS.toString());
        }
    }

    @Nested
    class RetirementDate {

        @Test
        void isTheBirthdayInTheRetirementMonth() {
            assertEquals(LocalDate.of(2025, 5, 20),
                    StatutoryRetirement.retirementDate(LocalDate.of(1965, 4, 20), MALE_60, UNDER_REFORM));
        }

        @Test
        void isTheLastDayWhenTheRetirementMonthIsShorter() {
            // Born 31 January 1965, retires in February 2025 at 60y1m.
            assertEquals(LocalDate.of(2025, 2, 28),
                    StatutoryRetirement.retirementDate(LocalDate.of(1965, 1, 31), MALE_60, UNDER_REFORM));
            // Born 29 February 1964 (leap), retires February 2024 (leap) with no delay.
            assertEquals(LocalDate.of(2024, 2, 29),
                    StatutoryRetirement.retirementDate(LocalDate.of(1964, 2, 29), MALE_60, UNDER_REFORM));
            // Born 29 February 1968, a woman cadre retiring at 55 in February 2023 (common year).
            assertEquals(LocalDate.of(2023, 2, 28),
                    StatutoryRetirement.retirementDate(LocalDate.of(1968, 2, 29), FEMALE_CADRE_55, JUNE_2021));
        }

        @Test
        void isReachedOnTheDayItself() {
            LocalDate birth = LocalDate.of(1965, 4, 20);
            assertFalse(StatutoryRetirement.hasReachedRetirement(birth, MALE_60, LocalDate.of(2025, 5, 19)));
            assertTrue(StatutoryRetirement.hasReachedRetirement(birth, MALE_60, LocalDate.of(2025, 5, 20)));
            assertTrue(StatutoryRetirement.hasReachedRetirement(birth, MALE_60, LocalDate.of(2030, 1, 1)));
        }
    }

    @Nested
    class Countdown {

        @Test
        void monthsRemainingCountsCalendarMonthsToTheRetirementMonth() {
            LocalDate birth = LocalDate.of(1965, 12, 10);
            // Retirement month 2026-03.
            assertEquals(14, StatutoryRetirement.monthsRemaining(birth, MALE_60, LocalDate.of(2025, 1, 15)));
            assertEquals(1, StatutoryRetirement.monthsRemaining(birth, MALE_60, LocalDate.of(2026, 2, 28)));
            assertEquals(0, StatutoryRetirement.monthsRemaining(birth, MALE_60, LocalDate.of(2026, 3, 1)));
            assertEquals(0, StatutoryRetirement.monthsRemaining(birth, MALE_60, LocalDate.of(2030, 3, 1)));
        }

        @ParameterizedTest(name = "man born {0}, asked {1}: within 5 years = {2}")
        @CsvSource({
            "1966-06-30, 2021-06-29, false",
            "1966-06-30, 2021-06-30, true",
            "1964-04-10, 2024-04-09, true",
            "1964-04-10, 2024-04-10, false",
        })
        void withinYearsStartsOnTheBoundaryDayAndEndsOnRetirement(LocalDate birth, LocalDate asOf, boolean expected) {
            // Asked before the reform: retirement dates 2026-06-30 and 2024-04-10.
            assertEquals(expected, StatutoryRetirement.isWithinYearsOfRetirement(birth, MALE_60, asOf, 5));
        }

        @Test
        void withinYearsIsFalseOnceRetired() {
            assertFalse(StatutoryRetirement.isWithinYearsOfRetirement(LocalDate.of(1955, 1, 1), MALE_60, JUNE_2021, 5));
        }

        @Test
        void withinYearsBoundaryFollowsMinusYearsAcrossALeapDay() {
            // Man born 1968-04-30: original month 2028-04, k = 39, delay 10: 2029-02, at 60y10m.
            // The retirement date is 2029-02-28; one year earlier is 2028-02-28, not the 29th.
            LocalDate birth = LocalDate.of(1968, 4, 30);
            assertEquals(LocalDate.of(2029, 2, 28), StatutoryRetirement.retirementDate(birth, MALE_60, UNDER_REFORM));
            assertFalse(StatutoryRetirement.isWithinYearsOfRetirement(birth, MALE_60, LocalDate.of(2028, 2, 27), 1));
            assertTrue(StatutoryRetirement.isWithinYearsOfRetirement(birth, MALE_60, LocalDate.of(2028, 2, 28), 1));
        }

        @Test
        void negativeYearsAreRefused() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> StatutoryRetirement.isWithinYearsOfRetirement(LocalDate.of(1970, 1, 1), MALE_60, JUNE_2021, -1));
            assertEquals("retirement.years", e.code());
        }
    }

    @Nested
    class Explained {

        @Test
        void underTheReformTheDelayIsAValue() {
            Explanation e = StatutoryRetirement.explain(YearMonth.of(1965, 12), MALE_60, UNDER_REFORM);
            assertEquals("retirement.statutory-month", e.rule());
            assertEquals(Outcome.VALUE, e.outcome());
            assertEquals("2026-03", e.result().orElseThrow());
            assertEquals("1965-12", e.inputs().get("birthMonth"));
            assertEquals(List.of("retirement.original-month", "retirement.reform-delay-months", "retirement.age"),
                    e.children().stream().map(Explanation::rule).toList());
            assertEquals("2025-12", e.children().get(0).result().orElseThrow());
            assertEquals("3", e.children().get(1).result().orElseThrow());
            assertEquals("60y3m", e.children().get(2).result().orElseThrow());
            assertEquals(List.of(StatutoryRetirement.REFORM_DECISION, StatutoryRetirement.REFORM_MEASURES),
                    e.legalBases());
            assertEquals(List.of(), e.failedConditions());
        }

        @Test
        void beforeTheReformTheDelayDoesNotApply() {
            Explanation e = StatutoryRetirement.explain(YearMonth.of(1965, 12), MALE_60, JUNE_2021);
            assertEquals("2025-12", e.result().orElseThrow());
            assertEquals(Outcome.NOT_APPLICABLE, e.children().get(1).outcome());
            assertEquals(List.of(StatutoryRetirement.PRE_REFORM_WORKERS, StatutoryRetirement.PRE_REFORM_CADRES),
                    e.legalBases());
        }

        @Test
        void anOriginalMonthBefore2025HasNoDelay() {
            Explanation e = StatutoryRetirement.explain(YearMonth.of(1964, 2), MALE_60, UNDER_REFORM);
            assertEquals("2024-02", e.result().orElseThrow());
            assertEquals(Outcome.NOT_APPLICABLE, e.children().get(1).outcome());
        }
    }

    @Nested
    class Laws {

        private final Gen<YearMonth> birthMonths = integers().between(1930 * 12, 2010 * 12)
                .map(m -> YearMonth.of(m / 12, m % 12 + 1));
        private final Gen<RetirementClass> classes = Generate.enumValues(RetirementClass.class);
        private final Gen<LocalDate> asOfDates = integers().between(0, 60 * 366)
                .map(d -> LocalDate.of(1990, 1, 1).plusDays(d));

        @Test
        void retirementMonthNeverDecreasesForLaterBirthMonths() {
            qt().forAll(birthMonths, classes, asOfDates).checkAssert((birth, c, asOf) -> {
                YearMonth now = StatutoryRetirement.retirementMonth(birth, c, asOf);
                YearMonth next = StatutoryRetirement.retirementMonth(birth.plusMonths(1), c, asOf);
                assertFalse(next.isBefore(now), birth + " " + c);
            });
        }

        @Test
        void ageStaysBetweenTheOriginalAndTheTargetAge() {
            qt().forAll(birthMonths, classes, asOfDates).checkAssert((birth, c, asOf) -> {
                RetirementAge age = StatutoryRetirement.retirementAge(birth, c, asOf);
                assertTrue(age.compareTo(new RetirementAge(c.originalAgeYears(), 0)) >= 0, age.toString());
                assertTrue(age.compareTo(c.targetAge()) <= 0, age.toString());
                if (!StatutoryRetirement.isReformInForce(asOf)) {
                    assertEquals(new RetirementAge(c.originalAgeYears(), 0), age);
                }
                assertEquals(StatutoryRetirement.retirementMonth(birth, c, asOf), birth.plusMonths(age.totalMonths()));
            });
        }

        @Test
        void targetAgesAreNeverExceeded() {
            qt().forAll(birthMonths).checkAssert(birth -> {
                assertTrue(StatutoryRetirement.retirementAge(birth, MALE_60, UNDER_REFORM).totalMonths() <= 63 * 12);
                assertTrue(StatutoryRetirement.retirementAge(birth, FEMALE_CADRE_55, UNDER_REFORM).totalMonths() <= 58 * 12);
                assertTrue(StatutoryRetirement.retirementAge(birth, FEMALE_WORKER_50, UNDER_REFORM).totalMonths() <= 55 * 12);
            });
        }

        /** Births biased to the month ends, where the retirement day is clamped. */
        private final Gen<LocalDate> births = integers().between(1930 * 12, 2010 * 12)
                .zip(integers().between(1, 31).mix(integers().between(28, 31), 50), (m, day) -> {
                    YearMonth month = YearMonth.of(m / 12, m % 12 + 1);
                    return month.atDay(Math.min(day, month.lengthOfMonth()));
                });

        @Test
        void dateQuestionsAgreeWithJavaTimeOnTheRetirementDate() {
            qt().forAll(births, classes, asOfDates, integers().between(0, 10))
                    .checkAssert(StatutoryRetirementTest::assertDateQuestionsAgree);
        }

        /** Births on the 28th to the 31st, where clamping to a shorter month matters. */
        private final Gen<LocalDate> monthEndBirths = integers().between(1940 * 12, 2010 * 12)
                .zip(integers().between(28, 31), (m, day) -> {
                    YearMonth month = YearMonth.of(m / 12, m % 12 + 1);
                    return month.atDay(Math.min(day, month.lengthOfMonth()));
                });

        @Test
        void dateQuestionsAgreeWithJavaTimeNearTheRetirementDate() {
            qt().withExamples(5000).forAll(monthEndBirths.mix(births), classes, integers().between(0, 10), integers().between(-2, 2))
                    .checkAssert((birth, c, years, shift) -> assertDateQuestionsAgree(birth, c,
                            StatutoryRetirement.retirementDate(birth, c, UNDER_REFORM).plusDays(shift), years));
        }

        @Test
        void dateQuestionsAgreeWithJavaTimeNearTheStartOfTheLastYears() {
            qt().withExamples(5000).forAll(monthEndBirths.mix(births), classes, integers().between(0, 10), integers().between(-2, 2))
                    .checkAssert((birth, c, years, shift) -> assertDateQuestionsAgree(birth, c,
                            StatutoryRetirement.retirementDate(birth, c, UNDER_REFORM).minusYears(years).plusDays(shift),
                            years));
        }
    }

    private static void assertDateQuestionsAgree(LocalDate birth, RetirementClass c, LocalDate asOf, int years) {
        LocalDate retirement = StatutoryRetirement.retirementDate(birth, c, asOf);
        assertEquals(birth.plusMonths(StatutoryRetirement.retirementAge(birth, c, asOf).totalMonths()), retirement);
        assertEquals(YearMonth.from(retirement), StatutoryRetirement.retirementMonth(birth, c, asOf));
        assertEquals(!asOf.isBefore(retirement), StatutoryRetirement.hasReachedRetirement(birth, c, asOf));
        boolean within = !asOf.isBefore(retirement.minusYears(years)) && asOf.isBefore(retirement);
        assertEquals(within, StatutoryRetirement.isWithinYearsOfRetirement(birth, c, asOf, years),
                () -> birth + " " + c + " " + asOf + " " + years);
    }

    @Nested
    class Age {

        @Test
        void textAndArithmetic() {
            assertEquals("60y3m", new RetirementAge(60, 3).toString());
            assertEquals(RetirementAge.ofMonths(723), new RetirementAge(60, 3));
            assertEquals(723, new RetirementAge(60, 3).totalMonths());
        }

        @Test
        void outOfRangeIsRefused() {
            assertEquals("retirement-age.range",
                    assertThrows(InvalidInputException.class, () -> new RetirementAge(60, 12)).code());
            assertEquals("retirement-age.range",
                    assertThrows(InvalidInputException.class, () -> new RetirementAge(-1, 0)).code());
            assertEquals("retirement-age.range",
                    assertThrows(InvalidInputException.class, () -> RetirementAge.ofMonths(-1)).code());
        }
    }
}
