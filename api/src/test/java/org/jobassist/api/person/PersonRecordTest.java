package org.jobassist.api.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.junit.jupiter.api.Test;

class PersonRecordTest {

    /** Heping district, born 1975-03-10, sequence 024 (even: a woman); check character by GB 11643. */
    static final String WOMAN = withCheck("21010219750310024");
    /** Born 1962-03-15, sequence 013 (odd: a man). */
    static final String MAN = withCheck("21010219620315013");
    static final DivisionCode HEPING = DivisionCode.of("210102");

    static String withCheck(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static PersonRecord.Builder woman() {
        return PersonRecord.builder(PersonId.of("p-1")).idNumber(WOMAN).retirementClass(RetirementClass.FEMALE_WORKER_50)
                .residence(HEPING);
    }

    static List<String> codes(InvalidInputException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    static List<String> paths(InvalidInputException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    void genderAndBirthDateComeFromTheIdNumber() {
        PersonRecord p = woman().household(HouseholdId.of("HH-1")).build();
        assertEquals(Gender.FEMALE, p.gender());
        assertEquals(LocalDate.of(1975, 3, 10), p.birthDate());
        assertEquals(Optional.of(HouseholdId.of("HH-1")), p.household());
        assertEquals(Optional.empty(), woman().build().household());
    }

    @Test
    void registeredUnemployedOnTheDaysOfASpellBothEndsIncluded() {
        PersonRecord p = woman().unemploymentRegistration(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30)))
                .unemploymentRegistration(DateRange.startingOn(LocalDate.of(2022, 1, 1))).build();
        assertFalse(p.isRegisteredUnemployedOn(LocalDate.of(2020, 12, 31)));
        assertTrue(p.isRegisteredUnemployedOn(LocalDate.of(2021, 1, 1)));
        assertTrue(p.isRegisteredUnemployedOn(LocalDate.of(2021, 6, 30)));
        assertFalse(p.isRegisteredUnemployedOn(LocalDate.of(2021, 7, 1)));
        assertTrue(p.isRegisteredUnemployedOn(LocalDate.of(2030, 1, 1)));
        assertEquals(Optional.of(DateRange.startingOn(LocalDate.of(2022, 1, 1))), p.registrationOn(LocalDate.of(2022, 1, 1)));
    }

    @Test
    void referralsCountOnOrBeforeTheDay() {
        PersonRecord p = woman().acceptedReferral(LocalDate.of(2021, 9, 1)).acceptedReferral(LocalDate.of(2021, 3, 1))
                .acceptedReferral(LocalDate.of(2021, 3, 1)).build();
        assertEquals(List.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 9, 1)),
                p.acceptedReferrals());
        assertEquals(0, p.referralsAcceptedBy(LocalDate.of(2021, 2, 28)));
        assertEquals(2, p.referralsAcceptedBy(LocalDate.of(2021, 3, 1)));
        assertEquals(3, p.referralsAcceptedBy(LocalDate.of(2021, 9, 1)));
    }

    @Test
    void toStringMasksTheIdNumberAndShowsNoBirthDate() {
        PersonRecord p = woman().build();
        assertFalse(p.toString().contains(WOMAN));
        assertFalse(p.toString().contains("19750310"));
        assertTrue(p.toString().contains(ResidentIdNumber.parse(WOMAN).masked()));
    }

    @Test
    void toBuilderRoundTripsAndEqualityFollowsTheFields() {
        PersonRecord p = woman().acceptedReferral(LocalDate.of(2021, 3, 1)).build();
        assertEquals(p, p.toBuilder().build());
        assertEquals(p.hashCode(), p.toBuilder().build().hashCode());
        assertNotEquals(p, p.toBuilder().acceptedReferral(LocalDate.of(2021, 4, 1)).build());
    }

    @Test
    void missingFieldsAreReportedTogether() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PersonRecord.builder(PersonId.of("p-1")).build());
        assertEquals(List.of("person.required", "person.required", "person.required"), codes(e));
        assertEquals(List.of("idNumber", "retirementClass", "residence"), paths(e));
    }

    @Test
    void anIdNumberThatFailsItsCheckIsReportedAtIdNumberWithoutEchoingIt() {
        String bad = WOMAN.substring(0, 17) + (WOMAN.charAt(17) == '0' ? '1' : '0');
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> woman().idNumber(bad).build());
        assertEquals(List.of("resident-id.check-character"), codes(e));
        assertEquals(List.of("idNumber"), paths(e));
        assertFalse(e.getMessage().contains(bad));
        assertFalse(e.getMessage().contains(bad.substring(0, 17)));
    }

    @Test
    void theRetirementClassMustFitTheGender() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> woman().retirementClass(RetirementClass.MALE_60).build());
        assertEquals(List.of("person.retirement-class-gender"), codes(e));
        InvalidInputException m = assertThrows(InvalidInputException.class, () -> PersonRecord.builder(PersonId.of("p-2"))
                .idNumber(MAN).retirementClass(RetirementClass.FEMALE_CADRE_55).residence(HEPING).build());
        assertEquals(List.of("person.retirement-class-gender"), codes(m));
        assertEquals(List.of("retirementClass"), paths(m));
    }

    @Test
    void theResidenceMustBeACounty() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> woman().residence(DivisionCode.of("210100")).build());
        assertEquals(List.of("person.residence-level"), codes(e));
        assertEquals(List.of("residence"), paths(e));
    }

    @Test
    void registrationsMayNeitherRepeatNorOverlapNorPrecedeBirth() {
        DateRange first = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> woman()
                .unemploymentRegistration(first)
                .unemploymentRegistration(first)
                .unemploymentRegistration(DateRange.of(LocalDate.of(2021, 6, 30), LocalDate.of(2021, 8, 1)))
                .unemploymentRegistration(DateRange.of(LocalDate.of(1975, 3, 9), LocalDate.of(1990, 1, 1)))
                .build());
        assertEquals(List.of("person.duplicate-registration", "person.registration-overlap",
                "person.registration-before-birth"), codes(e));
        assertEquals(List.of("unemploymentRegistrations[1]", "unemploymentRegistrations[2]",
                "unemploymentRegistrations[3]"), paths(e));
        assertFalse(e.getMessage().contains("1975"));
    }

    @Test
    void aReferralBeforeBirthIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> woman().acceptedReferral(LocalDate.of(2021, 3, 1)).acceptedReferral(LocalDate.of(1975, 3, 9)).build());
        assertEquals(List.of("person.referral-before-birth"), codes(e));
        assertEquals(List.of("acceptedReferrals[1]"), paths(e));
    }

    @Test
    void aSpellStartingOnTheBirthDateIsAccepted() {
        assertEquals(1, woman().unemploymentRegistration(DateRange.ofDay(LocalDate.of(1975, 3, 10))).build()
                .unemploymentRegistrations().size());
    }
}
