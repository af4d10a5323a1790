package org.jobassist.testkit.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.EmployerContribution;
import org.jobassist.api.subsidy.FlexibleContribution;
import org.jobassist.api.subsidy.HardshipGroup;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of social-insurance subsidy (社会保险补贴) and public-welfare-post (公益性岗位)
 * cases, valid by construction and resolvable against the Liaoning pack, drawn near the
 * thresholds the rules have:
 * <ul>
 *   <li>the first approval within {@value #NEAR_DAYS} days either side of "5 years before
 *       statutory retirement" under the reformed ages (first approvals from 2025-01-01)
 *       ({@link #socialInsuranceNearRetirement()});</li>
 *   <li>the 36th month: months already enjoyed from 30 to 40
 *       ({@link #socialInsuranceNear36thMonth()});</li>
 *   <li>the 2021-11-01 minimum-wage change: placements in the Shenyang counties that have a
 *       figure on both sides, periods across it ({@link #publicWelfarePosts()});</li>
 *   <li>re-placements a few days either side of the 3-month gap, with 0 to 2 earlier
 *       placements.</li>
 * </ul>
 * Contribution histories leave some months unpaid, sometimes pay zero, and always state the
 * individual's share apart. Amounts are whole fen, never through binary floating point.
 * Draws are deterministic under {@code Properties.qt()} and {@code Samples.draw}. Stateless
 * and thread-safe.
 */
public final class SubsidyCases {

    /** How far either side of a threshold date the near-threshold generators draw, in days. */
    public static final int NEAR_DAYS = 40;

    /** The day Liaoning's minimum-wage tiers changed. */
    public static final LocalDate TIER_CHANGE = LocalDate.of(2021, 11, 1);

    /** Jurisdictions where the province's capped-share shape applies (Shenyang, 和平区, 辽中区, Anshan, 新民市). */
    public static final List<DivisionCode> CAPPED_SHARE_JURISDICTIONS = List.of(DivisionCode.of("210100"),
            DivisionCode.of("210102"), DivisionCode.of("210115"), DivisionCode.of("210300"), DivisionCode.of("210181"));

    /** Counties whose minimum wage the Liaoning pack knows on both sides of 2021-11-01 (1540, then 1640). */
    public static final List<DivisionCode> TIER_CHANGE_COUNTIES = List.of(DivisionCode.of("210115"),
            DivisionCode.of("210123"), DivisionCode.of("210124"), DivisionCode.of("210181"));

    private static final LocalDate PACK_START = LocalDate.of(2021, 1, 1);
    private static final Gen<UnifiedSocialCreditCode> UNITS = Identities.creditCodes();

    private SubsidyCases() {}

    /**
     * Employment spells starting between the two dates: one in three still running (open
     * end), the others 1 to 1,500 days long.
     *
     * @param earliest the earliest start
     * @param latest the latest start, not before {@code earliest}
     * @return the generator
     * @throws IllegalArgumentException if {@code earliest} is after {@code latest}
     * @throws NullPointerException if an argument is null
     */
    public static Gen<DateRange> employmentSpells(LocalDate earliest, LocalDate latest) {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest is after latest");
        }
        return in -> {
            LocalDate start = LocalDate.ofEpochDay(Draw.between(in, earliest.toEpochDay(), latest.toEpochDay()));
            return Draw.oneIn(in, 3) ? DateRange.startingOn(start)
                    : DateRange.of(start, start.plusDays(Draw.between(in, 0, 1499)));
        };
    }

    /**
     * An employer's contributions for the months from {@code first} to {@code last}: pension,
     * medical and unemployment (and now and then work injury) each month, one month in eight
     * left unpaid, one payment in twenty zero; employer shares up to 3,000 yuan, individual
     * shares up to 1,000 yuan.
     *
     * @param first the first month
     * @param last the last month
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<List<EmployerContribution>> employerContributions(YearMonth first, YearMonth last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        return in -> {
            List<EmployerContribution> list = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                if (Draw.oneIn(in, 8)) {
                    continue;
                }
                for (InsuranceType type : InsuranceType.values()) {
                    if (type == InsuranceType.MATERNITY || type == InsuranceType.WORK_INJURY && !Draw.oneIn(in, 4)) {
                        continue;
                    }
                    list.add(EmployerContribution.of(m, type, amount(in, 300_000), amount(in, 100_000)));
                }
            }
            return List.copyOf(list);
        };
    }

    /**
     * A flexible worker's contribution history for the months from {@code first} to
     * {@code last}: pension and medical most months, unemployment now and then, one month in
     * eight unpaid, one payment in twenty zero; up to 2,000 yuan each.
     *
     * @param first the first month
     * @param last the last month
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<List<FlexibleContribution>> flexibleContributions(YearMonth first, YearMonth last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        return in -> {
            List<FlexibleContribution> list = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                if (Draw.oneIn(in, 8)) {
                    continue;
                }
                list.add(FlexibleContribution.of(m, InsuranceType.PENSION, amount(in, 200_000)));
                if (!Draw.oneIn(in, 6)) {
                    list.add(FlexibleContribution.of(m, InsuranceType.MEDICAL, amount(in, 200_000)));
                }
                if (Draw.oneIn(in, 5)) {
                    list.add(FlexibleContribution.of(m, InsuranceType.UNEMPLOYMENT, amount(in, 50_000)));
                }
            }
            return List.copyOf(list);
        };
    }

    /**
     * Social-insurance subsidy cases of both shapes in the capped-share jurisdictions: first
     * approvals from 2021 to 2029, anyone of working age, mostly recognised, months already
     * enjoyed from 0 to 40, periods of 1 to 24 months starting up to 6 months before the
     * first approval.
     *
     * @return the generator
     */
    public static Gen<SocialInsuranceSubsidyInput> socialInsurance() {
        return in -> {
            LocalDate approval = date(in, PACK_START, LocalDate.of(2029, 12, 31));
            RetirementClass rc = retirementClass(in);
            LocalDate birth = date(in, approval.minusYears(64), approval.minusYears(18));
            return siCase(in, approval, person(in, birth, rc), rc, Draw.between(in, 0, 40), 23);
        };
    }

    /**
     * One-month social-insurance subsidy cases, the shape of a city's monthly payment run: as
     * {@link #socialInsurance()} but each case asks for a single month, from 6 months before
     * to 60 months after its first approval.
     *
     * @return the generator
     */
    public static Gen<SocialInsuranceSubsidyInput> socialInsuranceMonthly() {
        return in -> {
            LocalDate approval = date(in, PACK_START, LocalDate.of(2029, 12, 31));
            RetirementClass rc = retirementClass(in);
            LocalDate birth = date(in, approval.minusYears(64), approval.minusYears(18));
            return siCase(in, approval, person(in, birth, rc), rc, Draw.between(in, 0, 40), 0);
        };
    }

    /**
     * Social-insurance subsidy cases whose first approval lies within {@value #NEAR_DAYS}
     * days of "5 years before statutory retirement" under the reformed ages (first approvals
     * from 2025-01-01), periods long enough to reach retirement.
     *
     * @return the generator
     */
    public static Gen<SocialInsuranceSubsidyInput> socialInsuranceNearRetirement() {
        return in -> {
            LocalDate approval = date(in, StatutoryRetirement.REFORM_EFFECTIVE_DATE, LocalDate.of(2034, 12, 31));
            RetirementClass rc = retirementClass(in);
            LocalDate target = approval.plusDays(Draw.between(in, -NEAR_DAYS, NEAR_DAYS)).plusYears(5);
            LocalDate birth = bornToRetireAbout(target, rc, approval);
            return siCase(in, approval, person(in, birth, rc), rc, Draw.between(in, 0, 3), 23);
        };
    }

    /**
     * Social-insurance subsidy cases with 30 to 40 months already enjoyed, around the 36th.
     *
     * @return the generator
     */
    public static Gen<SocialInsuranceSubsidyInput> socialInsuranceNear36thMonth() {
        return in -> {
            LocalDate approval = date(in, PACK_START, LocalDate.of(2026, 12, 31));
            RetirementClass rc = retirementClass(in);
            LocalDate birth = date(in, approval.minusYears(48), approval.minusYears(18));
            return siCase(in, approval, person(in, birth, rc), rc, Draw.between(in, 30, 40), 23);
        };
    }

    /**
     * Public-welfare-post cases in the counties of {@link #TIER_CHANGE_COUNTIES}: placements
     * starting from 2021-01 to 2023-12, one in four near retirement, periods of 1 to 24
     * months that often cross 2021-11-01, 0 to 2 earlier placements ending a few days either
     * side of 3 months before this one starts, hardship groups drawn at random.
     *
     * @return the generator
     */
    public static Gen<PublicWelfarePostInput> publicWelfarePosts() {
        return in -> {
            LocalDate start = date(in, PACK_START, LocalDate.of(2023, 12, 31));
            RetirementClass rc = retirementClass(in);
            LocalDate birth = Draw.oneIn(in, 4)
                    ? bornToRetireAbout(start.plusYears(5).plusDays(Draw.between(in, -NEAR_DAYS, NEAR_DAYS)), rc, start)
                    : date(in, start.minusYears(60), start.minusYears(18));
            ResidentIdNumber person = person(in, birth, rc);
            DateRange placement = Draw.oneIn(in, 2) ? DateRange.startingOn(start)
                    : DateRange.of(start, start.plusDays(Draw.between(in, 0, 1400)));
            YearMonth first = Draw.oneIn(in, 2) ? YearMonth.of(2021, Draw.between(in, 6, 10))
                    : YearMonth.from(start).plusMonths(Draw.between(in, -3, 30));
            YearMonth last = first.plusMonths(Draw.between(in, 0, 23));
            PublicWelfarePostInput.Builder b = PublicWelfarePostInput.builder()
                    .employer(UNITS.generate(in))
                    .person(person)
                    .retirementClass(rc)
                    .jurisdiction(Draw.pick(in, TIER_CHANGE_COUNTIES))
                    .recognised(!Draw.oneIn(in, 10))
                    .placement(placement)
                    .monthsAlreadyEnjoyed(Draw.between(in, 0, 40))
                    .period(first, last);
            for (HardshipGroup g : HardshipGroup.values()) {
                if (Draw.oneIn(in, 3)) {
                    b.hardshipGroup(g);
                }
            }
            int previous = Draw.between(in, 0, 2);
            LocalDate end = start.minusMonths(3).minusDays(1).plusDays(Draw.between(in, -5, 5));
            for (int i = 0; i < previous; i++) {
                LocalDate from = end.minusDays(Draw.between(in, 30, 1000));
                b.previousPlacement(DateRange.of(from, end));
                end = from.minusDays(Draw.between(in, 1, 400));
            }
            employerContributions(first, last).generate(in)
                    .forEach(c -> b.contribution(c.month(), c.insurance(), c.employerPaid(), c.individualPaid()));
            return b.build();
        };
    }

    private static SocialInsuranceSubsidyInput siCase(RandomnessSource in, LocalDate approval, ResidentIdNumber person,
                                                      RetirementClass rc, int enjoyed, int maxExtraMonths) {
        boolean employerShape = Draw.oneIn(in, 2);
        YearMonth first = YearMonth.from(approval).plusMonths(Draw.between(in, -6, 60));
        YearMonth last = first.plusMonths(Draw.between(in, 0, maxExtraMonths));
        SocialInsuranceSubsidyInput.Builder b = (employerShape ? SocialInsuranceSubsidyInput.forEmployer()
                : SocialInsuranceSubsidyInput.forFlexibleEmployment())
                .person(person)
                .retirementClass(rc)
                .jurisdiction(Draw.pick(in, CAPPED_SHARE_JURISDICTIONS))
                .recognisedAtFirstApproval(!Draw.oneIn(in, 10))
                .firstApproval(approval)
                .monthsAlreadyEnjoyed(enjoyed)
                .period(first, last);
        if (employerShape) {
            b.employer(UNITS.generate(in)).hireSpell(employmentSpells(approval.minusYears(1), approval.plusYears(3))
                    .generate(in));
            employerContributions(first, last).generate(in)
                    .forEach(c -> b.contribution(c.month(), c.insurance(), c.employerPaid(), c.individualPaid()));
        } else {
            flexibleContributions(first, last).generate(in).forEach(c -> b.contribution(c.month(), c.insurance(), c.paid()));
        }
        return b.build();
    }

    /** The earliest birth date whose statutory retirement (law of {@code asOf}) is on or after {@code target}. */
    private static LocalDate bornToRetireAbout(LocalDate target, RetirementClass rc, LocalDate asOf) {
        long lo = target.minusYears(rc.originalAgeYears() + 6L).toEpochDay();
        long hi = target.minusYears(rc.originalAgeYears()).toEpochDay();
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (StatutoryRetirement.retirementDate(LocalDate.ofEpochDay(mid), rc, asOf).isBefore(target)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    private static ResidentIdNumber person(RandomnessSource in, LocalDate birth, RetirementClass rc) {
        Gender gender = rc == RetirementClass.MALE_60 ? Gender.MALE : Gender.FEMALE;
        return Identities.residentIdNumbers().bornBetween(birth, birth).gender(gender).generate(in);
    }

    private static RetirementClass retirementClass(RandomnessSource in) {
        return Draw.pick(in, List.of(RetirementClass.values()));
    }

    private static LocalDate date(RandomnessSource in, LocalDate from, LocalDate to) {
        return LocalDate.ofEpochDay(Draw.between(in, from.toEpochDay(), to.toEpochDay()));
    }

    private static Money amount(RandomnessSource in, long maxFen) {
        return Draw.oneIn(in, 20) ? Money.ZERO : Money.ofFen(Draw.between(in, 1L, maxFen));
    }
}
