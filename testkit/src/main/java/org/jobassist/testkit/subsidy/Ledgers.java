package org.jobassist.testkit.subsidy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.BuiltInDivisions;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of entitlement-ledger batches (补贴发放台账): entries over one year across the 14
 * cities of the built-in table, each subject drawn once, with a story that the standard ledger
 * rules accept whatever the order of recording:
 * <ul>
 *   <li>a person hired by an employer for some months with an employer social-insurance
 *       subsidy, then in flexible employment with a flexible one for later months (never both
 *       in a month; at most 12 months against the 36 of the cap);</li>
 *   <li>a public-welfare-post placement paid monthly to the post's unit (one placement);</li>
 *   <li>a work-for-training trainee, at most 6 months, cap 6;</li>
 *   <li>one to three vocational training certificates, one-time;</li>
 *   <li>a unit's job-stabilisation refund for the previous year, keyed by year.</li>
 * </ul>
 * So the batch fits under caps of at least one placement and three trainings (Liaoning: 2
 * and 3). Amounts are whole fen from 100 to 3,000 yuan; grant dates lie in the year.
 *
 * <p>Stateless and thread-safe; every generator is deterministic for a given randomness
 * source.
 */
public final class Ledgers {

    /** The year of {@link #entries()}. */
    public static final int DEFAULT_YEAR = 2021;
    /** The most subjects a batch of {@link #entries()} draws. */
    public static final int DEFAULT_MAX_SUBJECTS = 30;

    private static final int STORIES = 5;

    private Ledgers() {}

    /**
     * Batches over {@link #DEFAULT_YEAR} of 1 to {@link #DEFAULT_MAX_SUBJECTS} subjects.
     *
     * @return the generator
     */
    public static Gen<List<LedgerEntry>> entries() {
        return entries(DEFAULT_YEAR, DEFAULT_MAX_SUBJECTS);
    }

    /**
     * Batches over {@code year} of 1 to {@code maxSubjects} subjects, every subject distinct.
     *
     * @param year the year, 1901 to 2099
     * @param maxSubjects the most subjects, at least 1
     * @return the generator
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Gen<List<LedgerEntry>> entries(int year, int maxSubjects) {
        if (year < 1901 || year > 2099 || maxSubjects < 1) {
            throw new IllegalArgumentException("year 1901 to 2099 and at least one subject");
        }
        return in -> draw(in, year, maxSubjects);
    }

    /**
     * Ledger rules with the given grant caps, read from a one-province pack built here, for
     * tests that need rules without loading a full policy pack. The caps are in force from
     * 2000-01-01 in Liaoning.
     *
     * @param maxPlacements the most public-welfare-post placements per person, not negative
     * @param maxTrainings the most vocational training subsidies per person, not negative
     * @return the rules
     * @throws org.jobassist.api.error.InvalidInputException if a cap is negative
     */
    public static LedgerRules rules(int maxPlacements, int maxTrainings) {
        LegalBasis basis = new LegalBasis("test-kit", "测试规则", "Test-kit rules", null, null);
        LocalDate from = LocalDate.of(2000, 1, 1);
        PolicyPack pack = PolicyPack.builder().id("testkit-ledger").version("1").jurisdiction(DivisionCode.LIAONING)
                .add(PolicyValue.of(PolicyKeys.PUBLIC_WELFARE_POST_MAX_PLACEMENTS, DivisionCode.LIAONING, from, null,
                        maxPlacements, basis))
                .add(PolicyValue.of(PolicyKeys.VOCATIONAL_TRAINING_MAX_SUBSIDIES, DivisionCode.LIAONING, from, null,
                        maxTrainings, basis))
                .build();
        return LedgerRules.of(pack, DivisionCode.LIAONING, from);
    }

