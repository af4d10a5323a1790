package org.jobassist.impl.internal.recognition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.category.AllOf;
import org.jobassist.api.category.AnyOf;
import org.jobassist.api.category.Category;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.CategoryKind;
import org.jobassist.api.category.Condition;
import org.jobassist.api.category.ConditionKind;
import org.jobassist.api.category.HoldsRegistryFlag;
import org.jobassist.api.category.Not;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RegisteredUnemployed;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.impl.internal.memory.FactTable;
import org.jobassist.testkit.Properties;
import org.junit.jupiter.api.Test;

/**
 * The flat fast path: which catalogues it takes, the order of its leaves, and that it decides
 * as the condition trees do.
 */
class FlatProgramTest {

    static final LegalBasis BASIS = LegalBasis.of("示人社发〔2021〕1号", "示例", "Example");
    static final Condition DISABLED = HoldsRegistryFlag.of(RegistryFlag.DISABILITY_CERTIFICATE);
    static final Condition MARTYR = HoldsRegistryFlag.of(RegistryFlag.MARTYR_FAMILY);

    static CategoryCatalogue catalogue(Condition... conditions) {
        CategoryCatalogue.Builder b = CategoryCatalogue.builder().version("test-flat")
                .effectiveFrom(LocalDate.of(2021, 1, 1)).precondition(RegisteredUnemployed.of());
        for (int i = 0; i < conditions.length; i++) {
            b.add(Category.of("C" + i, "类" + i, "Category " + i, BASIS, conditions[i], CategoryKind.RECOGNISED));
        }
        return b.build();
    }

    static CompiledCatalogue compiled(CategoryCatalogue v) {
        return compiled(v, true);
    }

    /** {@code v} compiled for facts in one table ({@code oneRow}) or in registries asked one by one. */
    static CompiledCatalogue compiled(CategoryCatalogue v, boolean oneRow) {
        return new CompiledCatalogue(v, RecognitionFixture.WITH_KEY_COUNTIES, oneRow);
    }

    /** The kinds of {@code flat}'s leaves in the order it evaluates them. */
    static List<ConditionKind> kinds(FlatProgram flat) {
        return flat.leaves().stream().map(l -> l.condition.kind()).toList();
    }

    @Test
    void theLiaoningVersionsAreFlatAndAskRegisteredUnemployedFirst() {
        for (CategoryCatalogue v : List.of(RecognitionFixture.V2012, RecognitionFixture.V2021)) {
            FlatProgram flat = compiled(v).flat;
            assertNotNull(flat, v.version());
            assertEquals(ConditionKind.REGISTERED_UNEMPLOYED, flat.leaves().get(0).condition.kind(), v.version());
            // Each distinct leaf once.
            assertEquals(flat.leaves().size(), flat.leaves().stream().map(l -> l.condition).distinct().count());
        }
        // Registered unemployed, the zero-employment family, near retirement, the key-county set, 11 flags,
        // the referrals, the months without employer contribution and the age.
        assertEquals(18, compiled(RecognitionFixture.V2021).flat.leaves().size());
    }

    @Test
    void withOneRowTheFlagsComeBeforeEveryTestOnlyAFlagHolderOrAFewNeed() {
        Set<ConditionKind> costlier = EnumSet.of(ConditionKind.AGE_AT_LEAST, ConditionKind.WITHIN_YEARS_OF_RETIREMENT,
                ConditionKind.RESIDES_IN_COUNTY_SET, ConditionKind.UNEMPLOYED_AT_LEAST_MONTHS,
                ConditionKind.ZERO_EMPLOYMENT_FAMILY_MEMBER);
        for (CategoryCatalogue v : List.of(RecognitionFixture.V2012, RecognitionFixture.V2021)) {
            // One row: every flag is a bit of the row read once, as cheap as "registered unemployed".
            List<ConditionKind> oneRow = kinds(compiled(v, true).flat);
            assertEquals(ConditionKind.REGISTERED_UNEMPLOYED, oneRow.get(0), v.version());
            assertTrue(oneRow.lastIndexOf(ConditionKind.REGISTRY_FLAG) < firstOf(oneRow, costlier), oneRow::toString);
            // Registries asked one by one: a flag is a call, so the tests of the person's own record go first.
            List<ConditionKind> byRegistry = kinds(compiled(v, false).flat);
            assertEquals(ConditionKind.REGISTERED_UNEMPLOYED, byRegistry.get(0), v.version());
            assertTrue(byRegistry.indexOf(ConditionKind.REGISTRY_FLAG)
                    > byRegistry.lastIndexOf(ConditionKind.WITHIN_YEARS_OF_RETIREMENT), byRegistry::toString);
            // The same leaves either way.
            assertEquals(new HashSet<>(oneRow), new HashSet<>(byRegistry), v.version());
            assertEquals(oneRow.size(), byRegistry.size(), v.version());
        }
    }

