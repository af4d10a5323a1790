package org.jobassist.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;

class KinshipGraphTest {

    // Distinctive ids, to prove messages never echo them.
    private static final PersonId GRANDPA = PersonId.of("QX81");
    private static final PersonId GRANDMA = PersonId.of("QX82");
    private static final PersonId FATHER = PersonId.of("QX83");
    private static final PersonId MOTHER = PersonId.of("QX84");
    private static final PersonId CHILD = PersonId.of("QX85");
    private static final PersonId STRANGER = PersonId.of("QX99");

    private static KinshipGraph.Builder family() {
        return KinshipGraph.builder()
                .person(new KinPerson(GRANDPA, Gender.MALE, LocalDate.of(1940, 3, 1), LocalDate.of(2010, 5, 1)))
                .person(KinPerson.of(GRANDMA, Gender.FEMALE, LocalDate.of(1942, 4, 2)))
                .person(KinPerson.of(FATHER, Gender.MALE, LocalDate.of(1965, 5, 3)))
                .person(KinPerson.of(MOTHER, Gender.FEMALE, LocalDate.of(1967, 6, 4)))
                .person(KinPerson.of(CHILD, Gender.FEMALE, LocalDate.of(1990, 7, 5)))
                .marriage(Marriage.of(GRANDPA, GRANDMA, LocalDate.of(1963, 1, 1)))
                .marriage(Marriage.of(FATHER, MOTHER, LocalDate.of(1988, 1, 1)))
                .parentage(Parentage.birth(GRANDPA, FATHER))
                .parentage(Parentage.birth(GRANDMA, FATHER))
                .parentage(Parentage.birth(FATHER, CHILD))
                .parentage(Parentage.birth(MOTHER, CHILD));
    }

    /** Builds, expects exactly the one violation, and checks the message does not echo an id. */
    private static void rejected(KinshipGraph.Builder b, String code, String path) {
        InvalidInputException e = assertThrows(InvalidInputException.class, b::build);
        List<String> found = e.violations().stream().map(v -> v.code() + "@" + v.path()).collect(Collectors.toList());
        assertEquals(List.of(code + "@" + path), found);
        assertFalse(e.getMessage().contains("QX"), "the message must not echo person ids: " + e.getMessage());
    }

    @Test
    void aValidFamilyBuilds() {
        KinshipGraph g = family().build();
        assertEquals(5, g.people().size());
        assertEquals(2, g.marriages().size());
        assertEquals(4, g.parentages().size());
        assertTrue(g.contains(CHILD));
        assertEquals(Gender.FEMALE, g.person(CHILD).orElseThrow().gender());
        assertTrue(g.person(STRANGER).isEmpty());
        assertEquals("KinshipGraph[5 people, 2 marriages, 4 parentages, 0 living-together, 0 residences]", g.toString());
    }

    @Test
    void duplicatePerson() {
        rejected(family().person(KinPerson.of(CHILD, Gender.MALE, LocalDate.of(1991, 1, 1))),
                "kinship.duplicate-person", "people[5].id");
    }

    @Test
    void unknownPersonInEveryKindOfFact() {
        rejected(family().marriage(Marriage.of(CHILD, STRANGER, LocalDate.of(2015, 1, 1))),
                "kinship.unknown-person", "marriages[2].b");
        rejected(family().parentage(Parentage.birth(STRANGER, CHILD)), "kinship.unknown-person", "parentages[4].parent");
        rejected(family().livingTogether(LivingTogether.of(STRANGER, CHILD, DateRange.ofYear(2021))),
                "kinship.unknown-person", "livingTogether[0].a");
        rejected(family().residence(Residence.of(STRANGER, "H1", DateRange.ofYear(2021))),
                "kinship.unknown-person", "residences[0].person");
    }

    @Test
    void relationToOneself() {
        rejected(family().marriage(Marriage.of(CHILD, CHILD, LocalDate.of(2015, 1, 1))),
                "kinship.self-relation", "marriages[2].b");
        rejected(family().parentage(Parentage.adoption(CHILD, CHILD, LocalDate.of(2015, 1, 1))),
                "kinship.self-relation", "parentages[4].child");
        rejected(family().livingTogether(LivingTogether.of(CHILD, CHILD, DateRange.ofYear(2021))),
                "kinship.self-relation", "livingTogether[0].b");
    }

