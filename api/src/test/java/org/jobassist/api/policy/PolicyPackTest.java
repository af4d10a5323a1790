package org.jobassist.api.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

class PolicyPackTest {

    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final DivisionCode ANSHAN = DivisionCode.of("210300");
    static final LegalBasis BASIS = LegalBasis.of("test-1", "测试", "Test");
    static final PolicyKey<Money> WAGE = PolicyKeys.MINIMUM_WAGE_MONTHLY;
    static final LocalDate NOV_2019 = LocalDate.of(2019, 11, 1);
    static final LocalDate OCT_31_2021 = LocalDate.of(2021, 10, 31);
    static final LocalDate NOV_2021 = LocalDate.of(2021, 11, 1);

    static PolicyValue<Money> wage(DivisionCode where, LocalDate from, LocalDate to, long yuan) {
        return PolicyValue.of(WAGE, where, from, to, Money.ofYuan(yuan), BASIS);
    }

    /** Province 1420, Shenyang 1910 from 2021-11-01 (unknown before), Liaozhong 1540 then 1640. */
    static PolicyPack pack() {
        return PolicyPack.builder().id("test").version("1").jurisdiction(LIAONING).name("en", "Test")
                .add(wage(LIAONING, NOV_2019, null, 1420))
                .add(PolicyValue.unknown(WAGE, SHENYANG, NOV_2019, OCT_31_2021, "not in the sources"))
                .add(wage(SHENYANG, NOV_2021, null, 1910))
                .add(wage(LIAOZHONG, NOV_2021, null, 1640))
                .add(wage(LIAOZHONG, NOV_2019, OCT_31_2021, 1540))
                .build();
    }

    @Test
    void countyOverrideBeatsCityWhichBeatsProvince() {
        PolicyPack pack = pack();
        ResolvedValue<Money> county = pack.resolve(WAGE, LIAOZHONG, NOV_2021);
        assertEquals(Money.ofYuan(1640), county.value());
        assertEquals(LIAOZHONG, county.jurisdiction());

        ResolvedValue<Money> district = pack.resolve(WAGE, HEPING, NOV_2021);
        assertEquals(Money.ofYuan(1910), district.value());
        assertEquals(SHENYANG, district.jurisdiction());
        assertEquals(HEPING, district.requestedJurisdiction());

        ResolvedValue<Money> otherCity = pack.resolve(WAGE, ANSHAN, NOV_2021);
        assertEquals(Money.ofYuan(1420), otherCity.value());
        assertEquals(LIAONING, otherCity.jurisdiction());
    }

    @Test
    void effectiveDatesAreInclusiveAtBothEnds() {
        PolicyPack pack = pack();
        assertEquals(Money.ofYuan(1540), pack.resolve(WAGE, LIAOZHONG, NOV_2019).value());
        assertEquals(Money.ofYuan(1540), pack.resolve(WAGE, LIAOZHONG, OCT_31_2021).value());
        assertEquals(Money.ofYuan(1640), pack.resolve(WAGE, LIAOZHONG, NOV_2021).value());
        ResolvedValue<Money> before = pack.resolve(WAGE, LIAOZHONG, OCT_31_2021);
        assertEquals(NOV_2019, before.effectiveFrom());
        assertEquals(Optional.of(OCT_31_2021), before.effectiveTo());
    }

    @Test
    void resolvedValueCarriesItsOrigin() {
        ResolvedValue<Money> resolved = pack().resolve(WAGE, HEPING, NOV_2021);
        assertEquals(BASIS, resolved.legalBasis());
        assertEquals("test", resolved.packId());
        assertEquals("1", resolved.packVersion());
        assertEquals(NOV_2021, resolved.date());
        assertEquals(WAGE, resolved.key());
    }