    /** The index of the first of {@code kinds} in {@code order}. */
    private static int firstOf(List<ConditionKind> order, Set<ConditionKind> kinds) {
        for (int i = 0; i < order.size(); i++) {
            if (kinds.contains(order.get(i))) {
                return i;
            }
        }
        throw new AssertionError("none of " + kinds + " in " + order);
    }

    @Test
    void aDisjunctionIsLeftToTheTreesButANegatedOneIsFlat() {
        assertNull(compiled(catalogue(AnyOf.of(DISABLED, MARTYR))).flat);
        assertNull(compiled(catalogue(Not.of(AllOf.of(DISABLED, MARTYR)))).flat);
        FlatProgram notAny = compiled(catalogue(Not.of(AnyOf.of(DISABLED, MARTYR)), AnyOf.of(MARTYR))).flat;
        assertNotNull(notAny);
        // Registered unemployed, then the two flags (each once although both categories read MARTYR).
        assertEquals(3, notAny.leaves().size());
    }

    @Test
    void theFlatProgramDecidesAsTheTreesDo() {
        Properties.qt().withExamples(300).forAll(RecognitionPropertiesTest.from2021()).checkAssert(s -> {
            RecognitionFixture f = RecognitionPropertiesTest.loaded(s);
            Facts facts = new Facts(RecognitionFixture.WITH_KEY_COUNTIES, f.registries, f.households, f.zeroEmployment,
                    FactTable.sharedBy(f.registries));
            for (CompiledCatalogue c : List.of(compiled(RecognitionFixture.V2012, true),
                    compiled(RecognitionFixture.V2021, true), compiled(RecognitionFixture.V2012, false),
                    compiled(RecognitionFixture.V2021, false))) {
                Evaluation e = new Evaluation(facts, s.asOf(), c.slots, c.categories.length, false);
                boolean[] flat = new boolean[c.categories.length];
                boolean[] trees = new boolean[c.categories.length];
                String flatFailure = null;
                String treeFailure = null;
                e.reset(s.person());
                try {
                    c.flat.decide(e, flat);
                } catch (PolicyValueUnavailableException ex) {
                    flatFailure = ex.code();
                }
                e.reset(s.person());
                try {
                    c.decideByTrees(e, trees);
                } catch (PolicyValueUnavailableException ex) {
                    treeFailure = ex.code();
                }
                assertEquals(treeFailure, flatFailure, s::toString);
                assertArrayEquals(trees, flat, s::toString);
            }
        });
    }

    @Test
    void aCatalogueLeftToTheTreesDecidesFastAsItExplains() {
        CategoryCatalogue v = catalogue(AnyOf.of(DISABLED, MARTYR), Not.of(AllOf.of(DISABLED, MARTYR)),
                AllOf.of(Not.of(DISABLED), AnyOf.of(MARTYR, HoldsRegistryFlag.of(RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE))));
        assertNull(compiled(v).flat);
        Properties.qt().withExamples(200).forAll(RecognitionPropertiesTest.from2021()).checkAssert(s -> {
            RecognitionFixture f = RecognitionPropertiesTest.loaded(s);
            Recognition explained = f.engine.recognise(s.person(), s.asOf(), v, true);
            Recognition fast = f.engine.recognise(s.person(), s.asOf(), v, false);
            assertEquals(explained.categoryCodes(), fast.categoryCodes(), s::toString);
        });
    }
}
