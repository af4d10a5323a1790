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
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.junit.jupiter.api.Test;

class HouseholdRegisterTest {

    static final PersonId A = PersonId.of("210102198005100011");
    static final PersonId B = PersonId.of("210102198503010022");

    static HouseholdMember.Builder member(PersonId id) {
        return HouseholdMember.builder(id).birthDate(LocalDate.of(1980, 5, 10)).retirementClass(RetirementClass.MALE_60);
    }

    static HouseholdRegister.Builder register() {
        return HouseholdRegister.builder().id(HouseholdId.of("HH-1")).division(DivisionCode.of("210102"))
                .registration(Registration.URBAN).head(A);
    }

    static List<String> codesAt(InvalidInputException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.code()).collect(Collectors.toList());
    }

    @Test
    void buildsARegisterWithDefaultsAndSpells() {
        HouseholdRegister r = register().member(member(A)).member(member(B).employed(LocalDate.of(2020, 1, 1), null)
                .employed(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31)).build()).build();
        assertEquals(2, r.members().size());
        HouseholdMember b = r.members().get(1);
        assertTrue(b.ableToWork() && b.wantsWork() && !b.inSchool() && !b.inActiveService());
        assertEquals(List.of(DateRange.startingOn(LocalDate.of(2020, 1, 1)),
                DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31))), b.employment());
        assertTrue(b.isEmployedOn(LocalDate.of(2012, 12, 31)));
        assertFalse(b.isEmployedOn(LocalDate.of(2013, 1, 1)));
        assertEquals(b, b.toBuilder().build());
        assertEquals(r, r.toBuilder().build());
        assertFalse(r.hasOperatingOrInvestmentIncome());
    }

    @Test
    void toStringShowsNoPersonalData() {
        HouseholdRegister r = register().member(member(A)).build();
        for (String text : List.of(r.toString(), r.members().get(0).toString())) {
            assertFalse(text.contains("210102198005100011") || text.contains("1980"), text);
        }
        MemberAssessment a = new MemberAssessment(A, 0, java.util.Set.of(ExclusionReason.EMPLOYED));
        assertFalse(a.toString().contains("2101021980"), a.toString());
    }

    @Test
    void everyFaultIsReportedWithItsPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> register()
                .member(member(A))
                .member(member(B).employed(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 4, 30)))
                .member(member(A))
                .member(HouseholdMember.builder(PersonId.of("x")))
                .build());
        assertEquals(List.of("members[1].employment[0] household.employment-spell",
                "members[2].id household.duplicate-member",
                "members[3].birthDate household.required",
                "members[3].retirementClass household.required"), codesAt(e));
        assertFalse(e.getMessage().contains("210102198"), e.getMessage());
    }

    @Test
    void headMustBeOnTheRegister() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> register().member(member(B)).build());
        assertEquals(List.of("head household.head-not-member"), codesAt(e));
        assertFalse(e.getMessage().contains("210102198"), e.getMessage());
    }

    @Test
    void requiredFieldsAndMembers() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HouseholdRegister.builder().build());
        assertEquals(List.of("id household.required", "division household.required", "registration household.required",
                "head household.required", "members household.no-members"), codesAt(e));
        assertEquals(new Violation("", "household.id", "a household id must not be blank"),
                assertThrows(InvalidInputException.class, () -> HouseholdId.of("")).violations().get(0));
        assertEquals("id household.required",
                codesAt(assertThrows(InvalidInputException.class, () -> HouseholdMember.builder(null)
                        .birthDate(LocalDate.of(1980, 1, 1)).retirementClass(RetirementClass.MALE_60).build())).get(0));
    }

    @Test
    void withMemberRejectsADuplicateAndLeavesTheRegisterUnchanged() {
        HouseholdRegister r = register().member(member(A)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.withMember(member(A).build()));
        assertEquals("household.duplicate-member", e.code());
        assertEquals(1, r.members().size());
        assertEquals(2, r.withMember(member(B).build()).members().size());
    }

    @Test
    void determinationChecksItsReasonsAgreeWithItsDecision() {
        assertThrows(IllegalArgumentException.class, () -> new ZeroEmploymentDetermination(HouseholdId.of("h"),
                LocalDate.of(2021, 1, 1), true, java.util.Set.of(NotZeroEmploymentReason.TOO_FEW_MEMBERS), List.of(),
                List.of(), org.jobassist.api.law.Explanation.builder("x").satisfied(true).build()));
    }
}
