package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.EnterpriseSize;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.TraineeCategory;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.api.subsidy.WorkForTrainingSector;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.junit.jupiter.api.Test;

/** The work-for-training subsidy against DOMAIN §3.4: 500 yuan a month, at most 6 months, to 2021-12-31. */
class WorkForTrainingTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final SubsidyCalculator<WorkForTrainingInput> WFT = Subsidies.workForTraining(LN);
    static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final ResidentIdNumber TRAINEE = ResidentIdNumber.parse("11010519491231002X");

    /** A micro enterprise hires a recognised person on 2021-03-01 and trains them from March for 6 months. */
    static WorkForTrainingInput.Builder hire() {
        return WorkForTrainingInput.builder().enterprise(CODE).size(EnterpriseSize.MICRO)
                .sector(WorkForTrainingSector.OTHER).trainee(TRAINEE).category(TraineeCategory.EMPLOYMENT_DIFFICULTY)
                .hireDate(LocalDate.of(2021, 3, 1)).trainingStart(YearMonth.of(2021, 3)).trainingMonths(6)
                .applicationDate(LocalDate.of(2021, 9, 15)).jurisdiction(DivisionCode.of("210102"));
    }

    static List<String> codes(SubsidyDecision d) {
        return d.ineligibilities().stream().map(Ineligibility::code).toList();
    }

    @Test
    void fiveHundredYuanPerMonthForSixMonths() {
        SubsidyDecision d = WFT.calculate(hire().build());
        assertTrue(d.isEligible(), d.toString());
        assertEquals(Optional.of(Money.ofYuan(500)), d.monthlyAmount());
        assertEquals(List.of(YearMonth.of(2021, 3), YearMonth.of(2021, 4), YearMonth.of(2021, 5),
                YearMonth.of(2021, 6), YearMonth.of(2021, 7), YearMonth.of(2021, 8)), d.months());
        assertEquals(Money.ofYuan(3000), d.total());
        assertEquals(Beneficiary.unit(CODE), d.beneficiary());
        assertEquals(Optional.of(TRAINEE), d.person());
    }

    @Test
    void atMostSixMonthsAreGranted() {
        SubsidyDecision d = WFT.calculate(hire().trainingMonths(8).build());
        assertEquals(6, d.months().size());
        assertEquals(YearMonth.of(2021, 8), d.months().get(5));
        assertEquals(Money.ofYuan(3000), d.total());
        assertEquals(Money.ofYuan(1000), WFT.calculate(hire().trainingMonths(2).build()).total());
    }

    @Test
    void largeEnterprisesQualifyOnlyInTheCoveredSectors() {
        assertEquals(List.of("work-for-training.enterprise-not-covered"),
                codes(WFT.calculate(hire().size(EnterpriseSize.LARGE).build())));
        for (WorkForTrainingSector sector : List.of(WorkForTrainingSector.FOREIGN_TRADE,
                WorkForTrainingSector.ACCOMMODATION_AND_CATERING, WorkForTrainingSector.CULTURE_AND_TOURISM,
                WorkForTrainingSector.TRANSPORT, WorkForTrainingSector.WHOLESALE_AND_RETAIL)) {
            assertTrue(WFT.calculate(hire().size(EnterpriseSize.LARGE).sector(sector).build()).isEligible(),
                    sector.name());
        }
    }

    @Test
    void ownStaffQualifyOnlyAtAnEpidemicHitEnterprise() {
        WorkForTrainingInput.Builder own = hire().category(TraineeCategory.OWN_STAFF).hireDate(null);
        assertEquals(List.of("work-for-training.not-epidemic-hit"), codes(WFT.calculate(own.build())));
        assertEquals(Money.ofYuan(3000), WFT.calculate(own.epidemicHit(true).build()).total());
    }

    @Test
    void applicationsCloseAfterTheLastDayOf2021() {
        assertTrue(WFT.calculate(hire().applicationDate(LocalDate.of(2021, 12, 31)).build()).isEligible());
        SubsidyDecision late = WFT.calculate(hire().applicationDate(LocalDate.of(2022, 1, 1)).build());
        assertEquals(List.of("work-for-training.application-closed"), codes(late));
        assertTrue(late.months().isEmpty());
        assertEquals(Money.ZERO, late.total());
    }

    @Test
    void graduatesQualifyWithinTwoYearsOfGraduating() {
        WorkForTrainingInput.Builder graduate = hire().category(TraineeCategory.RECENT_GRADUATE)
                .graduationDate(LocalDate.of(2019, 3, 1));
        assertTrue(WFT.calculate(graduate.build()).isEligible(), "hired on the second anniversary");
        assertEquals(List.of("work-for-training.graduate-window-passed"),
                codes(WFT.calculate(graduate.graduationDate(LocalDate.of(2019, 2, 28)).build())));
    }

    @Test
    void theAmountComesFromThePack() {
        PolicyPack local = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.WORK_FOR_TRAINING_MONTHLY_AMOUNT,
                DivisionCode.of("210100"), LocalDate.of(2020, 1, 1), null, Money.ofYuan(600),
                LegalBasis.of("文号待确认", "测试用地方标准", "Local amount for a test"))));
        assertEquals(Money.ofYuan(3600), Subsidies.workForTraining(local).calculate(hire().build()).total());
    }

    @Test
    void theExplanationMasksTheTrainee() {
        String text = WFT.calculate(hire().build()).explanation().orElseThrow().render();
        assertFalse(text.contains(TRAINEE.value()), text);
        assertTrue(text.contains(TRAINEE.masked()), text);
        assertTrue(text.contains("人社部发〔2020〕30号"), text);
    }
}
