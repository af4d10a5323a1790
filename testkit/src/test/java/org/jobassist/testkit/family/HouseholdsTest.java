package org.jobassist.testkit.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

class HouseholdsTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

    @Test
    void registersAreValidByConstruction() {
        Properties.qt().forAll(Households.registers(AS_OF)).checkAssert(r -> {
            Set<PersonId> ids = new HashSet<>();
            for (HouseholdMember m : r.members()) {
                assertTrue(ids.add(m.id()));
                assertFalse(m.birthDate().isAfter(AS_OF));
            }
            assertTrue(ids.contains(r.head()));
            assertTrue(r.members().size() >= 1 && r.members().size() <= 6);
        });
    }

    @Test
    void candidatesAreUrbanWithoutIncomeAndNobodyEmployed() {
        Properties.qt().forAll(Households.candidates(AS_OF)).checkAssert(r -> {
            assertEquals(Registration.URBAN, r.registration());
            assertFalse(r.hasOperatingOrInvestmentIncome());
            assertTrue(r.members().stream().noneMatch(m -> m.isEmployedOn(AS_OF)));
        });
    }

    /**
     * On a date when people of every class reach retirement (in January 2025 nobody does under
     * the reform, so the nearest is a month away), many members sit within 3 days of it.
     */
    @Test
    void manyMembersSitNearTheWorkingAgeAndRetirementBoundaries() {
        LocalDate asOf = LocalDate.of(2021, 6, 15);
        List<HouseholdRegister> sample = Samples.draw(Households.registers(asOf), 1000, Properties.seed());
        int members = 0;
        int nearSixteen = 0;
        int nearRetirement = 0;
        int employedOnTheDay = 0;
        for (HouseholdRegister r : sample) {
            for (HouseholdMember m : r.members()) {
                members++;
                if (Math.abs(ChronoUnit.DAYS.between(m.birthDate().plusYears(16), asOf)) <= 3) {
                    nearSixteen++;
                }
                LocalDate retirement = StatutoryRetirement.retirementDate(m.birthDate(), m.retirementClass(), asOf);
                if (Math.abs(ChronoUnit.DAYS.between(retirement, asOf)) <= 3) {
                    nearRetirement++;
                }
                if (m.isEmployedOn(asOf)) {
                    employedOnTheDay++;
                }
            }
        }
        assertTrue(nearSixteen * 10 >= members, nearSixteen + " of " + members);
        assertTrue(nearRetirement * 10 >= members, nearRetirement + " of " + members);
        assertTrue(employedOnTheDay * 5 >= members && employedOnTheDay * 2 <= members, employedOnTheDay + " of " + members);
    }

    @Test
    void employedWorkingAgeMembersAreEmployedOnTheDay() {
        Properties.qt().forAll(Households.employedWorkingAgeMembers(PersonId.of("p"), AS_OF)).checkAssert(m -> {
            assertTrue(m.isEmployedOn(AS_OF));
            assertTrue(m.ableToWork() && m.wantsWork() && !m.inSchool() && !m.inActiveService());
            assertFalse(StatutoryRetirement.hasReachedRetirement(m.birthDate(), m.retirementClass(), AS_OF));
        });
    }

    @Test
    void membershipsAnswerTheSameEachTimeAndSayNoSometimes() {
        List<FamilyMembership> memberships = Samples.draw(Households.memberships(), 20, Properties.seed());
        int no = 0;
        for (FamilyMembership m : memberships) {
            for (int i = 0; i < 20; i++) {
                PersonId a = PersonId.of("h1-m0");
                PersonId b = PersonId.of("h1-m" + i);
                boolean first = m.isFamilyMember(a, b, AS_OF);
                assertEquals(first, m.isFamilyMember(a, b, AS_OF));
                no += first ? 0 : 1;
            }
        }
        assertTrue(no >= 40 && no <= 200, no + " of 400");
    }

    @Test
    void asOfDatesStartWhenThePackDoes() {
        for (LocalDate d : Samples.draw(Households.asOfDates(), 500, Properties.seed())) {
            assertFalse(d.isBefore(LocalDate.of(2021, 1, 1)), d.toString());
        }
    }
}
