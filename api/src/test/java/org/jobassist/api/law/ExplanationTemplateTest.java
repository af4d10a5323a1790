package org.jobassist.api.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.law.Explanation.Outcome;
import org.junit.jupiter.api.Test;

/** Nodes stamped from an {@link Explanation.Template} are the nodes a builder makes. */
class ExplanationTemplateTest {

    private static final LegalBasis BASIS = LegalBasis.of("辽人社发〔2021〕7号", "测试标题", "Test title").withArticle("3");
    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);

    private static final Explanation CHILD = Explanation.builder("person.registered-unemployed")
            .satisfied(true).build();

    /** The root of a recognition: the person and the date vary, the rest is fixed. */
    private static Explanation.Builder root() {
        return Explanation.builder("category.recognition").description("recognition")
                .input("person", "placeholder")
                .input("asOf", "placeholder")
                .input("catalogueVersion", "2021")
                .legalBasis(BASIS);
    }

    private static Explanation built(boolean holds, String person, String asOf, List<Explanation> children) {
        return Explanation.builder("category.recognition").description("recognition")
                .input("person", person)
                .input("asOf", asOf)
                .input("catalogueVersion", "2021")
                .legalBasis(BASIS)
                .children(children)
                .satisfied(holds)
                .build();
    }

    @Test
    void aStampedNodeEqualsTheNodeBuiltOneByOne() {
        Explanation.Template t = root().template("person", "asOf");
        Explanation stamped = t.satisfied(false, List.of(CHILD), "p-1", "2021-06-30");
        Explanation expected = built(false, "p-1", "2021-06-30", List.of(CHILD));
        assertEquals(expected, stamped);
        assertEquals(stamped, expected);
        assertEquals(expected.hashCode(), stamped.hashCode());
        assertEquals(expected.render(), stamped.render());
        assertEquals(List.of("person", "asOf", "catalogueVersion"), List.copyOf(stamped.inputs().keySet()));
        assertEquals("p-1", stamped.inputs().get("person"));
        assertEquals("2021", stamped.inputs().get("catalogueVersion"));
        assertNull(stamped.inputs().get("missing"));
        assertFalse(stamped.inputs().containsKey("missing"));
        assertEquals(Outcome.NOT_SATISFIED, stamped.outcome());
        assertTrue(stamped.result().isEmpty());
        assertEquals(List.of(BASIS), stamped.legalBases());
        assertEquals(List.of(CHILD), stamped.children());
        assertEquals(List.of(stamped), stamped.failedConditions());
    }

    @Test
    void variablesMayBeNamedInAnyOrderAndNodesKeepTheInputOrder() {
        Explanation.Template t = root().template("asOf", "person");
        Explanation stamped = t.node(Outcome.SATISFIED, List.of(), "2021-06-30", "p-2");
        assertEquals(built(true, "p-2", "2021-06-30", List.of()), stamped);
        assertEquals("{person=p-2, asOf=2021-06-30, catalogueVersion=2021}", stamped.inputs().toString());
        assertEquals(2, t.variables());
        assertEquals("category.recognition", t.rule());
    }

    @Test
    void aTemplateWithoutVariablesSharesItsInputsAndAnEmptyOneHasNone() {
        Explanation.Template fixed = Explanation.builder("category.outcome").input("code", "DISABLED")
                .template();
        Explanation a = fixed.satisfied(true, List.of(CHILD));
        Explanation b = fixed.satisfied(false, List.of(CHILD));
        assertSame(a.inputs(), b.inputs());
        assertEquals(Map.of("code", "DISABLED"), a.inputs());
        Explanation bare = Explanation.builder("category.condition.all").template().node(Outcome.NOT_APPLICABLE,
                List.of());
        assertEquals(Explanation.builder("category.condition.all").outcome(Outcome.NOT_APPLICABLE).build(), bare);
        assertTrue(bare.inputs().isEmpty());
        assertTrue(bare.children().isEmpty());
    }

    @Test
    void stampedNodesAreImmutable() {
        Explanation.Template t = root().template("person", "asOf");
        List<Explanation> children = new ArrayList<>(List.of(CHILD));
        String[] values = {"p-1", "2021-06-30"};
        Explanation x = t.satisfied(true, children, values);
        // Neither the caller's list nor its array reaches the node.
        children.clear();
        values[0] = "p-9";
        assertEquals(List.of(CHILD), x.children());
        assertEquals("p-1", x.inputs().get("person"));
        assertThrows(UnsupportedOperationException.class, () -> x.inputs().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> x.inputs().remove("person"));
        assertThrows(UnsupportedOperationException.class, () -> x.inputs().entrySet().iterator().next().setValue("z"));
        assertThrows(UnsupportedOperationException.class, () -> x.children().add(CHILD));
        assertThrows(UnsupportedOperationException.class, () -> x.legalBases().clear());
        Iterator<Map.Entry<String, String>> it = x.inputs().entrySet().iterator();
        it.next();
        it.next();
        it.next();
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void theBuilderGoingOnLeavesTheTemplateUnchanged() {
        Explanation.Builder b = root();
        Explanation.Template t = b.template("person", "asOf");
        b.input("extra", "1").legalBasis(BASIS);
        assertEquals(built(true, "p-1", "d", List.of()), t.satisfied(true, List.of(), "p-1", "d"));
    }

    @Test
    void aStampedNodeEqualsABuiltOneForAnyValues() {
        qt().withFixedSeed(SEED).forAll(strings().allPossible().ofLengthBetween(0, 12),
                strings().basicLatinAlphabet().ofLengthBetween(0, 12), booleans().all())
                .checkAssert((person, asOf, holds) -> {
                    Explanation stamped = root().template("person", "asOf").satisfied(holds, List.of(CHILD), person,
                            asOf);
                    Explanation expected = built(holds, person, asOf, List.of(CHILD));
                    assertEquals(expected, stamped);
                    assertEquals(expected.render(), stamped.render());
                    Map<String, String> inputs = new LinkedHashMap<>(stamped.inputs());
                    assertEquals(expected.inputs(), inputs);
                });
    }

    @Test
    void aVariableThatIsNoInputOrIsNamedTwiceIsRefused() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> root().template("secret-name"));
        assertEquals("explanation.input", unknown.violations().get(0).code());
        assertFalse(unknown.getMessage().contains("secret-name"), unknown.getMessage());
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> root().template("person", "person"));
        assertEquals("explanation.input", twice.violations().get(0).code());
    }

    @Test
    void aNodeWithTheWrongNumberOfValuesIsRefused() {
        Explanation.Template t = root().template("person", "asOf");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> t.satisfied(true, List.of(), "110105194912310021"));
        assertEquals("explanation.input", e.violations().get(0).code());
        assertFalse(e.getMessage().contains("110105194912310021"), e.getMessage());
        assertEquals("explanation.input", assertThrows(InvalidInputException.class,
                () -> t.satisfied(true, List.of(), "a", "b", "c")).violations().get(0).code());
    }

    @Test
    void aValueNodeIsRefusedForItNeedsAResult() {
        Explanation.Template t = Explanation.builder("subsidy.amount").template();
        assertEquals("explanation.outcome", assertThrows(InvalidInputException.class,
                () -> t.node(Outcome.VALUE, List.of())).violations().get(0).code());
    }

    @Test
    void nullsAreRefused() {
        Explanation.Template t = root().template("person", "asOf");
        assertThrows(NullPointerException.class, () -> t.node(null, List.of(), "a", "b"));
        assertThrows(NullPointerException.class, () -> t.satisfied(true, null, "a", "b"));
        assertThrows(NullPointerException.class, () -> t.satisfied(true, List.of(), "a", null));
        assertThrows(NullPointerException.class, () -> t.satisfied(true, List.of(), (String[]) null));
        List<Explanation> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> t.satisfied(true, withNull, "a", "b"));
        assertThrows(NullPointerException.class, () -> root().template((String) null));
    }
}
