package org.jobassist.testkit.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

class LawGeneratorsTest {

    @Test
    void legalBasesAreValidAndRebuildEqual() {
        Properties.qt().forAll(LegalBases.legalBases()).checkAssert(basis -> {
            LegalBasis copy = new LegalBasis(basis.documentNumber(), basis.titleZh(), basis.titleEn(),
                    basis.article(), basis.effectiveDate());
            assertEquals(basis, copy);
            assertFalse(basis.documentNumber().isBlank());
        });
    }

    @Test
    void legalBasesVaryTheOptionalParts() {
        List<LegalBasis> bases = Samples.draw(LegalBases.legalBases(), 300, Properties.seed());
        assertTrue(bases.stream().anyMatch(b -> b.article() == null));
        assertTrue(bases.stream().anyMatch(b -> b.article() != null && b.article().chars().allMatch(Character::isDigit)));
        assertTrue(bases.stream().anyMatch(b -> b.article() != null && !b.article().chars().allMatch(Character::isDigit)));
        assertTrue(bases.stream().anyMatch(b -> b.effectiveDate() == null));
        assertTrue(bases.stream().anyMatch(b -> b.effectiveDate() != null));
        assertTrue(bases.stream().anyMatch(b -> b.titleEn().contains("\"") || b.titleEn().contains("\\")),
                "characters that JSON must escape are drawn");
    }

    @Test
    void explanationsRespectTheirDepthAndBreadth() {
        Properties.qt().forAll(Explanations.explanations(2, 4)).checkAssert(e -> {
            assertTrue(depth(e) <= 2);
            assertTrue(maxChildren(e) <= 4);
        });
        Properties.qt().forAll(Explanations.explanations(1, 3)).checkAssert(e -> assertEquals(1, depth(e)));
        assertThrows(IllegalArgumentException.class, () -> Explanations.explanations(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Explanations.explanations(1, -1));
    }

    @Test
    void explanationsAreValidTreesCoveringEveryOutcome() {
        List<Explanation> trees = Samples.draw(Explanations.explanations(), 200, Properties.seed());
        Set<Explanation.Outcome> outcomes = EnumSet.noneOf(Explanation.Outcome.class);
        int deepest = 0;
        for (Explanation e : trees) {
            collect(e, outcomes);
            deepest = Math.max(deepest, depth(e));
            assertTrue(depth(e) <= Explanations.DEFAULT_MAX_DEPTH);
        }
        assertEquals(EnumSet.allOf(Explanation.Outcome.class), outcomes);
        assertEquals(Explanations.DEFAULT_MAX_DEPTH, deepest);
    }

    @Test
    void ruleIdsAreAcceptedByTheBuilder() {
        Properties.qt().forAll(Explanations.ruleIds(), Explanations.outcomes()).checkAssert((rule, outcome) -> {
            Explanation.Builder b = Explanation.builder(rule).outcome(outcome);
            if (outcome == Explanation.Outcome.VALUE) {
                b.result("1");
            }
            assertEquals(rule, b.build().rule());
        });
    }

    private static int depth(Explanation e) {
        int d = 0;
        for (Explanation child : e.children()) {
            d = Math.max(d, depth(child));
        }
        return d + 1;
    }

    private static int maxChildren(Explanation e) {
        int m = e.children().size();
        for (Explanation child : e.children()) {
            m = Math.max(m, maxChildren(child));
        }
        return m;
    }

    private static void collect(Explanation e, Set<Explanation.Outcome> outcomes) {
        outcomes.add(e.outcome());
        if (e.outcome() == Explanation.Outcome.VALUE) {
            assertTrue(e.result().isPresent());
        }
        for (Explanation child : e.children()) {
            collect(child, outcomes);
        }
    }
}
