package org.jobassist.testkit.subsidy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.EnterpriseSize;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.OrganisationType;
import org.jobassist.api.subsidy.TraineeCategory;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.api.subsidy.WorkForTrainingSector;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.Draw;
import org.jobassist.testkit.region.Regions;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Whole-province subsidy batches shaped like Liaoning's 2021 news item (5,119 enterprises
 * training 212,000 employees under work-for-training; 57,000 units receiving a
 * job-stabilisation refund), drawn deterministically from a seed for benchmarks, examples and
 * load tests. Unlike {@link Enterprises}, which draws cases near the thresholds, these are the
 * bulk of ordinary cases: mostly eligible, a few not.
 *
 * <p>Work-for-training: the trainees are spread over the enterprises (each enterprise at least
 * one), applications in 2021, training starting in 2021 for 1 to 6 months (mostly 6), small
 * and micro enterprises or enterprises in a covered sector, trainees of every category. Each
 * trainee's ID number is distinct. Refunds: refund year 2021, layoff rates mostly below 5.5%,
 * headcounts mostly from 3 to 80 (one unit in 20 from 150 to 2,000), premiums of 400 to 700
 * yuan per insured employee.
 *
 * <p>Stateless and thread-safe; each call draws afresh from its seed.
 */
public final class ProvinceBatches {

    /** The news item's count of enterprises in work-for-training. */
    public static final int NEWS_ITEM_ENTERPRISES = 5_119;
    /** The news item's count of employees trained under work-for-training. */
    public static final int NEWS_ITEM_TRAINEES = 212_000;
    /** The news item's count of units receiving a job-stabilisation refund. */
    public static final int NEWS_ITEM_REFUND_UNITS = 57_000;

    private static final List<WorkForTrainingSector> COVERED_SECTORS = List.of(
            WorkForTrainingSector.FOREIGN_TRADE, WorkForTrainingSector.ACCOMMODATION_AND_CATERING,
            WorkForTrainingSector.CULTURE_AND_TOURISM, WorkForTrainingSector.TRANSPORT,
            WorkForTrainingSector.WHOLESALE_AND_RETAIL);

    private ProvinceBatches() {}

    /**
     * Work-for-training cases for {@code trainees} employees of {@code enterprises} enterprises.
     *
     * @param enterprises how many enterprises, at least 1
     * @param trainees how many trainees, at least {@code enterprises}
     * @param seed the seed
     * @return an unmodifiable list, grouped by enterprise
     * @throws IllegalArgumentException if the counts are out of range
     */
    public static List<WorkForTrainingInput> workForTraining(int enterprises, int trainees, long seed) {
        if (enterprises < 1 || trainees < enterprises) {
            throw new IllegalArgumentException("need at least one enterprise and one trainee per enterprise");
        }
        RandomnessSource in = Samples.randomness(seed);
        List<UnifiedSocialCreditCode> codes = distinct(Identities.creditCodes(), enterprises, in);
        List<ResidentIdNumber> ids = distinct(Identities.residentIdNumbers()
                .bornBetween(LocalDate.of(1965, 1, 1), LocalDate.of(2002, 12, 31)), trainees, in);
        Gen<DivisionCode> places = Regions.counties();
        List<WorkForTrainingInput> cases = new ArrayList<>(trainees);
        int next = 0;
        for (int e = 0; e < enterprises; e++) {
            int share = e == enterprises - 1 ? trainees - next
                    : Math.min(trainees - next - (enterprises - 1 - e),
                            1 + Draw.between(in, 0, 2 * (trainees - next) / (enterprises - e) - 1));
            EnterpriseSize size = Draw.oneIn(in, 5) ? EnterpriseSize.LARGE : Draw.pick(in,
                    List.of(EnterpriseSize.MEDIUM, EnterpriseSize.SMALL, EnterpriseSize.MICRO));
            // One in three outside the covered sectors: such a large enterprise is not eligible.
            WorkForTrainingSector sector = Draw.oneIn(in, 3) ? WorkForTrainingSector.OTHER
                    : Draw.pick(in, COVERED_SECTORS);
            boolean epidemicHit = Draw.oneIn(in, 4);
            DivisionCode place = places.generate(in);
            for (int t = 0; t < share; t++, next++) {
                TraineeCategory category = Draw.pick(in, List.of(TraineeCategory.values()));
                LocalDate application = LocalDate.of(2021, 1, 15).plusDays(Draw.between(in, 0, 340));
                YearMonth start = YearMonth.from(application).minusMonths(Draw.between(in, 0, 6));
                if (start.getYear() < 2021) {
                    start = YearMonth.of(2021, 1);
                }
                LocalDate hire = category.isNewHire() ? start.atDay(1).minusDays(Draw.between(in, 0, 60)) : null;
                LocalDate graduation = category == TraineeCategory.RECENT_GRADUATE
                        ? hire.minusDays(Draw.between(in, 0, 600)) : null;
                cases.add(WorkForTrainingInput.builder()
                        .enterprise(codes.get(e))
                        .size(size)
                        .sector(sector)
                        .epidemicHit(epidemicHit)
                        .trainee(ids.get(next))
                        .category(category)
                        .hireDate(hire)
                        .graduationDate(graduation)
                        .trainingStart(start)
                        .trainingMonths(Draw.oneIn(in, 4) ? Draw.between(in, 1, 5) : 6)
                        .applicationDate(application.isBefore(start.atDay(1)) ? start.atDay(1) : application)
                        .jurisdiction(place)
                        .build());
            }
        }
        return Collections.unmodifiableList(cases);
    }

