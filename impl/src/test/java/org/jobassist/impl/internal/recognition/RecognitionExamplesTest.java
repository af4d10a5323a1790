package org.jobassist.impl.internal.recognition;

import static org.jobassist.impl.internal.recognition.RecognitionFixture.HEPING;
import static org.jobassist.impl.internal.recognition.RecognitionFixture.KANGPING;
import static org.jobassist.impl.internal.recognition.RecognitionFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.category.AnyOf;
import org.jobassist.api.category.Category;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.CategoryKind;
import org.jobassist.api.category.CategoryOutcome;
import org.jobassist.api.category.HoldsRegistryFlag;
import org.jobassist.api.category.NoCatalogueInForceException;
import org.jobassist.api.category.Not;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RecognitionBatchResult;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.category.RegisteredUnemployed;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.Recognitions;
import org.jobassist.testkit.person.People;
import org.junit.jupiter.api.Test;

/** Recognition on worked examples: each of DOMAIN.md §1's categories, §4's ages, the gate, "why not", bad input. */
class RecognitionExamplesTest {

    static final LocalDate JUNE_30_2021 = LocalDate.of(2021, 6, 30);
    static final LocalDate DEC_31_2020 = LocalDate.of(2020, 12, 31);
    static final LocalDate NOV_15_2021 = LocalDate.of(2021, 11, 15);
    /** Aged 31 in 2021: far from retirement, so only the facts under test decide. */
    static final LocalDate YOUNG = LocalDate.of(1990, 5, 5);

    final RecognitionFixture f = new RecognitionFixture();

    void hold(PersonRecord p, RegistryFlag flag) {
        f.registries.registryFor(flag).record(Evidence.of(p.id(), flag, "R-" + flag.ordinal(),
                LocalDate.of(2019, 12, 20), DateRange.startingOn(LocalDate.of(2020, 1, 1))));
    }

    void lastEmployerMonth(PersonRecord p, YearMonth month) {
        f.registries.socialInsurance().record(ContributionHistory.of(p.id(), List.of(ContributionMonth.employer(month))));
    }

