package org.jobassist.impl.internal.family;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jobassist.api.family.CivilCode;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipFinding;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.KinshipService;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.KinshipServices;
import org.junit.jupiter.api.Test;

/** The example of docs/family.md, compiled and checked. */
class FamilyDocExampleTest {

    @Test
    void theDocumentedExampleAnswersAsDocumented() {
        PersonId a = PersonId.of("A");
        PersonId mother = PersonId.of("M");
        PersonId grandfather = PersonId.of("MGF");
        KinshipGraph graph = KinshipGraph.builder()
                .person(KinPerson.of(grandfather, Gender.MALE, LocalDate.of(1938, 3, 15)))
                .person(KinPerson.of(mother, Gender.FEMALE, LocalDate.of(1967, 8, 20)))
                .person(KinPerson.of(a, Gender.MALE, LocalDate.of(1990, 3, 15)))
                .parentage(Parentage.birth(grandfather, mother))
                .parentage(Parentage.birth(mother, a))
                .livingTogether(LivingTogether.of(a, grandfather, DateRange.parse("2020-01-01/2022-12-31")))
                .build();
        KinshipService kinship = KinshipServices.of(graph);
        LocalDate asOf = LocalDate.of(2021, 6, 30);

        KinshipFinding f = kinship.relations(a, grandfather, asOf).get(0);
        assertEquals("MGF is A's maternal grandfather: A → mother (M) → her father (MGF)", f.describe());
        assertEquals(List.of(CivilCode.ART_1045_PARA_2), f.explanation().legalBases());
        assertEquals("[中华人民共和国主席令第四十五号 第1045条第2款]", f.explanation().legalBases().toString());
        assertEquals(Set.of(mother, grandfather), kinship.familyMembers(a, asOf).people());
        assertEquals(Set.of(mother), kinship.familyMembers(a, LocalDate.of(2023, 1, 1)).people());
    }
}
