package org.jobassist.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.PlanStatus;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.service.RecruitmentEventKind;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServicePlan;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.WorkConstraints;
import org.jobassist.api.service.match.CampaignView;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.VacancyIndex;
import org.jobassist.api.service.match.VacancyMatch;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.RecruitmentEventStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.spi.VacancyStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.AssistanceCampaigns;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.JobMatching;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.ServicePlans;

/**
 * A small Employment Assistance Month (就业援助月) in Heping district, Shenyang: five needs
 * profiles in two streets, six vacancies (five of them at the campaign's job fair), the best
 * three matches of each person looking for work with the reasons others were not proposed,
 * home visits, guidance and a training offer, six referrals with their outcomes, one person's
 * service plan against the pack's standard, and the campaign view with its indicators.
 *
 * <p>People, employers and vacancies are invented for the example. Everyone lives at one
 * residential compound (the same home location), so a vacancy's distance is its own offset:
 * 45,000 micro-degrees north is 5,004 m, 9,000 is 1,001 m, 360,000 is 40,030 m.
 */
public final class ServicesExample {

    /** Shenyang (沈阳市). */
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    /** Heping district (和平区). */
    static final DivisionCode HEPING = DivisionCode.of("210102");
    /** Shenhe district (沈河区). */
    static final DivisionCode SHENHE = DivisionCode.of("210103");
    /** Dadong district (大东区). */
    static final DivisionCode DADONG = DivisionCode.of("210104");
    /** The two streets of the example. */
    static final StreetCode STREET_A = StreetCode.of("210102001");
    static final StreetCode STREET_B = StreetCode.of("210102002");
    /** The day the profiles were recorded and the matches proposed. */
    static final LocalDate RECORDED = LocalDate.of(2021, 1, 4);
    /** The day the campaign is viewed: its last day. */
    static final LocalDate VIEWED = LocalDate.of(2021, 2, 2);
    /** Matches proposed per person. */
    static final int K = 3;

    private static final int HOME_LAT = 41_790_000;
    private static final int HOME_LON = 123_400_000;
    private static final UnifiedSocialCreditCode EMPLOYER = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    private static final Skill WELDING = Skill.of("welding");
    private static final Skill FORKLIFT = Skill.of("forklift-driving");
    private static final Skill HOME_CARE = Skill.of("home-care");
    private static final Skill COOKING = Skill.of("cooking");
    private static final String OFFICE = "hp-001";

    private ServicesExample() {}

    /**
     * Runs the example on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * The whole campaign.
     *
     * @param out where the report goes
     * @return the process exit code: 0
     */
    static int run(PrintStream out) {
        PolicyPack pack = PolicyPacks.liaoning();
        NeedsProfileStore profiles = InMemoryStores.needsProfiles();
        VacancyStore vacancies = InMemoryStores.vacancies();
        RecruitmentEventStore events = InMemoryStores.recruitmentEvents();
        ServiceRecordStore records = InMemoryStores.serviceRecords();
        ReferralStore referrals = InMemoryStores.referrals();

        DateRange campaign = AssistanceCampaigns.period(pack, SHENYANG, 2021);
        out.println("Employment Assistance Month 2021 in Shenyang: " + campaign);
        profiles.saveAll(profiles());
        vacancies.saveAll(vacancies());
        events.saveAll(List.of(RecruitmentEvent.builder().id("E-2021-AM").kind(RecruitmentEventKind.ASSISTANCE_MONTH)
                .name("2021年沈阳市和平区就业援助月专场招聘会").city(SHENYANG).dates(campaign)
                .vacancyIds(List.of("V-01", "V-02", "V-03", "V-04", "V-05")).build()));
        for (RecruitmentEvent e : events.during(SHENYANG, campaign)) {
            out.println("event " + e.id() + " " + e.kind() + ": " + e.vacancyIds().size() + " vacancies");
        }

        // --- matching (docs/services.md) ---
        JobMatching matching = JobMatching.of(pack, SHENYANG, campaign.start());
        VacancyIndex index = matching.index(vacancies.openIn(SHENYANG, RECORDED));
        for (NeedsProfile p : profiles.inForceOnStreet(STREET_A, RECORDED)) {
            proposals(matching, index, p, vacancies, out);
        }
        for (NeedsProfile p : profiles.inForceOnStreet(STREET_B, RECORDED)) {
            proposals(matching, index, p, vacancies, out);
        }
        // --- end of matching ---

        records.appendAll(records());
        referrals.saveAll(referrals());
        ServicePlan plan = ServicePlans.plan(pack, PersonId.of("P-01"), HEPING, 2021);
        PlanStatus status = ServicePlans.status(plan, VIEWED, records, referrals);
        StringBuilder line = new StringBuilder("plan of P-01, " + plan.year() + ", as of " + VIEWED + ":");
        for (PlanStatus.Line l : status.lines()) {
            line.append(' ').append(l.kind()).append(' ').append(l.delivered()).append('/').append(l.required());
        }
        out.println(line.append("; complete: ").append(status.complete() ? "yes" : "no"));

        // --- campaign (docs/services.md) ---
        CampaignView view = AssistanceCampaigns.of(pack, profiles, vacancies, records, referrals)
                .view(SHENYANG, 2021, VIEWED, K);
        out.print(view.render());
        // --- end of campaign ---
        out.println("to visit in " + STREET_B + ": " + view.lines().get(1).toVisit());
        return 0;
    }

