package org.jobassist.api.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

class PolicyParametersTest {

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode ANSHAN = DivisionCode.of("210300");
    static final LegalBasis BASIS = LegalBasis.of("test-1", "测试", "Test");
    static final PolicyKey<Money> WAGE = PolicyKeys.MINIMUM_WAGE_MONTHLY;
    static final PolicyKey<Money> TIER_1 = PolicyKeys.MINIMUM_WAGE_TIER_1;
    static final PolicyKey<Integer> EXTRA = PolicyKey.count("test.extra-count");
    static final LocalDate NOV_2019 = LocalDate.of(2019, 11, 1);
    static final LocalDate OCT_31_2021 = LocalDate.of(2021, 10, 31);
    static final LocalDate NOV_2021 = LocalDate.of(2021, 11, 1);

    static PolicyValue<Money> wage(DivisionCode where, LocalDate from, LocalDate to, long yuan) {
        return PolicyValue.of(WAGE, where, from, to, Money.ofYuan(yuan), BASIS);
    }

    /**
     * Province wage 1420; Shenyang unknown until 2021-10-31, then 1910; Liaozhong 1540 then 1640;
     * tier 1 1910 at province level; one key outside the catalogue.
     */
    static PolicyPack pack() {
        return PolicyPack.builder().id("test").version("7").jurisdiction(LIAONING)
                .add(PolicyValue.of(EXTRA, LIAONING, NOV_2019, null, 4, BASIS))
                .add(wage(LIAONING, NOV_2019, null, 1420))
                .add(PolicyValue.unknown(WAGE, SHENYANG, NOV_2019, OCT_31_2021, "not in the sources"))
                .add(wage(SHENYANG, NOV_2021, null, 1910))
                .add(wage(LIAOZHONG, NOV_2019, OCT_31_2021, 1540))
                .add(wage(LIAOZHONG, NOV_2021, null, 1640))
                .add(PolicyValue.of(TIER_1, LIAONING, NOV_2019, null, Money.ofYuan(1910), BASIS))
                .build();
    }

    @Test
    void eachKeyTakesTheMostSpecificValueInForceWithItsOrigin() {
        PolicyPack pack = pack();
        ResolvedValue<Money> county = pack.parameters(LIAOZHONG, NOV_2021).get(WAGE);
        assertEquals(Money.ofYuan(1640), county.value());
        assertEquals(LIAOZHONG, county.jurisdiction());
        assertEquals(BASIS, county.legalBasis());
        assertEquals("7", county.packVersion());

        ResolvedValue<Money> city = pack.parameters(HEPING, NOV_2021).get(WAGE);
        assertEquals(Money.ofYuan(1910), city.value());
        assertEquals(SHENYANG, city.jurisdiction());
        assertEquals(HEPING, city.requestedJurisdiction());

        ResolvedValue<Money> province = pack.parameters(ANSHAN, NOV_2021).get(WAGE);
        assertEquals(Money.ofYuan(1420), province.value());
        assertEquals(LIAONING, province.jurisdiction());
    }

