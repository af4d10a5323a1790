package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionKind;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;

/** Evidence, contribution histories and the two enums of the category contract. */
class EvidenceValuesTest {

    private static final PersonId P = PersonId.of("P1");
    private static final LocalDate NOV_9 = LocalDate.of(2021, 11, 9);

    @Test
    void flagsHaveTheSourcesOfTheCategoryContract() {
        Map<RegistryFlag, RegistrySource> expected = Map.ofEntries(
                Map.entry(RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE, RegistrySource.CIVIL_AFFAIRS),
                Map.entry(RegistryFlag.CHILD_WELFARE_ORPHAN, RegistrySource.CIVIL_AFFAIRS),
                Map.entry(RegistryFlag.SINGLE_PARENT_OF_MINOR, RegistrySource.CIVIL_AFFAIRS),
                Map.entry(RegistryFlag.DISABILITY_CERTIFICATE, RegistrySource.DISABLED_PERSONS_FEDERATION),
                Map.entry(RegistryFlag.ENTITLED_GROUP_WITH_PENSION, RegistrySource.VETERANS_AFFAIRS),
                Map.entry(RegistryFlag.MARTYR_FAMILY, RegistrySource.VETERANS_AFFAIRS),
                Map.entry(RegistryFlag.UNEMPLOYED_MILITARY_SPOUSE, RegistrySource.VETERANS_AFFAIRS),
                Map.entry(RegistryFlag.POVERTY_ALLEVIATED, RegistrySource.RURAL_REVITALISATION),
                Map.entry(RegistryFlag.RURAL_LOW_INCOME, RegistrySource.RURAL_REVITALISATION),
                Map.entry(RegistryFlag.MODEL_WORKER, RegistrySource.HOST),
                Map.entry(RegistryFlag.LAND_EXPROPRIATED_FARMER, RegistrySource.HOST),
                Map.entry(RegistryFlag.DECEASED, RegistrySource.CIVIL_AFFAIRS),
                Map.entry(RegistryFlag.REPORTED_DECEASED, RegistrySource.HOST));
        assertEquals(expected, Arrays.stream(RegistryFlag.values())
                .collect(Collectors.toMap(f -> f, RegistryFlag::source)));
        assertEquals(List.of("CIVIL_AFFAIRS", "DISABLED_PERSONS_FEDERATION", "RURAL_REVITALISATION",
                "VETERANS_AFFAIRS", "SOCIAL_INSURANCE", "HOST"),
                Arrays.stream(RegistrySource.values()).map(Enum::name).collect(Collectors.toList()));
    }

