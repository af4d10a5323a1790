package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.ClearingStatus;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.OverdueReport;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceAction;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.family.ZeroEmploymentClearing;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/** Dynamic clearing (DOMAIN.md §2.2): Liaoning's 20-day pledge, at the boundary days. */
class ZeroEmploymentClearingTest {

    static final ZeroEmploymentClearing CLEARING = ZeroEmploymentFamilies.clearing(PolicyPacks.liaoning());
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final DivisionCode ANSHAN = DivisionCode.of("210300");
    static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);
    static final PersonId SON = PersonId.of("son-0001");

    static ZeroEmploymentCase identified(String household, DivisionCode city, LocalDate date) {
        return ZeroEmploymentCase.identified(HouseholdId.of(household), city, date);
    }

    @Test
    void deadlineIsTwentyCalendarDaysAfterIdentification() {
        ZeroEmploymentCase c = identified("HH-1", SHENYANG, MARCH_1);
        assertEquals(LocalDate.of(2021, 3, 21), CLEARING.deadline(c));
        ResolvedValue<Period> period = CLEARING.clearingPeriod(c);
        assertEquals(Period.ofDays(20), period.value());
        assertEquals("第五十六条", period.legalBasis().article());
        assertEquals("2021.1", period.packVersion());
        // Across a month end: 2021-02-15 + 20 days = 2021-03-07.
        assertEquals(LocalDate.of(2021, 3, 7), CLEARING.deadline(identified("HH-2", DALIAN, LocalDate.of(2021, 2, 15))));
    }

    @Test
    void statusOnDay20IsOpenAndOnDay21Overdue() {
        ZeroEmploymentCase c = identified("HH-1", SHENYANG, MARCH_1);
        assertEquals(ClearingStatus.OPEN, CLEARING.status(c, MARCH_1));
        assertEquals(ClearingStatus.OPEN, CLEARING.status(c, LocalDate.of(2021, 3, 21)));
        assertEquals(ClearingStatus.OVERDUE, CLEARING.status(c, LocalDate.of(2021, 3, 22)));
    }

    @Test
    void clearedOnDay20IsOnTimeAndOnDay21Late() {
        ZeroEmploymentCase c = identified("HH-1", SHENYANG, MARCH_1)
                .withAction(ServiceAction.of(LocalDate.of(2021, 3, 2), ServiceActionKind.HOME_VISIT, ""))
                .withAction(ServiceAction.of(LocalDate.of(2021, 3, 5), ServiceActionKind.JOB_REFERRAL, "warehouse"));
        ZeroEmploymentCase day20 = c.clearedBy(SON, LocalDate.of(2021, 3, 21));
        ZeroEmploymentCase day21 = c.clearedBy(SON, LocalDate.of(2021, 3, 22));
        assertEquals(ClearingStatus.CLEARED_ON_TIME, CLEARING.status(day20, LocalDate.of(2021, 3, 21)));
        assertEquals(ClearingStatus.CLEARED_ON_TIME, CLEARING.status(day20, LocalDate.of(2021, 12, 31)));
        assertEquals(ClearingStatus.CLEARED_LATE, CLEARING.status(day21, LocalDate.of(2021, 3, 22)));
        assertEquals(Optional.of(SON), day20.employedMember());
        assertEquals(2, day20.actions().size());
        assertEquals(Optional.empty(), c.clearedDate());
        // Before the clearing day the clearing is not yet known.
        assertEquals(ClearingStatus.OPEN, CLEARING.status(day21, LocalDate.of(2021, 3, 21)));
        assertEquals(ClearingStatus.OVERDUE, CLEARING.status(c.clearedBy(SON, LocalDate.of(2021, 4, 1)),
                LocalDate.of(2021, 3, 25)));
        assertEquals(ClearingStatus.CLEARED_ON_TIME, CLEARING.status(c.clearedBy(SON, MARCH_1), MARCH_1));
    }

    @Test
    void overdueCasesPerCitySortedAndEveryCaseCounted() {
        LocalDate asOf = LocalDate.of(2021, 6, 30);
        ZeroEmploymentCase dalianLater = identified("HH-D2", DALIAN, LocalDate.of(2021, 5, 1));
        ZeroEmploymentCase dalianEarlier = identified("HH-D1", DALIAN, LocalDate.of(2021, 4, 1));
        ZeroEmploymentCase shenyang = identified("HH-S1", SHENYANG, LocalDate.of(2021, 6, 1));
        ZeroEmploymentCase shenyangOpen = identified("HH-S2", SHENYANG, LocalDate.of(2021, 6, 10));
        ZeroEmploymentCase anshanCleared = identified("HH-A1", ANSHAN, LocalDate.of(2021, 5, 1))
                .clearedBy(SON, LocalDate.of(2021, 5, 15));
        ZeroEmploymentCase anshanLate = identified("HH-A2", ANSHAN, LocalDate.of(2021, 5, 1))
                .clearedBy(SON, LocalDate.of(2021, 5, 22));
        ZeroEmploymentCase future = identified("HH-F", ANSHAN, LocalDate.of(2021, 7, 1));
        OverdueReport report = CLEARING.overdueByCity(
                List.of(future, dalianLater, shenyangOpen, anshanLate, dalianEarlier, shenyang, anshanCleared), asOf);
        assertEquals(List.of(SHENYANG, DALIAN), List.copyOf(report.overdueByCity().keySet()));
        assertEquals(List.of(shenyang), report.overdueByCity().get(SHENYANG));
        assertEquals(List.of(dalianEarlier, dalianLater), report.overdueByCity().get(DALIAN));
        assertEquals(Map.of(ClearingStatus.OVERDUE, 3, ClearingStatus.OPEN, 1, ClearingStatus.CLEARED_ON_TIME, 1,
                ClearingStatus.CLEARED_LATE, 1), report.countsByStatus());
        assertEquals(1, report.notYetIdentified());
        assertEquals(7, report.total());
        assertEquals(3, report.overdue());
        assertEquals(asOf, report.asOf());
        assertEquals(0, CLEARING.overdueByCity(List.of(), asOf).total());
    }

    @Test
    void aCaseIdentifiedBeforeThePacksValuesHasNoDeadline() {
        // The Liaoning deadline starts on 2008-01-01, with the Employment Promotion Law it cites.
        assertThrows(PolicyValueUnavailableException.class,
                () -> CLEARING.deadline(identified("HH-1", SHENYANG, LocalDate.of(2007, 12, 31))));
        assertEquals(LocalDate.of(2008, 1, 21), CLEARING.deadline(identified("HH-1", SHENYANG, LocalDate.of(2008, 1, 1))));
    }

    @Test
    void badCaseInputIsRejectedWithPathAndCode() {
        ZeroEmploymentCase c = identified("HH-secret-77", SHENYANG, MARCH_1);
        assertViolation(() -> c.clearedBy(SON, LocalDate.of(2021, 2, 28)), "clearedDate",
                "zero-employment-case.cleared-before-identified");
        assertViolation(() -> c.clearedBy(SON, MARCH_1).clearedBy(SON, LocalDate.of(2021, 3, 5)), "clearedDate",
                "zero-employment-case.already-cleared");
        assertViolation(() -> c.withAction(ServiceAction.of(LocalDate.of(2021, 2, 1), ServiceActionKind.OTHER, "x")),
                "actions[0].date", "zero-employment-case.action-date");
        assertViolation(() -> identified("HH-1", DivisionCode.of("210102"), MARCH_1), "city",
                "zero-employment-case.city");
        assertViolation(() -> CLEARING.status(c, LocalDate.of(2021, 2, 28)), "asOf",
                "zero-employment-case.as-of-before-identified");
        assertViolation(() -> HouseholdId.of(" "), "", "household.id");
        assertEquals(Optional.empty(), c.clearedDate());
    }

    static void assertViolation(Runnable call, String path, String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
        assertEquals(code, e.code());
        assertEquals(path, e.violations().get(0).path());
        assertFalse(e.getMessage().contains("secret") || e.getMessage().contains("son-0001"), e.getMessage());
    }
}
