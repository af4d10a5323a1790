package org.jobassist.impl.grant;

import static org.jobassist.impl.grant.GrantFixtures.LN;
import static org.jobassist.impl.grant.GrantFixtures.MAN_1980;
import static org.jobassist.impl.grant.GrantFixtures.UNIT;
import static org.jobassist.impl.grant.GrantFixtures.WOMAN_1975;
import static org.jobassist.impl.grant.GrantFixtures.all;
import static org.jobassist.impl.grant.GrantFixtures.employer;
import static org.jobassist.impl.grant.GrantFixtures.flexible;
import static org.jobassist.impl.grant.GrantFixtures.ledger;
import static org.jobassist.impl.grant.GrantFixtures.post;
import static org.jobassist.impl.grant.GrantFixtures.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.EnterpriseSize;
import org.jobassist.api.subsidy.GrantResult;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.Subsidies;
import org.jobassist.impl.SubsidyGrants;
import org.junit.jupiter.api.Test;

/** The grant service worked through by hand: every expected figure and count below is computed in the comments. */
class SubsidyGrantsTest {

    private static final Set<SubsidyKind> SI = Set.of(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE,
            SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE);
    private static final LocalDate GRANTED = LocalDate.of(2024, 3, 5);

    private static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    private static List<String> codes(GrantResult r) {
        return r.ineligibilities().stream().map(Ineligibility::code).toList();
    }

    private static List<YearMonth> months(List<LedgerEntry> entries) {
        return entries.stream().map(e -> e.month().orElseThrow()).toList();
    }

    @Test
    void aPersonWith30MonthsInTheLedgerGets6MoreThenIsRefused() {
        EntitlementLedger ledger = ledger();
        SubsidyGrants grants = SubsidyGrants.of(ledger, LN);
        // 2021-03 .. 2023-08 is 30 months at 1,135.00: 34,050.00 yuan.
        GrantResult first = grants.grantSocialInsurance(employer(YearMonth.of(2021, 3), YearMonth.of(2023, 8)),
                "SI-2021-001", LocalDate.of(2023, 9, 1));
        assertEquals(30, first.created());
        assertEquals(Money.parse("34050.00"), first.amountRecorded());
        assertEquals(30, ledger.monthsEnjoyed(MAN_1980, SI));

        // The ledger, not the caller, says 30 months were enjoyed before 2023-09.
        SocialInsuranceSubsidyInput asked = employer(YearMonth.of(2023, 9), YearMonth.of(2024, 6));
        assertEquals(0, asked.monthsAlreadyEnjoyed());
        assertEquals(30, grants.withLedgerFacts(asked).monthsAlreadyEnjoyed());

        // 36 - 30 = 6 months: 2023-09 .. 2024-02 at 1,135.00 = 6,810.00; 2024-03 .. 2024-06 excluded.
        GrantResult more = grants.grantSocialInsurance(asked, "SI-2021-001", GRANTED);
        assertEquals(6, more.created());
        assertEquals(0, more.alreadyPresent());
        assertEquals(Money.parse("6810.00"), more.amountRecorded());
        assertEquals(List.of(YearMonth.of(2023, 9), YearMonth.of(2023, 10), YearMonth.of(2023, 11),
                YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2)), months(more.entries()));
        more.entries().forEach(e -> assertEquals(OptionalInt.of(36), e.durationCapMonths()));
        assertEquals(36, ledger.monthsEnjoyed(MAN_1980, SI));

        // The 37th month: the calculator refuses it, nothing is recorded.
        GrantResult refused = grants.grantSocialInsurance(employer(YearMonth.of(2024, 3), YearMonth.of(2024, 3)),
                "SI-2021-001", GRANTED);
        assertFalse(refused.isEligible());
        assertEquals(List.of("social-insurance.duration-exhausted"), codes(refused));
        assertEquals(36, ledger.count());

