package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RecognitionBatchResult;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.testkit.identity.Identities;
import org.junit.jupiter.api.Test;

/**
 * The Liaoning zero-employment values cover the 8-category version too (DOMAIN §2.2: the
 * 20-day pledge dates from 2006, the family test is Liaoning's long-standing rule), so a
 * person with a household linked is recognised, or not, without error before 2021.
 */
class ZeroEmploymentBeforeAdjustmentTest {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final LocalDate JUNE_30_2020 = LocalDate.of(2020, 6, 30);
    static final PersonId HEAD = PersonId.of("head-2020");
    static final PersonId SPOUSE = PersonId.of("spouse-2020");
    static final HouseholdId HOUSEHOLD = HouseholdId.of("HH-210102-2020");

    static ResidentIdNumber idNumber(String birth, String sequence) {
        String first17 = "210102" + birth + sequence;
        return ResidentIdNumber.parse(first17 + Identities.residentIdCheckCharacter(first17));
    }

    /** Head born 1980-05-10 (40 in 2020), spouse born 1985-03-01, in Heping, urban, no income. */
    static HouseholdRegister register(LocalDate spouseStartsWork) {
        HouseholdMember.Builder spouse = HouseholdMember.builder(SPOUSE).birthDate(LocalDate.of(1985, 3, 1))
                .retirementClass(RetirementClass.FEMALE_WORKER_50);
        if (spouseStartsWork != null) {
            spouse.employed(spouseStartsWork, null);
        }
        return HouseholdRegister.builder().id(HOUSEHOLD).division(HEPING).registration(Registration.URBAN).head(HEAD)
                .member(HouseholdMember.builder(HEAD).birthDate(LocalDate.of(1980, 5, 10))
                        .retirementClass(RetirementClass.MALE_60))
                .member(spouse)
                .build();
    }

    static PersonRecord head() {
        return PersonRecord.builder(HEAD).idNumber(idNumber("19800510", "013")).retirementClass(RetirementClass.MALE_60)
                .residence(HEPING).household(HOUSEHOLD)
                .unemploymentRegistration(DateRange.startingOn(LocalDate.of(2019, 1, 1))).build();
    }

    static RecognitionService service(HouseholdRegister register) {
        HouseholdStore households = InMemoryStores.households();
        households.save(register);
        return Recognitions.service(LN, InMemoryStores.registries(), households,
                ZeroEmploymentFamilies.test(LN, FamilyMembership.everyoneInRegister()));
    }

    @Test
    void aZeroEmploymentFamilyMemberIsRecognisedUnderThe2012VersionOn2020June30() {
        Recognition r = service(register(null)).recognise(head(), JUNE_30_2020);
        assertEquals("liaoning-2012", r.catalogueVersion());
        assertEquals(Set.of("ZERO_EMPLOYMENT_FAMILY_MEMBER"), r.categoryCodes());
    }

    @Test
    void aFamilyWithAMemberEmployedIsNotRecognisedAndNotAnError() {
        RecognitionService service = service(register(LocalDate.of(2020, 3, 1)));
        Recognition r = service.recognise(head(), JUNE_30_2020);
        assertFalse(r.isRecognised());
        assertTrue(r.whyNot().stream().anyMatch(e -> e.rule().equals("category.condition.zero-employment-family-member")),
                () -> r.whyNot().toString());
        RecognitionBatchResult batch = service.recogniseAll(List.of(head()), JUNE_30_2020, false);
        assertEquals(0, batch.rejectedCount());
        assertEquals(1, batch.notRecognisedCount());
    }

    @Test
    void aBatchOn2020June30RejectsNobodyWithAHousehold() {
        RecognitionBatchResult batch = service(register(null)).recogniseAll(List.of(head()), JUNE_30_2020, false);
        assertEquals(0, batch.rejectedCount());
        assertEquals(1, batch.recognisedCount());
        assertEquals(1L, batch.count("ZERO_EMPLOYMENT_FAMILY_MEMBER"));
    }

    @Test
    void theFamilyValuesStartWithThe2012VersionAndTheDeadlineWithTheLawItCites() {
        LocalDate first = LocalDate.of(2012, 9, 27);
        assertEquals(2, LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, HEPING, first).value());
        assertEquals(16, LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_WORKING_AGE_FROM, HEPING, first).value());
        assertEquals(Set.of("PAST_RETIREMENT", "IN_SCHOOL", "ACTIVE_SERVICE"),
                LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE, HEPING, first).value());
        for (var key : List.of(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS,
                PolicyKeys.ZERO_EMPLOYMENT_WORKING_AGE_FROM)) {
            assertThrows(PolicyValueUnavailableException.class, () -> LN.resolve(key, HEPING, first.minusDays(1)));
            assertTrue(LN.resolve(key, HEPING, first).note().orElseThrow().contains("Assumption"), key.name());
        }
        assertThrows(PolicyValueUnavailableException.class,
                () -> LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE, HEPING, first.minusDays(1)));
        assertTrue(LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE, HEPING, first).note().orElseThrow()
                .contains("Assumption"));
        LocalDate lawInForce = LocalDate.of(2008, 1, 1);
        assertEquals(Period.ofDays(20),
                LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_CLEARING_DEADLINE, HEPING, lawInForce).value());
        assertThrows(PolicyValueUnavailableException.class,
                () -> LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_CLEARING_DEADLINE, HEPING, lawInForce.minusDays(1)));
        assertTrue(LN.resolve(PolicyKeys.ZERO_EMPLOYMENT_CLEARING_DEADLINE, HEPING, lawInForce).note().orElseThrow()
                .contains("since 2006"));
    }
}
