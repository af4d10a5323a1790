package org.jobassist.testkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.Properties;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of statutory retirement, checked on the generated inputs. */
class RetirementPropertiesTest {

    /** Original and capped ages in months, from the law, not from the code under test. */
    private static final Map<RetirementClass, int[]> AGE_BOUNDS = Map.of(
            RetirementClass.MALE_60, new int[] {60 * 12, 63 * 12},
            RetirementClass.FEMALE_CADRE_55, new int[] {55 * 12, 58 * 12},
            RetirementClass.FEMALE_WORKER_50, new int[] {50 * 12, 55 * 12});

    private static final Gen<LocalDate> AS_OF_UNDER_REFORM = Dates.between(LocalDate.of(2025, 1, 1), LocalDate.of(2060, 12, 31));
    private static final Gen<LocalDate> AS_OF_BEFORE_REFORM = Dates.between(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 12, 31));

    /** A class with a birth month across the reform for that class. */
    private record Case(RetirementClass rc, YearMonth birth) {}

    private static final Gen<Case> CASES = Dates.retirementClasses()
            .flatMap(c -> Dates.birthMonthsAcrossReform(c).map(m -> new Case(c, m)));

    @Test
    void retirementMonthNeverGoesBackForALaterBirthMonth() {
        Properties.qt().forAll(CASES, AS_OF_UNDER_REFORM).checkAssert((c, asOf) -> {
            RetirementClass rc = c.rc();
            YearMonth birth = c.birth();
            YearMonth here = StatutoryRetirement.retirementMonth(birth, rc, asOf);
            YearMonth next = StatutoryRetirement.retirementMonth(birth.plusMonths(1), rc, asOf);
            assertFalse(next.isBefore(here), () -> rc + " " + birth + ": " + here + " then " + next);
        });
    }

    @Test
    void retirementAgeLiesBetweenTheOriginalAgeAndTheCap() {
        Properties.qt().forAll(CASES, AS_OF_UNDER_REFORM).checkAssert((c, asOf) -> {
            RetirementClass rc = c.rc();
            YearMonth birth = c.birth();
            int months = StatutoryRetirement.retirementAge(birth, rc, asOf).totalMonths();
            int[] bounds = AGE_BOUNDS.get(rc);
            assertTrue(months >= bounds[0] && months <= bounds[1], () -> rc + " " + birth + ": " + months);
            assertEquals(birth.plusMonths(months), StatutoryRetirement.retirementMonth(birth, rc, asOf));
        });
    }

    @Test
    void theCapIsReachedAndThenKept() {
        // Born long after the phase-in: the target age of the law (63, 58, 55).
        Properties.qt().forAll(Dates.retirementClasses(), AS_OF_UNDER_REFORM).checkAssert((rc, asOf) ->
                assertEquals(AGE_BOUNDS.get(rc)[1],
                        StatutoryRetirement.retirementAge(YearMonth.of(1995, 12), rc, asOf).totalMonths()));
    }

    @Test
    void beforeTheReformTheOriginalAgeApplies() {
        Properties.qt().forAll(CASES, AS_OF_BEFORE_REFORM).checkAssert((c, asOf) -> {
            RetirementClass rc = c.rc();
            YearMonth birth = c.birth();
            assertEquals(AGE_BOUNDS.get(rc)[0], StatutoryRetirement.retirementAge(birth, rc, asOf).totalMonths());
        });
    }

    @Test
    void retirementBeforeTheReformMonthIsNeverDelayed() {
        Properties.qt().forAll(CASES, AS_OF_UNDER_REFORM).checkAssert((c, asOf) -> {
            RetirementClass rc = c.rc();
            YearMonth birth = c.birth();
            if (birth.plusMonths(AGE_BOUNDS.get(rc)[0]).isBefore(YearMonth.of(2025, 1))) {
                assertEquals(AGE_BOUNDS.get(rc)[0], StatutoryRetirement.retirementAge(birth, rc, asOf).totalMonths());
            }
        });
    }
}
