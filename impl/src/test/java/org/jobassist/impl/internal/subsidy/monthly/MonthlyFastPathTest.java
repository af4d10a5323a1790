package org.jobassist.impl.internal.subsidy.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.EmployerContribution;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * The allocation-saving paths of the monthly engines against the straightforward computations
 * they replace: the entitlement from one retirement calculation, employer rows found by a scan
 * for few contributions, cached month labels, small immutable lists.
 */
class MonthlyFastPathTest {

    private static final DivisionCode PROVINCE = DivisionCode.of("210000");
    private static final DivisionCode COUNTY = DivisionCode.of("210102");
    private static final LocalDate PACK_START = LocalDate.of(2000, 1, 1);
    private static final RetirementClass[] CLASSES = RetirementClass.values();

    private static PolicyPack pack(Period duration, Period threshold) {
        return PolicyPack.builder().id("t").version("1").jurisdiction(PROVINCE)
                .add(PolicyValue.of(PolicyKeys.SOCIAL_INSURANCE_SUBSIDY_DURATION, PROVINCE, PACK_START, null, duration,
                        StatutoryRetirement.REFORM_DECISION))
                .add(PolicyValue.of(PolicyKeys.SOCIAL_INSURANCE_RETIREMENT_EXTENSION_THRESHOLD, PROVINCE, PACK_START,
                        null, threshold, StatutoryRetirement.REFORM_DECISION))
                .build();
    }

