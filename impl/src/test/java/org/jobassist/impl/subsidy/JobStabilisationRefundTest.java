package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.EnterpriseSize;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.OrganisationType;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.junit.jupiter.api.Test;

/** The job-stabilisation refund against DOMAIN §3.3; every expected amount worked out by hand. */
class JobStabilisationRefundTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final SubsidyCalculator<JobStabilisationRefundInput> REFUND = Subsidies.jobStabilisationRefund(LN);
    static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");

    /** 100 insured, 95 at year end, 5 claimants; premiums 80,000 + 20,000 yuan. */
    static JobStabilisationRefundInput.Builder fiveOfHundred(int refundYear, EnterpriseSize size) {
        return JobStabilisationRefundInput.builder().creditCode(CODE).size(size).refundYear(Year.of(refundYear))
                .insuredAtStartOfYear(100).insuredAtEndOfYear(95).benefitClaimants(5)
                .employerPremiumsPaid(Money.ofYuan(80_000)).employeePremiumsPaid(Money.ofYuan(20_000))
                .fullContributionMonths(12).jurisdiction(SHENYANG);
    }

    static List<String> codes(SubsidyDecision d) {
        return d.ineligibilities().stream().map(Ineligibility::code).toList();
    }

    static Map<String, Explanation> byRule(Explanation root) {
        return flatten(root).stream().collect(Collectors.toMap(Explanation::rule, e -> e));
    }

    static List<Explanation> flatten(Explanation e) {
        List<Explanation> all = new java.util.ArrayList<>(List.of(e));
        e.children().forEach(c -> all.addAll(flatten(c)));
        return all;
    }

    @Test
    void fiveOfHundredIsFivePercentAndPasses() {
        SubsidyDecision d = REFUND.calculate(fiveOfHundred(2021, EnterpriseSize.MEDIUM).build());
        assertTrue(d.isEligible(), d.toString());
        Map<String, Explanation> rules = byRule(d.explanation().orElseThrow());
        assertEquals("5%", rules.get("job-stabilisation.layoff-rate.headcount-decrease").result().orElseThrow());
        assertEquals("5%", rules.get("job-stabilisation.layoff-rate.benefit-claimants").result().orElseThrow());
        assertEquals(Explanation.Outcome.SATISFIED, rules.get("job-stabilisation.layoff-rate").outcome());
        assertEquals("5.5%", rules.get("job-stabilisation.layoff-rate").inputs().get("limit"));
        // 2021, SME: 60% of 100,000 yuan.
        assertEquals(Money.ofYuan(60_000), d.total());
        assertEquals(SubsidyKind.JOB_STABILISATION_REFUND, d.kind());
        assertEquals(Beneficiary.unit(CODE), d.beneficiary());
        assertTrue(d.person().isEmpty());
        assertTrue(d.months().isEmpty());
    }

    @Test
    void ratiosByYearAndSize() {
        assertEquals(Money.ofYuan(30_000), REFUND.calculate(fiveOfHundred(2021, EnterpriseSize.LARGE).build()).total());
        assertEquals(Money.ofYuan(60_000), REFUND.calculate(fiveOfHundred(2021, EnterpriseSize.MICRO).build()).total());
        assertEquals(Money.ofYuan(30_000), REFUND.calculate(fiveOfHundred(2022, EnterpriseSize.LARGE).build()).total());
        assertEquals(Money.ofYuan(90_000), REFUND.calculate(fiveOfHundred(2022, EnterpriseSize.SMALL).build()).total());
    }

    @Test
    void socialOrganisationsFoundationsLawAndAccountingFirmsAndIndividualBusinessesCountAsSmes() {
        for (OrganisationType type : OrganisationType.values()) {
            Money expected = type == OrganisationType.ENTERPRISE ? Money.ofYuan(30_000) : Money.ofYuan(60_000);
            assertEquals(expected, REFUND.calculate(fiveOfHundred(2021, EnterpriseSize.LARGE)
                    .organisationType(type).build()).total(), type.name());
        }
    }

    @Test
    void sixOfHundredFailsTheFivePointFivePercentTest() {
        SubsidyDecision d = REFUND.calculate(fiveOfHundred(2021, EnterpriseSize.MEDIUM)
                .insuredAtEndOfYear(94).benefitClaimants(6).build());
        assertEquals(List.of("job-stabilisation.layoff-rate-exceeded"), codes(d));
        assertEquals(Money.ZERO, d.total());
        assertTrue(d.components().isEmpty());
        assertEquals(List.of("job-stabilisation.layoff-rate.headcount-decrease",
                        "job-stabilisation.layoff-rate.benefit-claimants"),
                d.explanation().orElseThrow().failedConditions().stream().map(Explanation::rule).toList());
    }

    @Test
    void atMostThirtyInsuredMayLayOffTwentyPercent() {
        JobStabilisationRefundInput.Builder thirty = fiveOfHundred(2021, EnterpriseSize.MICRO)
                .insuredAtStartOfYear(30).insuredAtEndOfYear(24).benefitClaimants(6);
        assertTrue(REFUND.calculate(thirty.build()).isEligible(), "6 of 30 = 20%");
        assertEquals(List.of("job-stabilisation.layoff-rate-exceeded"),
                codes(REFUND.calculate(thirty.insuredAtEndOfYear(23).benefitClaimants(7).build())), "7 of 30 = 23.3%");
        assertEquals(List.of("job-stabilisation.layoff-rate-exceeded"),
                codes(REFUND.calculate(thirty.insuredAtStartOfYear(31).insuredAtEndOfYear(29).benefitClaimants(2)
                        .build())), "2 of 31 = 6.45% > 5.5%: 31 insured is past the small-employer limit");
    }

    @Test
    void eitherMethodSufficesInLiaoningAndBothAreNeededUnderAll() {
        // Headcount unchanged (0%), but 10 of 100 drew benefit (10%).
        JobStabilisationRefundInput in = fiveOfHundred(2021, EnterpriseSize.MEDIUM)
                .insuredAtEndOfYear(100).benefitClaimants(10).build();
        SubsidyDecision any = REFUND.calculate(in);
        assertTrue(any.isEligible());
        Map<String, Explanation> rules = byRule(any.explanation().orElseThrow());
        assertEquals("0%", rules.get("job-stabilisation.layoff-rate.headcount-decrease").result().orElseThrow());
        assertEquals(Explanation.Outcome.NOT_SATISFIED,
                rules.get("job-stabilisation.layoff-rate.benefit-claimants").outcome());
        PolicyPack all = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.JOB_STABILISATION_LAYOFF_RATE_RULE,
                DivisionCode.LIAONING, LocalDate.of(2021, 1, 1), null, "ALL", basis())));
        assertEquals(List.of("job-stabilisation.layoff-rate-exceeded"),
                codes(Subsidies.jobStabilisationRefund(all).calculate(in)));
    }

    @Test
    void fromTwentyTwentyTwoTwelveMonthsOfFullContributionsAreNeeded() {
        assertEquals(List.of("job-stabilisation.contribution-months-short"), codes(REFUND.calculate(
                fiveOfHundred(2022, EnterpriseSize.MEDIUM).fullContributionMonths(11).build())));
        assertTrue(REFUND.calculate(fiveOfHundred(2022, EnterpriseSize.MEDIUM).fullContributionMonths(12).build())
                .isEligible());
        assertTrue(REFUND.calculate(fiveOfHundred(2021, EnterpriseSize.MEDIUM).fullContributionMonths(0).build())
                .isEligible(), "no months test in 2021");
    }

    @Test
    void noInsuredAtTheStartLeavesTheRateUndefined() {
        SubsidyDecision d = REFUND.calculate(fiveOfHundred(2021, EnterpriseSize.MEDIUM)
                .insuredAtStartOfYear(0).insuredAtEndOfYear(3).benefitClaimants(0).build());
        assertEquals(List.of("job-stabilisation.no-insured-base"), codes(d));
    }

    @Test
    void roundsOnceHalfUpAndRecordsIt() {
        // 333.33 yuan at 30% = 9999.9 fen, rounded half-up to 100.00 yuan.
        SubsidyDecision d = REFUND.calculate(fiveOfHundred(2021, EnterpriseSize.LARGE)
                .employerPremiumsPaid(Money.parse("333.33")).employeePremiumsPaid(Money.ZERO).build(), false);
        assertEquals(Money.parse("100.00"), d.total());
        assertEquals(List.of(new Rounding("refund", Ratio.of(99_999, 10), RoundingMode.HALF_UP, Money.ofFen(10_000))),
                d.roundings());
        assertTrue(d.explanation().isEmpty());
    }

    @Test
    void recordsTheValuesReadWithTheirLegalBasesAndThePoolingNote() {
        SubsidyDecision d = REFUND.calculate(fiveOfHundred(2022, EnterpriseSize.MEDIUM).build());
        List<String> keys = d.valuesRead().stream().map(v -> v.key().name()).toList();
        assertEquals(List.of("job-stabilisation.layoff-rate-limit", "job-stabilisation.small-employer-headcount",
                "job-stabilisation.small-employer-layoff-rate-limit", "job-stabilisation.layoff-rate-rule",
                "job-stabilisation.min-full-contribution-months", "job-stabilisation.refund-ratio.sme"), keys);
        assertTrue(d.valuesRead().get(5).note().orElseThrow().contains("provincial pooling"));
        assertFalse(d.explanation().orElseThrow().legalBases().isEmpty());
    }

    @Test
    void aYearWithoutPackValuesFailsNamingTheKeyAndJurisdiction() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> REFUND.calculate(fiveOfHundred(2020, EnterpriseSize.MEDIUM).build()));
        assertEquals("job-stabilisation.layoff-rate-limit", e.keyName());
        assertEquals("210100", e.jurisdictionCode());
    }

    @Test
    void aPackRuleOtherThanAnyOrAllIsRejected() {
        PolicyPack bad = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.JOB_STABILISATION_LAYOFF_RATE_RULE,
                DivisionCode.LIAONING, LocalDate.of(2021, 1, 1), null, "EITHER", basis())));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Subsidies.jobStabilisationRefund(bad).calculate(fiveOfHundred(2021, EnterpriseSize.MEDIUM).build()));
        assertEquals("job-stabilisation.layoff-rate-rule", e.code());
        assertEquals("job-stabilisation.layoff-rate-rule", e.violations().get(0).path());
    }

    static LegalBasis basis() {
        return LegalBasis.of("文号待确认", "测试用覆盖值", "Override for a test");
    }
}
