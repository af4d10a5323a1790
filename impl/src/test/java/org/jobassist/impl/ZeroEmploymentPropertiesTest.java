package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.family.ExclusionReason;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.MemberAssessment;
import org.jobassist.api.family.NotZeroEmploymentReason;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ZeroEmploymentDetermination;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.family.Households;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of the zero-employment test, on generated households near the age boundaries. */
class ZeroEmploymentPropertiesTest {

    static final PolicyPack LN = PolicyPacks.liaoning();

    /** One generated question: a register, the date asked, a membership and a permutation draw. */
    record Case(HouseholdRegister register, LocalDate asOf, FamilyMembership membership, long shuffle) {}

    static Gen<Case> cases(boolean candidates) {
        Gen<LocalDate> dates = Households.asOfDates();
        Gen<FamilyMembership> memberships = Households.memberships();
        return in -> {
            LocalDate asOf = dates.generate(in);
            HouseholdRegister r = (candidates ? Households.candidates(asOf) : Households.registers(asOf)).generate(in);
            return new Case(r, asOf, memberships.generate(in), in.next(org.quicktheories.impl.Constraint.between(0, 1_000_000)));
        };
    }

    static ZeroEmploymentTest test(Case c) {
        return ZeroEmploymentFamilies.test(LN, c.membership());
    }

    static Map<PersonId, Set<ExclusionReason>> byPerson(ZeroEmploymentDetermination d) {
        Map<PersonId, Set<ExclusionReason>> map = new HashMap<>();
        for (MemberAssessment a : d.assessments()) {
            map.put(a.person(), a.reasons());
        }
        return map;
    }

    @Test
    void theDeterminationDoesNotDependOnTheOrderOfMembers() {
        Properties.qt().forAll(cases(false)).checkAssert(c -> {
            List<HouseholdMember> shuffled = new ArrayList<>(c.register().members());
            Collections.shuffle(shuffled, new java.util.Random(c.shuffle()));
            HouseholdRegister other = c.register().withMembers(shuffled);
            ZeroEmploymentDetermination a = test(c).determine(c.register(), c.asOf());
            ZeroEmploymentDetermination b = test(c).determine(other, c.asOf());
            assertEquals(a.zeroEmployment(), b.zeroEmployment());
            assertEquals(a.reasons(), b.reasons());
            assertEquals(Set.copyOf(a.counted()), Set.copyOf(b.counted()));
            assertEquals(byPerson(a), byPerson(b));
            assertEquals(a.policyValues(), b.policyValues());
        });
    }

    @Test
    void addingAnEmployedWorkingAgeFamilyMemberAlwaysEndsIt() {
        Properties.qt().forAll(cases(true)).checkAssert(c -> {
            PersonId newcomer = PersonId.of(c.register().id().value() + "-new");
            HouseholdMember employed = Households.employedWorkingAgeMembers(newcomer, c.asOf())
                    .generate(Samples.randomness(c.shuffle()));
            FamilyMembership membership = (anchor, member, asOf) ->
                    member.equals(newcomer) || c.membership().isFamilyMember(anchor, member, asOf);
            ZeroEmploymentTest test = ZeroEmploymentFamilies.test(LN, membership);
            HouseholdRegister more = c.register().withMember(employed);
            ZeroEmploymentDetermination d = test.determine(more, c.asOf());
            assertFalse(d.zeroEmployment());
            assertTrue(d.reasons().contains(NotZeroEmploymentReason.MEMBER_EMPLOYED));
            assertFalse(test.isZeroEmployment(more, c.asOf()));
        });
    }

    @Test
    void theCandidatesGeneratorYieldsZeroEmploymentFamiliesOftenEnoughForThePropertyToBite() {
        List<Case> sample = Samples.draw(cases(true), 500, Properties.seed());
        long zero = sample.stream().filter(c -> test(c).isZeroEmployment(c.register(), c.asOf())).count();
        assertTrue(zero >= 50, zero + " of 500");
        assertTrue(zero < 500, zero + " of 500");
    }

    @Test
    void theFastPathGivesTheSameDecisionAsTheFullPath() {
        Properties.qt().forAll(cases(false)).checkAssert(c -> {
            ZeroEmploymentTest test = test(c);
            ZeroEmploymentDetermination d = test.determine(c.register(), c.asOf());
            assertEquals(d.zeroEmployment(), test.isZeroEmployment(c.register(), c.asOf()), d.toString());
            assertEquals(d.zeroEmployment(), d.explanation().failedConditions().isEmpty());
        });
        Properties.qt().forAll(cases(true)).checkAssert(c -> assertEquals(
                test(c).determine(c.register(), c.asOf()).zeroEmployment(),
                test(c).isZeroEmployment(c.register(), c.asOf())));
    }

    @Test
    void theDeterminationNeverCountsANonFamilyMember() {
        Properties.qt().forAll(cases(false)).checkAssert(c -> {
            ZeroEmploymentDetermination d = test(c).determine(c.register(), c.asOf());
            PersonId head = c.register().head();
            for (MemberAssessment a : d.assessments()) {
                boolean family = a.person().equals(head) || c.membership().isFamilyMember(head, a.person(), c.asOf());
                assertEquals(!family, a.reasons().contains(ExclusionReason.NOT_FAMILY_MEMBER));
                if (!family) {
                    assertEquals(Set.of(ExclusionReason.NOT_FAMILY_MEMBER), a.reasons());
                }
            }
            for (PersonId counted : d.counted()) {
                assertTrue(counted.equals(head) || c.membership().isFamilyMember(head, counted, c.asOf()));
            }
            assertEquals(c.register().members().size(), d.assessments().size());
        });
    }
}
