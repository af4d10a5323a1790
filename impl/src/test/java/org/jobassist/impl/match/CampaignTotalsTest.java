package org.jobassist.impl.match;

import static org.jobassist.impl.match.JobMatchingTest.assertCode;
import static org.jobassist.impl.match.MatchFixtures.welder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.match.CampaignIndicators;
import org.jobassist.api.service.match.CampaignTotals;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.spi.VacancyStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.AssessmentReports;
import org.jobassist.impl.AssistanceCampaigns;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The Employment Assistance Month in the assessment report: every city's indicators with the
 * province line. The world, counted by hand:
 * <ul>
 *   <li>Shenyang (2021-01-02 to 02-02, the pack's dates): the street of
 *       {@link AssistanceCampaignsTest}, P-1 visited, referred and hired on 25 January, P-2 not
 *       visited, P-3 employed: in scope 3, visited 1, served 1, services 1, referrals 1,
 *       accepted 1 and placed 1 on 2 February, accepted 0 and placed 0 on 20 January;</li>
 *   <li>Dalian (its own dates, 2021-01-16 to 02-15): P-4, career guidance on 15 January (before
 *       Dalian's campaign, not counted), home visit on 20 January, referral F-2 on 18 January
 *       accepted not hired on the 19th, F-3 on 20 January refused on the 21st: in scope 1,
 *       visited 1, served 1, services 1, referrals 2, accepted 1, placed 0;</li>
 *   <li>the 12 other cities: zero;</li>
 *   <li>the province: 4, 2, 2, 2, 3, 2, 1.</li>
 * </ul>
 */
class CampaignTotalsTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    private static final PolicyPack LN = PolicyPacks.liaoning();
    private static final DivisionCode LIAONING = DivisionCode.LIAONING;
    private static final DivisionCode SHENYANG = DivisionCode.of("210100");
    private static final DivisionCode DALIAN = DivisionCode.of("210200");
    private static final LocalDate FEB2 = LocalDate.of(2021, 2, 2);
    private static final DateRange SHENYANG_DATES = DateRange.of(LocalDate.of(2021, 1, 2), FEB2);
    private static final DateRange DALIAN_DATES = DateRange.of(LocalDate.of(2021, 1, 16), LocalDate.of(2021, 2, 15));

    static AssistanceCampaigns province() {
        var basis = LN.resolve(PolicyKeys.SERVICE_CAMPAIGN_START, DALIAN, LocalDate.of(2021, 1, 1)).legalBasis();
        PolicyPack pack = LN.withOverrides(List.of(
                PolicyValue.of(PolicyKeys.SERVICE_CAMPAIGN_START, DALIAN, LocalDate.of(2021, 1, 1), null,
                        MonthDay.of(1, 16), basis),
                PolicyValue.of(PolicyKeys.SERVICE_CAMPAIGN_END, DALIAN, LocalDate.of(2021, 1, 1), null,
                        MonthDay.of(2, 15), basis)));
        NeedsProfileStore profiles = InMemoryStores.needsProfiles();
        VacancyStore vacancies = InMemoryStores.vacancies();
        ServiceRecordStore records = InMemoryStores.serviceRecords();
        ReferralStore referrals = InMemoryStores.referrals();
        LocalDate recorded = LocalDate.of(2020, 12, 1);
        profiles.saveAll(List.of(welder().recordedOn(recorded).build(),
                welder().recordedOn(recorded).person(PersonId.of("P-2")).build(),
                welder().recordedOn(recorded).person(PersonId.of("P-3")).status(EmploymentStatus.EMPLOYED).build(),
                welder().recordedOn(recorded).person(PersonId.of("P-4")).street(StreetCode.of("210202001")).build()));
        vacancies.saveAll(MatchFixtures.workedExample());
        records.appendAll(List.of(
                record("R-1", "P-1", ServiceActionKind.HOME_VISIT, LocalDate.of(2021, 1, 6), ServiceOutcome.DELIVERED),
                record("R-2", "P-2", ServiceActionKind.HOME_VISIT, LocalDate.of(2021, 1, 7), ServiceOutcome.REFUSED),
                record("R-3", "P-4", ServiceActionKind.CAREER_GUIDANCE, LocalDate.of(2021, 1, 15),
                        ServiceOutcome.DELIVERED),
                record("R-4", "P-4", ServiceActionKind.HOME_VISIT, LocalDate.of(2021, 1, 20),
                        ServiceOutcome.DELIVERED)));
        referrals.saveAll(List.of(
                referral("F-1", "P-1", LocalDate.of(2021, 1, 11)).outcome(ReferralOutcome.ACCEPTED_HIRED)
                        .outcomeDate(LocalDate.of(2021, 1, 25)).build(),
                referral("F-2", "P-4", LocalDate.of(2021, 1, 18)).outcome(ReferralOutcome.ACCEPTED_NOT_HIRED)
                        .outcomeDate(LocalDate.of(2021, 1, 19)).build(),
                referral("F-3", "P-4", LocalDate.of(2021, 1, 20)).outcome(ReferralOutcome.REFUSED)
                        .outcomeDate(LocalDate.of(2021, 1, 21)).refusalReason("too-far").build()));
        return AssistanceCampaigns.of(pack, profiles, vacancies, records, referrals);
    }

    private static ServiceRecord record(String id, String person, ServiceActionKind kind, LocalDate day,
                                        ServiceOutcome outcome) {
        return ServiceRecord.builder().id(id).person(PersonId.of(person)).kind(kind).date(day).providedBy("hp-001")
                .outcome(outcome).build();
    }

    private static Referral.Builder referral(String id, String person, LocalDate day) {
        return Referral.builder().id(id).person(PersonId.of(person)).vacancyId("V-2").date(day).providedBy("hp-001")
                .suitable(true);
    }

    @Test
    void everyCityHasALineAndTheProvinceLineIsTheirSum() {
        CampaignTotals totals = province().totals(2021, FEB2);
        assertEquals(LIAONING, totals.province());
        assertEquals(2021, totals.year());
        assertEquals(FEB2, totals.asOf());
        assertEquals(14, totals.lines().size());
        assertEquals(new CampaignTotals.Line(SHENYANG, SHENYANG_DATES, new CampaignIndicators(3, 1, 1, 1, 1, 1, 1)),
                totals.lines().get(0));
        assertEquals(new CampaignTotals.Line(DALIAN, DALIAN_DATES, new CampaignIndicators(1, 1, 1, 1, 2, 1, 0)),
                totals.lines().get(1));
        for (CampaignTotals.Line line : totals.lines().subList(2, 14)) {
            assertEquals(new CampaignIndicators(0, 0, 0, 0, 0, 0, 0), line.indicators(), line.city().code());
            assertEquals(SHENYANG_DATES, line.period(), line.city().code());
        }
        assertEquals(new CampaignIndicators(4, 2, 2, 2, 3, 2, 1), totals.total());
        assertEquals(Optional.of(totals.lines().get(1)), totals.line(DALIAN));
        assertEquals(Optional.empty(), totals.line(DivisionCode.of("110100")));
    }

    @Test
    void aCitysLineIsTheIndicatorsOfItsCampaignView() {
        AssistanceCampaigns campaigns = province();
        for (LocalDate asOf : List.of(LocalDate.of(2021, 1, 20), FEB2)) {
            CampaignTotals totals = campaigns.totals(2021, asOf);
            for (DivisionCode city : List.of(SHENYANG, DALIAN)) {
                assertEquals(campaigns.view(city, 2021, asOf, 3).indicators(),
                        totals.line(city).orElseThrow().indicators(), city + " " + asOf);
            }
        }
        // On 20 January F-1 is still pending, F-2 accepted, F-3 not yet refused.
        assertEquals(new CampaignIndicators(4, 2, 2, 2, 3, 1, 0), campaigns.totals(2021, LocalDate.of(2021, 1, 20))
                .total());
    }

    @Test
    void indicatorsCarryTheCampaignOptionallyAndRenderIt() {
        Indicators plain = Indicators.of(LIAONING, LocalDate.of(2021, 1, 31), List.of(), 0,
                DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31)), List.of());
        assertEquals(Optional.empty(), plain.campaign());
        CampaignTotals totals = province().totals(2021, FEB2);
        Indicators with = plain.withCampaign(totals);
        assertEquals(Optional.of(totals), with.campaign());
        assertNotEquals(plain, with);
        assertEquals(with, plain.withCampaign(province().totals(2021, FEB2)));
        assertEquals(with.hashCode(), plain.withCampaign(province().totals(2021, FEB2)).hashCode());
        assertTrue(with.toString().contains("campaign 2021 CampaignIndicators[peopleInScope=4"), with.toString());

        String text = AssessmentReports.toText(with);
        assertTrue(text.startsWith(AssessmentReports.toText(plain)), text);
        List<String> campaign = text.substring(AssessmentReports.toText(plain).length()).lines().toList();
        assertEquals("", campaign.get(0));
        assertEquals("Employment Assistance Month 2021 as of 2021-02-02", campaign.get(1));
        assertEquals(List.of("Code", "City", "Campaign", "In", "scope", "Visited", "Served", "Services", "Referrals",
                "Accepted", "Placements"), cells(campaign.get(2)));
        assertEquals(List.of("210100", "沈阳市", "2021-01-02/2021-02-02", "3", "1", "1", "1", "1", "1", "1"),
                cells(campaign.get(4)));
        assertEquals(List.of("210200", "大连市", "2021-01-16/2021-02-15", "1", "1", "1", "1", "2", "1", "0"),
                cells(campaign.get(5)));
        assertEquals(List.of("211400", "葫芦岛市", "2021-01-02/2021-02-02", "0", "0", "0", "0", "0", "0", "0"),
                cells(campaign.get(17)));
        assertTrue(campaign.get(18).matches("-+"), campaign.get(18));
        assertEquals(List.of("210000", "辽宁省", "4", "2", "2", "2", "3", "2", "1"), cells(campaign.get(19)));
        assertEquals(20, campaign.size());
        assertFalse(text.contains("P-1") || text.contains("P-4"), text);

        ProgressReport report = ProgressReport.builder(YearMonth.of(2021, 1))
                .province(new CityProgress(LIAONING, 10, 5, Ratio.of(1, 2), Ratio.of(1, 2), 5, 0, ProgressStatus.ON_SCHEDULE,
                        0)).build();
        assertFalse(AssessmentReports.toText(report).contains("Employment Assistance Month"));
        assertTrue(AssessmentReports.toText(report.withIndicators(with)).endsWith(text));
    }

    private static List<String> cells(String row) {
        return Arrays.asList(row.trim().split(" +"));
    }

    @Test
    void theCampaignCsvHasACityRowEachAndTheProvinceRow() {
        String csv = AssessmentReports.toCampaignCsv(province().totals(2021, FEB2));
        List<String> rows = List.of(csv.split("\r\n", -1));
        assertEquals(17, rows.size()); // header, 14 cities, the province, and the empty rest after the last CRLF
        assertEquals("", rows.get(16));
        assertEquals("year,as_of,level,code,name,period,people_in_scope,people_visited,people_served,"
                + "services_delivered,referrals,referrals_accepted,placements", rows.get(0));
        assertEquals("2021,2021-02-02,city,210100,沈阳市,2021-01-02/2021-02-02,3,1,1,1,1,1,1", rows.get(1));
        assertEquals("2021,2021-02-02,city,210200,大连市,2021-01-16/2021-02-15,1,1,1,1,2,1,0", rows.get(2));
        assertEquals("2021,2021-02-02,province,210000,辽宁省,,4,2,2,2,3,2,1", rows.get(15));
    }

    @Test
    void badInputCarriesStableCodes() {
        CampaignTotals.Line shenyang = new CampaignTotals.Line(SHENYANG, SHENYANG_DATES, CampaignIndicators.ZERO);
        assertCode("campaign.province", () -> CampaignTotals.of(SHENYANG, 2021, FEB2, List.of()));
        assertCode("campaign.city", () -> CampaignTotals.of(LIAONING, 2021, FEB2, List.of(
                new CampaignTotals.Line(DivisionCode.of("110100"), SHENYANG_DATES, CampaignIndicators.ZERO))));
        assertCode("campaign.city", () -> CampaignTotals.of(LIAONING, 2021, FEB2, List.of(
                new CampaignTotals.Line(DivisionCode.of("210102"), SHENYANG_DATES, CampaignIndicators.ZERO))));
        assertCode("campaign.duplicate-city", () -> CampaignTotals.of(LIAONING, 2021, FEB2,
                List.of(shenyang, shenyang)));
        assertCode("campaign.province", () -> province().totals(Divisions.builtIn(), SHENYANG, 2021, FEB2));
        Indicators plain = Indicators.of(LIAONING, FEB2, List.of(), 0, SHENYANG_DATES, List.of());
        CampaignTotals beijing = CampaignTotals.of(DivisionCode.of("110000"), 2021, FEB2, List.of());
        assertCode("indicators.campaign", () -> plain.withCampaign(beijing));
    }

    /** The province line is the sum of the cities, whatever the lines and their order. */
    @Test
    void theProvinceLineIsTheSumOfTheCities() {
        List<Division> cities = Divisions.builtIn().cities();
        QuickTheory.qt().withFixedSeed(SEED).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<CampaignTotals.Line> lines = new ArrayList<>();
            int[] sum = new int[7];
            for (Division city : cities) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                int[] c = counts(random);
                for (int i = 0; i < 7; i++) {
                    sum[i] += c[i];
                }
                lines.add(new CampaignTotals.Line(city.code(), SHENYANG_DATES,
                        new CampaignIndicators(c[0], c[1], c[2], c[3], c[4], c[5], c[6])));
            }
            java.util.Collections.shuffle(lines, random);
            CampaignTotals totals = CampaignTotals.of(LIAONING, 2021, FEB2, lines);
            CampaignIndicators t = totals.total();
            assertEquals(Arrays.toString(sum), Arrays.toString(new int[] {t.peopleInScope(), t.peopleVisited(),
                t.peopleServed(), t.servicesDelivered(), t.referrals(), t.referralsAccepted(), t.placements()}));
            for (int i = 1; i < totals.lines().size(); i++) {
                assertTrue(totals.lines().get(i - 1).city().compareTo(totals.lines().get(i).city()) < 0);
            }
        });
    }

    /** Counts that keep the indicators' inequalities: placements within served and accepted, accepted within referrals. */
    private static int[] counts(Random random) {
        int inScope = random.nextInt(1000);
        int served = inScope == 0 ? 0 : random.nextInt(inScope + 1);
        int referrals = random.nextInt(2000);
        int accepted = random.nextInt(referrals + 1);
        int placements = random.nextInt(Math.min(served, accepted) + 1);
        return new int[] {inScope, served == 0 ? 0 : random.nextInt(served + 1), served, random.nextInt(3000),
            referrals, accepted, placements};
    }
}
