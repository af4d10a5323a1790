package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.UnemploymentInsuranceReductionInput;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.junit.jupiter.api.Test;

/**
 * The unemployment-insurance premium reduction against DOMAIN §3.5. The Liaoning pack does not
 * know how the standard 1.5% splits; these tests configure an <em>illustrative</em> split of
 * 1% employer + 0.5% individual, labelled as such, not a figure from the sources.
 */
class UnemploymentInsuranceReductionTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final LocalDate FROM = LocalDate.of(2017, 1, 1);
    static final LegalBasis ILLUSTRATIVE = LegalBasis.of("文号待确认", "示例标准费率分配（仅供测试）",
            "Illustrative standard split (test only)");
    static final PolicyPack WITH_SPLIT = LN.withOverrides(List.of(
            value(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_EMPLOYER_RATE, DivisionCode.LIAONING, FROM, "1%"),
            value(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_INDIVIDUAL_RATE, DivisionCode.LIAONING, FROM, "0.5%")));

    static PolicyValue<Ratio> value(PolicyKey<Ratio> key, DivisionCode where, LocalDate from, String percent) {
        return PolicyValue.of(key, where, from, null, Ratio.parse(percent), ILLUSTRATIVE);
    }

    static UnemploymentInsuranceReductionInput.Builder year2021(DivisionCode where, Money base) {
        return UnemploymentInsuranceReductionInput.builder().employer(CODE).monthlyBase(base)
                .period(YearMonth.of(2021, 1), YearMonth.of(2021, 12)).jurisdiction(where);
    }

    @Test
    void onePercentIsPointSevenPlusPointThreeAndPointFivePlusPointFiveInDalian() {
        LocalDate day = LocalDate.of(2021, 6, 30);
        assertEquals(Ratio.percent("1"), LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_REDUCED_TOTAL_RATE, SHENYANG, day).value());
        assertEquals(Ratio.percent("0.7"), LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, SHENYANG, day).value());
        assertEquals(Ratio.percent("0.3"), LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, SHENYANG, day).value());
        assertEquals(Ratio.percent("0.5"), LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, DALIAN, day).value());
        assertEquals(Ratio.percent("0.5"), LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, DALIAN, day).value());
    }

    @Test
    void savingPerSideOutsideDalian() {
        // 5000 x (1% - 0.7%) = 15.00 and 5000 x (0.5% - 0.3%) = 10.00 a month, for 12 months.
        SubsidyDecision d = Subsidies.unemploymentInsuranceReduction(WITH_SPLIT)
                .calculate(year2021(SHENYANG, Money.ofYuan(5000)).build());
        assertEquals(List.of(new AmountComponent("employer-saving", Money.ofYuan(180)),
                new AmountComponent("employee-saving", Money.ofYuan(120))), d.components());
        assertEquals(Money.ofYuan(300), d.total(), "5000 x 0.5% x 12");
        assertTrue(d.months().isEmpty());
        assertEquals(2, d.roundings().size());
    }

    @Test
    void savingPerSideInDalian() {
        // 5000 x (1% - 0.5%) = 25.00 a month for the employer; 0.5% - 0.5% = nothing for employees.
        SubsidyDecision d = Subsidies.unemploymentInsuranceReduction(WITH_SPLIT)
                .calculate(year2021(DivisionCode.of("210202"), Money.ofYuan(5000)).build());
        assertEquals(List.of(new AmountComponent("employer-saving", Money.ofYuan(300)),
                new AmountComponent("employee-saving", Money.ZERO)), d.components());
    }

    @Test
    void roundsOncePerSide() {
        // One month on 3333.33: employer 333333 fen x 0.3% = 999.999 fen -> 10.00; employee x 0.2% = 666.666 fen -> 6.67.
        SubsidyDecision d = Subsidies.unemploymentInsuranceReduction(WITH_SPLIT).calculate(year2021(SHENYANG,
                Money.parse("3333.33")).period(YearMonth.of(2021, 1), YearMonth.of(2021, 1)).build(), false);
        assertEquals(Money.parse("10.00"), d.components().get(0).monthly());
        assertEquals(Money.parse("6.67"), d.components().get(1).monthly());
        assertEquals(Ratio.of(999_999, 1000), d.roundings().get(0).exactFen());
    }

    @Test
    void theLiaoningPackLacksTheStandardSplitAndSaysWhich() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> Subsidies.unemploymentInsuranceReduction(LN).calculate(year2021(SHENYANG, Money.ofYuan(5000)).build()));
        assertEquals("unemployment-insurance.rate.standard-employer", e.keyName());
        assertEquals("210100", e.jurisdictionCode());
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
    }

    @Test
    void inconsistentPackSplitsAreRejectedAtUse() {
        PolicyPack mismatch = WITH_SPLIT.withOverrides(List.of(
                value(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, SHENYANG, LocalDate.of(2021, 1, 1), "0.6%")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Subsidies
                .unemploymentInsuranceReduction(mismatch).calculate(year2021(SHENYANG, Money.ofYuan(5000)).build()));
        assertEquals(Set.of("unemployment-insurance.rate.employer:unemployment-insurance-reduction.split-mismatch",
                "unemployment-insurance.rate.individual:unemployment-insurance-reduction.rate-increase"), paths(e));

        PolicyPack upsideDown = WITH_SPLIT.withOverrides(List.of(
                value(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, SHENYANG, LocalDate.of(2021, 1, 1), "0.4%"),
                value(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, SHENYANG, LocalDate.of(2021, 1, 1), "0.6%")));
        InvalidInputException e2 = assertThrows(InvalidInputException.class, () -> Subsidies
                .unemploymentInsuranceReduction(upsideDown).calculate(year2021(SHENYANG, Money.ofYuan(5000)).build()));
        assertEquals(Set.of(
                "unemployment-insurance.rate.individual:unemployment-insurance-reduction.individual-above-employer",
                "unemployment-insurance.rate.individual:unemployment-insurance-reduction.rate-increase"), paths(e2));
    }

    static Set<String> paths(InvalidInputException e) {
        return e.violations().stream().map(v -> v.path() + ":" + v.code()).collect(Collectors.toSet());
    }
}
