package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

class WhatIfTypesTest {

    static final ResidentIdNumber ID = ResidentIdNumber.parse("11010519491231002X");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");

    static CalculationOutcome monthly(String perMonth, int months) {
        SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST, Beneficiary.person(ID), LIAOZHONG)
                .person(ID).component("wage", Money.parse(perMonth));
        List<YearMonth> granted = new java.util.ArrayList<>();
        for (int i = 0; i < months; i++) {
            granted.add(YearMonth.of(2021, 11).plusMonths(i));
        }
        return new CalculationOutcome.Calculated(b.months(granted).build());
    }

    static CalculationOutcome refused() {
        return new CalculationOutcome.Calculated(SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST,
                Beneficiary.person(ID), LIAOZHONG).ineligible("public-welfare-post.test", "no").build());
    }

    static CalculationOutcome unknownWage() {
        return CalculationOutcome.Failed.of(new PolicyValueUnavailableException(PolicyKeys.MINIMUM_WAGE_MONTHLY,
                LIAOZHONG, LocalDate.of(2021, 11, 1), null));
    }

    @Test
    void attemptKeepsTheDecisionOrTheTwoContractFailures() {
        SubsidyDecision decision = monthly("1640.00", 1).decision().orElseThrow();
        assertEquals(Optional.of(decision), CalculationOutcome.attempt((String in, boolean e) -> decision, "x", false).decision());

        CalculationOutcome missing = CalculationOutcome.attempt((String in, boolean e) -> {
            throw new PolicyValueUnavailableException(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG,
                    LocalDate.of(2000, 1, 1), null);
        }, "x", false);
        CalculationOutcome.Failed failed = missing.failure().orElseThrow();
        assertEquals("policy.value-missing", failed.code());
        assertTrue(failed.message().contains("minimum-wage.monthly"));
        assertTrue(failed.violations().isEmpty());
        assertEquals(Optional.empty(), missing.decision());

        CalculationOutcome invalid = CalculationOutcome.attempt((String in, boolean e) -> {
            throw new InvalidInputException(List.of(new Violation("months", "test.negative-months", "negative"),
                    new Violation("date", "test.date", "bad date")));
        }, "x", true);
        assertEquals("test.negative-months", invalid.failure().orElseThrow().code());
        assertEquals(2, invalid.failure().orElseThrow().violations().size());

        assertThrows(IllegalStateException.class, () -> CalculationOutcome.attempt((String in, boolean e) -> {
            throw new IllegalStateException("a fault, not an outcome");
        }, "x", false));
        assertThrows(IllegalArgumentException.class, () -> new CalculationOutcome.Failed(" ", "m", List.of()));
    }

    @Test
    void aRaisedWageChangesAmountsButNotEligibility() {
        // 1540.00 -> 1640.00 a month for 3 months: +100.00 a month, +300.00 in total.
        WhatIfCase<String> c = WhatIfCase.of(0, "case", monthly("1540.00", 3), monthly("1640.00", 3));
        assertTrue(c.isComparable());
        assertEquals(Optional.of(Money.parse("300.00")), c.difference());
        assertEquals(Optional.of(Money.parse("100.00")), c.monthlyDifference());
        assertEquals(EligibilityChange.UNCHANGED, c.eligibilityChange());
        assertTrue(c.isChanged());
    }

    @Test
    void eligibilityMovesBothWays() {
        WhatIfCase<String> became = WhatIfCase.of(0, "a", refused(), monthly("1640.00", 2));
        assertEquals(EligibilityChange.BECAME_ELIGIBLE, became.eligibilityChange());
        assertEquals(Optional.of(Money.parse("3280.00")), became.difference());
        assertEquals(Optional.of(Money.parse("1640.00")), became.monthlyDifference());
        WhatIfCase<String> lost = WhatIfCase.of(0, "a", monthly("1640.00", 2), refused());
        assertEquals(EligibilityChange.LOST_ELIGIBILITY, lost.eligibilityChange());
        assertEquals(Optional.of(Money.parse("-3280.00")), lost.difference());
        WhatIfCase<String> same = WhatIfCase.of(0, "a", monthly("1640.00", 2), monthly("1640.00", 2));
        assertFalse(same.isChanged());
        assertEquals(Optional.of(Money.ZERO), same.difference());
    }

    @Test
    void aFailedSideIsKeptAndNotCompared() {
        WhatIfCase<String> c = WhatIfCase.of(0, "a", unknownWage(), monthly("1640.00", 1));
        assertFalse(c.isComparable());
        assertEquals(Optional.empty(), c.difference());
        assertEquals(Optional.empty(), c.monthlyDifference());
        assertEquals(EligibilityChange.NOT_COMPARABLE, c.eligibilityChange());
        assertTrue(c.isChanged());
        assertEquals("policy.value-missing", c.base().failure().orElseThrow().code());
        assertFalse(WhatIfCase.of(0, "a", unknownWage(), unknownWage()).isChanged());
    }

    @Test
    void theReportAddsUpTheComparableCases() {
        WhatIfReport<String> report = WhatIfReport.of("base 1", "alt 1", List.of(
                WhatIfCase.of(0, "a", monthly("1540.00", 3), monthly("1640.00", 3)),
                WhatIfCase.of(1, "b", refused(), monthly("1640.00", 2)),
                WhatIfCase.of(2, "c", monthly("100.00", 1), refused()),
                WhatIfCase.of(3, "d", monthly("500.00", 1), monthly("500.00", 1)),
                WhatIfCase.of(4, "e", unknownWage(), monthly("999.00", 1)),
                WhatIfCase.of(5, "f", monthly("999.00", 1), unknownWage())));
        assertEquals(6, report.caseCount());
        assertEquals(5, report.changed());
        assertEquals(1, report.becameEligible());
        assertEquals(1, report.lostEligibility());
        assertEquals(2, report.failures());
        assertEquals(1, report.baseFailures());
        assertEquals(1, report.alternativeFailures());
        // Base: 4620.00 + 0 + 100.00 + 500.00 = 5220.00; alternative: 4920.00 + 3280.00 + 0 + 500.00 = 8700.00.
        assertEquals(Money.parse("5220.00"), report.totalBase());
        assertEquals(Money.parse("8700.00"), report.totalAlternative());
        assertEquals(Money.parse("3480.00"), report.difference());
        assertEquals("WhatIfReport[base 1 vs alt 1: 6 cases, 5 changed, 1 became eligible, 1 lost eligibility,"
                + " 2 failures, total base 5220.00, total alternative 8700.00, difference 3480.00]", report.toString());
    }

    @Test
    void caseIndexesMustMatchTheirPositions() {
        assertThrows(IllegalArgumentException.class, () -> WhatIfReport.of("b", "a",
                List.of(WhatIfCase.of(1, "a", refused(), refused()))));
        assertThrows(IllegalArgumentException.class, () -> WhatIfCase.of(-1, "a", refused(), refused()));
        assertThrows(NullPointerException.class, () -> WhatIfCase.of(0, null, refused(), refused()));
    }

    @Test
    void toStringsLeaveTheInputOut() {
        WhatIfCase<ResidentIdNumber> c = WhatIfCase.of(0, ID, monthly("1540.00", 1), monthly("1640.00", 1));
        String text = c.toString();
        assertFalse(text.contains(ID.value()), text);
        assertFalse(text.contains(ID.masked()), text);
        assertEquals("WhatIfCase[#0, base eligible 1540.00, alternative eligible 1640.00, difference 100.00, UNCHANGED]", text);
        String report = WhatIfReport.of("b", "a", List.of(c)).toString();
        assertFalse(report.contains(ID.value()), report);
        assertInstanceOf(CalculationOutcome.Calculated.class, c.base());
    }
}