    private static List<LedgerEntry> draw(RandomnessSource in, int year, int maxSubjects) {
        int subjects = Draw.between(in, 1, maxSubjects);
        Set<Object> seen = new HashSet<>();
        List<LedgerEntry> entries = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            DivisionCode city = Draw.pick(in, BuiltInDivisions.cities());
            int story = Draw.between(in, 0, STORIES - 1);
            if (story == 4) {
                UnifiedSocialCreditCode unit = Identities.creditCodes().generate(in);
                if (seen.add(unit)) {
                    entries.add(refund(in, unit, city, year));
                }
                continue;
            }
            ResidentIdNumber person = Identities.residentIdNumbers().generate(in);
            if (!seen.add(person)) {
                continue;
            }
            String ref = "G" + year + "-" + s;
            switch (story) {
                case 0 -> socialInsurance(in, person, city, year, ref, entries);
                case 1 -> monthly(in, SubsidyKind.PUBLIC_WELFARE_POST, unitPayee(in), person, city, year,
                        Draw.between(in, 1, 12), 36, ref, entries);
                case 2 -> monthly(in, SubsidyKind.WORK_FOR_TRAINING, unitPayee(in), person, city, year,
                        Draw.between(in, 1, 6), 6, ref, entries);
                default -> training(in, person, city, year, ref, entries);
            }
        }
        return List.copyOf(entries);
    }

    private static Beneficiary unitPayee(RandomnessSource in) {
        return Beneficiary.unit(Identities.creditCodes().generate(in));
    }

    private static void socialInsurance(RandomnessSource in, ResidentIdNumber person, DivisionCode city, int year,
                                        String ref, List<LedgerEntry> entries) {
        int employed = Draw.between(in, 0, 12);
        int flexible = Draw.between(in, employed == 0 ? 1 : 0, 12 - employed);
        Beneficiary employer = unitPayee(in);
        Money employerAmount = amount(in);
        Money flexibleAmount = amount(in);
        LocalDate grantedOn = LocalDate.of(year, 1, 1);
        for (int m = 1; m <= employed + flexible; m++) {
            boolean byEmployer = m <= employed;
            SubsidyKind kind = byEmployer ? SubsidyKind.EMPLOYER_SOCIAL_INSURANCE : SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE;
            Beneficiary payee = byEmployer ? employer : Beneficiary.person(person);
            YearMonth month = YearMonth.of(year, m);
            entries.add(LedgerEntry.builder(IdempotencyKey.monthly(Beneficiary.person(person), kind, month))
                    .payee(payee).person(person).city(city).month(month)
                    .amount(byEmployer ? employerAmount : flexibleAmount)
                    .grantReference(ref + (byEmployer ? "-E" : "-F")).grantedOn(grantedOn)
                    .durationCapMonths(36).build());
        }
    }

    private static void monthly(RandomnessSource in, SubsidyKind kind, Beneficiary payee, ResidentIdNumber person,
                                DivisionCode city, int year, int months, int cap, String ref, List<LedgerEntry> entries) {
        int first = Draw.between(in, 1, 13 - months);
        Money amount = amount(in);
        LocalDate grantedOn = LocalDate.of(year, first, 1);
        for (int m = first; m < first + months; m++) {
            YearMonth month = YearMonth.of(year, m);
            entries.add(LedgerEntry.builder(IdempotencyKey.monthly(Beneficiary.person(person), kind, month))
                    .payee(payee).person(person).city(city).month(month).amount(amount)
                    .grantReference(ref).grantedOn(grantedOn).durationCapMonths(cap).build());
        }
    }

    private static void training(RandomnessSource in, ResidentIdNumber person, DivisionCode city, int year,
                                 String ref, List<LedgerEntry> entries) {
        int certificates = Draw.between(in, 1, 3);
        for (int c = 0; c < certificates; c++) {
            String certificate = ref + "-C" + c;
            entries.add(LedgerEntry.builder(IdempotencyKey.once(Beneficiary.person(person),
                            SubsidyKind.VOCATIONAL_TRAINING, certificate))
                    .payee(Beneficiary.person(person)).city(city).amount(amount(in))
                    .grantReference(certificate).grantedOn(day(in, year)).build());
        }
    }

    private static LedgerEntry refund(RandomnessSource in, UnifiedSocialCreditCode unit, DivisionCode city, int year) {
        Beneficiary payee = Beneficiary.unit(unit);
        return LedgerEntry.builder(IdempotencyKey.yearly(payee, SubsidyKind.JOB_STABILISATION_REFUND, Year.of(year - 1)))
                .payee(payee).city(city).amount(amount(in)).grantReference("R" + year).grantedOn(day(in, year)).build();
    }

    private static Money amount(RandomnessSource in) {
        return Money.ofFen(Draw.between(in, 10_000L, 300_000L));
    }

    private static LocalDate day(RandomnessSource in, int year) {
        return LocalDate.ofYearDay(year, Draw.between(in, 1, Year.of(year).length()));
    }
}
