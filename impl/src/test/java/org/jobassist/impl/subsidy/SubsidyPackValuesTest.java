package org.jobassist.impl.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Test;

/** The Liaoning pack resolves each social-insurance and public-welfare-post key as DOMAIN.md §3.1-§3.2 give it. */
class SubsidyPackValuesTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final LocalDate NOV_9_2021 = LocalDate.of(2021, 11, 9);
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode DALIAN_ZHONGSHAN = DivisionCode.of("210202");

    static <T> ResolvedValue<T> at(PolicyKey<T> key, DivisionCode where) {
        return LN.resolve(key, where, NOV_9_2021);
    }

    @Test
    void socialInsuranceDurationsAndCoveredInsurances() {
        assertEquals(Period.ofMonths(36), at(PolicyKeys.SOCIAL_INSURANCE_SUBSIDY_DURATION, LIAOZHONG).value());
        assertEquals(Period.ofYears(5), at(PolicyKeys.SOCIAL_INSURANCE_RETIREMENT_EXTENSION_THRESHOLD, LIAOZHONG).value());
        assertEquals(Set.of("pension", "medical", "unemployment"),
                at(PolicyKeys.SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES, LIAOZHONG).value());
        ResolvedValue<Set<String>> dalian = at(PolicyKeys.SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES, DALIAN_ZHONGSHAN);
        assertEquals(DivisionCode.of("210200"), dalian.jurisdiction());
        assertEquals(Set.of("pension", "medical", "unemployment"), dalian.value());
        assertEquals("财社〔2017〕164号", at(PolicyKeys.SOCIAL_INSURANCE_SUBSIDY_DURATION, LIAOZHONG).legalBasis().documentNumber());
    }

    @Test
    void flexibleShapesTwoThirdsInTheProvinceAndDalians30PercentOnTheMinimumBases() {
        assertEquals("capped-share", at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_SHAPE, LIAOZHONG).value());
        assertEquals(Ratio.of(2, 3), at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_CAP_RATIO, LIAOZHONG).value());
        assertEquals("ratio-of-minimum-base", at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_SHAPE, DALIAN_ZHONGSHAN).value());
        assertEquals(Ratio.of(30, 100), at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_MINIMUM_BASE_RATIO, DALIAN_ZHONGSHAN).value());
        assertEquals(Ratio.of(60, 100), at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_PENSION_BASE_SHARE, DALIAN_ZHONGSHAN).value());
        assertEquals(Ratio.of(20, 100), at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_PENSION_RATE, DALIAN_ZHONGSHAN).value());
        assertEquals(Ratio.of(80, 100), at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_MEDICAL_BASE_SHARE, DALIAN_ZHONGSHAN).value());
        assertEquals(Ratio.of(6, 100), at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_MEDICAL_RATE, DALIAN_ZHONGSHAN).value());
        assertEquals("文号待确认", at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_MEDICAL_RATE, DALIAN_ZHONGSHAN).legalBasis().documentNumber());
    }

    @Test
    void dalianAverageWageIsUnknownNotMadeUp() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_AVERAGE_MONTHLY_WAGE, DALIAN_ZHONGSHAN));
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
        assertEquals(PolicyValueUnavailableException.VALUE_MISSING, assertThrows(PolicyValueUnavailableException.class,
                () -> at(PolicyKeys.SOCIAL_INSURANCE_FLEXIBLE_MINIMUM_BASE_RATIO, LIAOZHONG)).code());
    }

    @Test
    void publicWelfarePostDurationGapGroupsAndPlacements() {
        assertEquals(Period.ofMonths(36), at(PolicyKeys.PUBLIC_WELFARE_POST_DURATION, LIAOZHONG).value());
        assertEquals(Period.ofYears(5), at(PolicyKeys.PUBLIC_WELFARE_POST_RETIREMENT_EXTENSION_THRESHOLD, LIAOZHONG).value());
        assertEquals(Period.ofMonths(3), at(PolicyKeys.PUBLIC_WELFARE_POST_REPLACEMENT_GAP, LIAOZHONG).value());
        assertEquals(Set.of("OLDER_UNEMPLOYED", "ZERO_EMPLOYMENT_FAMILY_MEMBER", "SEVERELY_DISABLED"),
                at(PolicyKeys.PUBLIC_WELFARE_POST_REPLACEMENT_GROUPS, LIAOZHONG).value());
        assertEquals(2, at(PolicyKeys.PUBLIC_WELFARE_POST_MAX_PLACEMENTS, LIAOZHONG).value());
    }

    @Test
    void minimumWageResolvesByCountyAndMonth() {
        assertEquals(Money.parse("1540.00"), LN.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG,
                LocalDate.of(2021, 10, 31)).value());
        assertEquals(Money.parse("1640.00"), LN.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG,
                LocalDate.of(2021, 11, 1)).value());
        assertEquals(Money.parse("1910.00"), at(PolicyKeys.MINIMUM_WAGE_MONTHLY, DALIAN_ZHONGSHAN).value());
    }
}
