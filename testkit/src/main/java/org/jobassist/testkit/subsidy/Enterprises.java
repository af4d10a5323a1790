package org.jobassist.testkit.subsidy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.EnterpriseSize;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.OrganisationType;
import org.jobassist.api.subsidy.TraineeCategory;
import org.jobassist.api.subsidy.UnemploymentInsuranceReductionInput;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.api.subsidy.WorkForTrainingSector;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.Draw;
import org.jobassist.testkit.region.Regions;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of enterprise subsidy cases (企业补贴案例), valid by construction: credit codes
 * with correct check characters, headcounts and premiums, drawn mostly near the thresholds
 * that decide the case (a 5.5% and a 20% layoff rate, 30 insured employees, 12 months of
 * full contributions, 6 training months, the 2021-12-31 acceptance deadline, the 2-year
 * graduate window).
 *
 * <pre>{@code
 * qt().forAll(Enterprises.refundCases()).checkAssert(in -> ...);
 * }</pre>
 *
 * <p>The thresholds are the Liaoning pack's as DOMAIN.md gives them, written here rather than
 * read from the pack, so that generators do not depend on the code under test.
 *
 * <p>Stateless and thread-safe.
 */
public final class Enterprises {

    /** Refund years around the 2022 change (the contribution-months test, the SME ratio). */
    private static final List<Year> REFUND_YEARS = List.of(Year.of(2021), Year.of(2022), Year.of(2023));
    /** Premiums up to 10 million yuan a year. */
    private static final long MAX_PREMIUM_FEN = 1_000_000_000L;

    private Enterprises() {}

    /**
     * Job-stabilisation refund cases near the thresholds: headcounts at, just below and
     * above 30, layoffs and claimants within one of 5.5% and 20% of the headcount, months of
     * full contributions around 12, refund years 2021–2023, every size and organisation
     * type, premiums from zero to 10 million yuan, a Liaoning city or county.
     *
     * @return the generator
     */
    public static Gen<JobStabilisationRefundInput> refundCases() {
        Gen<UnifiedSocialCreditCode> codes = Identities.creditCodes();
        Gen<DivisionCode> places = jurisdictions();
        return in -> {
            int start = headcount(in);
            int laidOff = nearThreshold(in, start);
            int hired = Draw.oneIn(in, 3) ? Draw.between(in, 0, laidOff + 5) : 0;
            return JobStabilisationRefundInput.builder()
                    .creditCode(codes.generate(in))
                    .size(Draw.pick(in, List.of(EnterpriseSize.values())))
                    .organisationType(Draw.oneIn(in, 3) ? Draw.pick(in, List.of(OrganisationType.values()))
                            : OrganisationType.ENTERPRISE)
                    .refundYear(Draw.pick(in, REFUND_YEARS))
                    .insuredAtStartOfYear(start)
                    .insuredAtEndOfYear(start - laidOff + hired)
                    .benefitClaimants(nearThreshold(in, start))
                    .employerPremiumsPaid(Money.ofFen(Draw.between(in, 0L, MAX_PREMIUM_FEN)))
                    .employeePremiumsPaid(Money.ofFen(Draw.between(in, 0L, MAX_PREMIUM_FEN)))
                    .fullContributionMonths(Draw.pick(in, List.of(12, 11, 13, 0, 24, Draw.between(in, 0, 240))))
                    .jurisdiction(places.generate(in))
                    .build();
        };
    }