    private static void proposals(JobMatching matching, VacancyIndex index, NeedsProfile p, VacancyStore vacancies,
                                  PrintStream out) {
        if (p.status() != EmploymentStatus.UNEMPLOYED && p.status() != EmploymentStatus.FLEXIBLY_EMPLOYED) {
            out.println(p.person() + ": " + p.status() + ", not matched");
            return;
        }
        List<VacancyMatch> top = index.topFor(p, RECORDED, K);
        List<String> shown = new ArrayList<>();
        for (VacancyMatch m : top) {
            shown.add(m.vacancyId() + " " + m.points() + " (" + m.score().skills() + "+" + m.score().district() + "+"
                    + m.score().wage() + "+" + m.score().willingness() + ", " + m.distanceMetres() + " m)");
        }
        out.println(p.person() + ": " + String.join(", ", shown));
        for (Vacancy v : vacancies.openIn(SHENYANG, RECORDED)) {
            MatchCheck check = matching.check(p, v, RECORDED);
            if (!check.passed()) {
                out.println("  not " + v.id() + ": " + String.join(", ", check.reasonCodes()));
            }
        }
    }

    private static Location north(int microDegrees) {
        return Location.ofMicroDegrees(HOME_LAT + microDegrees, HOME_LON);
    }

    private static NeedsProfile.Builder person(String id, StreetCode street) {
        return NeedsProfile.builder().person(PersonId.of(id)).recordedOn(RECORDED).street(street).home(north(0))
                .status(EmploymentStatus.UNEMPLOYED).willingness(Willingness.JOB).constraints(WorkConstraints.NONE);
    }

    /**
     * The five people: a certified welder who also drives forklifts; a disabled care worker
     * eligible for public welfare posts; a person without skills wanting flexible day work of at
     * most 6 hours; an employed cook; a forklift driver preferring Shenhe within 10 km.
     *
     * @return the profiles
     */
    static List<NeedsProfile> profiles() {
        return List.of(
                person("P-01", STREET_A).skills(List.of(WELDING, FORKLIFT)).certificates(List.of(WELDING))
                        .preferredDistricts(List.of(HEPING)).expectedMonthlyWage(Money.ofYuan(4000)).build(),
                person("P-02", STREET_A).skills(List.of(HOME_CARE)).expectedMonthlyWage(Money.ofYuan(3000))
                        .constraints(new WorkConstraints(OptionalInt.of(8), OptionalInt.empty(), true, false))
                        .publicWelfarePostEligible(true).build(),
                person("P-03", STREET_B).willingness(Willingness.FLEXIBLE_WORK)
                        .constraints(new WorkConstraints(OptionalInt.of(6), OptionalInt.empty(), false, true)).build(),
                person("P-04", STREET_B).status(EmploymentStatus.EMPLOYED).skills(List.of(COOKING)).build(),
                person("P-05", STREET_B).skills(List.of(FORKLIFT)).preferredDistricts(List.of(SHENHE))
                        .expectedMonthlyWage(Money.ofYuan(3500))
                        .constraints(new WorkConstraints(OptionalInt.empty(), OptionalInt.of(10_000), false, false))
                        .build());
    }