    @Test
    void aPersonAsTheirOwnAncestor() {
        // Adopting one's own grandfather closes a cycle of descent; the birth order is broken too.
        InvalidInputException e = assertThrows(InvalidInputException.class,
                family().parentage(Parentage.adoption(CHILD, GRANDPA, LocalDate.of(2000, 1, 1)))::build);
        List<Violation> v = e.violations();
        assertTrue(v.contains(new Violation("parentages[4].parent", "kinship.cycle", "a person cannot be their own ancestor")),
                v::toString);
        assertTrue(v.stream().anyMatch(x -> x.code().equals("kinship.child-before-parent")
                && x.path().equals("parentages[4].child")), v::toString);
    }

    @Test
    void aChildBornBeforeTheirParent() {
        KinshipGraph.Builder b = family()
                .person(KinPerson.of(STRANGER, Gender.MALE, LocalDate.of(1990, 7, 5)))
                .parentage(Parentage.stepWithSupport(STRANGER, CHILD, LocalDate.of(2000, 1, 1)));
        rejected(b, "kinship.child-before-parent", "parentages[4].child");
    }

    @Test
    void factsBeforeBirthOrAfterDeath() {
        rejected(family().person(KinPerson.of(STRANGER, Gender.MALE, LocalDate.of(1950, 1, 1)))
                        .marriage(Marriage.of(STRANGER, CHILD, LocalDate.of(1980, 1, 1))),
                "kinship.before-birth", "marriages[2].start");
        rejected(family().person(KinPerson.of(STRANGER, Gender.FEMALE, LocalDate.of(1950, 1, 1)))
                        .marriage(Marriage.of(GRANDPA, STRANGER, LocalDate.of(2011, 1, 1))),
                "kinship.after-death", "marriages[2].start");
        rejected(family().parentage(Parentage.stepWithSupport(GRANDMA, CHILD, LocalDate.of(1989, 1, 1))),
                "kinship.before-birth", "parentages[4].from");
        rejected(family().parentage(Parentage.adoption(GRANDPA, CHILD, LocalDate.of(2011, 1, 1))),
                "kinship.after-death", "parentages[4].from");
    }

    @Test
    void twoMarriagesOverlappingInTime() {
        KinshipGraph.Builder b = family()
                .person(KinPerson.of(STRANGER, Gender.FEMALE, LocalDate.of(1966, 1, 1)))
                .marriage(Marriage.of(FATHER, STRANGER, LocalDate.of(1995, 1, 1)));
        rejected(b, "kinship.marriage-overlap", "marriages[2].start");
        // Inclusive ends: remarrying on the day of the divorce overlaps, the day after does not.
        KinshipGraph.Builder sameDay = KinshipGraph.builder()
                .person(KinPerson.of(FATHER, Gender.MALE, LocalDate.of(1965, 5, 3)))
                .person(KinPerson.of(MOTHER, Gender.FEMALE, LocalDate.of(1967, 6, 4)))
                .person(KinPerson.of(STRANGER, Gender.FEMALE, LocalDate.of(1966, 1, 1)))
                .marriage(Marriage.of(FATHER, MOTHER, LocalDate.of(1988, 1, 1))
                        .endedOn(LocalDate.of(1994, 12, 31), MarriageEnd.DIVORCE))
                .marriage(Marriage.of(FATHER, STRANGER, LocalDate.of(1994, 12, 31)));
        rejected(sameDay, "kinship.marriage-overlap", "marriages[1].start");
        KinshipGraph.Builder dayAfter = KinshipGraph.builder()
                .person(KinPerson.of(FATHER, Gender.MALE, LocalDate.of(1965, 5, 3)))
                .person(KinPerson.of(MOTHER, Gender.FEMALE, LocalDate.of(1967, 6, 4)))
                .person(KinPerson.of(STRANGER, Gender.FEMALE, LocalDate.of(1966, 1, 1)))
                .marriage(Marriage.of(FATHER, MOTHER, LocalDate.of(1988, 1, 1))
                        .endedOn(LocalDate.of(1994, 12, 31), MarriageEnd.DIVORCE))
                .marriage(Marriage.of(FATHER, STRANGER, LocalDate.of(1995, 1, 1)));
        assertEquals(2, dayAfter.build().marriages().size());
    }

