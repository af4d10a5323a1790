package org.jobassist.impl.subsidy;

import static org.jobassist.impl.subsidy.SubsidyFixtures.DALIAN;
import static org.jobassist.impl.subsidy.SubsidyFixtures.DALIAN_ZHONGSHAN;
import static org.jobassist.impl.subsidy.SubsidyFixtures.HEPING;
import static org.jobassist.impl.subsidy.SubsidyFixtures.LIAOZHONG;
import static org.jobassist.impl.subsidy.SubsidyFixtures.UNIT;
import static org.jobassist.impl.subsidy.SubsidyFixtures.nodes;
import static org.jobassist.impl.subsidy.SubsidyFixtures.person;
import static org.jobassist.impl.subsidy.SubsidyFixtures.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.MonthlySubsidyCalculator;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §3.1 and §4 worked through the social-insurance subsidy; every expected figure by hand. */
class SocialInsuranceSubsidyExamplesTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final MonthlySubsidyCalculator<SocialInsuranceSubsidyInput> SI = Subsidies.socialInsurance(LN);
    static final ResidentIdNumber MAN_1980 = person(LocalDate.of(1980, 5, 10), Gender.MALE);

    /** Employer shape, 和平区, first approved 2021-03-01, still employed; no contributions yet. */
    static SocialInsuranceSubsidyInput.Builder employerCase() {
        return SocialInsuranceSubsidyInput.forEmployer()
                .employer(UNIT)
                .person(MAN_1980)
                .retirementClass(RetirementClass.MALE_60)
                .jurisdiction(HEPING)
                .recognisedAtFirstApproval(true)
                .firstApproval(LocalDate.of(2021, 3, 1))
                .hireSpell(DateRange.startingOn(LocalDate.of(2021, 3, 1)));
    }

    /** Pension 800 (individual 320), medical 300 (80), unemployment 35 (15), work injury 20 (not covered). */
    static SocialInsuranceSubsidyInput.Builder usualContributions(SocialInsuranceSubsidyInput.Builder b, YearMonth m) {
        return b.contribution(m, InsuranceType.PENSION, yuan("800.00"), yuan("320.00"))
                .contribution(m, InsuranceType.MEDICAL, yuan("300.00"), yuan("80.00"))
                .contribution(m, InsuranceType.UNEMPLOYMENT, yuan("35.00"), yuan("15.00"))
                .contribution(m, InsuranceType.WORK_INJURY, yuan("20.00"), yuan("0.00"));
    }

    static SocialInsuranceSubsidyInput.Builder employerMonths(SocialInsuranceSubsidyInput.Builder b, YearMonth first,
                                                             YearMonth last) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            usualContributions(b, m);
        }
        return b.period(first, last);
    }

    static List<String> codes(SubsidyDecision d) {
        return d.ineligibilities().stream().map(Ineligibility::code).toList();
    }

    static List<YearMonth> months(String... texts) {
        return java.util.Arrays.stream(texts).map(YearMonth::parse).toList();
    }

    @Test
    void employerGetsItsOwnPaidSharesOfPensionMedicalAndUnemploymentNotTheIndividualsNorWorkInjury() {
        SubsidyDecision d = SI.calculate(employerMonths(employerCase(), YearMonth.of(2021, 3), YearMonth.of(2021, 5)).build());
        assertTrue(d.isEligible());
        assertEquals(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, d.kind());
        assertEquals(Beneficiary.unit(UNIT), d.beneficiary());
        assertEquals(MAN_1980, d.person().orElseThrow());
        assertEquals(List.of(new AmountComponent("pension", yuan("800.00")),
                new AmountComponent("medical", yuan("300.00")),
                new AmountComponent("unemployment", yuan("35.00"))), d.components());
        assertEquals(yuan("1135.00"), d.monthlyAmount().orElseThrow());
        assertEquals(months("2021-03", "2021-04", "2021-05"), d.months());
        assertEquals(yuan("3405.00"), d.total());
        assertTrue(d.roundings().isEmpty(), "paid amounts are taken as they are");
        Explanation e = d.explanation().orElseThrow();
        assertEquals("social-insurance-subsidy", e.rule());
        assertTrue(e.legalBases().stream().map(LegalBasis::documentNumber).anyMatch("财社〔2017〕164号"::equals));
        assertFalse(e.render().contains(MAN_1980.value()), "the explanation shows the ID number masked only");
        assertTrue(d.valuesRead().stream().anyMatch(v -> v.key().equals(PolicyKeys.SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES)));
    }

    @Test
    void flexibleWorkerGetsTwoThirdsOfWhatWasPaidRoundedHalfUpOncePerPart() {
        SubsidyDecision d = SI.calculate(SocialInsuranceSubsidyInput.forFlexibleEmployment()
                .person(person(LocalDate.of(1980, 2, 2), Gender.FEMALE))
                .retirementClass(RetirementClass.FEMALE_CADRE_55)
                .jurisdiction(LIAOZHONG)
                .recognisedAtFirstApproval(true)
                .firstApproval(LocalDate.of(2021, 4, 15))
                .contribution(YearMonth.of(2021, 4), InsuranceType.PENSION, yuan("1000.00"))
                .contribution(YearMonth.of(2021, 4), InsuranceType.MEDICAL, yuan("300.00"))
                .month(YearMonth.of(2021, 4))
                .build());
        assertEquals(SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, d.kind());
        assertTrue(d.beneficiary() instanceof Beneficiary.Person);
        // 100000 fen x 2/3 = 66666.67 fen -> 666.67; 30000 fen x 2/3 = 20000 fen -> 200.00
        assertEquals(List.of(new AmountComponent("pension", yuan("666.67")),
                new AmountComponent("medical", yuan("200.00"))), d.components());
        assertEquals(yuan("866.67"), d.total());
        assertEquals(List.of(
                new Rounding("pension 2021-04", Ratio.of(BigInteger.valueOf(200000), BigInteger.valueOf(3)),
                        RoundingMode.HALF_UP, yuan("666.67")),
                new Rounding("medical 2021-04", Ratio.of(20000), RoundingMode.HALF_UP, yuan("200.00"))), d.roundings());
    }

    static PolicyPack dalianWith(String averageMonthlyWage) {
        return LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_AVERAGE_MONTHLY_WAGE, DALIAN,
                LocalDate.of(2021, 1, 1), null, yuan(averageMonthlyWage),
                LegalBasis.of("文号待确认", "大连市上年度社会平均工资（示例）", "Dalian average wage (illustration)"))));
    }

    static SocialInsuranceSubsidyInput.Builder dalianFlexible() {
        return SocialInsuranceSubsidyInput.forFlexibleEmployment()
                .person(person(LocalDate.of(1985, 1, 1), Gender.MALE))
                .retirementClass(RetirementClass.MALE_60)
                .jurisdiction(DALIAN_ZHONGSHAN)
                .recognisedAtFirstApproval(true)
                .firstApproval(LocalDate.of(2022, 1, 10))
                .month(YearMonth.of(2022, 1));
    }

    @Test
    void dalian30PercentOfContributionsOnThe60And80PercentBases() {
        // Average monthly wage 8000 (an illustration: the pack does not know Dalian's figure).
        // Pension 30% x 60% x 8000 x 20% = 288.00; medical 30% x 80% x 8000 x 6% = 115.20.
        SubsidyDecision d = Subsidies.socialInsurance(dalianWith("8000.00")).calculate(dalianFlexible()
                .contribution(YearMonth.of(2022, 1), InsuranceType.PENSION, yuan("960.00"))
                .contribution(YearMonth.of(2022, 1), InsuranceType.MEDICAL, yuan("384.00"))
                .contribution(YearMonth.of(2022, 1), InsuranceType.UNEMPLOYMENT, yuan("20.00"))
                .build());
        assertEquals(List.of(new AmountComponent("pension", yuan("288.00")),
                new AmountComponent("medical", yuan("115.20"))), d.components());
        assertEquals(yuan("403.20"), d.total());
        assertTrue(d.valuesRead().stream().anyMatch(v -> v.key().equals(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_SHAPE)
                && v.value().equals("ratio-of-minimum-base")));
    }

    @Test
    void dalianShapeNeverPaysMoreThanWasPaid() {
        SubsidyDecision d = Subsidies.socialInsurance(dalianWith("8000.00")).calculate(dalianFlexible()
                .contribution(YearMonth.of(2022, 1), InsuranceType.PENSION, yuan("200.00"))
                .build());
        assertEquals(List.of(new AmountComponent("pension", yuan("200.00"))), d.components());
    }

    @Test
    void dalianWithoutItsAverageWageFailsNamingTheParameterAndTheCity() {
        SocialInsuranceSubsidyInput in = dalianFlexible()
                .contribution(YearMonth.of(2022, 1), InsuranceType.PENSION, yuan("960.00")).build();
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class, () -> SI.calculate(in));
        assertEquals("social-insurance.flexible.average-monthly-wage", e.keyName());
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
        assertTrue(e.getMessage().contains("social-insurance.flexible.average-monthly-wage"));
        assertTrue(e.getMessage().contains("210202") || e.getMessage().contains("210200"));
    }

    @Test
    void the36thMonthIsTheLastAndLaterMonthsAreExcludedWithTheirReason() {
        SubsidyDecision d = SI.calculate(employerMonths(employerCase().monthsAlreadyEnjoyed(34),
                YearMonth.of(2021, 3), YearMonth.of(2021, 6)).build());
        assertEquals(months("2021-03", "2021-04"), d.months());
        assertEquals(yuan("2270.00"), d.total());
        long excluded = nodes(d.explanation().orElseThrow()).stream()
                .filter(n -> "social-insurance.duration-exhausted".equals(n.inputs().get("reason"))).count();
        assertEquals(2, excluded);
    }

    @Test
    void withAll36MonthsEnjoyedNothingIsGranted() {
        SubsidyDecision d = SI.calculate(employerMonths(employerCase().monthsAlreadyEnjoyed(36),
                YearMonth.of(2021, 3), YearMonth.of(2021, 6)).build());
        assertFalse(d.isEligible());
        assertEquals(List.of("social-insurance.duration-exhausted"), codes(d));
        assertTrue(d.ineligibilities().get(0).message().endsWith("(4 months)"));
        assertEquals(Money.ZERO, d.total());
        assertTrue(d.months().isEmpty());
        assertEquals(d.withoutExplanation(), SI.calculate(employerMonths(employerCase().monthsAlreadyEnjoyed(36),
                YearMonth.of(2021, 3), YearMonth.of(2021, 6)).build(), false));
    }

    static SocialInsuranceSubsidyInput.Builder flexibleMan(LocalDate birth, LocalDate approval) {
        return SocialInsuranceSubsidyInput.forFlexibleEmployment()
                .person(person(birth, Gender.MALE))
                .retirementClass(RetirementClass.MALE_60)
                .jurisdiction(HEPING)
                .recognisedAtFirstApproval(true)
                .firstApproval(approval);
    }

    static SocialInsuranceSubsidyInput.Builder pension500(SocialInsuranceSubsidyInput.Builder b, YearMonth first,
                                                          YearMonth last) {
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            b.contribution(m, InsuranceType.PENSION, yuan("500.00"));
        }
        return b.period(first, last);
    }

    static String entitlement(SubsidyDecision d) {
        return nodes(d.explanation().orElseThrow()).stream().filter(n -> n.rule().equals("social-insurance.entitlement"))
                .findFirst().orElseThrow().result().orElseThrow();
    }

    @Test
    void fewerThan5YearsLeftAtFirstApprovalRunsUntilTheMonthBeforeRetirement() {
        // Man born 1962-06-15, first approved 2021-03-01: retires 2022-06-15 at 60 (law of 2021), so
        // the subsidy runs 2021-03 .. 2022-05, 15 months; 2022-06 and later are excluded.
        SubsidyDecision d = SI.calculate(pension500(flexibleMan(LocalDate.of(1962, 6, 15), LocalDate.of(2021, 3, 1)),
                YearMonth.of(2022, 4), YearMonth.of(2022, 7)).build());
        assertEquals(months("2022-04", "2022-05"), d.months());
        assertEquals(yuan("333.33"), d.monthlyAmount().orElseThrow()); // 50000 x 2/3 = 33333.33 fen
        assertEquals(yuan("666.66"), d.total());
        assertEquals("15 months", entitlement(d));
        assertEquals(2, nodes(d.explanation().orElseThrow()).stream()
                .filter(n -> "social-insurance.retirement-reached".equals(n.inputs().get("reason"))).count());
    }

    @Test
    void theAgeAndTheLawAreThoseOfTheFirstApproval() {
        // Man born 1965-12-10, first approved 2021-06-01: under the law of that day he retires
        // 2025-12 at 60 (the 2024 reform would say 2026-03), so 54 months, ending 2025-11.
        SubsidyDecision d = SI.calculate(pension500(flexibleMan(LocalDate.of(1965, 12, 10), LocalDate.of(2021, 6, 1)),
                YearMonth.of(2025, 11), YearMonth.of(2026, 1)).build());
        assertEquals(months("2025-11"), d.months());
        assertEquals("54 months", entitlement(d));
    }

    @Test
    void underTheReformedAgesExactly5YearsLeftIsNotFewerThan5() {
        // Man born 1975-06-20: original retirement 2035-06, k = 125, delay min(36, 125/4 + 1) = 32
        // months, so he retires 2038-02-20; 5 years before is 2033-02-20.
        LocalDate birth = LocalDate.of(1975, 6, 20);
        SubsidyDecision onTheDay = SI.calculate(pension500(flexibleMan(birth, LocalDate.of(2033, 2, 20))
                .monthsAlreadyEnjoyed(35), YearMonth.of(2036, 1), YearMonth.of(2036, 2)).build());
        assertEquals("36 months", entitlement(onTheDay));
        assertEquals(months("2036-01"), onTheDay.months());
        SubsidyDecision dayAfter = SI.calculate(pension500(flexibleMan(birth, LocalDate.of(2033, 2, 21))
                .monthsAlreadyEnjoyed(35), YearMonth.of(2036, 1), YearMonth.of(2036, 2)).build());
        assertEquals("60 months", entitlement(dayAfter)); // 2033-02 .. 2038-01
        assertEquals(months("2036-01", "2036-02"), dayAfter.months());
    }

    @Test
    void notRecognisedAtFirstApprovalIsNotEligible() {
        SubsidyDecision d = SI.calculate(employerMonths(employerCase().recognisedAtFirstApproval(false),
                YearMonth.of(2021, 3), YearMonth.of(2021, 3)).build());
        assertEquals(List.of("social-insurance.not-recognised"), codes(d));
        assertTrue(d.components().isEmpty());
        assertTrue(d.monthlyAmount().isEmpty());
        assertEquals(1, d.explanation().orElseThrow().failedConditions().size());
    }

    @Test
    void alreadyOfRetirementAgeAtFirstApprovalIsNotEligible() {
        // Woman worker born 1970-01-10 reached 50 on 2020-01-10.
        SubsidyDecision d = SI.calculate(SocialInsuranceSubsidyInput.forFlexibleEmployment()
                .person(person(LocalDate.of(1970, 1, 10), Gender.FEMALE))
                .retirementClass(RetirementClass.FEMALE_WORKER_50)
                .jurisdiction(HEPING).recognisedAtFirstApproval(true).firstApproval(LocalDate.of(2021, 3, 1))
                .contribution(YearMonth.of(2021, 3), InsuranceType.PENSION, yuan("500.00"))
                .month(YearMonth.of(2021, 3)).build());
        assertEquals(List.of("social-insurance.retired-at-first-approval"), codes(d));
    }

    @Test
    void monthsBeforeApprovalOutsideTheHireSpellOrWithoutContributionAreExcluded() {
        SocialInsuranceSubsidyInput.Builder b = employerCase()
                .firstApproval(LocalDate.of(2021, 3, 15))
                .hireSpell(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 30)))
                .period(YearMonth.of(2021, 2), YearMonth.of(2021, 6));
        usualContributions(b, YearMonth.of(2021, 2));
        usualContributions(b, YearMonth.of(2021, 3));
        SubsidyDecision d = SI.calculate(b.build());
        assertEquals(months("2021-03"), d.months());
        List<String> reasons = nodes(d.explanation().orElseThrow()).stream()
                .map(n -> n.inputs().get("reason")).filter(java.util.Objects::nonNull).toList();
        assertEquals(List.of("social-insurance.before-first-approval", "social-insurance.no-contribution",
                "social-insurance.outside-employment", "social-insurance.outside-employment"), reasons);

        SubsidyDecision none = SI.calculate(employerCase()
                .hireSpell(DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 30)))
                .period(YearMonth.of(2021, 4), YearMonth.of(2021, 5)).build());
        assertEquals(List.of("social-insurance.no-contribution", "social-insurance.outside-employment"), codes(none));
    }

    @Test
    void aVaryingMonthlyAmountComesAsRunsAndASingleDecisionIsRefused() {
        SocialInsuranceSubsidyInput in = employerCase()
                .contribution(YearMonth.of(2021, 3), InsuranceType.PENSION, yuan("800.00"), yuan("320.00"))
                .contribution(YearMonth.of(2021, 4), InsuranceType.PENSION, yuan("800.00"), yuan("320.00"))
                .contribution(YearMonth.of(2021, 5), InsuranceType.PENSION, yuan("900.00"), yuan("360.00"))
                .period(YearMonth.of(2021, 3), YearMonth.of(2021, 5)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SI.calculate(in));
        assertEquals("social-insurance.amount-varies", e.code());
        assertEquals("period", e.violations().get(0).path());
        List<SubsidyDecision> runs = SI.calculateRuns(in);
        assertEquals(2, runs.size());
        assertEquals(months("2021-03", "2021-04"), runs.get(0).months());
        assertEquals(yuan("1600.00"), runs.get(0).total());
        assertEquals(months("2021-05"), runs.get(1).months());
        assertEquals(yuan("900.00"), runs.get(1).total());
        List<SubsidyDecision> fast = SI.calculateRuns(in, false);
        assertEquals(runs.stream().map(SubsidyDecision::withoutExplanation).toList(), fast);
    }

    @Test
    void fastPathIsTheExplainedDecisionWithoutItsExplanation() {
        SocialInsuranceSubsidyInput in = employerMonths(employerCase(), YearMonth.of(2021, 3), YearMonth.of(2021, 5)).build();
        SubsidyDecision fast = SI.calculate(in, false);
        assertTrue(fast.explanation().isEmpty());
        assertEquals(SI.calculate(in, true).withoutExplanation(), fast);
    }
}
