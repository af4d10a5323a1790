package org.jobassist.api.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.person.RegistryFlag;
import org.junit.jupiter.api.Test;

class CategoryModelTest {

    static final LegalBasis BASIS = LegalBasis.of("辽人社发〔2021〕7号", "标题", "Title");
    static final Condition DISABLED = HoldsRegistryFlag.of(RegistryFlag.DISABILITY_CERTIFICATE);

    static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    @Test
    void numbersMustNotBeNegative() {
        assertEquals(List.of("category.negative"),
                codes(assertThrows(InvalidInputException.class, () -> WithinYearsOfRetirement.of(-1))));
        assertEquals(List.of("category.negative"),
                codes(assertThrows(InvalidInputException.class, () -> AgeAtLeast.of(50, -40))));
        assertEquals(List.of("category.negative"),
                codes(assertThrows(InvalidInputException.class, () -> UnemployedAtLeastMonths.of(-12))));
        assertEquals(List.of("category.negative"),
                codes(assertThrows(InvalidInputException.class, () -> ReferralsAcceptedAtLeast.of(-2))));
        assertEquals(0, WithinYearsOfRetirement.of(0).years());
    }

    @Test
    void connectivesNeedSomething() {
        assertEquals(List.of("category.empty"), codes(assertThrows(InvalidInputException.class, () -> new AllOf(List.of()))));
        assertEquals(List.of("category.empty"), codes(assertThrows(InvalidInputException.class, () -> new AnyOf(List.of()))));
        assertThrows(NullPointerException.class, () -> Not.of(null));
    }

    @Test
    void aCountySetNeedsAKeyName() {
        assertEquals(List.of("category.policy-key"),
                codes(assertThrows(InvalidInputException.class, () -> ResidesInCountySet.of(" "))));
    }

    @Test
    void kindsHaveStableCodes() {
        assertEquals("registered-unemployed", RegisteredUnemployed.of().kind().code());
        assertEquals("within-years-of-retirement", WithinYearsOfRetirement.of(5).kind().code());
        assertEquals("age-at-least", AgeAtLeast.of(50, 40).kind().code());
        assertEquals("zero-employment-family-member", ZeroEmploymentFamilyMember.of().kind().code());
        assertEquals("registry-flag", DISABLED.kind().code());
        assertEquals("resides-in-county-set", ResidesInCountySet.of("k").kind().code());
        assertEquals("unemployed-at-least-months", UnemployedAtLeastMonths.of(12).kind().code());
        assertEquals("referrals-accepted-at-least", ReferralsAcceptedAtLeast.of(2).kind().code());
        assertEquals("all", AllOf.of(DISABLED).kind().code());
        assertEquals("any", AnyOf.of(DISABLED).kind().code());
        assertEquals("not", Not.of(DISABLED).kind().code());
        assertEquals(Optional.of(ConditionKind.AGE_AT_LEAST), ConditionKind.fromCode("age-at-least"));
        assertEquals(Optional.empty(), ConditionKind.fromCode("AGE_AT_LEAST"));
    }

    @Test
    void describeReadsLikeTheRule() {
        assertEquals("all of (registered unemployed; within 5 years of statutory retirement)",
                AllOf.of(RegisteredUnemployed.of(), WithinYearsOfRetirement.of(5)).describe());
        assertEquals("aged at least 50 (men) or 40 (women)", AgeAtLeast.of(50, 40).describe());
        assertEquals("not (resides in a county of category.key-assisted-counties)",
                Not.of(ResidesInCountySet.of("category.key-assisted-counties")).describe());
        assertEquals("holds DISABILITY_CERTIFICATE (DISABLED_PERSONS_FEDERATION)", DISABLED.describe());
    }

    @Test
    void flagsAndKeysAreCollectedFromTheWholeTree() {
        Condition tree = AnyOf.of(DISABLED, Not.of(AllOf.of(HoldsRegistryFlag.of(RegistryFlag.MARTYR_FAMILY),
                ResidesInCountySet.of("a"), ResidesInCountySet.of("b"))));
        assertEquals(EnumSet.of(RegistryFlag.DISABILITY_CERTIFICATE, RegistryFlag.MARTYR_FAMILY), tree.registryFlags());
        assertEquals(List.of("a", "b"), List.copyOf(tree.policyKeys()));
        assertEquals(Set.of(), RegisteredUnemployed.of().registryFlags());
    }

