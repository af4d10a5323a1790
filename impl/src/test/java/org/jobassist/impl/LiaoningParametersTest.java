package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyParameters;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.policy.UnsetParameter;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/** The parameters view over the shipped Liaoning pack (DOMAIN §3.7). */
class LiaoningParametersTest {

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    static final PolicyPack LN = PolicyPacks.liaoning();
    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final DivisionCode LIAOYANG_BAITA = DivisionCode.of("211002");
    static final LocalDate NOV_1_2019 = LocalDate.of(2019, 11, 1);
    static final LocalDate OCT_31_2021 = LocalDate.of(2021, 10, 31);
    static final LocalDate NOV_1_2021 = LocalDate.of(2021, 11, 1);
    static final LegalBasis BASIS = LegalBasis.of("文号待确认", "测试用覆盖值", "Test override");

    static Money tier(PolicyParameters view, PolicyKey<Money> key) {
        return view.get(key).value();
    }

    @Test
    void liaozhongOnTheDayOfThe2021AdjustmentReadsTheNewTiersFromTheProvince() {
        PolicyParameters view = LN.parameters(LIAOZHONG, NOV_1_2021);
        // DOMAIN §3.7, row 2021-11-01: 1910 / 1710 / 1580 / 1420.
        assertEquals(Money.ofYuan(1910), tier(view, PolicyKeys.MINIMUM_WAGE_TIER_1));
        assertEquals(Money.ofYuan(1710), tier(view, PolicyKeys.MINIMUM_WAGE_TIER_2));
        assertEquals(Money.ofYuan(1580), tier(view, PolicyKeys.MINIMUM_WAGE_TIER_3));
        assertEquals(Money.ofYuan(1420), tier(view, PolicyKeys.MINIMUM_WAGE_TIER_4));
        ResolvedValue<Money> tier1 = view.get(PolicyKeys.MINIMUM_WAGE_TIER_1);
        assertEquals(LIAONING, tier1.jurisdiction());
        assertEquals(LIAOZHONG, tier1.requestedJurisdiction());
        assertEquals(NOV_1_2021, tier1.effectiveFrom());
        assertEquals("文号待确认", tier1.legalBasis().documentNumber());
        assertEquals("liaoning", tier1.packId());
        assertEquals(LN.version(), tier1.packVersion());
    }

    @Test
    void theDayBeforeReadsThe2019Tiers() {
        PolicyParameters view = LN.parameters(LIAOZHONG, OCT_31_2021);
        // DOMAIN §3.7, row 2019-11-01: 1810 / 1610 / 1480 / 1300.
        assertEquals(Money.ofYuan(1810), tier(view, PolicyKeys.MINIMUM_WAGE_TIER_1));
        assertEquals(Money.ofYuan(1610), tier(view, PolicyKeys.MINIMUM_WAGE_TIER_2));
        assertEquals(Money.ofYuan(1480), tier(view, PolicyKeys.MINIMUM_WAGE_TIER_3));
        assertEquals(Money.ofYuan(1300), tier(view, PolicyKeys.MINIMUM_WAGE_TIER_4));
        assertEquals(Optional.of(OCT_31_2021), view.get(PolicyKeys.MINIMUM_WAGE_TIER_1).effectiveTo());
    }