    private static Vacancy.Builder vacancy(String id, String post, DivisionCode district, int north, int yuan) {
        return Vacancy.builder().id(id).employer(EMPLOYER).post(post).district(district).location(north(north))
                .monthlyWage(Money.ofYuan(yuan)).dailyHours(8).open(DateRange.of(LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 3, 31))).positions(2);
    }

    /**
     * The six vacancies: a welder, a forklift driver on night shifts in Shenhe, a cleaner for 6
     * hours, a care worker, a community public welfare post, a warehouse keeper 40 km away.
     *
     * @return the vacancies
     */
    static List<Vacancy> vacancies() {
        return List.of(
                vacancy("V-01", "焊工", HEPING, 0, 4200).requiredSkills(Set.of(WELDING))
                        .requiredCertificates(Set.of(WELDING)).build(),
                vacancy("V-02", "叉车司机", SHENHE, 45_000, 3600).requiredSkills(Set.of(FORKLIFT)).nightShifts(true)
                        .build(),
                vacancy("V-03", "保洁员", HEPING, 0, 2400).dailyHours(6).suitsDisabled(true).build(),
                vacancy("V-04", "养老护理员", HEPING, 9_000, 3000).requiredSkills(Set.of(HOME_CARE))
                        .suitsDisabled(true).build(),
                vacancy("V-05", "社区公益性岗位", HEPING, 0, 2000).dailyHours(6).suitsDisabled(true)
                        .publicWelfarePost(true).build(),
                vacancy("V-06", "仓库管理员", DADONG, 360_000, 3200).build());
    }

    private static ServiceRecord record(String id, String person, ServiceActionKind kind, LocalDate day,
                                        ServiceOutcome outcome) {
        return ServiceRecord.builder().id(id).person(PersonId.of(person)).kind(kind).date(day).providedBy(OFFICE)
                .outcome(outcome).build();
    }

    /**
     * Home visits to P-01 and P-02 (P-03 not at home), guidance for P-01, a training offer to
     * P-03, and guidance to P-05 before the campaign.
     *
     * @return the records
     */
    static List<ServiceRecord> records() {
        return List.of(
                record("R-01", "P-01", ServiceActionKind.HOME_VISIT, LocalDate.of(2021, 1, 5), ServiceOutcome.DELIVERED),
                record("R-02", "P-02", ServiceActionKind.HOME_VISIT, LocalDate.of(2021, 1, 5), ServiceOutcome.DELIVERED),
                record("R-03", "P-03", ServiceActionKind.HOME_VISIT, LocalDate.of(2021, 1, 6), ServiceOutcome.NO_ANSWER),
                record("R-04", "P-01", ServiceActionKind.CAREER_GUIDANCE, LocalDate.of(2021, 1, 8),
                        ServiceOutcome.DELIVERED),
                record("R-05", "P-03", ServiceActionKind.TRAINING, LocalDate.of(2021, 1, 12), ServiceOutcome.DELIVERED),
                record("R-06", "P-05", ServiceActionKind.CAREER_GUIDANCE, LocalDate.of(2020, 12, 20),
                        ServiceOutcome.DELIVERED));
    }

    private static Referral.Builder referral(String id, String person, String vacancy, LocalDate day) {
        return Referral.builder().id(id).person(PersonId.of(person)).vacancyId(vacancy).date(day).providedBy(OFFICE)
                .suitable(true);
    }

    /**
     * Six referrals from the proposals: P-01 hired at V-01 and not hired at V-02; P-02's to V-04
     * pending; P-03 refused V-03 (wage too low); P-05 hired at V-02 on 10 February, after the
     * view, and no answer on V-03.
     *
     * @return the referrals
     */
    static List<Referral> referrals() {
        return List.of(
                referral("F-01", "P-01", "V-01", LocalDate.of(2021, 1, 10)).outcome(ReferralOutcome.ACCEPTED_HIRED)
                        .outcomeDate(LocalDate.of(2021, 1, 20)).build(),
                referral("F-02", "P-01", "V-02", LocalDate.of(2021, 1, 10)).outcome(ReferralOutcome.ACCEPTED_NOT_HIRED)
                        .outcomeDate(LocalDate.of(2021, 1, 18)).build(),
                referral("F-03", "P-02", "V-04", LocalDate.of(2021, 1, 11)).build(),
                referral("F-04", "P-03", "V-03", LocalDate.of(2021, 1, 12)).outcome(ReferralOutcome.REFUSED)
                        .outcomeDate(LocalDate.of(2021, 1, 15)).refusalReason("wage-too-low").build(),
                referral("F-05", "P-05", "V-02", LocalDate.of(2021, 1, 13)).outcome(ReferralOutcome.ACCEPTED_HIRED)
                        .outcomeDate(LocalDate.of(2021, 2, 10)).build(),
                referral("F-06", "P-05", "V-03", LocalDate.of(2021, 1, 13)).outcome(ReferralOutcome.NO_ANSWER)
                        .outcomeDate(LocalDate.of(2021, 1, 20)).build());
    }
}
