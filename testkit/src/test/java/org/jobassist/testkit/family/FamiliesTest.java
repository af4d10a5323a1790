package org.jobassist.testkit.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.MarriageEnd;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.ParentageKind;
import org.jobassist.api.family.PersonId;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

class FamiliesTest {

    @Test
    void everyGraphRebuildsFromItsOwnFacts() {
        // build() ran inside the generator; rebuilding proves the facts pass validation as they stand.
        Properties.qt().withExamples(300).forAll(Families.graphs())
                .check(g -> g.toBuilder().build().equals(g));
    }

    @Test
    void graphsStayWithinTheirBounds() {
        Properties.qt().withExamples(300).forAll(Families.graphs(1, 5))
                .check(g -> g.people().size() <= 6 && g.people().size() >= 1);
    }

    @Test
    void badBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Families.graphs(0, 10));
        assertThrows(IllegalArgumentException.class, () -> Families.graphs(5, 10));
        assertThrows(IllegalArgumentException.class, () -> Families.graphs(2, 0));
    }

    @Test
    void drawsCoverEveryKindOfFact() {
        List<KinshipGraph> graphs = Samples.draw(Families.graphs(), 400, Properties.seed());
        Set<String> seen = new HashSet<>();
        for (KinshipGraph g : graphs) {
            for (Marriage m : g.marriages()) {
                if (m.endReason() != null) {
                    seen.add(m.endReason().name());
                }
            }
            Map<PersonId, Integer> marriagesPerPerson = new HashMap<>();
            for (Marriage m : g.marriages()) {
                marriagesPerPerson.merge(m.a(), 1, Integer::sum);
            }
            if (marriagesPerPerson.values().stream().anyMatch(n -> n > 1)) {
                seen.add("REMARRIAGE");
            }
            for (Parentage p : g.parentages()) {
                seen.add(p.kind().name());
                if (p.kind() == ParentageKind.ADOPTION && p.end() != null) {
                    seen.add("DISSOLVED_ADOPTION");
                }
            }
            if (!g.livingTogether().isEmpty()) {
                seen.add("LIVING_TOGETHER");
            }
            if (g.people().stream().anyMatch(p -> p.deathDate() != null)) {
                seen.add("DEATH_OF_PERSON");
            }
        }
        assertEquals(Set.of(MarriageEnd.DIVORCE.name(), MarriageEnd.DEATH.name(), "REMARRIAGE", "BIRTH", "ADOPTION",
                "STEP_WITH_SUPPORT", "DISSOLVED_ADOPTION", "LIVING_TOGETHER", "DEATH_OF_PERSON"), seen);
    }

    @Test
    void casesAskAboutAPersonOfTheGraph() {
        Properties.qt().withExamples(200).forAll(Families.cases()).check(c -> c.graph().contains(c.person()));
        assertTrue(Samples.draw(Families.graphs(), 50, Properties.seed()).stream().anyMatch(g -> g.people().size() > 10),
                "some families are large");
    }
}
