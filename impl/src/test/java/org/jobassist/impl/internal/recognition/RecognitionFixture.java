package org.jobassist.impl.internal.recognition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.ZeroEmploymentFamilies;
import org.jobassist.testkit.identity.Identities;

/** Stores, pack and engine for one recognition test: fresh in-memory stores each time. */
public final class RecognitionFixture {

    /** Kangping and Faku counties: illustrative key assisted counties, not the real list. */
    public static final Set<String> KEY_COUNTIES = Set.of("210123", "210124");
    public static final DivisionCode KANGPING = DivisionCode.of("210123");
    public static final DivisionCode HEPING = DivisionCode.of("210102");
    public static final PolicyPack LIAONING = PolicyPacks.liaoning();
    /** The Liaoning pack with an illustrative key-county list from 2021-01-01. */
    public static final PolicyPack WITH_KEY_COUNTIES = LIAONING.withOverrides(List.of(PolicyValue.of(
            PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES, DivisionCode.LIAONING, LocalDate.of(2021, 1, 1), null,
            KEY_COUNTIES, LIAONING.resolve(PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES, DivisionCode.LIAONING,
                    LocalDate.of(2021, 6, 30)).legalBasis())));
    public static final CategoryCatalogue V2012 = LIAONING.categoryCatalogues().inForceOn(LocalDate.of(2020, 12, 31));
    public static final CategoryCatalogue V2021 = LIAONING.categoryCatalogues().inForceOn(LocalDate.of(2021, 1, 1));

    public final Registries registries = InMemoryStores.registries();
    public final HouseholdStore households = InMemoryStores.households();
    public final ZeroEmploymentTest zeroEmployment;
    public final RecognitionEngine engine;

    public RecognitionFixture() {
        this(WITH_KEY_COUNTIES, FamilyMembership.everyoneInRegister());
    }

    public RecognitionFixture(PolicyPack pack, FamilyMembership membership) {
        this.zeroEmployment = ZeroEmploymentFamilies.test(pack, membership);
        this.engine = new RecognitionEngine(pack, registries, households, zeroEmployment);
    }

    /** A synthetic, valid ID number: Heping district, the birth date, an odd sequence for men. */
    public static ResidentIdNumber idNumber(LocalDate birth, boolean male) {
        String first17 = "210102" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + (male ? "013" : "024");
        return ResidentIdNumber.parse(first17 + Identities.residentIdCheckCharacter(first17));
    }

    /** A person registered unemployed from 2019-01-01 on, living in Heping. */
    public static PersonRecord.Builder person(String id, LocalDate birth, RetirementClass rc) {
        return PersonRecord.builder(PersonId.of(id)).idNumber(idNumber(birth, rc == RetirementClass.MALE_60))
                .retirementClass(rc).residence(HEPING)
                .unemploymentRegistration(DateRange.startingOn(LocalDate.of(2019, 1, 1)));
    }
}