    @Test
    void aCountyOverrideOfTheMinimumWageBeatsTheCityAndProvince() {
        // DOMAIN §3.7: Liaozhong 1640 from 2021-11-01, 1540 before; set here as an override so the
        // test does not depend on how the shipped pack spells it.
        PolicyPack overridden = LN.withOverrides(List.of(
                PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG, NOV_1_2019, OCT_31_2021,
                        Money.ofYuan(1540), BASIS),
                PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG, NOV_1_2021, null,
                        Money.ofYuan(1640), BASIS)));
        PolicyParameters view = overridden.parameters(LIAOZHONG, NOV_1_2021);
        ResolvedValue<Money> wage = view.get(PolicyKeys.MINIMUM_WAGE_MONTHLY);
        assertEquals(Money.ofYuan(1640), wage.value());
        assertEquals(LIAOZHONG, wage.jurisdiction());
        assertEquals(BASIS, wage.legalBasis());
        assertTrue(view.isOverridden());
        assertTrue(view.toString().contains("with overrides"), view.toString());
        assertEquals(Money.ofYuan(1540),
                overridden.parameters(LIAOZHONG, OCT_31_2021).get(PolicyKeys.MINIMUM_WAGE_MONTHLY).value());
    }

    @Test
    void countyThenCityThenProvince() {
        // Hypothetical figures, to show the walk: tier 2 set for Shenyang and for Liaozhong.
        PolicyPack overridden = LN.withOverrides(List.of(
                PolicyValue.of(PolicyKeys.MINIMUM_WAGE_TIER_2, SHENYANG, NOV_1_2021, null, Money.ofYuan(1800), BASIS),
                PolicyValue.of(PolicyKeys.MINIMUM_WAGE_TIER_2, LIAOZHONG, NOV_1_2021, null, Money.ofYuan(1750), BASIS)));
        ResolvedValue<Money> county = overridden.parameters(LIAOZHONG, NOV_1_2021).get(PolicyKeys.MINIMUM_WAGE_TIER_2);
        assertEquals(Money.ofYuan(1750), county.value());
        assertEquals(LIAOZHONG, county.jurisdiction());
        ResolvedValue<Money> city = overridden.parameters(HEPING, NOV_1_2021).get(PolicyKeys.MINIMUM_WAGE_TIER_2);
        assertEquals(Money.ofYuan(1800), city.value());
        assertEquals(SHENYANG, city.jurisdiction());
        ResolvedValue<Money> province = overridden.parameters(DALIAN, NOV_1_2021).get(PolicyKeys.MINIMUM_WAGE_TIER_2);
        assertEquals(Money.ofYuan(1710), province.value());
        assertEquals(LIAONING, province.jurisdiction());
    }

    @Test
    void keysTheSourcesDoNotGiveAreListedAsUnknownWithTheirNotes() {
        // Liaoyang's minimum wage: DOMAIN §3.7 gives no tier assignment outside five cities.
        PolicyParameters liaoyang = LN.parameters(LIAOYANG_BAITA, NOV_1_2021);
        UnsetParameter wage = liaoyang.whyUnset(PolicyKeys.MINIMUM_WAGE_MONTHLY).orElseThrow();
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, wage.code());
        assertEquals(Optional.of(LIAONING), wage.markedUnknownBy());
        assertTrue(wage.note().orElseThrow().contains("Configure the other cities"), wage.note().orElseThrow());
        assertTrue(liaoyang.unset().contains(wage));
        assertEquals(Money.ofYuan(1910), tier(liaoyang, PolicyKeys.MINIMUM_WAGE_TIER_1));

        // Shenyang's urban districts before 2021-11-01: marked unknown by the city.
        UnsetParameter heping = LN.parameters(HEPING, LocalDate.of(2021, 6, 30))
                .whyUnset(PolicyKeys.MINIMUM_WAGE_MONTHLY).orElseThrow();
        assertEquals(Optional.of(SHENYANG), heping.markedUnknownBy());
        assertTrue(heping.note().isPresent());

        for (UnsetParameter unset : liaoyang.unset()) {
            if (unset.isMarkedUnknown()) {
                assertFalse(unset.note().orElseThrow().isBlank(), unset.key().name());
            }
        }
    }

    @Test
    void aDateBeforeAnyValueLeavesEveryKeyUnset() {
        PolicyParameters view = LN.parameters(LIAOZHONG, LocalDate.of(1980, 1, 1));
        assertTrue(view.values().isEmpty(), view.toString());
        assertEquals(view.keys().size(), view.unset().size());
        view.unset().forEach(u -> assertEquals(PolicyValueUnavailableException.VALUE_MISSING, u.code()));
        // The tiers start on 2019-11-01: the day before, they are missing.
        PolicyParameters dayBefore = LN.parameters(LIAOZHONG, NOV_1_2019.minusDays(1));
        assertEquals(PolicyValueUnavailableException.VALUE_MISSING,
                dayBefore.whyUnset(PolicyKeys.MINIMUM_WAGE_TIER_1).orElseThrow().code());
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> dayBefore.get(PolicyKeys.MINIMUM_WAGE_TIER_1));
        assertEquals("minimum-wage.tier-1", e.keyName());
        assertEquals("210115", e.jurisdictionCode());
    }

    @Test
    void everyCatalogueKeyAppearsOnceInCatalogueOrder() {
        PolicyParameters view = LN.parameters(LIAOZHONG, NOV_1_2021);
        assertEquals(PolicyKeys.all(), view.keys().subList(0, PolicyKeys.all().size()));
        assertEquals(view.keys().size(), view.values().size() + view.unset().size());
    }

    @Test
    void theViewAgreesWithResolveAcrossTheProvince() {
        List<DivisionCode> places = List.of(LIAONING, SHENYANG, HEPING, LIAOZHONG, DALIAN,
                DivisionCode.of("210202"), DivisionCode.of("210421"), LIAOYANG_BAITA);
        qt().withFixedSeed(SEED)
                .forAll(integers().between(0, places.size() - 1), integers().between(-3000, 2000))
                .checkAssert((place, offset) -> {
                    DivisionCode where = places.get(place);
                    LocalDate date = NOV_1_2021.plusDays(offset);
                    PolicyParameters view = LN.parameters(where, date);
                    for (PolicyKey<?> key : view.keys()) {
                        assertEquals(LN.find(key, where, date), view.find(key), key.name());
                    }
                });
    }
}
