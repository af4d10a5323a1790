package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/** The input records of the enterprise subsidies: every violation code, reported all at once, no data echoed. */
class EnterpriseInputsTest {

    static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final ResidentIdNumber TRAINEE = ResidentIdNumber.parse("11010519491231002X");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");

    static JobStabilisationRefundInput.Builder refund() {
        return JobStabilisationRefundInput.builder().creditCode(CODE).size(EnterpriseSize.MEDIUM)
                .refundYear(Year.of(2021)).insuredAtStartOfYear(100).insuredAtEndOfYear(95).benefitClaimants(5)
                .employerPremiumsPaid(Money.ofYuan(800)).employeePremiumsPaid(Money.ofYuan(200))
                .fullContributionMonths(12).jurisdiction(SHENYANG);
    }

    static WorkForTrainingInput.Builder training() {
        return WorkForTrainingInput.builder().enterprise(CODE).size(EnterpriseSize.SMALL)
                .sector(WorkForTrainingSector.OTHER).trainee(TRAINEE).category(TraineeCategory.REGISTERED_UNEMPLOYED)
                .hireDate(LocalDate.of(2021, 3, 1)).trainingStart(YearMonth.of(2021, 3)).trainingMonths(6)
                .applicationDate(LocalDate.of(2021, 9, 15)).jurisdiction(SHENYANG);
    }

    static UnemploymentInsuranceReductionInput.Builder reduction() {
        return UnemploymentInsuranceReductionInput.builder().employer(CODE).monthlyBase(Money.ofYuan(5000))
                .period(YearMonth.of(2021, 1), YearMonth.of(2021, 12)).jurisdiction(SHENYANG);
    }

    static List<Violation> violations(Runnable build) {
        return assertThrows(InvalidInputException.class, build::run).violations();
    }

    static Set<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + ":" + v.code()).collect(Collectors.toSet());
    }

    static void assertNoDataEchoed(List<Violation> violations) {
        for (Violation v : violations) {
            assertFalse(v.message().contains(CODE.value()), v.message());
            assertFalse(v.message().contains(TRAINEE.value()), v.message());
            assertFalse(v.message().contains("2021"), v.message());
            assertFalse(v.message().contains("-7"), v.message());
        }
    }

    @Test
    void validInputsBuildAndDeriveTheirFields() {
        JobStabilisationRefundInput r = refund().build();
        assertEquals(Year.of(2020), r.assessedYear());
        assertTrue(r.isSme());
        assertTrue(refund().size(EnterpriseSize.LARGE).organisationType(OrganisationType.LAW_FIRM).build().isSme());
        assertFalse(refund().size(EnterpriseSize.LARGE).build().isSme());
        assertEquals(r, r.toBuilder().build());
        assertEquals(12, reduction().build().months());
        WorkForTrainingInput w = training().build();
        assertEquals(w, w.toBuilder().build());
        assertEquals(w.hashCode(), w.toBuilder().build().hashCode());
    }

    @Test
    void refundReportsEveryFaultAtOnce() {
        List<Violation> all = violations(() -> JobStabilisationRefundInput.builder().organisationType(null)
                .insuredAtStartOfYear(-1).insuredAtEndOfYear(-2).benefitClaimants(-3).fullContributionMonths(-4)
                .build());
        assertEquals(Set.of("creditCode:job-stabilisation.required", "size:job-stabilisation.required",
                "organisationType:job-stabilisation.required", "refundYear:job-stabilisation.required",
                "insuredAtStartOfYear:job-stabilisation.negative-count",
                "insuredAtEndOfYear:job-stabilisation.negative-count",
                "benefitClaimants:job-stabilisation.negative-count",
                "fullContributionMonths:job-stabilisation.negative-count",
                "employerPremiumsPaid:job-stabilisation.required", "employeePremiumsPaid:job-stabilisation.required",
                "jurisdiction:job-stabilisation.required"), codes(all));
        List<Violation> more = violations(() -> refund().employerPremiumsPaid(Money.ofFen(-7))
                .jurisdiction(DivisionCode.LIAONING).build());
        assertEquals(Set.of("employerPremiumsPaid:job-stabilisation.negative-amount",
                "jurisdiction:job-stabilisation.jurisdiction-level"), codes(more));
        assertNoDataEchoed(all);
        assertNoDataEchoed(more);
    }

    @Test
    void workForTrainingReportsEveryFault() {
        List<Violation> all = violations(() -> WorkForTrainingInput.builder().build());
        assertEquals(Set.of("enterprise:work-for-training.required", "size:work-for-training.required",
                "sector:work-for-training.required", "trainee:work-for-training.required",
                "category:work-for-training.required", "trainingStart:work-for-training.required",
                "applicationDate:work-for-training.required", "trainingMonths:work-for-training.non-positive-months",
                "jurisdiction:work-for-training.required"), codes(all));
        List<Violation> graduate = violations(() -> training().category(TraineeCategory.RECENT_GRADUATE).hireDate(null)
                .build());
        assertEquals(Set.of("hireDate:work-for-training.required", "graduationDate:work-for-training.required"),
                codes(graduate));
        List<Violation> dates = violations(() -> training().hireDate(LocalDate.of(2021, 10, 1))
                .jurisdiction(DivisionCode.LIAONING).build());
        assertEquals(Set.of("hireDate:work-for-training.hire-after-training-start",
                "hireDate:work-for-training.hire-after-application",
                "jurisdiction:work-for-training.jurisdiction-level"), codes(dates));
        assertNoDataEchoed(all);
        assertNoDataEchoed(graduate);
        assertNoDataEchoed(dates);
        // Own staff need no hire date.
        assertTrue(training().category(TraineeCategory.OWN_STAFF).hireDate(null).build().hireDate().isEmpty());
    }

    @Test
    void reductionReportsEveryFault() {
        List<Violation> all = violations(() -> UnemploymentInsuranceReductionInput.builder().build());
        assertEquals(Set.of("employer:unemployment-insurance-reduction.required",
                "monthlyBase:unemployment-insurance-reduction.required",
                "firstMonth:unemployment-insurance-reduction.required",
                "lastMonth:unemployment-insurance-reduction.required",
                "jurisdiction:unemployment-insurance-reduction.required"), codes(all));
        List<Violation> bad = violations(() -> reduction().monthlyBase(Money.ofFen(-7))
                .period(YearMonth.of(2021, 5), YearMonth.of(2021, 4)).jurisdiction(DivisionCode.LIAONING).build());
        assertEquals(Set.of("monthlyBase:unemployment-insurance-reduction.negative-amount",
                "lastMonth:unemployment-insurance-reduction.period-order",
                "jurisdiction:unemployment-insurance-reduction.jurisdiction-level"), codes(bad));
        List<Violation> longPeriod = violations(() -> reduction()
                .period(YearMonth.of(2021, 1), YearMonth.of(2121, 1)).build());
        assertEquals(Set.of("lastMonth:unemployment-insurance-reduction.period-too-long"), codes(longPeriod));
        assertEquals(UnemploymentInsuranceReductionInput.MAX_MONTHS,
                reduction().period(YearMonth.of(2021, 1), YearMonth.of(2120, 12)).build().months());
        assertNoDataEchoed(all);
        assertNoDataEchoed(bad);
    }

    @Test
    void toStringMasksTheTraineeAndShowsTheCreditCode() {
        String text = training().build().toString();
        assertFalse(text.contains(TRAINEE.value()), text);
        assertTrue(text.contains(TRAINEE.masked()), text);
        assertTrue(refund().build().toString().contains(CODE.value()));
    }
}