    @Test
    void evidenceHoldsFromItsFirstToItsLastDayBeforeItsWithdrawal() {
        Evidence e = Evidence.of(P, RegistryFlag.DISABILITY_CERTIFICATE, "DPF-7", LocalDate.of(2021, 2, 20),
                DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31)));
        assertEquals(RegistrySource.DISABLED_PERSONS_FEDERATION, e.source());
        assertFalse(e.isValidOn(LocalDate.of(2021, 2, 28)));
        assertTrue(e.isValidOn(LocalDate.of(2021, 3, 1)));
        assertTrue(e.isValidOn(LocalDate.of(2021, 8, 31)));
        assertFalse(e.isValidOn(LocalDate.of(2021, 9, 1)));
        assertEquals(LocalDate.of(2021, 8, 31), e.lastValidDay());
        Evidence w = e.withdrawnOn(LocalDate.of(2021, 6, 1));
        assertTrue(w.isValidOn(LocalDate.of(2021, 5, 31)));
        assertFalse(w.isValidOn(LocalDate.of(2021, 6, 1)));
        assertEquals(LocalDate.of(2021, 5, 31), w.lastValidDay());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 1)), w.withdrawal());
        assertEquals(Optional.empty(), e.withdrawal());
        assertNotEquals(e, w);
        assertTrue(e.sameRecordAs(w));
        assertEquals(LocalDate.of(2021, 2, 28), e.withdrawnOn(LocalDate.of(2021, 3, 1)).lastValidDay());
        assertEquals("Evidence[P1 DISABILITY_CERTIFICATE ref=DPF-7 recorded 2021-02-20 valid 2021-03-01/2021-08-31"
                + " withdrawn 2021-06-01]", w.toString());
    }

    @Test
    void openEndedEvidenceHoldsUntilWithdrawn() {
        Evidence e = Evidence.of(P, RegistryFlag.MARTYR_FAMILY, "VA-1", NOV_9, DateRange.startingOn(NOV_9));
        assertTrue(e.isValidOn(LocalDate.of(2999, 1, 1)));
        assertEquals(LocalDate.MAX, e.lastValidDay());
        assertEquals(LocalDate.of(2029, 12, 31), e.withdrawnOn(LocalDate.of(2030, 1, 1)).lastValidDay());
    }

    @Test
    void everyEvidenceCodeHasItsPathAndNoInput() {
        DateRange y = DateRange.ofYear(2021);
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> Evidence.of(P, RegistryFlag.MODEL_WORKER, "  ", NOV_9, y));
        assertEquals(List.of("reference"), paths(blank));
        assertEquals("evidence.reference-blank", blank.code());
        String secret = "REF WITH-SPACE-98765";
        InvalidInputException format = assertThrows(InvalidInputException.class,
                () -> Evidence.of(P, RegistryFlag.MODEL_WORKER, secret, NOV_9, y));
        assertEquals("evidence.reference-format", format.code());
        assertFalse(format.getMessage().contains("98765"));
        assertEquals("evidence.reference-format", assertThrows(InvalidInputException.class,
                () -> Evidence.of(P, RegistryFlag.MODEL_WORKER, "R".repeat(65), NOV_9, y)).code());
        Evidence.of(P, RegistryFlag.MODEL_WORKER, "R".repeat(64), NOV_9, y);
        InvalidInputException early = assertThrows(InvalidInputException.class, () -> Evidence
                .of(P, RegistryFlag.MODEL_WORKER, "R-1", NOV_9, y).withdrawnOn(LocalDate.of(2020, 12, 31)));
        assertEquals(List.of(new Violation("withdrawnOn", "evidence.withdrawn-before-valid",
                early.violations().get(0).message())), early.violations());
        assertThrows(NullPointerException.class, () -> Evidence.of(null, RegistryFlag.MODEL_WORKER, "R", NOV_9, y));
        assertThrows(NullPointerException.class, () -> Evidence.of(P, null, "R", NOV_9, y));
        assertThrows(NullPointerException.class, () -> Evidence.of(P, RegistryFlag.MODEL_WORKER, null, NOV_9, y));
        assertThrows(NullPointerException.class, () -> Evidence.of(P, RegistryFlag.MODEL_WORKER, "R", null, y));
        assertThrows(NullPointerException.class, () -> Evidence.of(P, RegistryFlag.MODEL_WORKER, "R", NOV_9, null));
    }

    /** DOMAIN §1.1: unemployed at least 1 year = no employer-paid contribution for 12 months or more. */
    @Test
    void referenceCategoryGateTwelveMonthsWithoutEmployerContribution() {
        ContributionHistory eleven = employerUntil(YearMonth.of(2020, 11));
        ContributionHistory twelve = employerUntil(YearMonth.of(2020, 10));
        ContributionHistory thirteen = employerUntil(YearMonth.of(2020, 9));
        assertEquals(11, eleven.monthsWithoutEmployerContribution(NOV_9));
        assertEquals(12, twelve.monthsWithoutEmployerContribution(NOV_9));
        assertEquals(13, thirteen.monthsWithoutEmployerContribution(NOV_9));
        assertFalse(eleven.isWithoutEmployerContributionFor(12, NOV_9));
        assertTrue(twelve.isWithoutEmployerContributionFor(12, NOV_9));
        assertTrue(thirteen.isWithoutEmployerContributionFor(12, NOV_9));
        // The day within the as-of month does not matter: the as-of month itself never counts.
        assertEquals(12, twelve.monthsWithoutEmployerContribution(LocalDate.of(2021, 11, 1)));
        assertEquals(12, twelve.monthsWithoutEmployerContribution(LocalDate.of(2021, 11, 30)));
        assertEquals(13, twelve.monthsWithoutEmployerContribution(LocalDate.of(2021, 12, 1)));
        assertEquals(Optional.of(YearMonth.of(2020, 10)), twelve.lastEmployerPaidMonth(NOV_9));
    }

    @Test
    void flexibleMonthsAndLaterMonthsDoNotEndTheGap() {
        ContributionHistory h = ContributionHistory.of(P, List.of(
                ContributionMonth.employer(YearMonth.of(2022, 1)),
                ContributionMonth.flexible(YearMonth.of(2021, 11)),
                ContributionMonth.employer(YearMonth.of(2020, 10)),
                ContributionMonth.of(YearMonth.of(2021, 3), ContributionKind.FLEXIBLE)));
        assertEquals(12, h.monthsWithoutEmployerContribution(NOV_9));
        assertEquals(0, h.monthsWithoutEmployerContribution(LocalDate.of(2022, 1, 15)));
        assertEquals(List.of(ContributionMonth.employer(YearMonth.of(2020, 10)),
                ContributionMonth.flexible(YearMonth.of(2021, 3)), ContributionMonth.flexible(YearMonth.of(2021, 11)),
                ContributionMonth.employer(YearMonth.of(2022, 1))), h.months());
        assertTrue(h.isEmployedIn(YearMonth.of(2020, 10)));
        assertFalse(h.isEmployedIn(YearMonth.of(2021, 3)));
        assertEquals(Optional.of(ContributionKind.FLEXIBLE), h.kindIn(YearMonth.of(2021, 3)));
        assertEquals(Optional.empty(), h.kindIn(YearMonth.of(2021, 4)));
        assertEquals(ContributionHistory.NEVER, h.monthsWithoutEmployerContribution(LocalDate.of(2020, 9, 30)));
        assertEquals(ContributionHistory.NEVER, ContributionHistory.empty(P).monthsWithoutEmployerContribution(NOV_9));
        assertEquals(Optional.empty(), ContributionHistory.empty(P).lastEmployerPaidMonth(NOV_9));
        assertEquals("ContributionHistory[P1, 4 months, 2 by an employer]", h.toString());
        assertEquals(h, ContributionHistory.of(P, h.months()));
        assertEquals(h.hashCode(), ContributionHistory.of(P, h.months()).hashCode());
    }

    @Test
    void aMonthTwiceIsRejectedAtTheLaterEntry() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ContributionHistory.of(P, List.of(
                ContributionMonth.employer(YearMonth.of(2021, 1)), ContributionMonth.employer(YearMonth.of(2021, 2)),
                ContributionMonth.flexible(YearMonth.of(2021, 1)))));
        assertEquals(List.of("months[2]"), paths(e));
        assertEquals("contribution-history.duplicate-month", e.code());
        assertFalse(e.getMessage().contains("P1"));
        assertThrows(IllegalArgumentException.class, () -> ContributionHistory.empty(P)
                .isWithoutEmployerContributionFor(-1, NOV_9));
        assertThrows(NullPointerException.class, () -> ContributionMonth.employer(null));
        assertThrows(NullPointerException.class, () -> ContributionHistory.of(P, null));
    }

    private static ContributionHistory employerUntil(YearMonth last) {
        return ContributionHistory.of(P, List.of(ContributionMonth.employer(last.minusMonths(2)),
                ContributionMonth.employer(last.minusMonths(1)), ContributionMonth.employer(last)));
    }

    private static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).collect(Collectors.toList());
    }
}