    /**
     * Job-stabilisation refund cases for {@code units} units, refund year 2021.
     *
     * @param units how many units, not negative
     * @param seed the seed
     * @return an unmodifiable list
     * @throws IllegalArgumentException if {@code units} is negative
     */
    public static List<JobStabilisationRefundInput> refunds(int units, long seed) {
        if (units < 0) {
            throw new IllegalArgumentException("units must not be negative");
        }
        RandomnessSource in = Samples.randomness(seed);
        List<UnifiedSocialCreditCode> codes = distinct(Identities.creditCodes(), units, in);
        Gen<DivisionCode> places = Enterprises.jurisdictions();
        List<JobStabilisationRefundInput> cases = new ArrayList<>(units);
        for (int u = 0; u < units; u++) {
            // Mostly small units: the news item's 1.16 billion yuan over 57,000 units is about
            // 20,000 yuan each, a few dozen insured at some 500 yuan of premiums a year.
            int start = Draw.oneIn(in, 20) ? Draw.between(in, 150, 2_000) : Draw.between(in, 3, 80);
            int laidOff = Draw.oneIn(in, 20) ? start / 4 : Draw.between(in, 0, start * 5 / 100);
            long premiumFen = start * Draw.between(in, 40_000L, 70_000L);
            cases.add(JobStabilisationRefundInput.builder()
                    .creditCode(codes.get(u))
                    .size(start > 1_000 ? EnterpriseSize.LARGE : start > 300 ? EnterpriseSize.MEDIUM
                            : start > 20 ? EnterpriseSize.SMALL : EnterpriseSize.MICRO)
                    .organisationType(Draw.oneIn(in, 15) ? Draw.pick(in, List.of(OrganisationType.values()))
                            : OrganisationType.ENTERPRISE)
                    .refundYear(Year.of(2021))
                    .insuredAtStartOfYear(start)
                    .insuredAtEndOfYear(start - laidOff)
                    .benefitClaimants(Draw.between(in, 0, laidOff))
                    .employerPremiumsPaid(Money.ofFen(premiumFen * 7 / 10))
                    .employeePremiumsPaid(Money.ofFen(premiumFen * 3 / 10))
                    .fullContributionMonths(12)
                    .jurisdiction(places.generate(in))
                    .build());
        }
        return Collections.unmodifiableList(cases);
    }

    private static <T> List<T> distinct(Gen<T> gen, int count, RandomnessSource in) {
        Set<T> seen = new HashSet<>(count * 2);
        List<T> values = new ArrayList<>(count);
        while (values.size() < count) {
            T value = gen.generate(in);
            if (seen.add(value)) {
                values.add(value);
            }
        }
        return values;
    }
}