    @Test
    void aValueMarkedUnknownIsListedAsUnsetWithItsNote() {
        PolicyParameters heping2020 = pack().parameters(HEPING, LocalDate.of(2020, 6, 30));
        UnsetParameter unset = heping2020.whyUnset(WAGE).orElseThrow();
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, unset.code());
        assertTrue(unset.isMarkedUnknown());
        assertEquals(Optional.of(SHENYANG), unset.markedUnknownBy());
        assertEquals(Optional.of("not in the sources"), unset.note());
        assertTrue(heping2020.unset().contains(unset));
        assertEquals(Optional.empty(), heping2020.find(WAGE));
        PolicyValueUnavailableException e =
                assertThrows(PolicyValueUnavailableException.class, () -> heping2020.get(WAGE));
        assertEquals(PolicyValueUnavailableException.VALUE_UNKNOWN, e.code());
        assertEquals(WAGE.name(), e.keyName());
        assertEquals("210102", e.jurisdictionCode());
        // Tier 1 is set at province level and unaffected by Shenyang's unknown wage.
        assertEquals(Money.ofYuan(1910), heping2020.get(TIER_1).value());
    }

    @Test
    void aDateBeforeAnyValueLeavesEveryKeyMissing() {
        PolicyParameters before = pack().parameters(LIAOZHONG, LocalDate.of(2019, 10, 31));
        assertTrue(before.values().isEmpty());
        assertEquals(before.keys().size(), before.unset().size());
        for (UnsetParameter unset : before.unset()) {
            assertEquals(PolicyValueUnavailableException.VALUE_MISSING, unset.code());
            assertFalse(unset.isMarkedUnknown());
            assertEquals(Optional.empty(), unset.note());
            assertEquals(Optional.empty(), unset.markedUnknownBy());
        }
        PolicyValueUnavailableException e =
                assertThrows(PolicyValueUnavailableException.class, () -> before.get(TIER_1));
        assertEquals(PolicyValueUnavailableException.VALUE_MISSING, e.code());
    }

    @Test
    void keysComeInCatalogueOrderThenThePacksOwnEachOnce() {
        PolicyParameters view = pack().parameters(LIAOZHONG, NOV_2021);
        List<PolicyKey<?>> expected = new ArrayList<>(PolicyKeys.all());
        expected.add(EXTRA);
        assertEquals(expected, view.keys());
        assertEquals(view.keys().size(), view.values().size() + view.unset().size());
        List<PolicyKey<?>> valueKeys = view.values().stream().<PolicyKey<?>>map(ResolvedValue::key).toList();
        List<PolicyKey<?>> inOrder = new ArrayList<>(view.keys());
        inOrder.retainAll(valueKeys);
        assertEquals(inOrder, valueKeys);
        assertEquals(List.of(TIER_1, WAGE, EXTRA), valueKeys);
        assertEquals(4, view.get(EXTRA).value());
    }

    @Test
    void aKeyNeitherInTheCatalogueNorInThePackIsMissing() {
        PolicyKey<Integer> stranger = PolicyKey.count("test.not-anywhere");
        PolicyParameters view = pack().parameters(LIAOZHONG, NOV_2021);
        assertEquals(Optional.empty(), view.find(stranger));
        assertEquals(Optional.empty(), view.whyUnset(stranger));
        PolicyValueUnavailableException e =
                assertThrows(PolicyValueUnavailableException.class, () -> view.get(stranger));
        assertEquals(PolicyValueUnavailableException.VALUE_MISSING, e.code());
    }

    @Test
    void theViewAgreesWithResolveForEveryKeyJurisdictionAndDate() {
        PolicyPack pack = pack();
        List<DivisionCode> places = List.of(LIAONING, SHENYANG, HEPING, LIAOZHONG, ANSHAN);
        qt().withFixedSeed(SEED)
                .forAll(integers().between(0, places.size() - 1), integers().between(-400, 1200))
                .checkAssert((place, offset) -> {
                    DivisionCode where = places.get(place);
                    LocalDate date = NOV_2019.plusDays(offset);
                    PolicyParameters view = pack.parameters(where, date);
                    for (PolicyKey<?> key : view.keys()) {
                        assertAgrees(pack, view, key, where, date);
                    }
                });
    }

    private static <T> void assertAgrees(PolicyPack pack, PolicyParameters view, PolicyKey<T> key,
            DivisionCode where, LocalDate date) {
        assertEquals(pack.find(key, where, date), view.find(key));
        if (view.find(key).isEmpty()) {
            PolicyValueUnavailableException e =
                    assertThrows(PolicyValueUnavailableException.class, () -> pack.resolve(key, where, date));
            assertEquals(e.code(), view.whyUnset(key).orElseThrow().code());
            assertEquals(e.getMessage(), view.whyUnset(key).orElseThrow().toException().getMessage());
        }
    }

    @Test
    void theViewNamesThePackAndWhetherItIsOverridden() {
        PolicyPack pack = pack();
        PolicyParameters plain = pack.parameters(LIAOZHONG, NOV_2021);
        assertEquals("test", plain.packId());
        assertEquals("7", plain.packVersion());
        assertEquals(LIAOZHONG, plain.jurisdiction());
        assertEquals(NOV_2021, plain.date());
        assertFalse(plain.isOverridden());
        PolicyParameters overridden = pack.withOverrides(List.of(wage(LIAOZHONG, NOV_2019, null, 1700)))
                .parameters(LIAOZHONG, NOV_2021);
        assertTrue(overridden.isOverridden());
        assertEquals(Money.ofYuan(1700), overridden.get(WAGE).value());
        assertNotEquals(plain, overridden);
    }

    @Test
    void equalQuestionsGiveEqualViews() {
        PolicyPack pack = pack();
        assertEquals(pack.parameters(LIAOZHONG, NOV_2021), pack.parameters(LIAOZHONG, NOV_2021));
        assertEquals(pack.parameters(LIAOZHONG, NOV_2021).hashCode(), pack.parameters(LIAOZHONG, NOV_2021).hashCode());
        assertNotEquals(pack.parameters(LIAOZHONG, NOV_2021), pack.parameters(LIAOZHONG, OCT_31_2021));
        assertNotEquals(pack.parameters(LIAOZHONG, NOV_2021), pack.parameters(HEPING, NOV_2021));
    }

    @Test
    void toStringIsShortAndHoldsNoValues() {
        PolicyParameters view = pack().parameters(LIAOZHONG, NOV_2021);
        String text = view.toString();
        assertEquals("PolicyParameters[test 7, 210115 on 2021-11-01, 3 set, "
                + (PolicyKeys.all().size() - 2) + " unset]", text);
        assertFalse(text.contains("1640"));
    }

    @Test
    void nullArgumentsAreRefused() {
        PolicyPack pack = pack();
        assertThrows(NullPointerException.class, () -> pack.parameters(null, NOV_2021));
        assertThrows(NullPointerException.class, () -> pack.parameters(LIAOZHONG, null));
        assertThrows(NullPointerException.class, () -> pack.parameters(LIAOZHONG, NOV_2021).get(null));
    }
}