    /**
     * Work-for-training cases: every size, sector and trainee category, epidemic-hit or not,
     * 1 to 12 training months asked for (around the cap of 6), applications from 2020 to
     * mid-2022 (around the 2021-12-31 deadline), graduates hired from 1 to 4 years after
     * graduating (around the 2-year window). The trainee is of working age at the start.
     *
     * @return the generator
     */
    public static Gen<WorkForTrainingInput> workForTrainingCases() {
        Gen<UnifiedSocialCreditCode> codes = Identities.creditCodes();
        Gen<ResidentIdNumber> trainees = Identities.residentIdNumbers()
                .bornBetween(LocalDate.of(1962, 1, 1), LocalDate.of(2000, 12, 31));
        Gen<DivisionCode> places = jurisdictions();
        return in -> {
            TraineeCategory category = Draw.pick(in, List.of(TraineeCategory.values()));
            LocalDate application = LocalDate.of(2020, 3, 1).plusDays(Draw.between(in, 0, 850));
            if (Draw.oneIn(in, 3)) {
                application = LocalDate.of(2021, 12, 31).plusDays(Draw.between(in, -3, 3));
            }
            YearMonth start = YearMonth.from(application).minusMonths(Draw.between(in, 0, 12));
            LocalDate hire = category.isNewHire() ? start.atDay(1).minusDays(Draw.between(in, 0, 60)) : null;
            LocalDate graduation = category == TraineeCategory.RECENT_GRADUATE
                    ? hire.minusDays(Draw.between(in, 0, 4 * 366)) : null;
            return WorkForTrainingInput.builder()
                    .enterprise(codes.generate(in))
                    .size(Draw.pick(in, List.of(EnterpriseSize.values())))
                    .sector(Draw.pick(in, List.of(WorkForTrainingSector.values())))
                    .epidemicHit(Draw.oneIn(in, 2))
                    .trainee(trainees.generate(in))
                    .category(category)
                    .hireDate(hire)
                    .graduationDate(graduation)
                    .trainingStart(start)
                    .trainingMonths(Draw.pick(in, List.of(6, 5, 7, 1, Draw.between(in, 1, 12))))
                    .applicationDate(application)
                    .jurisdiction(places.generate(in))
                    .build();
        };
    }

    /**
     * Unemployment-insurance reduction cases: a monthly base from zero to 50,000 yuan, a
     * period of 1 to 36 months from 2021 on (when the Liaoning pack has its splits), a
     * Liaoning city or county.
     *
     * @return the generator
     */
    public static Gen<UnemploymentInsuranceReductionInput> reductionCases() {
        Gen<UnifiedSocialCreditCode> codes = Identities.creditCodes();
        Gen<DivisionCode> places = jurisdictions();
        return in -> {
            YearMonth first = YearMonth.of(2021, 1).plusMonths(Draw.between(in, 0, 48));
            return UnemploymentInsuranceReductionInput.builder()
                    .employer(codes.generate(in))
                    .monthlyBase(Money.ofFen(Draw.between(in, 0L, 5_000_000L)))
                    .period(first, first.plusMonths(Draw.between(in, 0, 35)))
                    .jurisdiction(places.generate(in))
                    .build();
        };
    }

    /**
     * A Liaoning city or county, Dalian's often (it has its own rates).
     *
     * @return the generator
     */
    public static Gen<DivisionCode> jurisdictions() {
        Gen<DivisionCode> cities = Regions.cities();
        Gen<DivisionCode> counties = Regions.counties();
        Gen<DivisionCode> dalian = Regions.countiesOf(DivisionCode.of("210200"));
        return in -> switch (Draw.between(in, 0, 2)) {
            case 0 -> cities.generate(in);
            case 1 -> counties.generate(in);
            default -> dalian.generate(in);
        };
    }

    /** Insured headcounts: mostly around 30, otherwise from 1 to 5,000. */
    private static int headcount(RandomnessSource in) {
        return Draw.pick(in, List.of(30, 29, 31, 100, 1, Draw.between(in, 1, 60), Draw.between(in, 1, 5000)));
    }

    /** A number of people within one of 5.5% or 20% of {@code base}, or anything up to it. */
    private static int nearThreshold(RandomnessSource in, int base) {
        int around = switch (Draw.between(in, 0, 3)) {
            case 0 -> base * 55 / 1000;
            case 1 -> base / 5;
            case 2 -> 0;
            default -> Draw.between(in, 0, base);
        };
        return Math.max(0, Math.min(base, around + Draw.between(in, -1, 1)));
    }
}
