package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped Liaoning pack against the figures of DOMAIN.md §2.2, §1, §3.5 and §3.7. */
class PolicyPacksTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final DivisionCode DALIAN_ZHONGSHAN = DivisionCode.of("210202");
    static final DivisionCode ANSHAN = DivisionCode.of("210300");
    static final LocalDate NOV_1_2021 = LocalDate.of(2021, 11, 1);
    static final LocalDate OCT_31_2021 = LocalDate.of(2021, 10, 31);
    static final LocalDate JUNE_30_2021 = LocalDate.of(2021, 6, 30);

    static Money wage(String division, LocalDate date) {
        return LN.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, DivisionCode.of(division), date).value();
    }

    @Test
    void liaoningPackIsLoadedOnce() {
        assertSame(PolicyPacks.liaoning(), PolicyPacks.liaoning());
        assertEquals("liaoning", LN.id());
        assertEquals(LIAONING, LN.jurisdiction());
        assertFalse(LN.isOverridden());
    }

    @Test
    void minimumWageTiers() {
        List<PolicyKey<Money>> tiers = List.of(PolicyKeys.MINIMUM_WAGE_TIER_1, PolicyKeys.MINIMUM_WAGE_TIER_2,
                PolicyKeys.MINIMUM_WAGE_TIER_3, PolicyKeys.MINIMUM_WAGE_TIER_4);
        long[] from2019 = {1810, 1610, 1480, 1300};
        long[] from2021 = {1910, 1710, 1580, 1420};
        for (int i = 0; i < 4; i++) {
            assertEquals(Money.ofYuan(from2019[i]), LN.resolve(tiers.get(i), LIAONING, LocalDate.of(2019, 11, 1)).value());
            assertEquals(Money.ofYuan(from2019[i]), LN.resolve(tiers.get(i), ANSHAN, OCT_31_2021).value());
            assertEquals(Money.ofYuan(from2021[i]), LN.resolve(tiers.get(i), LIAONING, NOV_1_2021).value());
        }
        assertThrows(PolicyValueUnavailableException.class,
                () -> LN.resolve(PolicyKeys.MINIMUM_WAGE_TIER_1, LIAONING, LocalDate.of(2019, 10, 31)));
    }

    @Test
    void liaozhongCountyIs1640From2021November1And1540TheDayBefore() {
        ResolvedValue<Money> after = LN.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG, NOV_1_2021);
        assertEquals(Money.ofYuan(1640), after.value());
        assertEquals(LIAOZHONG, after.jurisdiction());
        assertEquals(Money.ofYuan(1540), wage("210115", OCT_31_2021));
        for (String county : List.of("210123", "210124", "210181")) {
            assertEquals(Money.ofYuan(1640), wage(county, NOV_1_2021), county);
            assertEquals(Money.ofYuan(1540), wage(county, OCT_31_2021), county);
        }
    }

    @Test
    void shenyangUrbanDistrictIs1910ThroughShenyang() {
        ResolvedValue<Money> heping = LN.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, HEPING, NOV_1_2021);
        assertEquals(Money.ofYuan(1910), heping.value());
        assertEquals(SHENYANG, heping.jurisdiction());
        assertEquals(HEPING, heping.requestedJurisdiction());
        assertEquals(LocalDate.of(2021, 11, 1), heping.legalBasis().effectiveDate());
    }

    @Test
    void shenyangUrbanBeforeNovember2021IsUnknownNotTheProvincesFigure() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> LN.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, HEPING, OCT_31_2021));
        assertEquals("policy.value-unknown", e.code());
        assertEquals(Optional.of("210100"), e.markedUnknownBy());
        assertTrue(e.getMessage().contains("minimum-wage.monthly") && e.getMessage().contains("210102"),
                e.getMessage());
    }

    @Test
    void dalianWholeCityAndFushunBenxiDandongUrbanAndCounties() {
        assertEquals(Money.ofYuan(1910), wage("210200", NOV_1_2021));
        assertEquals(Money.ofYuan(1910), wage("210202", NOV_1_2021));
        for (String city : List.of("210400", "210500", "210600")) {
            assertEquals(Money.ofYuan(1710), wage(city, NOV_1_2021), city);
        }
        assertEquals(Money.ofYuan(1710), wage("210402", NOV_1_2021));
        for (String county : List.of("210421", "210422", "210423", "210521", "210522", "210624", "210681", "210682")) {
            assertEquals(Money.ofYuan(1580), wage(county, NOV_1_2021), county);
        }
    }

    @Test
    void citiesWithoutAFigureAreUnknownNamingTheCity() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> LN.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, ANSHAN, NOV_1_2021));
        assertEquals("policy.value-unknown", e.code());
        assertEquals("210300", e.jurisdictionCode());
        assertEquals(Optional.of("210000"), e.markedUnknownBy());
    }

    @Test
    void unemploymentInsuranceRates() {
        assertEquals(Ratio.parse("0.015"),
                LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_STANDARD_TOTAL_RATE, LIAONING, JUNE_30_2021).value());
        assertEquals(Ratio.of(1, 100),
                LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_REDUCED_TOTAL_RATE, DALIAN, JUNE_30_2021).value());
        assertEquals(Ratio.of(7, 1000),
                LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, ANSHAN, JUNE_30_2021).value());
        assertEquals(Ratio.of(3, 1000),
                LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, ANSHAN, JUNE_30_2021).value());
        ResolvedValue<Ratio> dalianEmployer =
                LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, DALIAN_ZHONGSHAN, JUNE_30_2021);
        assertEquals(Ratio.of(5, 1000), dalianEmployer.value());
        assertEquals(DALIAN, dalianEmployer.jurisdiction());
        assertEquals("人社部发〔2017〕14号", dalianEmployer.legalBasis().documentNumber());
        assertEquals(Ratio.of(5, 1000),
                LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, DALIAN, JUNE_30_2021).value());
    }

    @Test
    void individualRateNeverExceedsEmployersAndTheSharesMakeUpTheReducedTotal() {
        Ratio total = LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_REDUCED_TOTAL_RATE, LIAONING, JUNE_30_2021).value();
        for (DivisionCode where : List.of(LIAONING, DALIAN, SHENYANG)) {
            Ratio employer = LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_EMPLOYER_RATE, where, JUNE_30_2021).value();
            Ratio individual = LN.resolve(PolicyKeys.UNEMPLOYMENT_INSURANCE_INDIVIDUAL_RATE, where, JUNE_30_2021).value();
            assertTrue(individual.compareTo(employer) <= 0, where.code());
            assertEquals(0, sum(employer, individual).compareTo(total), where.code());
        }
    }

    /** Ratio addition without relying on Ratio.plus, so that this test checks the data only. */
    private static Ratio sum(Ratio a, Ratio b) {
        return new java.math.BigDecimal(a.numerator()).divide(new java.math.BigDecimal(a.denominator()))
                .add(new java.math.BigDecimal(b.numerator()).divide(new java.math.BigDecimal(b.denominator())))
                .toPlainString().transform(Ratio::parse);
    }

    @Test
    void zeroEmploymentFamilyAndCategoryValues() {
        assertEquals(Period.ofDays(20),
                LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_CLEARING_DEADLINE, LIAOZHONG, JUNE_30_2021).value());
        assertEquals(2, LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, DALIAN, JUNE_30_2021).value());
        ResolvedValue<LocalDate> adjustment = LN.resolve(PolicyKeys.CATEGORY_ADJUSTMENT_DATE, LIAONING, JUNE_30_2021);
        assertEquals(LocalDate.of(2021, 1, 1), adjustment.value());
        assertTrue(adjustment.note().orElseThrow().startsWith("Assumption"), adjustment.note().orElseThrow());
        assertEquals("辽人社发〔2021〕7号", adjustment.legalBasis().documentNumber());
        assertEquals(Period.ofYears(5),
                LN.resolve(PolicyKeys.CATEGORY_NEAR_RETIREMENT_WINDOW, HEPING, JUNE_30_2021).value());
        assertEquals(Set.of(), LN.resolve(PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES, LIAONING, JUNE_30_2021).value());
    }

    @Test
    void zeroEmploymentWorkingAgeAndExclusions() {
        ResolvedValue<Integer> from = LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_WORKING_AGE_FROM, HEPING, JUNE_30_2021);
        assertEquals(16, from.value());
        assertEquals("《中华人民共和国劳动法》", from.legalBasis().documentNumber());
        assertEquals("第十五条", from.legalBasis().article());
        ResolvedValue<Set<String>> excluded =
                LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE, DALIAN, JUNE_30_2021);
        assertEquals(Set.of("PAST_RETIREMENT", "IN_SCHOOL", "ACTIVE_SERVICE"), excluded.value());
        assertTrue(excluded.note().orElseThrow().contains("Configurable"), excluded.note().orElseThrow());
        assertTrue(LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_CLEARING_DEADLINE, LIAONING, JUNE_30_2021).note().orElseThrow()
                .contains("calendar days"));
    }

    @Test
    void everyCatalogueKeyHasAValueInTheLiaoningPack() {
        for (PolicyKey<?> key : PolicyKeys.all()) {
            assertTrue(LN.values().stream().anyMatch(v -> v.key().equals(key)), key.name());
        }
    }

    @Test
    void overridesSupportWhatIfRuns() {
        PolicyPack whatIf = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES,
                LIAONING, LocalDate.of(2021, 1, 1), null, Set.of("210123", "210124"),
                LN.resolve(PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES, LIAONING, JUNE_30_2021).legalBasis())));
        assertEquals(Set.of("210123", "210124"),
                whatIf.resolve(PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES, LIAOZHONG, JUNE_30_2021).value());
        assertTrue(whatIf.isOverridden());
        assertEquals(Money.ofYuan(1640), whatIf.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG, NOV_1_2021).value());
    }

    @Test
    void readsFromStringStreamAndFile(@TempDir Path dir) throws IOException {
        String json;
        try (InputStream in = PolicyPacks.class.getResourceAsStream("/org/jobassist/impl/policy/liaoning.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(LN, PolicyPacks.read(json));
        Path file = dir.resolve("pack.json");
        Files.writeString(file, json);
        assertEquals(LN, PolicyPacks.read(file));
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(LN, PolicyPacks.read(in));
        }
    }

    @Test
    void readingABrokenDocumentThrows() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyPacks.read("{"));
        assertEquals("policy.json", e.code());
    }
}
