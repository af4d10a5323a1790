package org.jobassist.api.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.law.Explanation.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplanationTest {

    private static final LegalBasis BASIS = LegalBasis.of("辽人社发〔2021〕7号", "测试标题", "Test title").withArticle("3");

    private static Explanation leaf(String rule, Outcome outcome) {
        return Explanation.builder(rule).outcome(outcome).build();
    }

    /** A recognition that failed: registered, but neither category condition holds. */
    private static Explanation recognition() {
        Explanation registered = Explanation.builder("person.registered-unemployed")
                .description("registered as unemployed").satisfied(true).build();
        Explanation nearRetirement = Explanation.builder("category.near-retirement")
                .description("within 5 years of statutory retirement")
                .input("retirementMonth", "2030-01")
                .input("asOf", "2021-06-30")
                .satisfied(false)
                .legalBasis(BASIS)
                .build();
        Explanation disabled = Explanation.builder("category.disabled")
                .description("holds a disability certificate")
                .satisfied(false)
                .build();
        Explanation anyCategory = Explanation.builder("category.any")
                .description("in at least one category")
                .satisfied(false)
                .children(List.of(nearRetirement, disabled))
                .build();
        return Explanation.builder("recognition")
                .description("person with employment difficulties")
                .input("person", "110105********002X")
                .satisfied(false)
                .child(registered)
                .child(anyCategory)
                .build();
    }

    @Test
    void schemaVersionIsOne() {
        assertEquals(1, Explanation.SCHEMA_VERSION);
    }

    @Test
    void keepsWhatWasBuilt() {
        Explanation e = Explanation.builder("subsidy.amount")
                .description("monthly amount")
                .input("b", "2")
                .input("a", "1")
                .value("500.00")
                .legalBasis(BASIS)
                .child(leaf("subsidy.cap", Outcome.SATISFIED))
                .build();
        assertEquals("subsidy.amount", e.rule());
        assertEquals("monthly amount", e.description());
        assertEquals(List.of("b", "a"), List.copyOf(e.inputs().keySet()));
        assertEquals(Outcome.VALUE, e.outcome());
        assertEquals("500.00", e.result().orElseThrow());
        assertEquals(List.of(BASIS), e.legalBases());
        assertEquals(List.of(leaf("subsidy.cap", Outcome.SATISFIED)), e.children());
        assertTrue(leaf("x", Outcome.SATISFIED).result().isEmpty());
        assertEquals("", leaf("x", Outcome.SATISFIED).description());
    }

    @Test
    void isImmutable() {
        Explanation e = recognition();
        assertThrows(UnsupportedOperationException.class, () -> e.inputs().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> e.children().clear());
        assertThrows(UnsupportedOperationException.class, () -> e.legalBases().add(BASIS));
        assertThrows(UnsupportedOperationException.class, () -> e.failedConditions().clear());
    }

    @Test
    void builderChangesDoNotReachABuiltExplanation() {
        Explanation.Builder b = Explanation.builder("a").input("x", "1").satisfied(true);
        Explanation first = b.build();
        b.input("y", "2").child(leaf("b", Outcome.SATISFIED));
        assertEquals(1, first.inputs().size());
        assertTrue(first.children().isEmpty());
    }

    @Test
    void failedConditionsAreTheMostSpecificFailures() {
        assertEquals(List.of("category.near-retirement", "category.disabled"),
                recognition().failedConditions().stream().map(Explanation::rule).toList());
    }

    @Test
    void aFailureWithoutFailedChildrenIsItsOwnReason() {
        Explanation e = Explanation.builder("family.zero-employment")
                .satisfied(false)
                .child(leaf("family.working-age-members", Outcome.SATISFIED))
                .build();
        assertEquals(List.of(e), e.failedConditions());
    }

    @Test
    void failuresUnderAConditionThatHeldAreNotReasons() {
        Explanation anyOf = Explanation.builder("category.any").satisfied(true)
                .child(leaf("category.disabled", Outcome.NOT_SATISFIED))
                .child(leaf("category.martyr-family", Outcome.SATISFIED))
                .build();
        assertEquals(List.of(), anyOf.failedConditions());
        Explanation root = Explanation.builder("subsidy.amount").value("0.00")
                .child(anyOf)
                .child(leaf("subsidy.not-paid-before", Outcome.NOT_SATISFIED))
                .child(leaf("subsidy.regime-2022", Outcome.NOT_APPLICABLE))
                .build();
        assertEquals(List.of("subsidy.not-paid-before"),
                root.failedConditions().stream().map(Explanation::rule).toList());
    }

    @Test
    void rendersAnIndentedTree() {
        String expected = """
                [NOT_SATISFIED] recognition: person with employment difficulties
                    inputs: person=110105********002X
                  [SATISFIED] person.registered-unemployed: registered as unemployed
                  [NOT_SATISFIED] category.any: in at least one category
                    [NOT_SATISFIED] category.near-retirement: within 5 years of statutory retirement
                        inputs: retirementMonth=2030-01, asOf=2021-06-30
                        basis: 辽人社发〔2021〕7号 第3条
                    [NOT_SATISFIED] category.disabled: holds a disability certificate
                """;
        assertEquals(expected, recognition().render());
        assertEquals("[VALUE] subsidy.amount = 500.00\n",
                Explanation.builder("subsidy.amount").value("500.00").build().render());
    }

    @Test
    void equalityIsStructural() {
        assertEquals(recognition(), recognition());
        assertEquals(recognition().hashCode(), recognition().hashCode());
        assertNotEquals(leaf("a", Outcome.SATISFIED), leaf("a", Outcome.NOT_SATISFIED));
        assertEquals("Explanation[recognition NOT_SATISFIED, 2 children]", recognition().toString());
    }

    @ParameterizedTest(name = "rule id \"{0}\" is refused")
    @ValueSource(strings = {"", "Recognition", "a..b", ".a", "a.", "a b", "a_b", "-a", "规则"})
    void malformedRuleIdIsRefused(String rule) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Explanation.builder(rule));
        assertEquals("explanation.rule", e.code());
        if (!rule.isEmpty()) {
            assertFalse(e.getMessage().contains(rule), e.getMessage());
        }
    }

    @Test
    void wellFormedRuleIds() {
        for (String rule : List.of("a", "retirement.statutory-month", "category.v2.near-retirement", "x-1.y")) {
            assertEquals(rule, leaf(rule, Outcome.SATISFIED).rule());
        }
    }

    @Test
    void missingOutcomeIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Explanation.builder("a").build());
        assertEquals("explanation.outcome", e.code());
        assertEquals("outcome", e.violations().get(0).path());
    }

    @Test
    void valueWithoutResultIsRefused() {
        assertEquals("explanation.outcome", assertThrows(InvalidInputException.class,
                () -> Explanation.builder("a").outcome(Outcome.VALUE).build()).code());
    }

    @Test
    void blankOrRepeatedInputNameIsRefused() {
        assertEquals("explanation.input", assertThrows(InvalidInputException.class,
                () -> Explanation.builder("a").input(" ", "1")).code());
        Explanation.Builder b = Explanation.builder("a").input("x", "1");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> b.input("x", "2"));
        assertEquals("explanation.input", e.code());
        assertFalse(e.getMessage().contains("2"));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> Explanation.builder(null));
        assertThrows(NullPointerException.class, () -> Explanation.builder("a").input("x", null));
        assertThrows(NullPointerException.class, () -> Explanation.builder("a").child(null));
        assertThrows(NullPointerException.class, () -> Explanation.builder("a").legalBasis(null));
    }

    @Test
    void aBuilderGoingOnAfterBuildLeavesWhatItBuiltUnchanged() {
        Explanation child = leaf("a.child", Outcome.SATISFIED);
        Explanation.Builder b = Explanation.builder("a.rule").input("x", "1").legalBasis(BASIS).child(child)
                .satisfied(true);
        Explanation first = b.build();
        Explanation second = b.input("y", "2").legalBasis(BASIS).child(child).satisfied(false).build();
        assertEquals(List.of("x"), List.copyOf(first.inputs().keySet()));
        assertEquals(1, first.legalBases().size());
        assertEquals(List.of(child), first.children());
        assertEquals(Outcome.SATISFIED, first.outcome());
        assertEquals(List.of("x", "y"), List.copyOf(second.inputs().keySet()));
        assertEquals(2, second.legalBases().size());
        assertEquals(List.of(child, child), second.children());
        assertEquals(Explanation.builder("a.rule").input("x", "1").legalBasis(BASIS).child(child).satisfied(true)
                .build(), first);
        assertThrows(UnsupportedOperationException.class, () -> first.inputs().put("z", "3"));
        assertThrows(UnsupportedOperationException.class, () -> first.children().add(child));
        assertThrows(UnsupportedOperationException.class, () -> first.legalBases().add(BASIS));
    }

    @Test
    void aMalformedRuleIdIsRefusedEveryTimeAndAWellFormedOneAlwaysAccepted() {
        for (int i = 0; i < 3; i++) {
            InvalidInputException ex = assertThrows(InvalidInputException.class,
                    () -> Explanation.builder("Bad.Rule"));
            assertEquals("explanation.rule", ex.violations().get(0).code());
            assertEquals("ok.rule", Explanation.builder("ok.rule").satisfied(true).build().rule());
        }
    }

    @Test
    void anExplanationWithoutInputsBasesOrChildrenHasEmptyUnmodifiableOnes() {
        Explanation x = leaf("a.leaf", Outcome.NOT_APPLICABLE);
        assertTrue(x.inputs().isEmpty());
        assertTrue(x.legalBases().isEmpty());
        assertTrue(x.children().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> x.inputs().put("z", "3"));
        assertThrows(UnsupportedOperationException.class, () -> x.children().add(x));
    }
}
