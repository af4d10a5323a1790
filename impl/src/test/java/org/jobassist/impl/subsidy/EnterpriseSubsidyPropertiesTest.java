package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.UnemploymentInsuranceReductionInput;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.jobassist.testkit.subsidy.Enterprises;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Laws of the enterprise subsidies on generated cases near their thresholds. */
class EnterpriseSubsidyPropertiesTest {

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    static final PolicyPack LN = PolicyPacks.liaoning();
    static final SubsidyCalculator<JobStabilisationRefundInput> REFUND = Subsidies.jobStabilisationRefund(LN);
    static final SubsidyCalculator<WorkForTrainingInput> WFT = Subsidies.workForTraining(LN);
    /** An illustrative standard split (1% + 0.5%, test only): Liaoning's is unknown. */
    static final PolicyPack WITH_SPLIT = LN.withOverrides(List.of(
            PolicyValue.of(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_EMPLOYER_RATE, DivisionCode.LIAONING,
                    LocalDate.of(2017, 1, 1), null, Ratio.percent("1"), basis()),
            PolicyValue.of(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_INDIVIDUAL_RATE, DivisionCode.LIAONING,
                    LocalDate.of(2017, 1, 1), null, Ratio.percent("0.5"), basis())));
    static final SubsidyCalculator<UnemploymentInsuranceReductionInput> REDUCTION =
            Subsidies.unemploymentInsuranceReduction(WITH_SPLIT);

    static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(1000);
    }

    static LegalBasis basis() {
        return LegalBasis.of("文号待确认", "示例标准费率分配（仅供测试）", "Illustrative standard split (test only)");
    }

    static void assertNoNegativePart(SubsidyDecision d) {
        assertFalse(d.total().isNegative());
        for (AmountComponent c : d.components()) {
            assertFalse(c.monthly().isNegative());
        }
    }

    @Test
    void aRefundIsNeverNegativeNorAboveNinetyPercentOfThePremiums() {
        qt().forAll(Enterprises.refundCases()).checkAssert(in -> {
            SubsidyDecision d = REFUND.calculate(in, false);
            assertNoNegativePart(d);
            Money premiums = in.employerPremiumsPaid().plus(in.employeePremiumsPaid());
            // 90% is the highest ratio DOMAIN §3.3 gives; rounding half-up adds less than one fen.
            long capFen = premiums.fen() * 9 / 10 + 1;
            assertTrue(d.total().fen() <= capFen, d + " " + in);
            if (!in.isSme()) {
                assertTrue(d.total().fen() <= premiums.fen() * 3 / 10 + 1, d + " " + in);
            }
        });
    }

    @Test
    void layoffsWithinFivePointFivePercentByBothMethodsWithTwelveMonthsAlwaysPass() {
        AtomicInteger matched = new AtomicInteger();
        qt().forAll(Enterprises.refundCases()).checkAssert(in -> {
            int start = in.insuredAtStartOfYear();
            if (start > 0 && in.fullContributionMonths() >= 12
                    && 1000L * Math.max(0, start - in.insuredAtEndOfYear()) <= 55L * start
                    && 1000L * in.benefitClaimants() <= 55L * start) {
                matched.incrementAndGet();
                assertTrue(REFUND.calculate(in, false).isEligible(), in.toString());
            }
        });
        assertTrue(matched.get() > 50, "too few cases within the limit: " + matched);
    }

    @Test
    void layoffsAboveTwentyPercentByBothMethodsAlwaysFail() {
        AtomicInteger matched = new AtomicInteger();
        qt().forAll(Enterprises.refundCases()).checkAssert(in -> {
            int start = in.insuredAtStartOfYear();
            if (5L * (start - in.insuredAtEndOfYear()) > start && 5L * in.benefitClaimants() > start) {
                matched.incrementAndGet();
                assertFalse(REFUND.calculate(in, false).isEligible(), in.toString());
            }
        });
        assertTrue(matched.get() > 20, "too few cases above 20%: " + matched);
    }

    @Test
    void refundFastPathEqualsExplainedPath() {
        qt().forAll(Enterprises.refundCases()).checkAssert(in ->
                assertEquals(REFUND.calculate(in, false), REFUND.calculate(in, true).withoutExplanation()));
    }

    @Test
    void workForTrainingStopsAtSixMonthsOfFiveHundredYuan() {
        qt().forAll(Enterprises.workForTrainingCases()).checkAssert(in -> {
            SubsidyDecision d = WFT.calculate(in, false);
            assertNoNegativePart(d);
            assertTrue(d.months().size() <= 6, d.toString());
            assertTrue(d.total().compareTo(Money.ofYuan(3000)) <= 0, d.toString());
            if (d.isEligible()) {
                assertEquals(Math.min(6, in.trainingMonths()), d.months().size());
                assertEquals(in.trainingStart(), d.months().get(0));
                assertEquals(Money.ofYuan(500).times(d.months().size()), d.total());
            }
            if (in.applicationDate().isAfter(LocalDate.of(2021, 12, 31))) {
                assertFalse(d.isEligible(), d.toString());
            }
        });
    }

    @Test
    void workForTrainingFastPathEqualsExplainedPath() {
        qt().forAll(Enterprises.workForTrainingCases()).checkAssert(in ->
                assertEquals(WFT.calculate(in, false), WFT.calculate(in, true).withoutExplanation()));
    }

    @Test
    void theReductionSavesAtMostHalfAPercentOfTheBase() {
        qt().forAll(Enterprises.reductionCases()).checkAssert(in -> {
            SubsidyDecision d = REDUCTION.calculate(in, false);
            assertNoNegativePart(d);
            long months = in.firstMonth().until(in.lastMonth(), ChronoUnit.MONTHS) + 1;
            // The standard 1.5% less the reduced 1%, over the months; each side rounds by under one fen.
            long capFen = in.monthlyBase().fen() * months / 200 + 2;
            assertTrue(d.total().fen() <= capFen, d + " " + in);
        });
    }

    @Test
    void reductionFastPathEqualsExplainedPath() {
        qt().withExamples(300).forAll(Enterprises.reductionCases()).checkAssert(in ->
                assertEquals(REDUCTION.calculate(in, false), REDUCTION.calculate(in, true).withoutExplanation()));
    }
}
