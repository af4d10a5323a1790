package org.jobassist.impl.internal.family;

import static org.jobassist.impl.internal.family.SampleFamily.A;
import static org.jobassist.impl.internal.family.SampleFamily.AD;
import static org.jobassist.impl.internal.family.SampleFamily.AS_OF;
import static org.jobassist.impl.internal.family.SampleFamily.F;
import static org.jobassist.impl.internal.family.SampleFamily.FS;
import static org.jobassist.impl.internal.family.SampleFamily.HALF;
import static org.jobassist.impl.internal.family.SampleFamily.M;
import static org.jobassist.impl.internal.family.SampleFamily.MGF;
import static org.jobassist.impl.internal.family.SampleFamily.MGM;
import static org.jobassist.impl.internal.family.SampleFamily.PGF;
import static org.jobassist.impl.internal.family.SampleFamily.PGM;
import static org.jobassist.impl.internal.family.SampleFamily.S1;
import static org.jobassist.impl.internal.family.SampleFamily.SH;
import static org.jobassist.impl.internal.family.SampleFamily.SIS;
import static org.jobassist.impl.internal.family.SampleFamily.SM;
import static org.jobassist.impl.internal.family.SampleFamily.W;
import static org.jobassist.impl.internal.family.SampleFamily.WB;
import static org.jobassist.impl.internal.family.SampleFamily.WF;
import static org.jobassist.impl.internal.family.SampleFamily.WK;
import static org.jobassist.impl.internal.family.SampleFamily.WM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.CivilCode;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.Kinship;
import org.jobassist.api.family.KinshipFinding;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.KinshipService;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Relative;
import org.jobassist.api.family.RelativeScope;
import org.jobassist.api.family.RelativesReport;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.law.Explanation;
import org.jobassist.impl.KinshipServices;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KinshipServiceExamplesTest {

    private static final KinshipService SERVICE = KinshipServices.of(SampleFamily.graph());

    private static KinshipFinding only(PersonId a, PersonId b) {
        List<KinshipFinding> found = SERVICE.relations(a, b, AS_OF);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static Set<PersonId> ids(PersonId... ids) {
        return Set.of(ids);
    }

    @Nested
    class TheEightCloseRelations {

        @Test
        void spouse() {
            KinshipFinding f = only(A, W);
            assertEquals(Kinship.SPOUSE, f.kind());
            assertEquals("W is A's wife: A → wife (W)", f.describe());
            assertEquals(Kinship.SPOUSE, only(W, A).kind());
        }

        @Test
        void parent() {
            KinshipFinding f = only(A, F);
            assertEquals(Kinship.PARENT, f.kind());
            assertEquals("F is A's father: A → father (F)", f.describe());
        }

        @Test
        void child() {
            assertEquals("S1 is A's son: A → son (S1)", only(A, S1).describe());
        }

        @Test
        void sibling() {
            KinshipFinding f = only(A, SIS);
            assertEquals(Kinship.SIBLING, f.kind());
            assertEquals("SIS is A's sister: A → father (F) → his daughter (SIS)", f.describe());
        }

        @Test
        void paternalGrandparent() {
            assertEquals("PGM is A's paternal grandmother: A → father (F) → his mother (PGM)", only(A, PGM).describe());
        }

        @Test
        void maternalGrandparentAsInTheIssue() {
            KinshipFinding f = only(A, MGF);
            assertEquals(Kinship.MATERNAL_GRANDPARENT, f.kind());
            assertEquals("MGF is A's maternal grandfather: A → mother (M) → her father (MGF)", f.describe());
            assertEquals(List.of(M, MGF), f.path().stream().map(s -> s.to()).collect(Collectors.toList()));
        }

        @Test
        void grandchildThroughASon() {
            KinshipFinding f = only(PGM, A);
            assertEquals(Kinship.GRANDCHILD_THROUGH_SON, f.kind());
            assertEquals("A is PGM's grandson through a son: PGM → son (F) → his son (A)", f.describe());
        }

        @Test
        void grandchildThroughADaughter() {
            KinshipFinding f = only(MGM, A);
            assertEquals(Kinship.GRANDCHILD_THROUGH_DAUGHTER, f.kind());
            assertEquals("A is MGM's grandson through a daughter: MGM → daughter (M) → her son (A)", f.describe());
        }

        @Test
        void eachCitesArticle1045Paragraph2() {
            for (PersonId b : List.of(W, F, S1, SIS, PGM, MGF)) {
                Explanation e = only(A, b).explanation();
                assertEquals(Explanation.Outcome.SATISFIED, e.outcome());
                assertTrue(e.legalBases().contains(CivilCode.ART_1045_PARA_2), b::value);
                assertTrue(e.rule().startsWith("family.kinship."), e::rule);
            }
            assertEquals("family.kinship.maternal-grandparent", only(A, MGF).explanation().rule());
        }
    }

    @Nested
    class RelativesByMarriage {

        @Test
        void parentInLaw() {
            KinshipFinding f = only(A, WF);
            assertEquals(Kinship.PARENT_IN_LAW, f.kind());
            assertEquals("WF is A's father-in-law: A → wife (W) → her father (WF)", f.describe());
            assertTrue(f.explanation().legalBases().contains(CivilCode.ART_1045_PARA_1));
            assertFalse(f.explanation().legalBases().contains(CivilCode.ART_1045_PARA_2));
        }

        @Test
        void childInLaw() {
            assertEquals("W is F's daughter-in-law: F → son (A) → his wife (W)", only(F, W).describe());
        }

        @Test
        void siblingInLawThroughTheSpouseAndThroughASibling() {
            assertEquals("WB is A's brother-in-law: A → wife (W) → her father (WF) → his son (WB)", only(A, WB).describe());
            assertEquals(Kinship.SIBLING_IN_LAW, only(A, SH).kind());
            assertEquals(Kinship.SIBLING_IN_LAW, only(SM, FS).kind());
        }

        @Test
        void stepRelationsWithoutSupportAreByMarriage() {
            KinshipFinding stepMother = only(A, SM);
            assertEquals(Kinship.STEP_PARENT, stepMother.kind());
            assertEquals("SM is A's stepmother without support: A → father (F) → his wife (SM)", stepMother.describe());
            assertTrue(stepMother.explanation().legalBases().contains(CivilCode.ART_1072));
            assertEquals(Kinship.STEP_CHILD, only(A, WK).kind());
        }

        @Test
        void inLawsAreNeverCloseRelatives() {
            Set<PersonId> close = SERVICE.closeRelatives(A, AS_OF).people();
            for (PersonId inLaw : List.of(WF, WM, WB, SH, SM, WK)) {
                assertFalse(close.contains(inLaw), inLaw::value);
                assertTrue(SERVICE.relatives(A, AS_OF).includes(inLaw), inLaw::value);
            }
        }
    }

    @Nested
    class Article1045Facts {

        @Test
        void halfSiblingsAreSiblings() {
            KinshipFinding f = only(A, HALF);
            assertEquals(Kinship.SIBLING, f.kind());
            assertEquals("HALF is A's brother: A → father (F) → his son (HALF)", f.describe());
            assertEquals(Kinship.SIBLING, only(HALF, A).kind());
        }

        @Test
        void anAdoptedChildIsAChildUnderArticle1111() {
            KinshipFinding f = only(A, AD);
            assertEquals(Kinship.CHILD, f.kind());
            assertEquals("AD is A's daughter: A → adoptive daughter (AD)", f.describe());
            assertTrue(f.explanation().legalBases().containsAll(List.of(CivilCode.ART_1045_PARA_2, CivilCode.ART_1111)));
        }

        @Test
        void aStepParentWithSupportIsAParentUnderArticle1072() {
            KinshipFinding f = only(SIS, SM);
            assertEquals(Kinship.PARENT, f.kind());
            assertEquals("SM is SIS's mother: SIS → stepmother (SM)", f.describe());
            assertTrue(f.explanation().legalBases().containsAll(List.of(CivilCode.ART_1045_PARA_2, CivilCode.ART_1072)));
            assertEquals(Kinship.CHILD, only(SM, SIS).kind());
        }

        @Test
        void closeRelativesAreExactlyTheEightRelations() {
            RelativesReport r = SERVICE.closeRelatives(A, AS_OF);
            assertEquals(RelativeScope.CLOSE_RELATIVES, r.scope());
            assertEquals(ids(W, F, M, S1, AD, SIS, HALF, PGF, PGM, MGF, MGM), r.people());
            assertTrue(r.excluded().isEmpty());
            for (Relative rel : r.included()) {
                assertEquals("family.close-relative", rel.explanation().rule());
                assertTrue(rel.explanation().legalBases().contains(CivilCode.ART_1045_PARA_2));
            }
        }

        @Test
        void familyMembersAreSpouseParentsChildrenAndCoResidentCloseRelatives() {
            RelativesReport r = SERVICE.familyMembers(A, AS_OF);
            assertEquals(ids(W, F, M, S1, AD, MGM), r.people());
            assertEquals(List.of(HALF, MGF, PGF, PGM, SIS),
                    r.excluded().stream().map(Relative::person).collect(Collectors.toList()));
            Relative grandmother = r.included().stream().filter(x -> x.person().equals(MGM)).findFirst().orElseThrow();
            assertTrue(grandmother.livingTogether());
            assertTrue(grandmother.explanation().legalBases().contains(CivilCode.ART_1045_PARA_3));
            assertEquals(Explanation.Outcome.SATISFIED, grandmother.explanation().outcome());
            Relative sister = r.excluded().stream().filter(x -> x.person().equals(SIS)).findFirst().orElseThrow();
            assertFalse(sister.livingTogether());
            assertEquals(List.of("family.living-together"), sister.explanation().failedConditions().stream()
                    .map(Explanation::rule).collect(Collectors.toList()));
            Relative father = r.included().stream().filter(x -> x.person().equals(F)).findFirst().orElseThrow();
            assertFalse(father.livingTogether(), "parents are family members without living together");
        }

        @Test
        void aDeceasedCloseRelativeIsReportedButIsNoFamilyMember() {
            Relative grandfather = SERVICE.closeRelatives(A, AS_OF).included().stream()
                    .filter(x -> x.person().equals(PGF)).findFirst().orElseThrow();
            assertTrue(grandfather.deceased());
            assertTrue(only(A, PGF).relativeDeceased());
            assertEquals("PGF (deceased) is A's paternal grandfather: A → father (F) → his father (PGF)",
                    only(A, PGF).describe());
            Relative excluded = SERVICE.familyMembers(F, AS_OF).excluded().stream()
                    .filter(x -> x.person().equals(PGF)).findFirst().orElseThrow();
            assertEquals(List.of("family.living"), excluded.explanation().failedConditions().stream()
                    .map(Explanation::rule).collect(Collectors.toList()));
        }

        @Test
        void livingTogetherIsDated() {
            assertTrue(SERVICE.familyMembers(A, LocalDate.of(2022, 12, 31)).includes(MGM));
            assertFalse(SERVICE.familyMembers(A, LocalDate.of(2023, 1, 1)).includes(MGM));
            assertFalse(SERVICE.familyMembers(A, LocalDate.of(2019, 12, 31)).includes(MGM));
        }
    }

    @Nested
    class AsOfADate {

        @Test
        void aMarriageCountsFromStartToEndInclusive() {
            assertEquals(Kinship.SPOUSE, SERVICE.relations(F, M, LocalDate.of(2000, 12, 31)).get(0).kind());
            assertTrue(SERVICE.relations(F, M, LocalDate.of(2001, 1, 1)).isEmpty());
            assertTrue(SERVICE.relations(A, W, LocalDate.of(2015, 4, 30)).isEmpty());
            assertEquals(Kinship.SPOUSE, SERVICE.relations(A, W, LocalDate.of(2015, 5, 1)).get(0).kind());
        }

        @Test
        void aMarriageEndsAtDeathButBloodRelationsRemain() {
            assertEquals(Kinship.SPOUSE, SERVICE.relations(PGM, PGF, LocalDate.of(2010, 5, 1)).get(0).kind());
            assertTrue(SERVICE.relations(PGM, PGF, LocalDate.of(2010, 5, 2)).isEmpty());
            KinshipFinding father = SERVICE.relations(F, PGF, AS_OF).get(0);
            assertEquals(Kinship.PARENT, father.kind());
            assertTrue(father.relativeDeceased());
        }

        @Test
        void aStepParentCountsOnlyWhileMarriedToTheParent() {
            assertTrue(SERVICE.relations(A, SM, LocalDate.of(2001, 6, 30)).isEmpty());
            assertEquals(Kinship.STEP_PARENT, SERVICE.relations(A, SM, LocalDate.of(2002, 1, 1)).get(0).kind());
        }

        @Test
        void stepWithSupportCountsFromItsStart() {
            assertEquals(Kinship.STEP_PARENT, SERVICE.relations(SIS, SM, LocalDate.of(2002, 5, 31)).get(0).kind());
            assertEquals(Kinship.PARENT, SERVICE.relations(SIS, SM, LocalDate.of(2002, 6, 1)).get(0).kind());
        }

        @Test
        void nobodyIsRelatedBeforeBeingBorn() {
            assertTrue(SERVICE.relations(A, S1, LocalDate.of(2016, 3, 14)).isEmpty());
            assertEquals(Kinship.CHILD, SERVICE.relations(A, S1, LocalDate.of(2016, 3, 15)).get(0).kind());
            assertTrue(SERVICE.relatives(S1, LocalDate.of(2016, 3, 14)).included().isEmpty());
        }

        @Test
        void anAdoptionCountsFromItsDateAndNotAfterItWasDissolved() {
            LocalDate born = LocalDate.of(2000, 1, 1);
            PersonId p = PersonId.of("P");
            PersonId c = PersonId.of("C");
            KinshipGraph g = KinshipGraph.builder()
                    .person(KinPerson.of(p, Gender.FEMALE, LocalDate.of(1970, 1, 1)))
                    .person(KinPerson.of(c, Gender.MALE, born))
                    .parentage(Parentage.adoption(p, c, LocalDate.of(2003, 1, 1)).endedOn(LocalDate.of(2010, 12, 31)))
                    .build();
            KinshipService s = KinshipServices.of(g);
            assertTrue(s.relations(c, p, LocalDate.of(2002, 12, 31)).isEmpty());
            assertEquals(Kinship.PARENT, s.relations(c, p, LocalDate.of(2003, 1, 1)).get(0).kind());
            assertEquals(Kinship.PARENT, s.relations(c, p, LocalDate.of(2010, 12, 31)).get(0).kind());
            assertTrue(s.relations(c, p, LocalDate.of(2011, 1, 1)).isEmpty());
        }

        @Test
        void aPersonIsNotTheirOwnRelative() {
            assertTrue(SERVICE.relations(A, A, AS_OF).isEmpty());
            assertFalse(SERVICE.relatives(A, AS_OF).includes(A));
        }
    }

    @Test
    void unknownPeopleAreRefusedWithoutEchoingTheirIds() {
        PersonId ghost = PersonId.of("ZZ-GHOST-1");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SERVICE.relations(A, ghost, AS_OF));
        assertEquals("kinship.unknown-person", e.code());
        assertEquals("b", e.violations().get(0).path());
        assertFalse(e.getMessage().contains("GHOST"));
        assertEquals("person", assertThrows(InvalidInputException.class,
                () -> SERVICE.familyMembers(ghost, AS_OF)).violations().get(0).path());
        assertEquals("a", assertThrows(InvalidInputException.class,
                () -> SERVICE.relations(ghost, A, AS_OF)).violations().get(0).path());
    }

    @Test
    void relativesIncludeEveryDerivedRelationWithItsParagraph() {
        RelativesReport r = SERVICE.relatives(A, AS_OF);
        assertEquals(ids(W, F, M, S1, AD, SIS, HALF, PGF, PGM, MGF, MGM, WF, WM, WB, SH, SM, WK), r.people());
        Relative wife = r.included().stream().filter(x -> x.person().equals(W)).findFirst().orElseThrow();
        assertEquals(Set.of(Kinship.SPOUSE), wife.kinds());
        assertTrue(wife.livingTogether(), "they share household H-A");
        assertEquals("family.relative", wife.explanation().rule());
        assertTrue(wife.explanation().legalBases().contains(CivilCode.ART_1045_PARA_1));
        assertEquals(List.of(AD, F, HALF), r.included().subList(0, 3).stream().map(Relative::person)
                .collect(Collectors.toList()), "ordered by id");
    }
}
