package org.jobassist.impl.internal.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jobassist.api.category.AgeAtLeast;
import org.jobassist.api.category.AllOf;
import org.jobassist.api.category.AnyOf;
import org.jobassist.api.category.Category;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.CategoryCatalogues;
import org.jobassist.api.category.CategoryKind;
import org.jobassist.api.category.HoldsRegistryFlag;
import org.jobassist.api.category.Not;
import org.jobassist.api.category.RegisteredUnemployed;
import org.jobassist.api.category.ResidesInCountySet;
import org.jobassist.api.category.TransitionRule;
import org.jobassist.api.category.UnemployedAtLeastMonths;
import org.jobassist.api.category.ZeroEmploymentFamilyMember;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue section of a pack: a fictitious province's catalogue (the one in
 * docs/categories.md) loads as written, and each fault is reported with its code and JSON
 * pointer.
 */
class CategoryCatalogueReaderTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String RESOURCE = "/org/jobassist/impl/category/other-province.json";

    ObjectNode doc;

    @BeforeEach
    void load() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            doc = (ObjectNode) MAPPER.readTree(in);
        }
    }

    PolicyPack read() {
        try {
            return PolicyPacks.read(MAPPER.writeValueAsString(doc));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    List<Violation> faults(Consumer<ObjectNode> change) {
        change.accept(doc);
        return assertThrows(InvalidInputException.class, this::read).violations();
    }

    ObjectNode at(String pointer) {
        return (ObjectNode) doc.at(JsonPointer.compile(pointer));
    }

    void assertOnly(String path, String code, List<Violation> violations) {
        assertEquals(1, violations.size(), violations::toString);
        assertEquals(path, violations.get(0).path());
        assertEquals(code, violations.get(0).code());
    }

    static final String V0 = "/categoryCatalogues/0";
    static final String V1 = "/categoryCatalogues/1";

    @Test
    void anotherProvincesCatalogueLoadsAsWritten() {
        LegalBasis basis = new LegalBasis("示人社发〔2019〕1号", "示例省就业困难人员认定办法",
                "Example province measures for recognising people with employment difficulties", null,
                LocalDate.of(2019, 1, 1));
        Category older2019 = Category.of("OLDER_WORKER", "女40周岁以上、男50周岁以上的人员",
                "Women aged 40 or over, men aged 50 or over", basis.withArticle("3"), AgeAtLeast.of(50, 40),
                CategoryKind.RECOGNISED);
        Category disabled = Category.of("DISABLED", "残疾人", "Person with a disability", basis.withArticle("3"),
                HoldsRegistryFlag.of(RegistryFlag.DISABILITY_CERTIFICATE), CategoryKind.RECOGNISED);
        Category older2023 = Category.of("OLDER_WORKER", "女40周岁以上、男50周岁以上的人员",
                "Women aged 40 or over, men aged 50 or over", basis.withArticle("3"),
                AllOf.of(AgeAtLeast.of(50, 40), UnemployedAtLeastMonths.of(6)), CategoryKind.RECOGNISED);
        Category mountain = Category.of("LONG_TERM_UNEMPLOYED_MOUNTAIN_COUNTY", "山区县长期失业人员",
                "Long-term unemployed in a mountain county", basis.withArticle("4"),
                AllOf.of(ResidesInCountySet.of("category.key-assisted-counties"), UnemployedAtLeastMonths.of(12),
                        Not.of(AnyOf.of(HoldsRegistryFlag.of(RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE),
                                ZeroEmploymentFamilyMember.of()))),
                CategoryKind.RECOGNISED).withNote("Illustrative.");
        CategoryCatalogues expected = CategoryCatalogues.of(List.of(
                CategoryCatalogue.builder().version("example-2019").effectiveFrom(LocalDate.of(2019, 1, 1))
                        .effectiveTo(LocalDate.of(2022, 12, 31)).precondition(RegisteredUnemployed.of())
                        .add(older2019).add(disabled).build(),
                CategoryCatalogue.builder().version("example-2023").effectiveFrom(LocalDate.of(2023, 1, 1))
                        .transition(TransitionRule.REASSESS_IMMEDIATELY).precondition(RegisteredUnemployed.of())
                        .add(older2023).add(disabled).add(mountain).build()));

        CategoryCatalogues read = read().categoryCatalogues();

        assertEquals(expected, read);
        assertEquals(TransitionRule.KEEP_UNTIL_NEXT_REVIEW, read.versions().get(0).transition());
        assertEquals(List.of(), read.versions().get(1).referenceCategories());
        assertEquals(java.util.Optional.empty(), read.versions().get(1).referenceGate());
    }

    @Test
    void docsShowTheFileThisTestLoads() throws IOException {
        Path doc = Path.of("..", "docs", "categories.md");
        Assumptions.assumeTrue(Files.exists(doc), "run from the impl module of the source tree");
        String markdown = Files.readString(doc);
        String resource;
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            resource = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertTrue(markdown.contains("```json\n" + resource + "\n```"),
                "docs/categories.md must show other-province.json verbatim");
    }

    @Test
    void aPackWithoutCatalogueHasAnEmptySeries() {
        doc.remove("categoryCatalogues");
        assertTrue(read().categoryCatalogues().isEmpty());
        assertEquals(List.of(), read().categoryCatalogues().versions());
    }

    @Test
    void overlappingVersions() {
        assertOnly(V1 + "/effectiveFrom", "policy.overlap", faults(d -> at(V1).put("effectiveFrom", "2022-12-31")));
    }

    @Test
    void aGapBetweenVersions() {
        assertOnly(V1 + "/effectiveFrom", "policy.gap", faults(d -> at(V1).put("effectiveFrom", "2023-01-02")));
    }

    @Test
    void anOpenEndedVersionBeforeAnotherOverlapsIt() {
        assertOnly(V1 + "/effectiveFrom", "policy.overlap", faults(d -> at(V0).putNull("effectiveTo")));
    }

    @Test
    void versionsInAnyOrderAreSortedByDate() {
        ArrayNode versions = (ArrayNode) doc.get("categoryCatalogues");
        JsonNode first = versions.remove(0);
        versions.add(first);
        assertEquals(List.of("example-2019", "example-2023"),
                read().categoryCatalogues().versions().stream().map(CategoryCatalogue::version).toList());
    }

    @Test
    void endBeforeStart() {
        assertOnly(V0 + "/effectiveTo", "policy.date-order", faults(d -> at(V0).put("effectiveTo", "2018-12-31")));
    }

    @Test
    void twoVersionsWithOneName() {
        assertOnly(V1 + "/version", "category.duplicate-version", faults(d -> at(V1).put("version", "example-2019")));
    }

    @Test
    void anUnknownConditionKind() {
        assertOnly(V0 + "/categories/0/condition/kind", "category.unknown-condition",
                faults(d -> at(V0 + "/categories/0/condition").put("kind", "age-at-most")));
    }

    @Test
    void anUnknownRegistryFlagIsNotEchoed() {
        List<Violation> faults = faults(d -> at(V1 + "/categories/1/condition").put("flag", "ID_110101199003077777"));
        assertOnly(V1 + "/categories/1/condition/flag", "category.unknown-flag", faults);
        assertFalse(faults.get(0).message().contains("110101199003077777"));
    }

    @Test
    void anUnknownRegistrySource() {
        assertOnly(V0 + "/categories/1/condition/source", "category.unknown-source",
                faults(d -> at(V0 + "/categories/1/condition").put("source", "TAX_BUREAU")));
    }

    @Test
    void aFlagNamedWithAnotherSource() {
        assertOnly(V0 + "/categories/1/condition/source", "category.source-mismatch",
                faults(d -> at(V0 + "/categories/1/condition").put("source", "CIVIL_AFFAIRS")));
    }

    @Test
    void aCategoryWithoutLegalBasis() {
        assertOnly(V0 + "/categories/0/legalBasis", "category.legal-basis",
                faults(d -> at(V0 + "/categories/0").remove("legalBasis")));
    }

    @Test
    void aCategoryWithANullLegalBasis() {
        assertOnly(V0 + "/categories/0/legalBasis", "category.legal-basis",
                faults(d -> at(V0 + "/categories/0").putNull("legalBasis")));
    }

    @Test
    void aLegalBasisNotInTheTable() {
        assertOnly(V1 + "/categories/2/legalBasis", "policy.legal-basis-ref",
                faults(d -> at(V1 + "/categories/2").put("legalBasis", "example-2020")));
    }

    @Test
    void aCodeTwiceInAVersion() {
        assertOnly(V1 + "/categories/1/code", "category.duplicate-code",
                faults(d -> at(V1 + "/categories/1").put("code", "OLDER_WORKER")));
    }

    @Test
    void aReferenceCategoryWithTheCodeOfARecognisedOne() {
        List<Violation> faults = faults(d -> {
            ArrayNode refs = at(V1).putArray("referenceCategories");
            refs.add(at(V1 + "/categories/1").deepCopy());
        });
        assertOnly(V1 + "/referenceCategories/0/code", "category.duplicate-code", faults);
    }

    @Test
    void aMalformedCode() {
        assertOnly(V0 + "/categories/0/code", "category.code",
                faults(d -> at(V0 + "/categories/0").put("code", "older-worker")));
    }

    @Test
    void aNegativeAge() {
        assertOnly(V0 + "/categories/0/condition/female", "category.negative",
                faults(d -> at(V0 + "/categories/0/condition").put("female", -40)));
    }

    @Test
    void anEmptyAny() {
        assertOnly(V1 + "/categories/2/condition/of/2/condition/of", "category.empty",
                faults(d -> at(V1 + "/categories/2/condition/of/2/condition").putArray("of")));
    }

    @Test
    void aCountySetUnderAKeyThatIsNotACodeSet() {
        assertOnly(V1 + "/categories/2/condition/of/0/policyKey", "category.policy-key",
                faults(d -> at(V1 + "/categories/2/condition/of/0").put("policyKey", "minimum-wage.monthly")));
    }

    @Test
    void aCountySetUnderAnUnknownKey() {
        assertOnly(V1 + "/categories/2/condition/of/0/policyKey", "category.policy-key",
                faults(d -> at(V1 + "/categories/2/condition/of/0").put("policyKey", "category.mountain-counties")));
    }

    @Test
    void anUnknownTransitionRule() {
        assertOnly(V1 + "/transition", "category.transition", faults(d -> at(V1).put("transition", "KEEP")));
    }

    @Test
    void unknownFieldsAtEveryLevel() {
        List<Violation> faults = faults(d -> {
            at(V0).put("notes", "x");
            at(V0 + "/categories/0").put("nmeEn", "x");
            at(V0 + "/categories/0/condition").put("years", 5);
        });
        assertEquals(List.of(V0 + "/notes", V0 + "/categories/0/nmeEn", V0 + "/categories/0/condition/years"),
                faults.stream().map(Violation::path).toList());
        faults.forEach(v -> assertEquals("policy.unknown-field", v.code()));
    }

    @Test
    void missingParts() {
        List<Violation> faults = faults(d -> {
            at(V0).remove("categories");
            at(V1 + "/categories/0").remove("condition");
            at(V1 + "/categories/2/condition/of/2").remove("condition");
        });
        assertEquals(List.of(V0 + "/categories", V1 + "/categories/0/condition", V1 + "/categories/2/condition/of/2/condition"),
                faults.stream().map(Violation::path).toList());
        faults.forEach(v -> assertEquals("policy.required", v.code()));
    }

    @Test
    void theSectionMustBeAnArray() {
        assertOnly("/categoryCatalogues", "policy.type", faults(d -> d.putObject("categoryCatalogues")));
    }

    @Test
    void anAdjustmentDateOnWhichNoVersionBegins() {
        List<Violation> faults = faults(d -> ((ArrayNode) d.get("values")).addObject()
                .put("key", "category.adjustment-date").put("jurisdiction", "130000")
                .put("effectiveFrom", "2019-01-01").put("value", "2023-02-01").put("legalBasis", "example-2019"));
        assertOnly("/values/1/value", "category.adjustment-date", faults);
    }

    @Test
    void anAdjustmentDateOnWhichAVersionBeginsIsAccepted() {
        ((ArrayNode) doc.get("values")).addObject()
                .put("key", "category.adjustment-date").put("jurisdiction", "130000")
                .put("effectiveFrom", "2019-01-01").put("value", "2023-01-01").put("legalBasis", "example-2019");
        assertEquals(2, read().categoryCatalogues().versions().size());
    }

    @Test
    void everyFaultOfOneDocumentAtOnce() {
        List<Violation> faults = faults(d -> {
            at(V0 + "/categories/0/condition").put("male", -1);
            at(V1 + "/categories/1/condition").put("flag", "NO_SUCH_FLAG");
            ((ObjectNode) d.get("values").get(0)).put("value", "not a set");
        });
        assertEquals(List.of("/values/0/value", V0 + "/categories/0/condition/male", V1 + "/categories/1/condition/flag"),
                faults.stream().map(Violation::path).toList());
        assertEquals(List.of("policy.type", "category.negative", "category.unknown-flag"),
                faults.stream().map(Violation::code).toList());
    }
}
