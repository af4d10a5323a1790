package org.jobassist.impl.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.subsidy.Ledgers;

/**
 * One person, 11010519491231002X (the DOMAIN §5 example number), living in Dalian's Zhongshan
 * district and recognised there, with three public-welfare-post months paid in Dalian and a
 * training certificate paid in Shenyang.
 */
final class QueryFixture {

    static final ResidentIdNumber PERSON = ResidentIdNumber.parse("11010519491231002X");
    static final PersonId PERSON_ID = PersonId.of("P1");
    static final DivisionCode DALIAN = DivisionCode.parse("210200");
    static final DivisionCode ZHONGSHAN = DivisionCode.parse("210202");
    static final DivisionCode SHENYANG = DivisionCode.parse("210100");
    static final DivisionCode ANSHAN = DivisionCode.parse("210300");
    static final UnifiedSocialCreditCode POST_UNIT = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final Instant AT = Instant.parse("2021-11-09T08:00:00Z");

    final EntitlementLedger ledger = InMemoryStores.ledger(Ledgers.rules(2, 3));
    final PersonStore people = InMemoryStores.people();
    final RecognitionStore recognitions = InMemoryStores.recognitions();

    QueryFixture() {
        for (int m = 3; m <= 5; m++) {
            ledger.record(postMonth(YearMonth.of(2021, m)));
        }
        ledger.record(training());
        people.save(PersonRecord.builder(PERSON_ID).idNumber(PERSON).retirementClass(RetirementClass.FEMALE_WORKER_50)
                .residence(ZHONGSHAN).build());
        recognitions.save(RecognitionRecord.applied(PERSON_ID, LocalDate.of(2021, 1, 4))
                .recognised(LocalDate.of(2021, 1, 20), "liaoning-2021", Set.of("zero-employment-family-member"),
                        LocalDate.of(2022, 1, 20)), 0);
    }

    static LedgerEntry postMonth(YearMonth month) {
        return LedgerEntry.builder(IdempotencyKey.monthly(Beneficiary.person(PERSON), SubsidyKind.PUBLIC_WELFARE_POST,
                        month))
                .payee(Beneficiary.unit(POST_UNIT)).person(PERSON).city(DALIAN).month(month)
                .amount(Money.parse("1810.00")).grantReference("DL-PWP-7").grantedOn(LocalDate.of(2021, 3, 2))
                .durationCapMonths(36).build();
    }

    static LedgerEntry training() {
        return LedgerEntry.builder(IdempotencyKey.once(Beneficiary.person(PERSON), SubsidyKind.VOCATIONAL_TRAINING,
                        "SY-CERT-3"))
                .payee(Beneficiary.person(PERSON)).city(SHENYANG).amount(Money.parse("987.65"))
                .grantReference("SY-CERT-3").grantedOn(LocalDate.of(2021, 7, 16)).build();
    }
}
