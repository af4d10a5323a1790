package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.category.AllOf;
import org.jobassist.api.category.Category;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.CategoryCatalogues;
import org.jobassist.api.category.CategoryKind;
import org.jobassist.api.category.Condition;
import org.jobassist.api.category.HoldsRegistryFlag;
import org.jobassist.api.category.NoCatalogueInForceException;
import org.jobassist.api.category.Not;
import org.jobassist.api.category.ReferralsAcceptedAtLeast;
import org.jobassist.api.category.RegisteredUnemployed;
import org.jobassist.api.category.ResidesInCountySet;
import org.jobassist.api.category.TransitionRule;
import org.jobassist.api.category.UnemployedAtLeastMonths;
import org.jobassist.api.category.WithinYearsOfRetirement;
import org.jobassist.api.category.ZeroEmploymentFamilyMember;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/** The category catalogue of the shipped Liaoning pack, against DOMAIN.md §1 and §1.1. */
class LiaoningCategoryCatalogueTest {

    static final PolicyPack PACK = PolicyPacks.liaoning();
    static final CategoryCatalogues CATALOGUES = PACK.categoryCatalogues();
    static final List<String> EIGHT = List.of("ZERO_EMPLOYMENT_FAMILY_MEMBER", "URBAN_MINIMUM_LIVING_ALLOWANCE",
            "NEAR_RETIREMENT", "DISABLED", "SINGLE_PARENT_OF_MINOR", "UNEMPLOYED_MILITARY_SPOUSE",
            "ENTITLED_GROUP_WITH_PENSION", "MARTYR_FAMILY");
    static final List<String> TEN = List.of("ZERO_EMPLOYMENT_FAMILY_MEMBER", "URBAN_MINIMUM_LIVING_ALLOWANCE",
            "NEAR_RETIREMENT", "DISABLED", "SINGLE_PARENT_OF_MINOR", "UNEMPLOYED_MILITARY_SPOUSE",
            "ENTITLED_GROUP_WITH_PENSION", "MARTYR_FAMILY", "POVERTY_ALLEVIATED_KEY_COUNTY",
            "RURAL_LOW_INCOME_KEY_COUNTY");
    static final List<String> FIVE_REFERENCE = List.of("MODEL_WORKER", "LAND_EXPROPRIATED_FARMER",
            "POVERTY_ALLEVIATED_OUTSIDE_KEY_COUNTY", "RURAL_LOW_INCOME_OUTSIDE_KEY_COUNTY",
            "CHILD_WELFARE_ORPHAN_16_PLUS");
    static final Condition KEY_COUNTY = ResidesInCountySet.of("category.key-assisted-counties");
    static final Condition GATE = AllOf.of(RegisteredUnemployed.of(), ReferralsAcceptedAtLeast.of(2),
            UnemployedAtLeastMonths.of(12));

    static List<String> codes(List<Category> categories) {
        return categories.stream().map(Category::code).toList();
    }

    @Test
    void eightCategoriesOnTheLastDayBeforeTheAdjustment() {
        CategoryCatalogue before = CATALOGUES.inForceOn(LocalDate.of(2020, 12, 31));
        assertEquals("liaoning-2012", before.version());
        assertEquals(EIGHT, codes(before.categories()));
        before.categories().forEach(c ->
                assertEquals("《辽宁省就业促进条例》", c.legalBasis().documentNumber(), c.code()));
    }

    @Test
    void tenCategoriesFromTheAdjustmentDate() {
        CategoryCatalogue after = CATALOGUES.inForceOn(LocalDate.of(2021, 1, 1));
        assertEquals("liaoning-2021", after.version());
        assertEquals(TEN, codes(after.categories()));
        after.categories().forEach(c -> assertEquals("辽人社发〔2021〕7号", c.legalBasis().documentNumber(), c.code()));
        assertEquals(Optional.empty(), after.effectiveTo());
        assertEquals(after, CATALOGUES.inForceOn(LocalDate.of(2035, 6, 30)));
    }

