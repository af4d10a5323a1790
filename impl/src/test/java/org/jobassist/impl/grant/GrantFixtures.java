package org.jobassist.impl.grant;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.HardshipGroup;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;

/** People, units, cases and ledgers of the grant tests. */
final class GrantFixtures {

    static final PolicyPack LN = PolicyPacks.liaoning();
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final List<UnifiedSocialCreditCode> UNITS = Samples.draw(Identities.creditCodes(), 2, 11L);
    static final UnifiedSocialCreditCode UNIT = UNITS.get(0);
    static final ResidentIdNumber MAN_1980 = person(LocalDate.of(1980, 5, 10), Gender.MALE);
    static final ResidentIdNumber WOMAN_1975 = person(LocalDate.of(1975, 3, 3), Gender.FEMALE);

    private GrantFixtures() {}

    static ResidentIdNumber person(LocalDate birth, Gender gender) {
        return Samples.draw(Identities.residentIdNumbers().bornBetween(birth, birth).gender(gender).in(HEPING), 1,
                birth.toEpochDay()).get(0);
    }

    /** A fresh in-memory ledger with Liaoning's caps (2 placements, 3 trainings). */
    static EntitlementLedger ledger() {
        return InMemoryStores.ledger(LedgerRules.of(LN, DivisionCode.LIAONING, LocalDate.of(2021, 6, 1)));
    }

    /**
     * The man born 1980-05-10 hired in 和平区, first approved 2021-03-01, still employed; the
     * employer pays pension 800 (individual 320), medical 300 (80), unemployment 35 (15) every
     * month of the period: 1,135.00 yuan a month subsidised.
     */
    static SocialInsuranceSubsidyInput employer(YearMonth first, YearMonth last) {
        SocialInsuranceSubsidyInput.Builder b = SocialInsuranceSubsidyInput.forEmployer()
                .employer(UNIT)
                .person(MAN_1980)
                .retirementClass(RetirementClass.MALE_60)
                .jurisdiction(HEPING)
                .recognisedAtFirstApproval(true)
                .firstApproval(LocalDate.of(2021, 3, 1))
                .hireSpell(DateRange.startingOn(LocalDate.of(2021, 3, 1)))
                .period(first, last);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            b.contribution(m, InsuranceType.PENSION, Money.parse("800.00"), Money.parse("320.00"))
                    .contribution(m, InsuranceType.MEDICAL, Money.parse("300.00"), Money.parse("80.00"))
                    .contribution(m, InsuranceType.UNEMPLOYMENT, Money.parse("35.00"), Money.parse("15.00"));
        }
        return b.build();
    }

    /**
     * The same man in flexible employment, same first approval: pension 900 and medical 300 paid
     * each month, two thirds subsidised, 600.00 + 200.00 = 800.00 yuan a month.
     */
    static SocialInsuranceSubsidyInput flexible(YearMonth first, YearMonth last) {
        SocialInsuranceSubsidyInput.Builder b = SocialInsuranceSubsidyInput.forFlexibleEmployment()
                .person(MAN_1980)
                .retirementClass(RetirementClass.MALE_60)
                .jurisdiction(HEPING)
                .recognisedAtFirstApproval(true)
                .firstApproval(LocalDate.of(2021, 3, 1))
                .period(first, last);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            b.contribution(m, InsuranceType.PENSION, Money.parse("900.00"))
                    .contribution(m, InsuranceType.MEDICAL, Money.parse("300.00"));
        }
        return b.build();
    }

    /**
     * The woman cadre born 1975, recognised, an older unemployed person, placed in 辽中区 for
     * {@code days}; no contributions for the post, so the subsidy is the county's minimum wage:
     * 1,540.00 yuan a month before 2021-11-01, 1,640.00 from then on.
     */
    static PublicWelfarePostInput.Builder post(DateRange days, YearMonth first, YearMonth last) {
        return PublicWelfarePostInput.builder()
                .employer(UNITS.get(1))
                .person(WOMAN_1975)
                .retirementClass(RetirementClass.FEMALE_CADRE_55)
                .jurisdiction(LIAOZHONG)
                .recognised(true)
                .hardshipGroup(HardshipGroup.OLDER_UNEMPLOYED)
                .placement(days)
                .period(first, last);
    }

    static List<LedgerEntry> all(EntitlementLedger ledger) {
        List<LedgerEntry> all = new ArrayList<>();
        ledger.forEach(all::add);
        return all;
    }

    static Money sum(List<LedgerEntry> entries) {
        Money total = Money.ZERO;
        for (LedgerEntry e : entries) {
            total = total.plus(e.amount());
        }
        return total;
    }
}