    @Test
    void aCategoryReportsEveryFault() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Category("near-retirement", " ", "", null, null, null, null));
        assertEquals(List.of("category.code", "category.name", "category.name", "category.legal-basis",
                "category.required", "category.required"), codes(e));
        assertEquals(List.of("code", "nameZh", "nameEn", "legalBasis", "condition", "kind"),
                e.violations().stream().map(Violation::path).toList());
    }

    static Category recognised(String code) {
        return Category.of(code, "名", "Name", BASIS, DISABLED, CategoryKind.RECOGNISED);
    }

    @Test
    void aVersionNeedsItsFieldsAndUniqueCodes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CategoryCatalogue.builder()
                .transition(null).add(recognised("A")).add(recognised("A")).build());
        assertEquals(List.of("category.required", "category.required", "category.required",
                "category.duplicate-code"), codes(e));
        assertEquals("categories[1].code", e.violations().get(3).path());
        InvalidInputException order = assertThrows(InvalidInputException.class, () -> CategoryCatalogue.builder()
                .version("v").effectiveFrom(LocalDate.of(2021, 1, 1)).effectiveTo(LocalDate.of(2020, 12, 31)).build());
        assertEquals(List.of("policy.date-order"), codes(order));
    }

    @Test
    void theFullConditionAddsPreconditionOrGate() {
        Category reference = Category.of("MODEL_WORKER", "劳模", "Model worker", BASIS,
                HoldsRegistryFlag.of(RegistryFlag.MODEL_WORKER), CategoryKind.REFERENCE);
        Condition gate = ReferralsAcceptedAtLeast.of(2);
        CategoryCatalogue v = CategoryCatalogue.builder().version("v").effectiveFrom(LocalDate.of(2021, 1, 1))
                .precondition(RegisteredUnemployed.of()).referenceGate(gate)
                .add(recognised("DISABLED")).add(reference).build();
        assertEquals(Optional.of(AllOf.of(RegisteredUnemployed.of(), DISABLED)), v.fullCondition("DISABLED"));
        assertEquals(Optional.of(AllOf.of(reference.condition(), gate)), v.fullCondition("MODEL_WORKER"));
        assertEquals(List.of(reference), v.referenceCategories());
        assertEquals(Optional.empty(), v.fullCondition("MARTYR_FAMILY"));
        assertEquals(EnumSet.of(RegistryFlag.DISABILITY_CERTIFICATE, RegistryFlag.MODEL_WORKER), v.registryFlags());
        CategoryCatalogue bare = CategoryCatalogue.builder().version("w").effectiveFrom(LocalDate.of(2021, 1, 1))
                .add(recognised("DISABLED")).build();
        assertEquals(Optional.of(DISABLED), bare.fullCondition("DISABLED"));
    }

    static CategoryCatalogue version(String name, LocalDate from, LocalDate to) {
        return CategoryCatalogue.builder().version(name).effectiveFrom(from).effectiveTo(to)
                .add(recognised("DISABLED")).build();
    }

    @Test
    void aSeriesRejectsOverlapsGapsAndTwinNames() {
        LocalDate y2020 = LocalDate.of(2020, 1, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CategoryCatalogues.of(List.of(
                version("a", y2020, LocalDate.of(2020, 6, 30)),
                version("a", LocalDate.of(2020, 6, 30), LocalDate.of(2020, 12, 31)),
                version("c", LocalDate.of(2021, 1, 2), null))));
        assertEquals(List.of(new Violation("[1].version", "category.duplicate-version",
                        "two catalogue versions have the same name"),
                new Violation("[1].effectiveFrom", "policy.overlap", "the version's period overlaps that of [0]"),
                new Violation("[2].effectiveFrom", "policy.gap",
                        "the version's period leaves a gap after that of [1]")), e.violations());
    }

    @Test
    void aSeriesAnswersByDate() {
        CategoryCatalogue a = version("a", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        CategoryCatalogue b = version("b", LocalDate.of(2021, 1, 1), null);
        CategoryCatalogues series = CategoryCatalogues.of(List.of(b, a));
        assertEquals(List.of(a, b), series.versions());
        assertEquals(a, series.inForceOn(LocalDate.of(2020, 12, 31)));
        assertEquals(b, series.inForceOn(LocalDate.of(2021, 1, 1)));
        assertEquals(List.of(LocalDate.of(2021, 1, 1)), series.boundaries());
        NoCatalogueInForceException e = assertThrows(NoCatalogueInForceException.class,
                () -> series.inForceOn(LocalDate.of(2019, 12, 31)));
        assertEquals("category.no-catalogue", e.code());
        assertEquals(Optional.empty(), CategoryCatalogues.empty().find(LocalDate.of(2021, 1, 1)));
    }
}
