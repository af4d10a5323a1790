package org.jobassist.impl.internal.family;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.family.CivilCode;
import org.jobassist.api.family.Kinship;
import org.jobassist.api.family.KinshipFinding;
import org.jobassist.api.family.KinshipService;
import org.jobassist.api.family.Relative;
import org.jobassist.api.family.RelativesReport;
import org.jobassist.impl.KinshipServices;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.family.FamilyCase;
import org.jobassist.testkit.family.Families;
import org.junit.jupiter.api.Test;

/** The laws of the issue, checked on generated families with the build's fixed seed. */
class KinshipPropertiesTest {

    /** What each relation looks like from the other side. */
    private static final Map<Kinship, Set<Kinship>> CONVERSE = Map.ofEntries(
            Map.entry(Kinship.SPOUSE, EnumSet.of(Kinship.SPOUSE)),
            Map.entry(Kinship.SIBLING, EnumSet.of(Kinship.SIBLING)),
            Map.entry(Kinship.PARENT, EnumSet.of(Kinship.CHILD)),
            Map.entry(Kinship.CHILD, EnumSet.of(Kinship.PARENT)),
            Map.entry(Kinship.PATERNAL_GRANDPARENT, EnumSet.of(Kinship.GRANDCHILD_THROUGH_SON)),
            Map.entry(Kinship.MATERNAL_GRANDPARENT, EnumSet.of(Kinship.GRANDCHILD_THROUGH_DAUGHTER)),
            Map.entry(Kinship.GRANDCHILD_THROUGH_SON, EnumSet.of(Kinship.PATERNAL_GRANDPARENT, Kinship.MATERNAL_GRANDPARENT)),
            Map.entry(Kinship.GRANDCHILD_THROUGH_DAUGHTER, EnumSet.of(Kinship.PATERNAL_GRANDPARENT, Kinship.MATERNAL_GRANDPARENT)),
            Map.entry(Kinship.PARENT_IN_LAW, EnumSet.of(Kinship.CHILD_IN_LAW)),
            Map.entry(Kinship.CHILD_IN_LAW, EnumSet.of(Kinship.PARENT_IN_LAW)),
            Map.entry(Kinship.SIBLING_IN_LAW, EnumSet.of(Kinship.SIBLING_IN_LAW)),
            Map.entry(Kinship.STEP_PARENT, EnumSet.of(Kinship.STEP_CHILD)),
            Map.entry(Kinship.STEP_CHILD, EnumSet.of(Kinship.STEP_PARENT)));

    private static boolean conversesHold(FamilyCase c) {
        KinshipService s = KinshipServices.of(c.graph());
        for (Relative r : s.relatives(c.person(), c.asOf()).included()) {
            for (KinshipFinding f : r.findings()) {
                boolean back = s.relations(r.person(), c.person(), c.asOf()).stream()
                        .anyMatch(g -> CONVERSE.get(f.kind()).contains(g.kind()));
                if (!back) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void spouseAndSiblingAreSymmetricParentAndChildInverse() {
        Properties.qt().withExamples(300).forAll(Families.cases()).check(KinshipPropertiesTest::conversesHold);
    }

    @Test
    void familyMembersWithinCloseRelativesWithinRelatives() {
        Properties.qt().withExamples(300).forAll(Families.cases()).check(c -> {
            KinshipService s = KinshipServices.of(c.graph());
            Set<?> relatives = s.relatives(c.person(), c.asOf()).people();
            Set<?> close = s.closeRelatives(c.person(), c.asOf()).people();
            RelativesReport family = s.familyMembers(c.person(), c.asOf());
            return relatives.containsAll(close) && close.containsAll(family.people())
                    && close.size() == family.included().size() + family.excluded().size();
        });
    }

    @Test
    void isFamilyMemberAgreesWithTheFamilyMembersReport() {
        // The zero-employment test asks isFamilyMember for each register member; it must give
        // exactly the report's answer, for everyone in the graph.
        Properties.qt().withExamples(300).forAll(Families.cases()).check(c -> {
            KinshipService s = KinshipServices.of(c.graph());
            Set<?> family = s.familyMembers(c.person(), c.asOf()).people();
            return c.graph().people().stream().allMatch(p ->
                    s.isFamilyMember(c.person(), p.id(), c.asOf()) == family.contains(p.id()));
        });
    }

    @Test
    void noInLawIsEverACloseRelative() {
        Properties.qt().withExamples(300).forAll(Families.cases()).check(c -> {
            KinshipService s = KinshipServices.of(c.graph());
            RelativesReport close = s.closeRelatives(c.person(), c.asOf());
            boolean onlyClose = close.included().stream().flatMap(r -> r.findings().stream())
                    .allMatch(f -> f.kind().isCloseRelative());
            boolean inLawsOut = s.relatives(c.person(), c.asOf()).included().stream()
                    .filter(r -> r.findings().stream().allMatch(f -> f.kind().isByMarriage()))
                    .noneMatch(r -> close.includes(r.person()));
            return onlyClose && inLawsOut;
        });
    }

    @Test
    void theExplanationOfACloseRelativeCitesArticle1045Paragraph2() {
        Properties.qt().withExamples(300).forAll(Families.cases()).check(c -> {
            KinshipService s = KinshipServices.of(c.graph());
            return s.closeRelatives(c.person(), c.asOf()).included().stream().allMatch(r ->
                    r.explanation().legalBases().contains(CivilCode.ART_1045_PARA_2)
                    && r.findings().stream().allMatch(f -> f.explanation().legalBases().contains(CivilCode.ART_1045_PARA_2)));
        });
    }

    @Test
    void spouseParentsAndChildrenWhoAreLivingAreAlwaysFamilyMembers() {
        Properties.qt().withExamples(300).forAll(Families.cases()).check(c -> {
            RelativesReport family = KinshipServices.of(c.graph()).familyMembers(c.person(), c.asOf());
            return family.excluded().stream().noneMatch(r -> !r.deceased()
                    && r.findings().stream().anyMatch(f -> f.kind().isAlwaysFamilyMember()))
                    && family.included().stream().allMatch(r -> !r.deceased() && (r.livingTogether()
                    || r.findings().stream().anyMatch(f -> f.kind().isAlwaysFamilyMember())));
        });
    }

    @Test
    void everyPathLeadsFromTheSubjectToTheRelativeInAtMostThreeSteps() {
        Properties.qt().withExamples(300).forAll(Families.cases()).check(c ->
                KinshipServices.of(c.graph()).relatives(c.person(), c.asOf()).included().stream()
                        .flatMap(r -> r.findings().stream())
                        .allMatch(f -> f.path().size() <= 3 && f.describe().startsWith(f.relative().value())));
    }

    @Test
    void theGeneratedCasesExerciseEveryRelation() {
        Set<Kinship> seen = EnumSet.noneOf(Kinship.class);
        for (FamilyCase c : Samples.draw(Families.cases(), 400, Properties.seed())) {
            KinshipServices.of(c.graph()).relatives(c.person(), c.asOf()).included()
                    .forEach(r -> seen.addAll(r.kinds()));
        }
        assertTrue(seen.containsAll(EnumSet.allOf(Kinship.class)), () -> "only " + seen);
    }
}
