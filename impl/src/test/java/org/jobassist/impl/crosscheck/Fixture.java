package org.jobassist.impl.crosscheck;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.testkit.identity.Identities;

/** Hand-made people, recognitions and payments for the example tests. */
final class Fixture {

    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    /** 沈阳市和平区. */
    static final DivisionCode HEPING = DivisionCode.of("210102");
    /** 大连市沙河口区. */
    static final DivisionCode SHAHEKOU = DivisionCode.of("210204");

    private Fixture() {}

    /** A valid ID number of the county, birth date and sequence (odd: a man). */
    static ResidentIdNumber idNumber(DivisionCode county, LocalDate birth, int sequence) {
        String first17 = county.code() + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return ResidentIdNumber.parse(first17 + Identities.residentIdCheckCharacter(first17));
    }

    /** Distinct sequence numbers, so that no two fixture people share an ID number. */
    private static final AtomicInteger SEQUENCES = new AtomicInteger();

    static PersonRecord person(String id, DivisionCode county, LocalDate birth, RetirementClass rc) {
        int sequence = (1 + SEQUENCES.getAndIncrement() % 498) * 2 + (rc == RetirementClass.MALE_60 ? 1 : 0);
        return PersonRecord.builder(PersonId.of(id)).idNumber(idNumber(county, birth, sequence)).retirementClass(rc)
                .residence(county).build();
    }

    /** Applied 10 days before {@code on}, recognised on {@code on} under liaoning-2021. */
    static RecognitionRecord recognised(String id, LocalDate on, String... categories) {
        return RecognitionRecord.applied(PersonId.of(id), on.minusDays(10))
                .recognised(on, "liaoning-2021", Set.of(categories), on.plusYears(1));
    }

    static LedgerEntry flexible(PersonRecord p, DivisionCode city, YearMonth month, String reference) {
        Beneficiary payee = Beneficiary.person(p.idNumber());
        return LedgerEntry.builder(IdempotencyKey.monthly(payee, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, month))
                .payee(payee).city(city).month(month).amount(Money.ofYuan(300)).grantReference(reference)
                .grantedOn(month.atEndOfMonth()).build();
    }

    static DateRange year2021() {
        return DateRange.ofYear(2021);
    }
}
