package org.jobassist.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.law.Explanation;
import org.junit.jupiter.api.Test;

class KinshipTest {

    @Test
    void exactlyTheEightRelationsOfArticle1045Paragraph2AreClose() {
        Set<Kinship> close = Stream.of(Kinship.values()).filter(Kinship::isCloseRelative).collect(Collectors.toSet());
        assertEquals(EnumSet.of(Kinship.SPOUSE, Kinship.PARENT, Kinship.CHILD, Kinship.SIBLING,
                Kinship.PATERNAL_GRANDPARENT, Kinship.MATERNAL_GRANDPARENT, Kinship.GRANDCHILD_THROUGH_SON,
                Kinship.GRANDCHILD_THROUGH_DAUGHTER), close);
    }

    @Test
    void inLawsAreRelativesByMarriageAndNeverClose() {
        for (Kinship k : List.of(Kinship.PARENT_IN_LAW, Kinship.CHILD_IN_LAW, Kinship.SIBLING_IN_LAW,
                Kinship.STEP_PARENT, Kinship.STEP_CHILD)) {
            assertFalse(k.isCloseRelative(), k::name);
            assertEquals(true, k.isByMarriage(), k::name);
            assertFalse(k.isAlwaysFamilyMember(), k::name);
        }
    }

    @Test
    void spouseParentsAndChildrenAreAlwaysFamilyMembers() {
        Set<Kinship> always = Stream.of(Kinship.values()).filter(Kinship::isAlwaysFamilyMember)
                .collect(Collectors.toSet());
        assertEquals(EnumSet.of(Kinship.SPOUSE, Kinship.PARENT, Kinship.CHILD), always);
    }

    @Test
    void nounsFollowTheRelativesGender() {
        assertEquals("maternal grandfather", Kinship.MATERNAL_GRANDPARENT.noun(Gender.MALE));
        assertEquals("granddaughter through a son", Kinship.GRANDCHILD_THROUGH_SON.noun(Gender.FEMALE));
        assertEquals("sister-in-law", Kinship.SIBLING_IN_LAW.noun(Gender.FEMALE));
        assertEquals("sibling", Kinship.SIBLING.noun());
    }

    @Test
    void aFindingDescribesItselfWithIdsOnly() {
        PersonId a = PersonId.of("A");
        PersonId m = PersonId.of("M");
        PersonId b = PersonId.of("B");
        List<KinshipStep> path = List.of(
                new KinshipStep(a, KinshipStep.Link.PARENT, ParentageKind.BIRTH, m, Gender.FEMALE),
                new KinshipStep(m, KinshipStep.Link.PARENT, ParentageKind.ADOPTION, b, Gender.MALE));
        Explanation why = Explanation.builder("family.kinship.maternal-grandparent").satisfied(true).build();
        KinshipFinding f = new KinshipFinding(a, b, Kinship.MATERNAL_GRANDPARENT, Gender.MALE,
                LocalDate.of(2021, 6, 30), path, false, why);
        assertEquals("B is A's maternal grandfather: A → mother (M) → her adoptive father (B)", f.describe());
        assertThrows(IllegalArgumentException.class, () -> new KinshipFinding(b, a, Kinship.MATERNAL_GRANDPARENT,
                Gender.MALE, LocalDate.of(2021, 6, 30), path, false, why));
        assertEquals("stepson", new KinshipStep(a, KinshipStep.Link.CHILD, ParentageKind.STEP_WITH_SUPPORT, b,
                Gender.MALE).word());
        assertEquals("wife", new KinshipStep(a, KinshipStep.Link.SPOUSE, null, b, Gender.FEMALE).word());
        assertThrows(IllegalArgumentException.class,
                () -> new KinshipStep(a, KinshipStep.Link.SPOUSE, ParentageKind.BIRTH, b, Gender.FEMALE));
    }
}