    @Test
    void aWidowMayRemarryWithoutARecordedEnd() {
        KinshipGraph g = family()
                .person(KinPerson.of(STRANGER, Gender.MALE, LocalDate.of(1941, 1, 1)))
                .marriage(Marriage.of(GRANDMA, STRANGER, LocalDate.of(2012, 1, 1)))
                .build();
        assertEquals(3, g.marriages().size());
    }

    @Test
    void anEndByDeathMustBeTheDayASpouseDied() {
        KinshipGraph.Builder b = KinshipGraph.builder()
                .person(new KinPerson(GRANDPA, Gender.MALE, LocalDate.of(1940, 3, 1), LocalDate.of(2010, 5, 1)))
                .person(KinPerson.of(GRANDMA, Gender.FEMALE, LocalDate.of(1942, 4, 2)))
                .marriage(Marriage.of(GRANDPA, GRANDMA, LocalDate.of(1963, 1, 1))
                        .endedOn(LocalDate.of(2010, 5, 2), MarriageEnd.DEATH));
        rejected(b, "kinship.marriage-end", "marriages[0].end");
    }

    @Test
    void atMostOneBirthFatherAndOneBirthMother() {
        rejected(family().parentage(Parentage.birth(GRANDPA, CHILD)), "kinship.birth-parents", "parentages[4]");
    }

    @Test
    void theSameParentAndChildTwiceAtOnce() {
        rejected(family().parentage(Parentage.adoption(FATHER, CHILD, LocalDate.of(1995, 1, 1))),
                "kinship.duplicate-relation", "parentages[4]");
        // A re-adoption after the first was dissolved is fine.
        KinshipGraph g = family()
                .parentage(Parentage.adoption(GRANDMA, CHILD, LocalDate.of(1995, 1, 1)).endedOn(LocalDate.of(1999, 1, 1)))
                .parentage(Parentage.adoption(GRANDMA, CHILD, LocalDate.of(2000, 1, 1)))
                .build();
        assertEquals(6, g.parentages().size());
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, family()
                .person(KinPerson.of(CHILD, Gender.MALE, LocalDate.of(1991, 1, 1)))
                .marriage(Marriage.of(CHILD, CHILD, LocalDate.of(2015, 1, 1)))
                .residence(Residence.of(STRANGER, "H1", DateRange.ofYear(2021)))::build);
        assertEquals(List.of("kinship.duplicate-person", "kinship.self-relation", "kinship.unknown-person"),
                e.violations().stream().map(Violation::code).collect(Collectors.toList()));
    }

    @Test
    void aFailedBuildChangesNothing() {
        KinshipGraph.Builder b = family();
        KinshipGraph before = b.build();
        KinshipGraph copy = family().build();
        b.marriage(Marriage.of(CHILD, CHILD, LocalDate.of(2015, 1, 1)));
        assertThrows(InvalidInputException.class, b::build);
        assertEquals(copy, before, "the graph built before is unchanged");
        assertEquals(2, before.marriages().size());
        assertThrows(InvalidInputException.class,
                () -> before.withMarriage(Marriage.of(FATHER, GRANDMA, LocalDate.of(1990, 1, 1))));
        assertEquals(copy, before);
        // The graph stays usable: a valid addition still works.
        KinshipGraph after = before.withLivingTogether(LivingTogether.of(CHILD, GRANDMA, DateRange.ofYear(2021)));
        assertEquals(1, after.livingTogether().size());
        assertEquals(0, before.livingTogether().size());
        assertEquals(after, after.toBuilder().build());
    }

    @Test
    void withMethodsAddOneFact() {
        KinshipGraph g = family().build()
                .withPerson(KinPerson.of(STRANGER, Gender.MALE, LocalDate.of(1992, 1, 1)))
                .withMarriage(Marriage.of(STRANGER, CHILD, LocalDate.of(2016, 1, 1)))
                .withParentage(Parentage.stepWithSupport(FATHER, STRANGER, LocalDate.of(2000, 1, 1)))
                .withResidence(Residence.of(CHILD, "H7", DateRange.startingOn(LocalDate.of(2016, 1, 1))));
        assertEquals(6, g.people().size());
        assertEquals(3, g.marriages().size());
        assertEquals(5, g.parentages().size());
        assertEquals(1, g.residences().size());
        assertEquals(g.hashCode(), g.toBuilder().build().hashCode());
    }
}