    /** The entitlement as it was computed before: retirement date, date arithmetic, months remaining. */
    private static void assertAsReference(PolicyPack pack, LocalDate birth, RetirementClass rc, LocalDate start) {
        Entitlement e = Entitlement.fix("t", new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_SUBSIDY_DURATION),
                new PackSeries<>(pack, PolicyKeys.SOCIAL_INSURANCE_RETIREMENT_EXTENSION_THRESHOLD), COUNTY, start, birth,
                rc);
        Period duration = pack.resolve(PolicyKeys.SOCIAL_INSURANCE_SUBSIDY_DURATION, COUNTY, start).value();
        Period threshold = pack.resolve(PolicyKeys.SOCIAL_INSURANCE_RETIREMENT_EXTENSION_THRESHOLD, COUNTY, start)
                .value();
        LocalDate retirement = StatutoryRetirement.retirementDate(birth, rc, start);
        boolean retired = !start.isBefore(retirement);
        boolean extended = !retired && start.isAfter(retirement.minus(threshold));
        long remaining = StatutoryRetirement.monthsRemaining(birth, rc, start);
        int months = retired ? 0 : (int) (extended ? remaining : Math.min(duration.toTotalMonths(), remaining));
        String what = birth + " " + rc + " " + start + " " + threshold;
        assertEquals(YearMonth.from(retirement), e.retirementMonth, what);
        assertEquals(retirement.getYear() * 12L + retirement.getMonthValue() - 1, e.retirementEpochMonth, what);
        assertEquals(retired, e.retiredAtStart, what);
        assertEquals(extended, e.extended, what);
        assertEquals(months, e.months, what);
    }

    @Test
    void theEntitlementIsTheReferenceOneForRandomPeople() {
        PolicyPack years = pack(Period.ofYears(3), Period.ofYears(5));
        PolicyPack mixed = pack(Period.ofMonths(36), Period.of(4, 6, 10));
        Properties.qt().forAll(integers().between(0, 365 * 60), integers().between(0, 365 * 20),
                integers().between(0, CLASSES.length * 2 - 1)).checkAssert((birthDay, startDay, pick) -> {
                    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(birthDay);
                    LocalDate start = LocalDate.of(2019, 1, 1).plusDays(startDay);
                    assertAsReference(pick % 2 == 0 ? years : mixed, birth, CLASSES[pick / 2], start);
                });
    }

    @Test
    void theEntitlementIsTheReferenceOneAroundFiveYearsBeforeRetirement() {
        // Every day either side of "retirement minus the threshold", for births at month ends
        // and on 29 February, where LocalDate.minusYears clamps the day.
        PolicyPack years = pack(Period.ofYears(3), Period.ofYears(5));
        PolicyPack zero = pack(Period.ofYears(3), Period.ZERO);
        List<LocalDate> births = List.of(LocalDate.of(1964, 2, 29), LocalDate.of(1968, 2, 29),
                LocalDate.of(1972, 2, 29), LocalDate.of(1975, 2, 28), LocalDate.of(1970, 1, 31),
                LocalDate.of(1971, 5, 31), LocalDate.of(1980, 12, 31), LocalDate.of(1966, 7, 1));
        int cases = 0;
        for (LocalDate birth : births) {
            for (RetirementClass rc : CLASSES) {
                for (LocalDate asOf : List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2026, 6, 30))) {
                    LocalDate edge = StatutoryRetirement.retirementDate(birth, rc, asOf).minusYears(5);
                    for (LocalDate start = edge.minusDays(3); !start.isAfter(edge.plusDays(3)); start = start.plusDays(1)) {
                        if (start.isBefore(PACK_START)) {
                            continue;
                        }
                        assertAsReference(years, birth, rc, start);
                        assertAsReference(zero, birth, rc, start);
                        cases++;
                    }
                }
            }
        }
        assertTrue(cases > 300, "cases " + cases);
    }

    private static List<EmployerContribution> month(YearMonth m, long pension, long medical, long unemployment) {
        return List.of(new EmployerContribution(m, InsuranceType.UNEMPLOYMENT, Money.ofFen(unemployment), Money.ofFen(7)),
                new EmployerContribution(m, InsuranceType.PENSION, Money.ofFen(pension), Money.ofFen(5)),
                new EmployerContribution(m, InsuranceType.MEDICAL, Money.ofFen(medical), Money.ofFen(3)));
    }

    @Test
    void aScannedShareAnswersAsAnIndexedOne() {
        YearMonth june = YearMonth.of(2021, 6);
        YearMonth july = june.plusMonths(1);
        List<EmployerContribution> few = new ArrayList<>(month(june, 100, 0, 30));
        few.add(new EmployerContribution(july, InsuranceType.MATERNITY, Money.ofFen(9), Money.ZERO));
        assertTrue(few.size() <= EmployerShare.SCAN_LIMIT);
        List<EmployerContribution> many = new ArrayList<>(few);
        for (int i = 2; many.size() <= EmployerShare.SCAN_LIMIT; i++) {
            many.addAll(month(june.plusMonths(i), i, i, i));
        }
        EmployerShare scanned = EmployerShare.of(few);
        EmployerShare indexed = EmployerShare.of(many);
        Set<InsuranceType> covered = EnumSet.of(InsuranceType.PENSION, InsuranceType.MEDICAL, InsuranceType.MATERNITY);
        for (YearMonth m : List.of(june.minusMonths(1), june, july)) {
            assertEquals(indexed.coveredParts(m, covered), scanned.coveredParts(m, covered), m.toString());
            assertEquals(indexed.coveredIn(m, covered), scanned.coveredIn(m, covered), m.toString());
            assertEquals(indexed.explain("a", m, covered), scanned.explain("a", m, covered), m.toString());
        }
        // In insurance order, zero payments and uncovered insurances left out.
        assertEquals(List.of("pension"), scanned.coveredParts(june, covered).stream().map(c -> c.name()).toList());
        assertEquals(List.of("maternity"), scanned.coveredParts(july, covered).stream().map(c -> c.name()).toList());
        assertEquals(List.of(), scanned.coveredParts(june.minusMonths(1), covered));
        assertThrows(UnsupportedOperationException.class, () -> scanned.coveredParts(june, covered).clear());
    }

    @Test
    void monthLabelsAreTheConcatenationAndKeptWithinTheirYears() {
        MonthLabels labels = new MonthLabels();
        YearMonth june = YearMonth.of(2021, 6);
        assertEquals("pension 2021-06", labels.of(InsuranceType.PENSION, june));
        assertEquals("work-injury 2021-06", labels.of(InsuranceType.WORK_INJURY, june));
        assertSame(labels.of(InsuranceType.MEDICAL, june), labels.of(InsuranceType.MEDICAL, june));
        assertNotEquals(labels.of(InsuranceType.MEDICAL, june), labels.of(InsuranceType.MEDICAL, june.plusMonths(1)));
        for (YearMonth m : List.of(YearMonth.of(MonthLabels.FIRST_YEAR, 1), YearMonth.of(MonthLabels.LAST_YEAR, 12),
                YearMonth.of(MonthLabels.FIRST_YEAR - 1, 12), YearMonth.of(MonthLabels.LAST_YEAR + 1, 1))) {
            for (InsuranceType t : InsuranceType.values()) {
                assertEquals(t.code() + " " + m, labels.of(t, m));
            }
        }
    }

    @Test
    void smallListsAreImmutableCopiesOfTheFirstElements() {
        String[] items = {"a", "b", "c", "d"};
        assertEquals(List.of(), SmallLists.of(null, 0));
        assertEquals(List.of("a"), SmallLists.of(items, 1));
        assertEquals(List.of("a", "b"), SmallLists.of(items, 2));
        List<String> three = SmallLists.of(items, 3);
        assertEquals(List.of("a", "b", "c"), three);
        items[0] = "z";
        assertEquals("a", three.get(0));
        assertThrows(UnsupportedOperationException.class, () -> three.add("e"));
        assertThrows(NullPointerException.class, () -> SmallLists.of(new String[] {null}, 1));
    }
}
