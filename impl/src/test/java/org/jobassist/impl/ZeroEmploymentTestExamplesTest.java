package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.ExclusionReason;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.NotZeroEmploymentReason;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.family.ZeroEmploymentDetermination;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.RetirementClass;
import org.junit.jupiter.api.Test;

/** The Liaoning zero-employment family test (DOMAIN.md §2.2) on worked examples. */
class ZeroEmploymentTestExamplesTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final LocalDate JUNE_30_2021 = LocalDate.of(2021, 6, 30);
    static final PersonId HEAD = PersonId.of("head-0001");
    static final PersonId SPOUSE = PersonId.of("spouse-0002");
    static final PersonId THIRD = PersonId.of("third-0003");
    static final PersonId FOURTH = PersonId.of("fourth-0004");
    static final PersonId LODGER = PersonId.of("lodger-0005");
    static final ZeroEmploymentTest TEST = ZeroEmploymentFamilies.test(LN, FamilyMembership.everyoneInRegister());
    /** Everyone but the lodger is family. */
    static final ZeroEmploymentTest WITH_KINSHIP =
            ZeroEmploymentFamilies.test(LN, (anchor, member, asOf) -> !member.equals(LODGER));

    static HouseholdMember.Builder adult(PersonId id, LocalDate birth) {
        return HouseholdMember.builder(id).birthDate(birth).retirementClass(RetirementClass.MALE_60);
    }

    static HouseholdRegister.Builder urban(HouseholdMember.Builder... members) {
        HouseholdRegister.Builder b = HouseholdRegister.builder().id(HouseholdId.of("HH-210102-01"))
                .division(HEPING).registration(Registration.URBAN).head(HEAD);
        for (HouseholdMember.Builder m : members) {
            b.member(m);
        }
        return b;
    }

    static HouseholdRegister couple() {
        return urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(SPOUSE, LocalDate.of(1985, 3, 1)).retirementClass(RetirementClass.FEMALE_WORKER_50)).build();
    }

    static ZeroEmploymentDetermination check(ZeroEmploymentTest test, HouseholdRegister r, LocalDate asOf) {
        ZeroEmploymentDetermination d = test.determine(r, asOf);
        assertEquals(d.zeroEmployment(), test.isZeroEmployment(r, asOf), "fast path agrees");
        return d;
    }

    static Set<NotZeroEmploymentReason> reasons(NotZeroEmploymentReason... reasons) {
        return Set.of(reasons);
    }

    @Test
    void twoUnemployedAbleWillingWorkingAgeUrbanMembersWithoutIncomeAreAZeroEmploymentFamily() {
        ZeroEmploymentDetermination d = check(TEST, couple(), JUNE_30_2021);
        assertTrue(d.zeroEmployment());
        assertEquals(Set.of(), d.reasons());
        assertEquals(List.of(HEAD, SPOUSE), d.counted());
        assertEquals(List.of(), d.excluded());
        assertEquals(Explanation.Outcome.SATISFIED, d.explanation().outcome());
        assertEquals(List.of(), d.explanation().failedConditions());
        assertTrue(d.explanation().legalBases().stream()
                .anyMatch(b -> b.documentNumber().equals("《中华人民共和国就业促进法》") && "第五十六条".equals(b.article())));
        assertEquals(HouseholdId.of("HH-210102-01"), d.household());
        assertEquals(JUNE_30_2021, d.asOf());
    }

    @Test
    void packValuesUsedAreRecordedWithJurisdictionVersionAndBasis() {
        ZeroEmploymentDetermination d = TEST.determine(couple(), JUNE_30_2021);
        ResolvedValue<?> min = d.policyValues().stream()
                .filter(v -> v.key().equals(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS)).findFirst().orElseThrow();
        assertEquals(2, min.value());
        assertEquals(LIAONING, min.jurisdiction());
        assertEquals(HEPING, min.requestedJurisdiction());
        assertEquals("2021.1", min.packVersion());
        assertEquals("《辽宁省就业促进条例》", min.legalBasis().documentNumber());
        ResolvedValue<?> from = d.policyValues().stream()
                .filter(v -> v.key().equals(PolicyKeys.ZERO_EMPLOYMENT_WORKING_AGE_FROM)).findFirst().orElseThrow();
        assertEquals(16, from.value());
        assertEquals("《中华人民共和国劳动法》", from.legalBasis().documentNumber());
        ResolvedValue<?> not = d.policyValues().stream()
                .filter(v -> v.key().equals(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE)).findFirst().orElseThrow();
        assertEquals(Set.of("PAST_RETIREMENT", "IN_SCHOOL", "ACTIVE_SERVICE"), not.value());
        Explanation members = d.explanation().children().stream()
                .filter(c -> c.rule().equals("zero-employment-family.working-age-members")).findFirst().orElseThrow();
        assertEquals("2", members.inputs().get("minimum"));
        assertEquals("2", members.result().orElseThrow());
        assertTrue(members.legalBases().contains(min.legalBasis()));
    }

    @Test
    void oneSuchMemberIsTooFew() {
        HouseholdRegister alone = urban(adult(HEAD, LocalDate.of(1980, 5, 10))).build();
        ZeroEmploymentDetermination d = check(TEST, alone, JUNE_30_2021);
        assertFalse(d.zeroEmployment());
        assertEquals(reasons(NotZeroEmploymentReason.TOO_FEW_MEMBERS), d.reasons());
        assertEquals(List.of(HEAD), d.counted());

        HouseholdRegister withChild = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(SPOUSE, LocalDate.of(2005, 7, 1))).build();
        ZeroEmploymentDetermination c = check(TEST, withChild, JUNE_30_2021);
        assertEquals(reasons(NotZeroEmploymentReason.TOO_FEW_MEMBERS), c.reasons());
        assertEquals(Set.of(ExclusionReason.UNDER_WORKING_AGE), c.assessmentOf(SPOUSE).reasons());
        List<Explanation> failed = c.explanation().failedConditions();
        assertEquals(1, failed.size());
        assertEquals("members[1]", failed.get(0).inputs().get("member"));
        assertEquals("[UNDER_WORKING_AGE]", failed.get(0).inputs().get("reasons"));
    }

    @Test
    void sixteenthBirthdayIsTheFirstDayOfWorkingAge() {
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(SPOUSE, LocalDate.of(2005, 6, 30))).build();
        assertTrue(check(TEST, r, JUNE_30_2021).zeroEmployment());
        assertEquals(Set.of(ExclusionReason.UNDER_WORKING_AGE),
                check(TEST, r, LocalDate.of(2021, 6, 29)).assessmentOf(SPOUSE).reasons());
    }

    @Test
    void anEmployedMemberEndsIt() {
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(SPOUSE, LocalDate.of(1985, 3, 1)),
                adult(THIRD, LocalDate.of(1990, 1, 1)).employed(LocalDate.of(2021, 6, 30), null)).build();
        ZeroEmploymentDetermination d = check(TEST, r, JUNE_30_2021);
        assertFalse(d.zeroEmployment());
        assertEquals(reasons(NotZeroEmploymentReason.MEMBER_EMPLOYED), d.reasons());
        assertEquals(Set.of(ExclusionReason.EMPLOYED), d.assessmentOf(THIRD).reasons());
        assertTrue(d.explanation().failedConditions().stream()
                .anyMatch(e -> e.rule().equals("zero-employment-family.no-member-employed")
                        && e.inputs().get("employedMembers").equals("members[2]")));
        // The day before the job starts, the family is still zero-employment.
        assertTrue(check(TEST, r, LocalDate.of(2021, 6, 29)).zeroEmployment());
        // A job that ended the day before no longer counts.
        HouseholdRegister ended = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(SPOUSE, LocalDate.of(1985, 3, 1)).employed(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 6, 29)))
                .build();
        assertTrue(check(TEST, ended, JUNE_30_2021).zeroEmployment());
    }

    @Test
    void operatingOrInvestmentIncomeEndsIt() {
        HouseholdRegister r = couple().toBuilder().operatingOrInvestmentIncome(true).build();
        ZeroEmploymentDetermination d = check(TEST, r, JUNE_30_2021);
        assertEquals(reasons(NotZeroEmploymentReason.HAS_OPERATING_OR_INVESTMENT_INCOME), d.reasons());
        assertEquals(List.of("zero-employment-family.no-operating-or-investment-income"),
                d.explanation().failedConditions().stream().map(Explanation::rule).collect(Collectors.toList()));
    }

    @Test
    void aRuralRegisterIsNotAnUrbanZeroEmploymentFamily() {
        HouseholdRegister r = couple().toBuilder().registration(Registration.RURAL).build();
        ZeroEmploymentDetermination d = check(TEST, r, JUNE_30_2021);
        assertEquals(reasons(NotZeroEmploymentReason.RURAL_REGISTRATION), d.reasons());
        assertEquals(List.of(HEAD, SPOUSE), d.counted());
    }

    @Test
    void studentAndSoldierAreNotCounted() {
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(SPOUSE, LocalDate.of(1985, 3, 1)),
                adult(THIRD, LocalDate.of(2001, 9, 1)).inSchool(true),
                adult(FOURTH, LocalDate.of(2000, 2, 1)).inActiveService(true)).build();
        ZeroEmploymentDetermination d = check(TEST, r, JUNE_30_2021);
        assertTrue(d.zeroEmployment());
        assertEquals(List.of(HEAD, SPOUSE), d.counted());
        assertEquals(Set.of(ExclusionReason.IN_SCHOOL), d.assessmentOf(THIRD).reasons());
        assertEquals(Set.of(ExclusionReason.ACTIVE_SERVICE), d.assessmentOf(FOURTH).reasons());

        HouseholdRegister headWithStudentAndSoldier = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(THIRD, LocalDate.of(2001, 9, 1)).inSchool(true),
                adult(FOURTH, LocalDate.of(2000, 2, 1)).inActiveService(true)).build();
        ZeroEmploymentDetermination e = check(TEST, headWithStudentAndSoldier, JUNE_30_2021);
        assertEquals(reasons(NotZeroEmploymentReason.TOO_FEW_MEMBERS), e.reasons());
        Explanation studentNode = e.explanation().failedConditions().get(0);
        assertTrue(studentNode.legalBases().stream().anyMatch(b -> b.documentNumber().equals("《辽宁省就业促进条例》")));
    }

    @Test
    void unableAndUnwillingMembersAreNotCountedWithEveryReason() {
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(SPOUSE, LocalDate.of(1985, 3, 1)).ableToWork(false),
                adult(THIRD, LocalDate.of(1990, 3, 1)).wantsWork(false),
                adult(FOURTH, LocalDate.of(2010, 3, 1)).wantsWork(false).inSchool(true)).build();
        ZeroEmploymentDetermination d = check(TEST, r, JUNE_30_2021);
        assertEquals(reasons(NotZeroEmploymentReason.TOO_FEW_MEMBERS), d.reasons());
        assertEquals(Set.of(ExclusionReason.UNABLE_TO_WORK), d.assessmentOf(SPOUSE).reasons());
        assertEquals(Set.of(ExclusionReason.NOT_WILLING), d.assessmentOf(THIRD).reasons());
        assertEquals(Set.of(ExclusionReason.UNDER_WORKING_AGE, ExclusionReason.IN_SCHOOL, ExclusionReason.NOT_WILLING),
                d.assessmentOf(FOURTH).reasons());
        assertEquals(3, d.excluded().size());
    }

    @Test
    void pastRetirementIsNotCountedUnderTheLawInForceOnTheDate() {
        // A man born 1965-01-10: 60 on 2025-01-10, but from 2025-01-01 the reform puts his
        // retirement at 60y1m, 2025-02-10 (DOMAIN.md §4: man born 1965-01 retires 2025-02).
        PersonId father = THIRD;
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1990, 5, 10)), adult(SPOUSE, LocalDate.of(1992, 3, 1)),
                adult(father, LocalDate.of(1965, 1, 10))).build();
        ZeroEmploymentDetermination jan20 = check(TEST, r, LocalDate.of(2025, 1, 20));
        assertEquals(List.of(HEAD, SPOUSE, father), jan20.counted());
        ZeroEmploymentDetermination feb9 = check(TEST, r, LocalDate.of(2025, 2, 9));
        assertTrue(feb9.assessmentOf(father).counted());
        ZeroEmploymentDetermination feb10 = check(TEST, r, LocalDate.of(2025, 2, 10));
        assertEquals(Set.of(ExclusionReason.PAST_RETIREMENT), feb10.assessmentOf(father).reasons());

        // Born 1964-12-15: under the law of 2024-12-20 he retired at 60 on 2024-12-15.
        HouseholdRegister older = urban(adult(HEAD, LocalDate.of(1990, 5, 10)),
                adult(father, LocalDate.of(1964, 12, 15))).build();
        ZeroEmploymentDetermination dec20 = check(TEST, older, LocalDate.of(2024, 12, 20));
        assertEquals(reasons(NotZeroEmploymentReason.TOO_FEW_MEMBERS), dec20.reasons());
        assertEquals(Set.of(ExclusionReason.PAST_RETIREMENT), dec20.assessmentOf(father).reasons());
        Explanation node = dec20.explanation().failedConditions().get(0);
        assertTrue(node.legalBases().stream().map(LegalBasis::documentNumber).anyMatch("国发〔1978〕104号"::equals));
        assertTrue(check(TEST, older, LocalDate.of(2024, 12, 14)).zeroEmployment());
    }

    @Test
    void aWomanWorkerBorn1975MarchCountsUntil2025May() {
        // DOMAIN.md §4: woman (50) born 1975-03 retires 2025-05 at 50y2m.
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1975, 3, 15)).retirementClass(RetirementClass.FEMALE_WORKER_50),
                adult(SPOUSE, LocalDate.of(1976, 1, 1))).build();
        assertTrue(check(TEST, r, LocalDate.of(2025, 5, 14)).zeroEmployment());
        ZeroEmploymentDetermination d = check(TEST, r, LocalDate.of(2025, 5, 15));
        assertEquals(Set.of(ExclusionReason.PAST_RETIREMENT), d.assessmentOf(HEAD).reasons());
        assertTrue(d.explanation().failedConditions().get(0).legalBases().stream()
                .anyMatch(b -> b.documentNumber().equals("全国人大常委会2024年9月13日决定")));
    }

    @Test
    void aRegisterMemberWhoIsNotFamilyUnderArticle1045IsNotCountedAndHisJobDoesNotMatter() {
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1980, 5, 10)), adult(SPOUSE, LocalDate.of(1985, 3, 1)),
                adult(LODGER, LocalDate.of(1988, 3, 1)).employed(LocalDate.of(2020, 1, 1), null)).build();
        ZeroEmploymentDetermination d = check(WITH_KINSHIP, r, JUNE_30_2021);
        assertTrue(d.zeroEmployment());
        assertEquals(Set.of(ExclusionReason.NOT_FAMILY_MEMBER), d.assessmentOf(LODGER).reasons());
        assertFalse(check(TEST, r, JUNE_30_2021).zeroEmployment());

        HouseholdRegister headAndLodger = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(LODGER, LocalDate.of(1988, 3, 1))).build();
        ZeroEmploymentDetermination e = check(WITH_KINSHIP, headAndLodger, JUNE_30_2021);
        assertEquals(reasons(NotZeroEmploymentReason.TOO_FEW_MEMBERS), e.reasons());
        Explanation node = e.explanation().failedConditions().get(0);
        assertTrue(node.legalBases().stream().anyMatch(b -> "第1045条第3款".equals(b.article())), node.render());
    }

    @Test
    void theRulesNumbersComeFromThePack() {
        LegalBasis basis = LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, LIAONING, JUNE_30_2021)
                .legalBasis();
        PolicyPack three = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS,
                LIAONING, LocalDate.of(2021, 1, 1), null, 3, basis)));
        ZeroEmploymentTest strict = ZeroEmploymentFamilies.test(three, FamilyMembership.everyoneInRegister());
        assertEquals(reasons(NotZeroEmploymentReason.TOO_FEW_MEMBERS), check(strict, couple(), JUNE_30_2021).reasons());

        PolicyPack studentsCount = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE,
                LIAONING, LocalDate.of(2021, 1, 1), null, Set.of("PAST_RETIREMENT", "ACTIVE_SERVICE"), basis)));
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(THIRD, LocalDate.of(2001, 9, 1)).inSchool(true)).build();
        assertFalse(check(TEST, r, JUNE_30_2021).zeroEmployment());
        assertTrue(check(ZeroEmploymentFamilies.test(studentsCount, FamilyMembership.everyoneInRegister()), r,
                JUNE_30_2021).zeroEmployment());

        PolicyPack from18 = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_WORKING_AGE_FROM,
                LIAONING, LocalDate.of(2021, 1, 1), null, 18, basis)));
        HouseholdRegister seventeen = urban(adult(HEAD, LocalDate.of(1980, 5, 10)),
                adult(THIRD, LocalDate.of(2004, 1, 1))).build();
        assertTrue(check(TEST, seventeen, JUNE_30_2021).zeroEmployment());
        assertFalse(check(ZeroEmploymentFamilies.test(from18, FamilyMembership.everyoneInRegister()), seventeen,
                JUNE_30_2021).zeroEmployment());
    }

    @Test
    void anUnknownExclusionCodeInThePackIsRejected() {
        LegalBasis basis = LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE, LIAONING, JUNE_30_2021).legalBasis();
        PolicyPack odd = LN.withOverrides(List.of(PolicyValue.of(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE,
                LIAONING, LocalDate.of(2021, 1, 1), null, Set.of("RETIRED"), basis)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ZeroEmploymentFamilies.test(odd, FamilyMembership.everyoneInRegister()).determine(couple(), JUNE_30_2021));
        assertEquals("zero-employment.pack-code", e.code());
        assertEquals("zero-employment-family.not-working-age", e.violations().get(0).path());
    }

    @Test
    void beforeThePacksValuesStartThereIsNoAnswer() {
        PolicyValueUnavailableException e = assertThrows(PolicyValueUnavailableException.class,
                () -> TEST.isZeroEmployment(couple(), LocalDate.of(2012, 9, 26)));
        assertEquals("policy.value-missing", e.code());
    }

    @Test
    void aMemberBornAfterTheDateAskedIsRejectedWithItsPath() {
        HouseholdRegister r = urban(adult(HEAD, LocalDate.of(1980, 5, 10)), adult(SPOUSE, LocalDate.of(1985, 3, 1)),
                adult(THIRD, LocalDate.of(2021, 7, 1))).build();
        for (Runnable call : List.<Runnable>of(() -> TEST.determine(r, JUNE_30_2021),
                () -> TEST.isZeroEmployment(r, JUNE_30_2021))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, call::run);
            assertEquals(List.of(new Violation("members[2].birthDate", "zero-employment.born-after-as-of",
                    e.violations().get(0).message())), e.violations());
            assertFalse(e.getMessage().contains("third-0003") || e.getMessage().contains("2021-07-01"), e.getMessage());
        }
    }
}
