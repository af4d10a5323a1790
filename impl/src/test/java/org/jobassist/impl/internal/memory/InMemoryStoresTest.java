package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.KinshipBatch;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.junit.jupiter.api.Test;

/** What the contract kit leaves to the implementation: independence and the stored. paths. */
class InMemoryStoresTest {

    @Test
    void everyCallGivesANewIndependentStore() {
        HouseholdStore a = InMemoryStores.households();
        HouseholdStore b = InMemoryStores.households();
        PersonId head = PersonId.of("h1-m0");
        a.save(HouseholdRegister.builder().id(HouseholdId.of("h1")).division(DivisionCode.of("210102"))
                .registration(Registration.URBAN).head(head)
                .member(HouseholdMember.builder(head).birthDate(LocalDate.of(1980, 1, 1))
                        .retirementClass(RetirementClass.MALE_60).build())
                .build());
        assertEquals(1, a.count());
        assertEquals(0, b.count());
        assertEquals(0, InMemoryStores.zeroEmploymentCases().count());
        assertEquals(0, InMemoryStores.kinship().personCount());
    }

    @Test
    void aViolationOnAStoredFactIsReportedUnderStored() {
        KinshipStore store = InMemoryStores.kinship();
        PersonId a = PersonId.of("A");
        PersonId b = PersonId.of("B");
        PersonId c = PersonId.of("C");
        store.apply(KinshipBatch.builder().person(KinPerson.of(a, Gender.MALE, LocalDate.of(1950, 1, 1)))
                .person(KinPerson.of(b, Gender.FEMALE, LocalDate.of(1951, 1, 1)))
                .person(KinPerson.of(c, Gender.FEMALE, LocalDate.of(1952, 1, 1)))
                .marriage(Marriage.of(a, b, LocalDate.of(1990, 1, 1))).build());
        // The new marriage starts earlier, so the stored one is "the later marriage" at fault.
        KinshipBatch earlier = KinshipBatch.builder().marriage(Marriage.of(a, c, LocalDate.of(1980, 1, 1))).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.apply(earlier));
        assertEquals("kinship.marriage-overlap", e.code());
        assertTrue(e.violations().stream().map(Violation::path).allMatch(p -> p.startsWith("stored.marriages[0]")
                || p.startsWith("marriages[0]")), e.getMessage());
        assertEquals(List.of(Marriage.of(a, b, LocalDate.of(1990, 1, 1))), store.snapshot().marriages());
    }
}