    static List<String> described(List<Explanation> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.description()));
        return out;
    }

    // ---- categories 2, 4–8: a registry flag each ----

    @Test
    void eachRegistryCategoryOfTheTenRecognisesItsFlagAlone() {
        Map<RegistryFlag, String> byFlag = Map.of(
                RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE, "URBAN_MINIMUM_LIVING_ALLOWANCE",
                RegistryFlag.DISABILITY_CERTIFICATE, "DISABLED",
                RegistryFlag.SINGLE_PARENT_OF_MINOR, "SINGLE_PARENT_OF_MINOR",
                RegistryFlag.UNEMPLOYED_MILITARY_SPOUSE, "UNEMPLOYED_MILITARY_SPOUSE",
                RegistryFlag.ENTITLED_GROUP_WITH_PENSION, "ENTITLED_GROUP_WITH_PENSION",
                RegistryFlag.MARTYR_FAMILY, "MARTYR_FAMILY");
        byFlag.forEach((flag, code) -> {
            PersonRecord p = person("p-" + code, YOUNG, RetirementClass.MALE_60).build();
            hold(p, flag);
            Recognition r = f.engine.recognise(p, JUNE_30_2021);
            assertEquals(Set.of(code), r.categoryCodes(), code);
            assertEquals("liaoning-2021", r.catalogueVersion());
            CategoryOutcome o = r.outcome(code);
            Explanation flagNode = o.decidingConditions().get(1);
            assertEquals("category.condition.registry-flag", flagNode.rule());
            assertEquals("R-" + flag.ordinal(), flagNode.inputs().get("evidence"));
            assertEquals("2019-12-20", flagNode.inputs().get("recordedOn"));
            assertEquals(List.of("registered unemployed", "holds " + flag + " (" + flag.source() + ")"),
                    described(o.decidingConditions()));
            assertEquals(List.of(o.category().legalBasis()), o.explanation().legalBases());
        });
    }

    @Test
    void theSameFlagsUnderTheEightCategoryVersionOn20201231() {
        PersonRecord p = person("p-dis", YOUNG, RetirementClass.MALE_60).build();
        hold(p, RegistryFlag.DISABILITY_CERTIFICATE);
        Recognition r = f.engine.recognise(p, DEC_31_2020);
        assertEquals("liaoning-2012", r.catalogueVersion());
        assertEquals(Set.of("DISABLED"), r.categoryCodes());
        assertEquals(8 + 3, r.outcomes().size());
    }

    @Test
    void aPersonNotRegisteredUnemployedIsRecognisedInNothing() {
        PersonRecord p = PersonRecord.builder(PersonId.of("p-unreg"))
                .idNumber(RecognitionFixture.idNumber(YOUNG, true)).retirementClass(RetirementClass.MALE_60)
                .residence(HEPING).unemploymentRegistration(DateRange.of(LocalDate.of(2019, 1, 1), JUNE_30_2021.minusDays(1)))
                .build();
        hold(p, RegistryFlag.DISABILITY_CERTIFICATE);
        Recognition r = f.engine.recognise(p, JUNE_30_2021);
        assertEquals(Set.of(), r.categoryCodes());
        assertEquals(List.of("registered unemployed"), described(r.outcome("DISABLED").decidingConditions()));
        assertEquals(Set.of("DISABLED"), f.engine.recognise(p, JUNE_30_2021.minusDays(1)).categoryCodes());
    }

    // ---- category 1: zero-employment family member ----

    HouseholdRegister household(PersonId head, PersonId member, boolean headEmployed) {
        HouseholdMember.Builder h = HouseholdMember.builder(head).birthDate(LocalDate.of(1970, 1, 1))
                .retirementClass(RetirementClass.MALE_60);
        if (headEmployed) {
            h.employed(LocalDate.of(2021, 3, 1), null);
        }
        return HouseholdRegister.builder().id(HouseholdId.of("HH-210102-01")).division(HEPING)
                .registration(Registration.URBAN).head(head).member(h)
                .member(HouseholdMember.builder(member).birthDate(YOUNG).retirementClass(RetirementClass.MALE_60))
                .build();
    }

    @Test
    void categoryOneAMemberOfAZeroEmploymentFamily() {
        PersonRecord p = person("p-zef", YOUNG, RetirementClass.MALE_60).household(HouseholdId.of("HH-210102-01")).build();
        f.households.save(household(PersonId.of("head-1"), p.id(), false));
        Recognition r = f.engine.recognise(p, JUNE_30_2021);
        assertEquals(Set.of("ZERO_EMPLOYMENT_FAMILY_MEMBER"), r.categoryCodes());
        Explanation zef = r.outcome("ZERO_EMPLOYMENT_FAMILY_MEMBER").decidingConditions().get(1);
        assertEquals("true", zef.inputs().get("zeroEmploymentFamily"));
        assertEquals("2", zef.inputs().get("countedMembers"));
        assertTrue(zef.inputs().get("policy.zero-employment-family.min-working-age-members").startsWith("2 "));
    }

    @Test
    void categoryOneNotWhenTheHeadIsEmployed() {
        PersonRecord p = person("p-zef", YOUNG, RetirementClass.MALE_60).household(HouseholdId.of("HH-210102-01")).build();
        f.households.save(household(PersonId.of("head-1"), p.id(), true));
        Recognition r = f.engine.recognise(p, JUNE_30_2021);
        assertEquals(Set.of(), r.categoryCodes());
        Explanation zef = r.outcome("ZERO_EMPLOYMENT_FAMILY_MEMBER").decidingConditions().get(0);
        assertEquals("[MEMBER_EMPLOYED, TOO_FEW_MEMBERS]", zef.inputs().get("familyReasons"));
        assertEquals(false, f.engine.recognise(p, JUNE_30_2021, RecognitionFixture.V2021, false)
                .categoryCodes().contains("ZERO_EMPLOYMENT_FAMILY_MEMBER"));
    }

    @Test
    void categoryOneNotForSomeoneOnTheRegisterWhoIsNotFamily() {
        PersonId lodger = PersonId.of("p-lodger");
        HouseholdRegister register = household(PersonId.of("head-1"), PersonId.of("spouse-2"), false)
                .withMember(HouseholdMember.builder(lodger).birthDate(YOUNG).retirementClass(RetirementClass.MALE_60)
                        .build());
        RecognitionFixture kin = new RecognitionFixture(RecognitionFixture.WITH_KEY_COUNTIES,
                (anchor, member, asOf) -> !member.equals(lodger));
        kin.households.save(register);
        PersonRecord p = person("p-lodger", YOUNG, RetirementClass.MALE_60).household(register.id()).build();
        Recognition r = kin.engine.recognise(p, JUNE_30_2021);
        assertEquals(Set.of(), r.categoryCodes());
        Explanation zef = r.outcome("ZERO_EMPLOYMENT_FAMILY_MEMBER").decidingConditions().get(0);
        assertEquals("true", zef.inputs().get("zeroEmploymentFamily"));
        assertEquals("false", zef.inputs().get("familyMember"));
        assertEquals(Set.of(), kin.engine.recognise(p, JUNE_30_2021, RecognitionFixture.V2021, false).categoryCodes());
    }

    @Test
    void categoryOneNeedsTheRegisterItLinksTo() {
        PersonRecord p = person("p-zef", YOUNG, RetirementClass.MALE_60).household(HouseholdId.of("HH-missing")).build();
        Explanation zef = f.engine.recognise(p, JUNE_30_2021).outcome("ZERO_EMPLOYMENT_FAMILY_MEMBER")
                .decidingConditions().get(0);
        assertEquals("false", zef.inputs().get("householdFound"));
    }

    // ---- category 3: within 5 years of statutory retirement (DOMAIN §4) ----

    boolean nearRetirement(LocalDate birth, RetirementClass rc, LocalDate asOf) {
        return f.engine.recognise(person("p-near", birth, rc).build(), asOf).categoryCodes().contains("NEAR_RETIREMENT");
    }

    @Test
    void categoryThreeAManBornInMarch1962IsWithinFiveYearsIn2021() {
        assertTrue(nearRetirement(LocalDate.of(1962, 3, 15), RetirementClass.MALE_60, JUNE_30_2021));
        assertFalse(nearRetirement(YOUNG, RetirementClass.MALE_60, JUNE_30_2021));
    }

    @Test
    void categoryThreeAManBorn19660701EntersTheWindowOn20210701() {
        // Original law: retires 2026-07-01 at 60; the 5-year window opens 2021-07-01.
        assertFalse(nearRetirement(LocalDate.of(1966, 7, 1), RetirementClass.MALE_60, JUNE_30_2021));
        assertTrue(nearRetirement(LocalDate.of(1966, 7, 1), RetirementClass.MALE_60, LocalDate.of(2021, 7, 1)));
    }

    @Test
    void categoryThreeAWomanWorkerBorn197106HasRetiredBy20210630() {
        // Original law: a woman worker retires at 50, on 2021-06-15: past retirement is not "within 5 years".
        LocalDate birth = LocalDate.of(1971, 6, 15);
        assertFalse(nearRetirement(birth, RetirementClass.FEMALE_WORKER_50, JUNE_30_2021));
        assertTrue(nearRetirement(birth, RetirementClass.FEMALE_WORKER_50, LocalDate.of(2021, 6, 14)));
        Explanation near = f.engine.recognise(person("p-near", birth, RetirementClass.FEMALE_WORKER_50).build(),
                JUNE_30_2021).outcome("NEAR_RETIREMENT").decidingConditions().get(0);
        assertEquals("2021-06-15", near.inputs().get("retirementDate"));
        assertEquals("true", near.inputs().get("pastRetirement"));
        assertEquals("1971-06", near.inputs().get("birthMonth"));
    }

    @Test
    void categoryThreeAWomanWorkerBorn197503StaysPastHerOriginalDateUnderTheReformedLaw() {
        // Reformed law (from 2025-01-01): born 1975-03 retires 2025-05 at 50y2m, on 2025-05-10;
        // under the original law she would have retired on 2025-03-10.
        LocalDate birth = LocalDate.of(1975, 3, 10);
        assertTrue(nearRetirement(birth, RetirementClass.FEMALE_WORKER_50, LocalDate.of(2024, 12, 31)));
        assertTrue(nearRetirement(birth, RetirementClass.FEMALE_WORKER_50, LocalDate.of(2025, 4, 1)));
        assertTrue(nearRetirement(birth, RetirementClass.FEMALE_WORKER_50, LocalDate.of(2025, 5, 9)));
        assertFalse(nearRetirement(birth, RetirementClass.FEMALE_WORKER_50, LocalDate.of(2025, 5, 10)));
    }

    @Test
    void categoryThreeAManBorn196512UnderTheReformedLaw() {
        // Reformed: born 1965-12 retires 2026-03 at 60y3m; the original date 2025-12-20 no longer ends it.
        LocalDate birth = LocalDate.of(1965, 12, 20);
        LocalDate asOf = LocalDate.of(2025, 12, 25);
        assertTrue(nearRetirement(birth, RetirementClass.MALE_60, asOf));
        Explanation near = f.engine.recognise(person("p-near", birth, RetirementClass.MALE_60).build(), asOf)
                .outcome("NEAR_RETIREMENT").decidingConditions().get(1);
        assertEquals("2026-03-20", near.inputs().get("retirementDate"));
        assertEquals("2021-03-20", near.inputs().get("windowStart"));
    }

    @Test
    void categoryThreeEndsOnTheRetirementDayOfEveryWorkedExampleOfDomainSection4() {
        // Birth (day 15), class, retirement date by DOMAIN §4: the window closes on that day.
        Object[][] examples = {
            {LocalDate.of(1964, 2, 15), RetirementClass.MALE_60, LocalDate.of(2024, 2, 15)},          // 60, no delay
            {LocalDate.of(1965, 1, 15), RetirementClass.MALE_60, LocalDate.of(2025, 2, 15)},          // 60y1m
            {LocalDate.of(1965, 4, 15), RetirementClass.MALE_60, LocalDate.of(2025, 5, 15)},          // 60y1m
            {LocalDate.of(1965, 12, 15), RetirementClass.MALE_60, LocalDate.of(2026, 3, 15)},         // 60y3m
            {LocalDate.of(1971, 4, 15), RetirementClass.FEMALE_CADRE_55, LocalDate.of(2026, 8, 15)},  // 55y4m
            {LocalDate.of(1975, 3, 15), RetirementClass.FEMALE_WORKER_50, LocalDate.of(2025, 5, 15)}, // 50y2m
            {LocalDate.of(1984, 11, 15), RetirementClass.FEMALE_WORKER_50, LocalDate.of(2039, 11, 15)}, // 55
            {LocalDate.of(1995, 12, 15), RetirementClass.MALE_60, LocalDate.of(2058, 12, 15)},        // 63
        };
        for (Object[] x : examples) {
            LocalDate birth = (LocalDate) x[0];
            RetirementClass rc = (RetirementClass) x[1];
            LocalDate retirement = (LocalDate) x[2];
            String name = birth + " " + rc;
            assertTrue(nearRetirement(birth, rc, retirement.minusDays(1)), name);
            assertFalse(nearRetirement(birth, rc, retirement), name);
            // Where the window opens under the reformed law too, it opens exactly five years before.
            if (retirement.minusYears(5).isAfter(LocalDate.of(2025, 1, 1))) {
                assertTrue(nearRetirement(birth, rc, retirement.minusYears(5)), name);
                assertFalse(nearRetirement(birth, rc, retirement.minusYears(5).minusDays(1)), name);
            }
        }
    }

    // ---- categories 9 and 10: key assisted counties, from 2021 ----

    @Test
    void categoriesNineAndTenInAKeyCountyFrom2021() {
        PersonRecord poor = person("p-9", YOUNG, RetirementClass.MALE_60).residence(KANGPING).build();
        PersonRecord low = person("p-10", YOUNG, RetirementClass.MALE_60).residence(KANGPING).build();
        hold(poor, RegistryFlag.POVERTY_ALLEVIATED);
        hold(low, RegistryFlag.RURAL_LOW_INCOME);
        assertEquals(Set.of("POVERTY_ALLEVIATED_KEY_COUNTY"), f.engine.recognise(poor, JUNE_30_2021).categoryCodes());
        assertEquals(Set.of("RURAL_LOW_INCOME_KEY_COUNTY"), f.engine.recognise(low, JUNE_30_2021).categoryCodes());
        Explanation county = f.engine.recognise(poor, JUNE_30_2021).outcome("POVERTY_ALLEVIATED_KEY_COUNTY")
                .decidingConditions().get(2);
        assertEquals("210123", county.inputs().get("matched"));
        assertTrue(county.inputs().get("policy.category.key-assisted-counties").startsWith("[210123, 210124] (210000, "));
        assertEquals(Set.of("POVERTY_ALLEVIATED_KEY_COUNTY"),
                f.engine.recognise(poor, People.ADJUSTMENT_DATE).categoryCodes());
    }

    @Test
    void categoriesNineAndTenDoNotExistOn20201231() {
        PersonRecord poor = person("p-9", YOUNG, RetirementClass.MALE_60).residence(KANGPING).build();
        hold(poor, RegistryFlag.POVERTY_ALLEVIATED);
        Recognition r = f.engine.recognise(poor, DEC_31_2020);
        assertEquals("liaoning-2012", r.catalogueVersion());
        assertEquals(Set.of(), r.categoryCodes());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> r.outcome("POVERTY_ALLEVIATED_KEY_COUNTY"));
        assertEquals("recognition.unknown-category", e.code());
        assertEquals("code", e.violations().get(0).path());
        assertFalse(e.getMessage().contains("POVERTY_ALLEVIATED_KEY_COUNTY"));
    }

    @Test
    void withTheShippedEmptyKeyCountyListNobodyIsInCategoryNine() {
        RecognitionFixture shipped = new RecognitionFixture(RecognitionFixture.LIAONING,
                org.jobassist.api.family.FamilyMembership.everyoneInRegister());
        PersonRecord poor = person("p-9", YOUNG, RetirementClass.MALE_60).residence(KANGPING).build();
        shipped.registries.ruralRevitalisation().record(Evidence.of(poor.id(), RegistryFlag.POVERTY_ALLEVIATED, "R-1",
                LocalDate.of(2020, 1, 1), DateRange.startingOn(LocalDate.of(2020, 1, 1))));
        assertEquals(Set.of(), shipped.engine.recognise(poor, JUNE_30_2021).categoryCodes());
    }

    // ---- reference categories and their gate (DOMAIN §1.1) ----

    PersonRecord referenceCandidate(String id, int referrals, YearMonth lastEmployerMonth, RegistryFlag flag) {
        PersonRecord.Builder b = person(id, YOUNG, RetirementClass.MALE_60);
        for (int i = 0; i < referrals; i++) {
            b.acceptedReferral(LocalDate.of(2021, 3 + 3 * i, 1));
        }
        PersonRecord p = b.build();
        hold(p, flag);
        lastEmployerMonth(p, lastEmployerMonth);
        return p;
    }

    @Test
    void aModelWorkerWithTwoReferralsAndTwelveMonthsIsEligibleByReference() {
        // As of 2021-11-15, a last employer-paid month of 2020-10 leaves 2020-11 … 2021-10: 12 months.
        PersonRecord p = referenceCandidate("p-mw", 2, YearMonth.of(2020, 10), RegistryFlag.MODEL_WORKER);
        Recognition r = f.engine.recognise(p, NOV_15_2021);
        assertFalse(r.isRecognised());
        assertEquals(Set.of("MODEL_WORKER"), r.referenceCategoryCodes());
        assertTrue(r.isReferenceOnly());
        assertEquals(List.of("holds MODEL_WORKER (HOST)", "registered unemployed", "accepted at least 2 suitable job referrals",
                "unemployed for at least 12 months"), described(r.outcome("MODEL_WORKER").decidingConditions()));
    }

    @Test
    void oneReferralIsNotEnough() {
        PersonRecord p = referenceCandidate("p-mw", 1, YearMonth.of(2020, 10), RegistryFlag.MODEL_WORKER);
        Recognition r = f.engine.recognise(p, NOV_15_2021);
        assertEquals(Set.of(), r.referenceCategoryCodes());
        assertEquals(List.of("accepted at least 2 suitable job referrals"), described(r.outcome("MODEL_WORKER").decidingConditions()));
        assertEquals("1", r.outcome("MODEL_WORKER").decidingConditions().get(0).inputs().get("accepted"));
    }

    @Test
    void elevenMonthsAreNotEnough() {
        PersonRecord p = referenceCandidate("p-mw", 2, YearMonth.of(2020, 11), RegistryFlag.MODEL_WORKER);
        Recognition r = f.engine.recognise(p, NOV_15_2021);
        assertEquals(Set.of(), r.referenceCategoryCodes());
        Explanation months = r.outcome("MODEL_WORKER").decidingConditions().get(0);
        assertEquals("unemployed for at least 12 months", months.description());
        assertEquals("11", months.inputs().get("monthsWithoutEmployerContribution"));
        assertEquals("2020-11", months.inputs().get("lastEmployerPaidMonth"));
    }

    @Test
    void povertyAlleviatedOutsideAKeyCountyIsAReferenceCategoryInsideItIsCategoryNine() {
        PersonRecord outside = referenceCandidate("p-out", 2, YearMonth.of(2020, 10), RegistryFlag.POVERTY_ALLEVIATED);
        Recognition r = f.engine.recognise(outside, NOV_15_2021);
        assertEquals(Set.of(), r.categoryCodes());
        assertEquals(Set.of("POVERTY_ALLEVIATED_OUTSIDE_KEY_COUNTY"), r.referenceCategoryCodes());

        PersonRecord inside = outside.toBuilder().residence(KANGPING).build();
        Recognition in = f.engine.recognise(inside, NOV_15_2021);
        assertEquals(Set.of("POVERTY_ALLEVIATED_KEY_COUNTY"), in.categoryCodes());
        assertEquals(Set.of(), in.referenceCategoryCodes());
        assertEquals(List.of("not (resides in a county of category.key-assisted-counties)"),
                described(in.outcome("POVERTY_ALLEVIATED_OUTSIDE_KEY_COUNTY").decidingConditions()));
        assertFalse(in.isReferenceOnly());
    }

    @Test
    void ruralLowIncomeOutsideAKeyCountyIsAReferenceCategory() {
        PersonRecord p = referenceCandidate("p-rli", 2, YearMonth.of(2020, 10), RegistryFlag.RURAL_LOW_INCOME);
        assertEquals(Set.of("RURAL_LOW_INCOME_OUTSIDE_KEY_COUNTY"), f.engine.recognise(p, NOV_15_2021)
                .referenceCategoryCodes());
    }

    @Test
    void landExpropriatedFarmerIsAReferenceCategoryInBothVersions() {
        PersonRecord p = person("p-land", YOUNG, RetirementClass.MALE_60).acceptedReferral(LocalDate.of(2020, 3, 1))
                .acceptedReferral(LocalDate.of(2020, 12, 31)).build();
        hold(p, RegistryFlag.LAND_EXPROPRIATED_FARMER);
        lastEmployerMonth(p, YearMonth.of(2019, 10));
        assertEquals(Set.of("LAND_EXPROPRIATED_FARMER"), f.engine.recognise(p, NOV_15_2021).referenceCategoryCodes());
        assertEquals(Set.of("LAND_EXPROPRIATED_FARMER"), f.engine.recognise(p, DEC_31_2020).referenceCategoryCodes());
        assertEquals(Set.of(), f.engine.recognise(p, DEC_31_2020.minusDays(1)).referenceCategoryCodes());
    }

    @Test
    void anOrphanIsEligibleByReferenceFromTheSixteenthBirthday() {
        LocalDate birth = LocalDate.of(2005, 3, 1);
        PersonRecord p = PersonRecord.builder(PersonId.of("p-orphan")).idNumber(RecognitionFixture.idNumber(birth, false))
                .retirementClass(RetirementClass.FEMALE_WORKER_50).residence(HEPING)
                .unemploymentRegistration(DateRange.startingOn(LocalDate.of(2021, 1, 1)))
                .acceptedReferral(LocalDate.of(2021, 1, 10)).acceptedReferral(LocalDate.of(2021, 2, 10)).build();
        hold(p, RegistryFlag.CHILD_WELFARE_ORPHAN);
        assertEquals(Set.of(), f.engine.recognise(p, LocalDate.of(2021, 2, 28)).referenceCategoryCodes());
        assertEquals(Set.of("CHILD_WELFARE_ORPHAN_16_PLUS"),
                f.engine.recognise(p, LocalDate.of(2021, 3, 1)).referenceCategoryCodes());
    }

    @Test
    void aRecognisedPersonStillHasTheReferenceEligibilityReportedButIsNotReferenceOnly() {
        PersonRecord p = referenceCandidate("p-both", 2, YearMonth.of(2020, 10), RegistryFlag.MODEL_WORKER);
        hold(p, RegistryFlag.DISABILITY_CERTIFICATE);
        Recognition r = f.engine.recognise(p, NOV_15_2021);
        assertEquals(Set.of("DISABLED"), r.categoryCodes());
        assertEquals(Set.of("MODEL_WORKER"), r.referenceCategoryCodes());
        assertFalse(r.isReferenceOnly());
    }

    // ---- why not ----

    @Test
    void whyNotListsTheFailedConditionsOfEveryCategory() {
        PersonRecord p = person("p-none", YOUNG, RetirementClass.MALE_60).build();
        Recognition r = f.engine.recognise(p, JUNE_30_2021);
        assertFalse(r.isRecognised());
        assertEquals(Explanation.Outcome.NOT_SATISFIED, r.explanation().outcome());
        assertEquals(15, r.explanation().children().size());
        assertEquals(List.of("member of an urban zero-employment family"),
                described(r.outcome("ZERO_EMPLOYMENT_FAMILY_MEMBER").decidingConditions()));
        assertEquals(List.of("holds POVERTY_ALLEVIATED (RURAL_REVITALISATION)",
                "resides in a county of category.key-assisted-counties"),
                described(r.outcome("POVERTY_ALLEVIATED_KEY_COUNTY").decidingConditions()));
        assertEquals(List.of("holds MODEL_WORKER (HOST)", "accepted at least 2 suitable job referrals"),
                described(r.outcome("MODEL_WORKER").decidingConditions()));
        List<Explanation> whyNot = r.explanation().failedConditions();
        assertEquals(r.whyNot(), whyNot);
        // 10 categories: 9 with one failed condition, category 10 with two; reference: see above per category.
        assertTrue(whyNot.stream().allMatch(x -> x.rule().startsWith("category.condition.")));
        assertTrue(whyNot.stream().noneMatch(x -> x.description().equals("registered unemployed")));
        String text = r.explanation().render();
        assertFalse(text.contains(p.idNumber().value()));
        assertTrue(text.contains(p.idNumber().masked()));
        assertFalse(r.toString().contains(p.idNumber().value()));
    }

    @Test
    void decidingConditionsOfAnyAndNot() {
        LegalBasis basis = LegalBasis.of("示人社发〔2021〕1号", "示例", "Example");
        CategoryCatalogue v = CategoryCatalogue.builder().version("test-any").effectiveFrom(LocalDate.of(2021, 1, 1))
                .precondition(RegisteredUnemployed.of())
                .add(Category.of("EITHER", "任一", "Either", basis, AnyOf.of(HoldsRegistryFlag.of(RegistryFlag.DISABILITY_CERTIFICATE),
                        HoldsRegistryFlag.of(RegistryFlag.MARTYR_FAMILY)), CategoryKind.RECOGNISED))
                .add(Category.of("NOT_DISABLED", "非残疾", "Not disabled", basis,
                        Not.of(HoldsRegistryFlag.of(RegistryFlag.DISABILITY_CERTIFICATE)), CategoryKind.RECOGNISED))
                .build();
        PersonRecord martyr = person("p-m", YOUNG, RetirementClass.MALE_60).build();
        hold(martyr, RegistryFlag.MARTYR_FAMILY);
        Recognition m = f.engine.recognise(martyr, JUNE_30_2021, v, true);
        assertEquals(List.of("registered unemployed", "holds MARTYR_FAMILY (VETERANS_AFFAIRS)"),
                described(m.outcome("EITHER").decidingConditions()));
        assertEquals(List.of("registered unemployed", "not (holds DISABILITY_CERTIFICATE (DISABLED_PERSONS_FEDERATION))"),
                described(m.outcome("NOT_DISABLED").decidingConditions()));

        PersonRecord none = person("p-n", YOUNG, RetirementClass.MALE_60).build();
        Recognition n = f.engine.recognise(none, JUNE_30_2021, v, true);
        assertEquals(List.of("holds DISABILITY_CERTIFICATE (DISABLED_PERSONS_FEDERATION)",
                "holds MARTYR_FAMILY (VETERANS_AFFAIRS)"), described(n.outcome("EITHER").decidingConditions()));

        PersonRecord disabled = person("p-d", YOUNG, RetirementClass.MALE_60).build();
        hold(disabled, RegistryFlag.DISABILITY_CERTIFICATE);
        Recognition d = f.engine.recognise(disabled, JUNE_30_2021, v, true);
        assertEquals(List.of("not (holds DISABILITY_CERTIFICATE (DISABLED_PERSONS_FEDERATION))"),
                described(d.outcome("NOT_DISABLED").decidingConditions()));
        assertEquals(Set.of("EITHER"), f.engine.recognise(disabled, JUNE_30_2021, v, false).categoryCodes());
    }

    // ---- bad input ----

    @Test
    void aPersonBornAfterTheDateAskedIsRejected() {
        PersonRecord late = PersonRecord.builder(PersonId.of("p-late"))
                .idNumber(RecognitionFixture.idNumber(LocalDate.of(2015, 1, 1), true))
                .retirementClass(RetirementClass.MALE_60).residence(HEPING).build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> f.engine.recognise(late, LocalDate.of(2014, 6, 30)));
        assertEquals("recognition.born-after-as-of", e.code());
        assertEquals("person.birthDate", e.violations().get(0).path());
        assertFalse(e.getMessage().contains(late.idNumber().value()));
        assertFalse(e.getMessage().contains("2015"));
    }

    @Test
    void noCatalogueBeforeTheFirstVersion() {
        PersonRecord p = person("p-old", YOUNG, RetirementClass.MALE_60).build();
        assertThrows(NoCatalogueInForceException.class, () -> f.engine.recognise(p, LocalDate.of(2012, 9, 26)));
    }

    @Test
    void theBatchCountsAndRejectsWithReasons() {
        PersonRecord recognised = person("p-1", YOUNG, RetirementClass.MALE_60).build();
        hold(recognised, RegistryFlag.DISABILITY_CERTIFICATE);
        PersonRecord nothing = person("p-2", YOUNG, RetirementClass.MALE_60).build();
        PersonRecord reference = referenceCandidate("p-3", 2, YearMonth.of(2020, 10), RegistryFlag.MODEL_WORKER);
        PersonRecord unborn = PersonRecord.builder(PersonId.of("p-4"))
                .idNumber(RecognitionFixture.idNumber(LocalDate.of(2022, 1, 1), true))
                .retirementClass(RetirementClass.MALE_60).residence(HEPING).build();
        List<PersonRecord> people = Arrays.asList(recognised, nothing, null, reference, unborn);
        RecognitionService service = Recognitions.service(RecognitionFixture.WITH_KEY_COUNTIES, f.registries,
                f.households, f.zeroEmployment);
        RecognitionBatchResult fast = service.recogniseAll(people, NOV_15_2021, false);
        assertEquals(1, fast.recognisedCount());
        assertEquals(2, fast.notRecognisedCount());
        assertEquals(1, fast.referenceEligibleCount());
        assertEquals(2, fast.rejectedCount());
        assertEquals(5, fast.total());
        assertEquals(1, fast.count("DISABLED"));
        assertEquals(1, fast.count("MODEL_WORKER"));
        assertEquals(0, fast.count("MARTYR_FAMILY"));
        assertEquals(15, fast.categoryCounts().size());
        assertEquals(List.of(), fast.recognitions());
        assertEquals(2, fast.rejected().get(0).index());
        assertEquals(Optional.empty(), fast.rejected().get(0).person());
        assertEquals("recognition.null-person", fast.rejected().get(0).violations().get(0).code());
        assertEquals(4, fast.rejected().get(1).index());
        assertEquals(Optional.of(PersonId.of("p-4")), fast.rejected().get(1).person());
        assertEquals("recognition.born-after-as-of", fast.rejected().get(1).violations().get(0).code());

        RecognitionBatchResult explained = service.recogniseAll(people, NOV_15_2021, true);
        assertEquals(fast, explained);
        assertEquals(3, explained.recognitions().size());
        assertTrue(explained.recognitions().get(0).isExplained());

        List<Recognition> sunk = new ArrayList<>();
        RecognitionBatchResult streamed = service.recogniseAll(people, NOV_15_2021, false, sunk::add);
        assertEquals(fast, streamed);
        assertEquals(List.of(Set.of("DISABLED"), Set.of(), Set.of()), sunk.stream().map(Recognition::categoryCodes).toList());
        assertFalse(sunk.get(0).isExplained());
        assertEquals(List.of(), streamed.recognitions());
    }

    @Test
    void peopleOfOneHouseholdInARowOrApartAreDecidedInABatchAsOneByOne() {
        PersonRecord a1 = person("p-a1", YOUNG, RetirementClass.MALE_60).household(HouseholdId.of("HH-A")).build();
        PersonRecord a2 = person("p-a2", YOUNG, RetirementClass.MALE_60).household(HouseholdId.of("HH-A")).build();
        PersonRecord b1 = person("p-b1", YOUNG, RetirementClass.MALE_60).household(HouseholdId.of("HH-B")).build();
        HouseholdMember second = HouseholdMember.builder(a2.id()).birthDate(YOUNG).retirementClass(RetirementClass.MALE_60)
                .build();
        f.households.save(household(PersonId.of("head-a"), a1.id(), false).toBuilder().id(HouseholdId.of("HH-A")).build()
                .withMember(second));
        f.households.save(household(PersonId.of("head-b"), b1.id(), true).toBuilder().id(HouseholdId.of("HH-B")).build());
        List<PersonRecord> people = List.of(a1, a2, b1, a1, b1, a2, a2);
        RecognitionService service = Recognitions.service(RecognitionFixture.WITH_KEY_COUNTIES, f.registries,
                f.households, f.zeroEmployment);
        for (boolean headOfAEmployed : new boolean[] {false, true}) {
            if (headOfAEmployed) {
                // A register replaced between batches: the next batch reads the new one.
                f.households.save(household(PersonId.of("head-a"), a1.id(), true).toBuilder().id(HouseholdId.of("HH-A"))
                        .build().withMember(second));
            }
            List<Recognition> sunk = new ArrayList<>();
            RecognitionBatchResult r = service.recogniseAll(people, JUNE_30_2021, false, sunk::add);
            List<Set<String>> oneByOne = people.stream().map(p -> service.recognise(p, JUNE_30_2021).categoryCodes())
                    .toList();
            assertEquals(oneByOne, sunk.stream().map(Recognition::categoryCodes).toList());
            assertEquals(headOfAEmployed ? 0 : 5, service.recogniseAll(people, JUNE_30_2021, false)
                    .count("ZERO_EMPLOYMENT_FAMILY_MEMBER"));
            assertEquals(r.count("ZERO_EMPLOYMENT_FAMILY_MEMBER"), oneByOne.stream()
                    .filter(c -> c.contains("ZERO_EMPLOYMENT_FAMILY_MEMBER")).count());
        }
    }

    @Test
    void aPackValueMissingForOnePersonRejectsThatPersonInABatch() {
        // A pack whose zero-employment values start on 2021-01-01: a household cannot be tested in 2020.
        PolicyPack late = RecognitionFixture.WITH_KEY_COUNTIES.withOverrides(List.of(PolicyValue.of(
                PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, DivisionCode.LIAONING, LocalDate.of(2021, 1, 1),
                null, 2, LegalBasis.of("《辽宁省就业促进条例》", "辽宁省就业促进条例", "Liaoning Employment Promotion Regulations"))));
        RecognitionFixture f = new RecognitionFixture(late, FamilyMembership.everyoneInRegister());
        PersonRecord p = person("p-zef", YOUNG, RetirementClass.MALE_60).household(HouseholdId.of("HH-210102-01")).build();
        f.households.save(household(PersonId.of("head-1"), p.id(), false));
        assertThrows(PolicyValueUnavailableException.class, () -> f.engine.recognise(p, DEC_31_2020));
        RecognitionBatchResult r = f.engine.recogniseAll(List.of(p), DEC_31_2020, false);
        assertEquals(1, r.rejectedCount());
        assertEquals("policy.value-missing", r.rejected().get(0).violations().get(0).code());
        assertEquals(0, r.recognisedCount() + r.notRecognisedCount());
    }
}