        // A stale decision that believes nothing was enjoyed: the ledger's cap refuses it.
        SubsidyDecision stale = Subsidies.socialInsurance(LN).calculate(employer(YearMonth.of(2024, 3),
                YearMonth.of(2024, 3)));
        assertTrue(stale.isEligible());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> grants.grant(stale, "SI-2021-001", GRANTED, OptionalInt.of(36)));
        assertEquals(List.of("ledger.duration-cap"), codes(e));
        assertEquals("entries[0]", e.violations().get(0).path());
        assertFalse(e.getMessage().contains(MAN_1980.value()));
        assertEquals(36, ledger.count());
    }

    @Test
    void employerAndFlexibleForTheSameMonthIsAnOverlapAndRecordsNothing() {
        EntitlementLedger ledger = ledger();
        SubsidyGrants grants = SubsidyGrants.of(ledger, LN);
        grants.grantSocialInsurance(employer(YearMonth.of(2021, 3), YearMonth.of(2021, 5)), "SI-E", GRANTED);
        assertEquals(3, ledger.count());
        // Flexible 2021-05 .. 2021-06: 2021-05 is already paid to the employer.
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> grants.grantSocialInsurance(
                flexible(YearMonth.of(2021, 5), YearMonth.of(2021, 6)), "SI-F", GRANTED));
        assertEquals(List.of("ledger.exclusive-overlap"), codes(e));
        assertEquals("entries[0]", e.violations().get(0).path());
        assertFalse(e.getMessage().contains(MAN_1980.value()));
        // Not even 2021-06, which alone would have been fine: all or nothing.
        assertEquals(3, ledger.count());
        assertTrue(ledger.byKind(SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, DateRange.ofYear(2021)).isEmpty());
        // Flexible from 2021-06 on is a different month and passes: 800.00 a month.
        GrantResult june = grants.grantSocialInsurance(flexible(YearMonth.of(2021, 6), YearMonth.of(2021, 6)), "SI-F",
                GRANTED);
        assertEquals(1, june.created());
        assertEquals(Money.parse("800.00"), june.amountRecorded());
        assertEquals(Beneficiary.person(MAN_1980), june.entries().get(0).payee());
        assertEquals(4, ledger.monthsEnjoyed(MAN_1980, SI));
    }

    @Test
    void theSameGrantTwicePaysNothingTwice() {
        EntitlementLedger ledger = ledger();
        SubsidyGrants grants = SubsidyGrants.of(ledger, LN);
        SocialInsuranceSubsidyInput in = employer(YearMonth.of(2021, 3), YearMonth.of(2021, 5));
        GrantResult once = grants.grantSocialInsurance(in, "SI-1", GRANTED);
        // 3 x 1,135.00 = 3,405.00.
        assertEquals(3, once.created());
        assertEquals(Money.parse("3405.00"), once.amountRecorded());
        GrantResult twice = grants.grantSocialInsurance(in, "SI-1", GRANTED);
        assertEquals(0, twice.created());
        assertEquals(3, twice.alreadyPresent());
        assertEquals(Money.ZERO, twice.amountRecorded());
        assertTrue(twice.isNoOp());
        assertEquals(once.entries(), twice.entries());
        // The decision itself, granted again: nothing new either.
        GrantResult again = grants.grant(once.decisions().get(0), "SI-1", GRANTED, OptionalInt.of(36));
        assertEquals(0, again.created());
        assertEquals(3, ledger.count());
        assertEquals(Money.parse("3405.00"), sum(all(ledger)));
        // An overlapping period: 2021-04 and 2021-05 are there, 2021-06 and 2021-07 are new (2 x 1,135.00).
        GrantResult overlapping = grants.grantSocialInsurance(employer(YearMonth.of(2021, 4), YearMonth.of(2021, 7)),
                "SI-1", GRANTED);
        assertEquals(2, overlapping.created());
        assertEquals(2, overlapping.alreadyPresent());
        assertEquals(Money.parse("2270.00"), overlapping.amountRecorded());
        assertEquals(5, ledger.count());
    }

    @Test
    void sameMonthsUnderAnotherReferenceAreAConflictNotASecondPayment() {
        EntitlementLedger ledger = ledger();
        SubsidyGrants grants = SubsidyGrants.of(ledger, LN);
        grants.grantSocialInsurance(employer(YearMonth.of(2021, 3), YearMonth.of(2021, 3)), "SI-1", GRANTED);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> grants.grantSocialInsurance(
                employer(YearMonth.of(2021, 3), YearMonth.of(2021, 3)), "SI-2", GRANTED));
        assertEquals(List.of("ledger.key-conflict"), codes(e));
        assertEquals(1, ledger.count());
    }

    @Test
    void aThirdPlacementIsRefused() {
        EntitlementLedger ledger = ledger();
        SubsidyGrants grants = SubsidyGrants.of(ledger, LN);
        // Placement 1: 2021-01-01 .. 2021-06-30, six months at 1,540.00 = 9,240.00.
        GrantResult p1 = grants.grantPublicWelfarePost(post(DateRange.of(LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 6, 30)), YearMonth.of(2021, 1), YearMonth.of(2021, 6)).build(), "PWP-1", GRANTED);
        assertEquals(6, p1.created());
        assertEquals(Money.parse("9240.00"), p1.amountRecorded());

        // Placement 2 from 2021-10-01, 3 months after leaving: the input names no earlier placement,
        // the ledger does. 2021-10 at 1,540.00, 2021-11 and 2021-12 at 1,640.00: 4,820.00 in two runs.
        PublicWelfarePostInput second = post(DateRange.startingOn(LocalDate.of(2021, 10, 1)), YearMonth.of(2021, 10),
                YearMonth.of(2021, 12)).build();
        PublicWelfarePostInput completed = grants.withLedgerFacts(second, "PWP-2");
        assertEquals(List.of(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30))),
                completed.previousPlacements());
        assertEquals(0, completed.monthsAlreadyEnjoyed());
        GrantResult p2 = grants.grantPublicWelfarePost(second, "PWP-2", GRANTED);
        assertEquals(2, p2.decisions().size());
        assertEquals(3, p2.created());
        assertEquals(Money.parse("4820.00"), p2.amountRecorded());
        assertEquals(Set.of("PWP-1", "PWP-2"), ledger.grants(WOMAN_1975, SubsidyKind.PUBLIC_WELFARE_POST));
        // Re-granting placement 2 with a longer period: 2 months new (2022-01, 2022-02 at 1,640.00), 3 there.
        GrantResult p2More = grants.grantPublicWelfarePost(post(DateRange.startingOn(LocalDate.of(2021, 10, 1)),
                YearMonth.of(2021, 10), YearMonth.of(2022, 2)).build(), "PWP-2", GRANTED);
        assertEquals(2, p2More.created());
        assertEquals(3, p2More.alreadyPresent());
        assertEquals(Money.parse("3280.00"), p2More.amountRecorded());

        // Placement 3: the calculator sees two earlier placements in the ledger and refuses.
        PublicWelfarePostInput third = post(DateRange.startingOn(LocalDate.of(2022, 7, 1)), YearMonth.of(2022, 7),
                YearMonth.of(2022, 7)).previousPlacement(DateRange.of(LocalDate.of(2021, 10, 1),
                LocalDate.of(2022, 3, 31))).build();
        assertEquals(2, grants.withLedgerFacts(third, "PWP-3").previousPlacements().size(),
                "the input's own placement 2 stands; the ledger adds placement 1");
        GrantResult refused = grants.grantPublicWelfarePost(third, "PWP-3", GRANTED);
        assertFalse(refused.isEligible());
        assertTrue(codes(refused).contains("public-welfare-post.placement-limit"), codes(refused).toString());
        long before = ledger.count();
        // A decision that never saw the ledger: the ledger's grant cap refuses it.
        SubsidyDecision blind = Subsidies.publicWelfarePost(LN).calculate(post(DateRange.startingOn(
                LocalDate.of(2022, 7, 1)), YearMonth.of(2022, 7), YearMonth.of(2022, 7)).build());
        assertTrue(blind.isEligible());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> grants.grant(blind, "PWP-3", GRANTED, OptionalInt.of(36)));
        assertEquals(List.of("ledger.grant-cap"), codes(e));
        assertEquals(before, ledger.count());
    }

    @Test
    void monthsOfThePlacementAlreadyPaidCountAgainstItsOwnThreeYears() {
        EntitlementLedger ledger = ledger();
        SubsidyGrants grants = SubsidyGrants.of(ledger, LN);
        DateRange days = DateRange.startingOn(LocalDate.of(2021, 1, 1));
        grants.grantPublicWelfarePost(post(days, YearMonth.of(2021, 1), YearMonth.of(2023, 9)).build(), "PWP-1",
                GRANTED);
        assertEquals(33, ledger.count());
        // 36 - 33 = 3 months left: 2023-10 .. 2023-12 at 1,640.00 = 4,920.00; 2024-01 .. 2024-03 excluded.
        PublicWelfarePostInput rest = post(days, YearMonth.of(2023, 10), YearMonth.of(2024, 3)).build();
        assertEquals(33, grants.withLedgerFacts(rest, "PWP-1").monthsAlreadyEnjoyed());
        assertEquals(0, grants.withLedgerFacts(rest, "PWP-OTHER").monthsAlreadyEnjoyed());
        GrantResult r = grants.grantPublicWelfarePost(rest, "PWP-1", GRANTED);
        assertEquals(3, r.created());
        assertEquals(Money.parse("4920.00"), r.amountRecorded());
        r.entries().forEach(e -> assertEquals(OptionalInt.of(36), e.durationCapMonths()));
    }

    @Test
    void aJobStabilisationRefundIsOncePerUnitAndYear() {
        EntitlementLedger ledger = ledger();
        SubsidyGrants grants = SubsidyGrants.of(ledger);
        UnifiedSocialCreditCode unit = UNIT;
        // 5 of 100 laid off passes; 2021, medium enterprise (SME): 60% of 100,000.00 = 60,000.00.
        SubsidyDecision refund2021 = Subsidies.jobStabilisationRefund(LN).calculate(refund(unit, 2021));
        GrantResult first = grants.grant(refund2021, "R-2021-A", LocalDate.of(2021, 7, 1), OptionalInt.empty());
        assertEquals(1, first.created());
        assertEquals(Money.ofYuan(60_000), first.amountRecorded());
        assertEquals(IdempotencyKey.yearly(Beneficiary.unit(unit), SubsidyKind.JOB_STABILISATION_REFUND,
                Year.of(2021)), first.entries().get(0).key());
        assertEquals(0, grants.grant(refund2021, "R-2021-A", LocalDate.of(2021, 7, 1), OptionalInt.empty()).created());
        // A second 2021 refund under another approval: the same key, refused.
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> grants.grant(refund2021, "R-2021-B", LocalDate.of(2021, 12, 1), OptionalInt.empty()));
        assertEquals(List.of("ledger.key-conflict"), codes(e));
        // 2022, SME: 90% of 100,000.00 = 90,000.00; another year, another key.
        SubsidyDecision refund2022 = Subsidies.jobStabilisationRefund(LN).calculate(refund(unit, 2022));
        assertEquals(Money.ofYuan(90_000), grants.grant(refund2022, "R-2022-A", LocalDate.of(2022, 7, 1),
                OptionalInt.empty()).amountRecorded());
        assertEquals(2, ledger.count());
    }

    private static JobStabilisationRefundInput refund(UnifiedSocialCreditCode unit, int year) {
        return JobStabilisationRefundInput.builder().creditCode(unit).size(EnterpriseSize.MEDIUM)
                .refundYear(Year.of(year)).insuredAtStartOfYear(100).insuredAtEndOfYear(95).benefitClaimants(5)
                .employerPremiumsPaid(Money.ofYuan(80_000)).employeePremiumsPaid(Money.ofYuan(20_000))
                .fullContributionMonths(12).jurisdiction(DivisionCode.of("210100")).build();
    }

    @Test
    void anIneligibleDecisionRecordsNothing() {
        EntitlementLedger ledger = ledger();
        SubsidyDecision no = Subsidies.socialInsurance(LN).calculate(
                employer(YearMonth.of(2021, 3), YearMonth.of(2021, 3)).toBuilder().recognisedAtFirstApproval(false)
                        .build());
        GrantResult r = SubsidyGrants.of(ledger).grant(no, "SI-1", GRANTED, OptionalInt.of(36));
        assertFalse(r.isEligible());
        assertTrue(r.isNoOp());
        assertEquals(List.of("social-insurance.not-recognised"), codes(r));
        assertEquals(0, ledger.count());
    }

    @Test
    void helpersNeedThePack() {
        SubsidyGrants grants = SubsidyGrants.of(ledger());
        assertThrows(IllegalStateException.class, () -> grants.grantSocialInsurance(
                employer(YearMonth.of(2021, 3), YearMonth.of(2021, 3)), "SI-1", GRANTED));
        assertThrows(IllegalStateException.class, () -> grants.grantPublicWelfarePost(post(
                DateRange.startingOn(LocalDate.of(2021, 1, 1)), YearMonth.of(2021, 1), YearMonth.of(2021, 1)).build(),
                "P-1", GRANTED));
        assertThrows(NullPointerException.class, () -> SubsidyGrants.of(null));
        assertFalse(grants.toString().contains(MAN_1980.value()));
    }

    @Test
    void aBadReferenceIsRefusedBeforeTheLedger() {
        EntitlementLedger ledger = ledger();
        SubsidyDecision d = Subsidies.socialInsurance(LN).calculate(employer(YearMonth.of(2021, 3),
                YearMonth.of(2021, 3)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SubsidyGrants.of(ledger).grant(d, " ", GRANTED, OptionalInt.of(36)));
        assertEquals(List.of("ledger-entry.grant-reference"), codes(e));
        assertEquals(0, ledger.count());
    }
}
