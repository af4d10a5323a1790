package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;

/** People, units and entries shared by the ledger tests; check digits worked out by hand. */
final class LedgerFixtures {

    static final ResidentIdNumber ANNA = ResidentIdNumber.parse("210102198005100013");
    static final ResidentIdNumber BO = ResidentIdNumber.parse("210115198001010012");
    static final Beneficiary EMPLOYER = Beneficiary.unit(UnifiedSocialCreditCode.parse("91210100MA0Y5QJ018"));
    static final Beneficiary OTHER_EMPLOYER = Beneficiary.unit(UnifiedSocialCreditCode.parse("91350100M000100Y43"));
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final LocalDate GRANTED = LocalDate.of(2021, 1, 4);

    private LedgerFixtures() {}

    /** A pack with the two caps from 2021-01-01 in Liaoning. */
    static PolicyPack pack(int placements, int trainings) {
        LegalBasis basis = new LegalBasis("文号待确认", "测试", "Test", null, null);
        LocalDate from = LocalDate.of(2021, 1, 1);
        return PolicyPack.builder().id("test").version("1").jurisdiction(DivisionCode.LIAONING)
                .add(PolicyValue.of(PolicyKeys.PUBLIC_WELFARE_POST_MAX_PLACEMENTS, DivisionCode.LIAONING, from, null,
                        placements, basis))
                .add(PolicyValue.of(PolicyKeys.VOCATIONAL_TRAINING_MAX_SUBSIDIES, DivisionCode.LIAONING, from, null,
                        trainings, basis))
                .build();
    }

    static LedgerRules rules() {
        return LedgerRules.of(pack(2, 3), SHENYANG, LocalDate.of(2021, 6, 1));
    }

    static LedgerEntry monthly(SubsidyKind kind, Beneficiary payee, ResidentIdNumber person, YearMonth month,
                               String grant, int cap) {
        LedgerEntry.Builder b = LedgerEntry.builder(IdempotencyKey.monthly(Beneficiary.person(person), kind, month))
                .payee(payee).person(person).city(SHENYANG).month(month).amount(Money.ofYuan(500))
                .grantReference(grant).grantedOn(GRANTED);
        if (cap > 0) {
            b.durationCapMonths(cap);
        }
        return b.build();
    }

    static LedgerEntry employer(ResidentIdNumber person, YearMonth month, int cap) {
        return monthly(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, EMPLOYER, person, month, "SI-E", cap);
    }

    static LedgerEntry flexible(ResidentIdNumber person, YearMonth month, int cap) {
        return monthly(SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, Beneficiary.person(person), person, month, "SI-F", cap);
    }

    static LedgerEntry training(ResidentIdNumber person, String certificate) {
        return LedgerEntry.builder(IdempotencyKey.once(Beneficiary.person(person), SubsidyKind.VOCATIONAL_TRAINING,
                        certificate))
                .payee(Beneficiary.person(person)).city(SHENYANG).amount(Money.ofYuan(800))
                .grantReference(certificate).grantedOn(GRANTED).build();
    }
}
