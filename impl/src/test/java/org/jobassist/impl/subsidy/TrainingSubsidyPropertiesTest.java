package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.CertificateLevel;
import org.jobassist.api.subsidy.JobSearchSubsidyInput;
import org.jobassist.api.subsidy.SkillUpgradeSubsidyInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.VocationalTrainingSubsidyInput;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.jobassist.testkit.subsidy.Trainings;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Properties of the training and job-search subsidies on the testkit generators: bounds, limits, fast == explained. */
class TrainingSubsidyPropertiesTest {

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    static final LegalBasis LOCAL = LegalBasis.of("文号待确认", "测试用地方标准", "Local amount for a test");
    /** Illustrative province-wide amounts, so that every generated place has one; Dalian keeps its 1,000. */
    static final PolicyPack PACK = PolicyPacks.liaoning().withOverrides(List.of(
            PolicyValue.of(PolicyKeys.VOCATIONAL_TRAINING_AMOUNT, DivisionCode.LIAONING, LocalDate.of(2021, 1, 1), null,
                    Money.ofYuan(800), LOCAL),
            PolicyValue.of(PolicyKeys.JOB_SEARCH_AMOUNT, DivisionCode.LIAONING, LocalDate.of(2021, 1, 1), null,
                    Money.ofYuan(500), LOCAL)));
    /** DOMAIN §3.6 ceilings by level, in yuan. */
    static final Map<CertificateLevel, Money> CAPS = Map.of(CertificateLevel.LEVEL_5, Money.ofYuan(1000),
            CertificateLevel.LEVEL_4, Money.ofYuan(1500), CertificateLevel.LEVEL_3, Money.ofYuan(2000));

    static final SubsidyCalculator<SkillUpgradeSubsidyInput> SKILL = Subsidies.skillUpgrade(PACK);
    static final SubsidyCalculator<VocationalTrainingSubsidyInput> TRAINING = Subsidies.vocationalTraining(PACK);
    static final SubsidyCalculator<JobSearchSubsidyInput> JOB_SEARCH = Subsidies.jobSearch(PACK);

    static void assertOneTime(SubsidyDecision d) {
        assertFalse(d.total().isNegative(), d.toString());
        assertTrue(d.months().isEmpty(), d.toString());
        assertEquals(d.isEligible(), d.total().isPositive(), d.toString());
    }

    @Test
    void skillUpgradeIsNeverNegativeNorAboveItsLevelsCapAndPaidOnlyToInsuredWorkersOfLevelsFiveToThree() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(1000).forAll(Trainings.skillUpgradeCases()).checkAssert(in -> {
            SubsidyDecision d = SKILL.calculate(in, false);
            assertOneTime(d);
            Money cap = CAPS.get(in.level());
            assertEquals(in.insuredOnCertificateDate() && cap != null, d.isEligible(), in.toString());
            if (cap != null) {
                assertTrue(d.total().compareTo(cap) <= 0, d + " " + in);
            }
        });
    }

    @Test
    void vocationalTrainingIsPaidOnlyBelowTheLimitOfThree() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(1000).forAll(Trainings.vocationalTrainingCases()).checkAssert(in -> {
            SubsidyDecision d = TRAINING.calculate(in, false);
            assertOneTime(d);
            assertEquals(in.earlierSubsidies() < 3, d.isEligible(), in.toString());
            assertEquals(d.isEligible() ? Money.ofYuan(800) : Money.ZERO, d.total());
        });
    }

    @Test
    void jobSearchIsPaidOnAGroundAndIsOneThousandInDalian() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(1000).forAll(Trainings.jobSearchCases()).checkAssert(in -> {
            SubsidyDecision d = JOB_SEARCH.calculate(in, false);
            assertOneTime(d);
            assertEquals(!in.grounds().isEmpty(), d.isEligible(), in.toString());
            boolean dalian = in.jurisdiction().code().startsWith("2102");
            Money expected = !d.isEligible() ? Money.ZERO : dalian ? Money.ofYuan(1000) : Money.ofYuan(500);
            assertEquals(expected, d.total(), in.toString());
        });
    }

    @Test
    void fastPathEqualsExplainedPath() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(300).forAll(Trainings.skillUpgradeCases()).checkAssert(in ->
                assertEquals(SKILL.calculate(in, false), SKILL.calculate(in, true).withoutExplanation()));
        QuickTheory.qt().withFixedSeed(SEED).withExamples(300).forAll(Trainings.vocationalTrainingCases()).checkAssert(in ->
                assertEquals(TRAINING.calculate(in, false), TRAINING.calculate(in, true).withoutExplanation()));
        QuickTheory.qt().withFixedSeed(SEED).withExamples(300).forAll(Trainings.jobSearchCases()).checkAssert(in ->
                assertEquals(JOB_SEARCH.calculate(in, false), JOB_SEARCH.calculate(in, true).withoutExplanation()));
    }

    @Test
    void explanationsNeverHoldTheIdNumber() {
        QuickTheory.qt().withFixedSeed(SEED).withExamples(200).forAll(Trainings.jobSearchCases()).checkAssert(in -> {
            String text = JOB_SEARCH.calculate(in).explanation().orElseThrow().render();
            assertFalse(text.contains(in.graduate().value()), text);
        });
    }
}