    @Test
    void unknownValueFailsNamingKeyJurisdictionAndDate() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> pack().resolve(WAGE, HEPING, OCT_31_2021));
        assertEquals("policy.value-unknown", e.code());
        assertEquals("minimum-wage.monthly", e.keyName());
        assertEquals("210102", e.jurisdictionCode());
        assertEquals(OCT_31_2021, e.date());
        assertEquals(Optional.of("210100"), e.markedUnknownBy());
        assertTrue(e.getMessage().contains("minimum-wage.monthly"), e.getMessage());
        assertTrue(e.getMessage().contains("210102"), e.getMessage());
        assertTrue(e.getMessage().contains("2021-10-31"), e.getMessage());
    }

    @Test
    void unknownValueIsNotReplacedByTheEnclosingJurisdictionsValue() {
        // the province has 1420 in force that day, but Shenyang is known to set its own figure
        assertEquals(Optional.empty(), pack().find(WAGE, SHENYANG, OCT_31_2021));
    }

    @Test
    void missingValueFailsWithItsOwnCode() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> pack().resolve(WAGE, ANSHAN, LocalDate.of(2019, 10, 31)));
        assertEquals("policy.value-missing", e.code());
        assertEquals(Optional.empty(), e.markedUnknownBy());
        assertTrue(e.getMessage().contains("210300"), e.getMessage());

        PolicyValueUnavailableException otherKey = assertThrows(PolicyValueUnavailableException.class,
                () -> pack().resolve(PolicyKeys.MINIMUM_WAGE_TIER_1, LIAONING, NOV_2021));
        assertEquals("minimum-wage.tier-1", otherKey.keyName());
    }

    @Test
    void findReturnsTheValueWhenThereIsOne() {
        assertEquals(Money.ofYuan(1910), pack().find(WAGE, HEPING, NOV_2021).orElseThrow().value());
        assertEquals(Optional.empty(), pack().find(WAGE, ANSHAN, LocalDate.of(2019, 1, 1)));
    }

    @Test
    void seriesListsAJurisdictionsOwnValuesInDateOrder() {
        List<PolicyValue<Money>> series = pack().series(WAGE, LIAOZHONG);
        assertEquals(2, series.size());
        assertEquals(Optional.of(Money.ofYuan(1540)), series.get(0).value());
        assertEquals(Optional.of(Money.ofYuan(1640)), series.get(1).value());
        assertEquals(List.of(), pack().series(WAGE, DALIAN));
    }

    @Test
    void overrideReplacesOnlyTheSeriesItTouches() {
        PolicyPack pack = pack();
        PolicyPack whatIf = pack.withOverrides(List.of(wage(SHENYANG, NOV_2019, null, 2000)));
        assertEquals(Money.ofYuan(2000), whatIf.resolve(WAGE, HEPING, OCT_31_2021).value());
        assertEquals(Money.ofYuan(2000), whatIf.resolve(WAGE, HEPING, NOV_2021).value());
        assertEquals(Money.ofYuan(1640), whatIf.resolve(WAGE, LIAOZHONG, NOV_2021).value());
        assertEquals(Money.ofYuan(1420), whatIf.resolve(WAGE, ANSHAN, NOV_2021).value());
        assertTrue(whatIf.isOverridden());
        assertFalse(pack.isOverridden());
        // the original is unchanged
        assertEquals(Money.ofYuan(1910), pack.resolve(WAGE, HEPING, NOV_2021).value());
    }

    @Test
    void overridesAreRevalidated() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> pack().withOverrides(List.of(
                wage(DALIAN, NOV_2019, OCT_31_2021, 1800),
                wage(DALIAN, NOV_2021.plusDays(1), null, 1910))));
        assertEquals(List.of(new Violation("overrides[1].effectiveFrom", "policy.gap", e.violations().get(0).message())),
                e.violations());
    }

    @Test
    void overlappingPeriodsAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyPack.builder()
                .id("t").version("1").jurisdiction(LIAONING)
                .add(wage(SHENYANG, NOV_2021, null, 1910))
                .add(wage(SHENYANG, NOV_2019, NOV_2021, 1800))
                .build());
        assertEquals(1, e.violations().size());
        assertEquals("values[0].effectiveFrom", e.violations().get(0).path());
        assertEquals("policy.overlap", e.code());
    }

    @Test
    void openEndedPeriodFollowedByAnotherIsAnOverlap() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyPack.builder()
                .id("t").version("1").jurisdiction(LIAONING)
                .add(wage(SHENYANG, NOV_2019, null, 1800))
                .add(wage(SHENYANG, NOV_2021, null, 1910))
                .build());
        assertEquals("values[1].effectiveFrom", e.violations().get(0).path());
        assertEquals("policy.overlap", e.code());
    }

    @Test
    void gapsAreRejectedButTheSameKeyMayStartLaterElsewhere() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyPack.builder()
                .id("t").version("1").jurisdiction(LIAONING)
                .add(wage(SHENYANG, NOV_2019, OCT_31_2021.minusDays(1), 1800))
                .add(wage(SHENYANG, NOV_2021, null, 1910))
                .build());
        assertEquals("values[1].effectiveFrom", e.violations().get(0).path());
        assertEquals("policy.gap", e.code());

        PolicyPack fine = PolicyPack.builder().id("t").version("1").jurisdiction(LIAONING)
                .add(wage(SHENYANG, NOV_2019, null, 1800))
                .add(wage(LIAOZHONG, NOV_2021, null, 1910))
                .build();
        assertEquals(2, fine.values().size());
    }

    @Test
    void valuesOutsideThePacksJurisdictionAndMissingHeaderAreAllReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyPack.builder()
                .jurisdiction(DALIAN)
                .add(wage(SHENYANG, NOV_2019, null, 1800), "/values/0")
                .build());
        assertEquals(List.of("id", "version", "/values/0/jurisdiction"),
                e.violations().stream().map(Violation::path).toList());
        assertEquals(List.of("policy.required", "policy.required", "policy.jurisdiction"),
                e.violations().stream().map(Violation::code).toList());
    }
}