    @Test
    void theTwoVersionsMeetWithoutGapAndTheFirstStartsWithTheRegulation() {
        List<CategoryCatalogue> versions = CATALOGUES.versions();
        assertEquals(2, versions.size());
        assertEquals(LocalDate.of(2012, 9, 27), versions.get(0).effectiveFrom());
        assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), versions.get(0).effectiveTo());
        assertEquals(List.of(LocalDate.of(2021, 1, 1)), CATALOGUES.boundaries());
    }

    @Test
    void noCatalogueBeforeTheRegulation() {
        LocalDate day = LocalDate.of(2012, 9, 26);
        NoCatalogueInForceException e = assertThrows(NoCatalogueInForceException.class,
                () -> CATALOGUES.inForceOn(day));
        assertEquals("category.no-catalogue", e.code());
        assertEquals(day, e.date());
        assertEquals(Optional.empty(), CATALOGUES.find("DISABLED", day));
    }

    @Test
    void theAdjustmentDateValueIsTheBoundary() {
        LocalDate adjustment = PACK.resolve(PolicyKeys.CATEGORY_ADJUSTMENT_DATE, DivisionCode.of("210000"),
                LocalDate.of(2021, 6, 1)).value();
        assertEquals(CATALOGUES.boundaries(), List.of(adjustment));
    }

    @Test
    void overridingTheAdjustmentDateAloneIsRejectedAtTheOverride() {
        PolicyValue<LocalDate> moved = PolicyValue.of(PolicyKeys.CATEGORY_ADJUSTMENT_DATE, DivisionCode.of("210000"),
                LocalDate.of(2021, 1, 1), null, LocalDate.of(2021, 3, 1),
                PACK.series(PolicyKeys.CATEGORY_ADJUSTMENT_DATE, DivisionCode.of("210000")).get(0)
                        .legalBasis().orElseThrow());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PACK.withOverrides(List.of(moved)));
        assertEquals(List.of(new Violation("overrides[0].value", "category.adjustment-date",
                "no version of the category catalogue begins on the adjustment date")), e.violations());
    }

    @Test
    void overridesKeepTheCatalogue() {
        PolicyPack overridden = PACK.withOverrides(List.of());
        assertEquals(CATALOGUES, overridden.categoryCatalogues());
    }

    @Test
    void everyCategoryIsRegisteredUnemployedByThePrecondition() {
        for (CategoryCatalogue version : CATALOGUES.versions()) {
            assertEquals(Optional.of(RegisteredUnemployed.of()), version.precondition());
            assertEquals(TransitionRule.KEEP_UNTIL_NEXT_REVIEW, version.transition());
            for (Category c : version.categories()) {
                assertEquals(CategoryKind.RECOGNISED, c.kind());
                assertEquals(Optional.of(AllOf.of(RegisteredUnemployed.of(), c.condition())),
                        version.fullCondition(c.code()));
            }
        }
    }

    @Test
    void nearRetirementIsFiveYearsNotFemaleFortyMaleFifty() {
        for (CategoryCatalogue version : CATALOGUES.versions()) {
            assertEquals(WithinYearsOfRetirement.of(5), version.find("NEAR_RETIREMENT").orElseThrow().condition());
        }
    }

    @Test
    void singleTestCategoriesReadTheirRegistry() {
        CategoryCatalogue v = CATALOGUES.inForceOn(LocalDate.of(2021, 6, 30));
        assertEquals(ZeroEmploymentFamilyMember.of(), v.find("ZERO_EMPLOYMENT_FAMILY_MEMBER").orElseThrow().condition());
        assertEquals(HoldsRegistryFlag.of(RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE),
                v.find("URBAN_MINIMUM_LIVING_ALLOWANCE").orElseThrow().condition());
        assertEquals(HoldsRegistryFlag.of(RegistryFlag.DISABILITY_CERTIFICATE),
                v.find("DISABLED").orElseThrow().condition());
        assertEquals(HoldsRegistryFlag.of(RegistryFlag.SINGLE_PARENT_OF_MINOR),
                v.find("SINGLE_PARENT_OF_MINOR").orElseThrow().condition());
        assertEquals(HoldsRegistryFlag.of(RegistryFlag.UNEMPLOYED_MILITARY_SPOUSE),
                v.find("UNEMPLOYED_MILITARY_SPOUSE").orElseThrow().condition());
        assertEquals(HoldsRegistryFlag.of(RegistryFlag.ENTITLED_GROUP_WITH_PENSION),
                v.find("ENTITLED_GROUP_WITH_PENSION").orElseThrow().condition());
        assertEquals(HoldsRegistryFlag.of(RegistryFlag.MARTYR_FAMILY), v.find("MARTYR_FAMILY").orElseThrow().condition());
    }

    @Test
    void categoriesNineAndTenRequireAKeyAssistedCounty() {
        CategoryCatalogue v = CATALOGUES.inForceOn(LocalDate.of(2021, 1, 1));
        assertEquals(AllOf.of(HoldsRegistryFlag.of(RegistryFlag.POVERTY_ALLEVIATED), KEY_COUNTY),
                v.find("POVERTY_ALLEVIATED_KEY_COUNTY").orElseThrow().condition());
        assertEquals(AllOf.of(HoldsRegistryFlag.of(RegistryFlag.RURAL_LOW_INCOME), KEY_COUNTY),
                v.find("RURAL_LOW_INCOME_KEY_COUNTY").orElseThrow().condition());
        assertEquals(Set.of("category.key-assisted-counties"), v.policyKeys());
        assertTrue(PolicyKeys.find("category.key-assisted-counties").isPresent());
    }

    @Test
    void fiveReferenceCategoriesBehindTheGateFrom2021() {
        CategoryCatalogue v = CATALOGUES.inForceOn(LocalDate.of(2021, 11, 9));
        assertEquals(FIVE_REFERENCE, codes(v.referenceCategories()));
        assertEquals(Optional.of(GATE), v.referenceGate());
        for (Category c : v.referenceCategories()) {
            assertEquals(CategoryKind.REFERENCE, c.kind());
            assertEquals("辽政发〔2020〕9号", c.legalBasis().documentNumber());
            assertEquals(Optional.of(AllOf.of(c.condition(), GATE)), v.fullCondition(c.code()));
        }
        assertEquals(AllOf.of(HoldsRegistryFlag.of(RegistryFlag.POVERTY_ALLEVIATED), Not.of(KEY_COUNTY)),
                v.find("POVERTY_ALLEVIATED_OUTSIDE_KEY_COUNTY").orElseThrow().condition());
        assertEquals(AllOf.of(HoldsRegistryFlag.of(RegistryFlag.RURAL_LOW_INCOME), Not.of(KEY_COUNTY)),
                v.find("RURAL_LOW_INCOME_OUTSIDE_KEY_COUNTY").orElseThrow().condition());
        // Every flag but the death flags, which only the cross-check reads.
        assertEquals(EnumSet.complementOf(EnumSet.of(RegistryFlag.DECEASED, RegistryFlag.REPORTED_DECEASED)),
                v.registryFlags());
    }

    @Test
    void beforeTheAdjustmentOnlyTheReferenceGroupsThatNeedNoKeyCountyList() {
        CategoryCatalogue v = CATALOGUES.inForceOn(LocalDate.of(2020, 6, 1));
        assertEquals(List.of("MODEL_WORKER", "LAND_EXPROPRIATED_FARMER", "CHILD_WELFARE_ORPHAN_16_PLUS"),
                codes(v.referenceCategories()));
        assertEquals(Optional.of(GATE), v.referenceGate());
        assertFalse(v.registryFlags().contains(RegistryFlag.POVERTY_ALLEVIATED));
        assertTrue(v.policyKeys().isEmpty());
    }

    @Test
    void findByCodeAndDateCrossesTheBoundary() {
        assertEquals(Optional.empty(), CATALOGUES.find("POVERTY_ALLEVIATED_KEY_COUNTY", LocalDate.of(2020, 12, 31)));
        assertTrue(CATALOGUES.find("POVERTY_ALLEVIATED_KEY_COUNTY", LocalDate.of(2021, 1, 1)).isPresent());
        assertEquals(CATALOGUES.find("DISABLED", LocalDate.of(2020, 12, 31)).orElseThrow().code(),
                CATALOGUES.find("DISABLED", LocalDate.of(2021, 1, 1)).orElseThrow().code());
    }

    @Test
    void everyCategoryHasBothNames() {
        for (CategoryCatalogue version : CATALOGUES.versions()) {
            for (Category c : version.categories()) {
                assertFalse(c.nameZh().isBlank());
                assertFalse(c.nameEn().isBlank());
            }
        }
        assertEquals("城镇零就业家庭成员", CATALOGUES.find("ZERO_EMPLOYMENT_FAMILY_MEMBER", LocalDate.of(2021, 1, 1))
                .orElseThrow().nameZh());
        assertEquals("烈属", CATALOGUES.find("MARTYR_FAMILY", LocalDate.of(2021, 1, 1)).orElseThrow().nameZh());
    }
}
