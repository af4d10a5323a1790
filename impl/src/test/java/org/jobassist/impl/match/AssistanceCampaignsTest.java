package org.jobassist.impl.match;

import static org.jobassist.impl.match.JobMatchingTest.assertCode;
import static org.jobassist.impl.match.MatchFixtures.post;
import static org.jobassist.impl.match.MatchFixtures.welder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.match.CampaignIndicators;
import org.jobassist.api.service.match.CampaignLine;
import org.jobassist.api.service.match.CampaignView;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.spi.VacancyStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.AssistanceCampaigns;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Test;

/**
 * The Employment Assistance Month: dates from the pack, and a view of one street with three
 * people recorded on 1 December 2020 (P-1 the welder of the worked example, visited, referred and hired; P-2 her
 * neighbour, not visited; P-3 employed), counted by hand.
 */
class AssistanceCampaignsTest {

    private static final PolicyPack LN = PolicyPacks.liaoning();
    private static final DivisionCode SHENYANG = DivisionCode.of("210100");
    private static final StreetCode STREET = MatchFixtures.STREET;

    @Test
    void theDefaultCampaignRunsFrom2JanuaryTo2February() {
        assertEquals(DateRange.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 2, 2)),
                AssistanceCampaigns.period(LN, SHENYANG, 2021));
        assertEquals(DateRange.of(LocalDate.of(2022, 1, 2), LocalDate.of(2022, 2, 2)),
                AssistanceCampaigns.period(LN, SHENYANG, 2022));
    }

    @Test
    void aCampaignEndingBeforeItsStartInTheCalendarEndsNextYear() {
        var basis = LN.resolve(PolicyKeys.SERVICE_CAMPAIGN_START, SHENYANG, LocalDate.of(2021, 1, 1)).legalBasis();
        PolicyPack winter = LN.withOverrides(List.of(
                PolicyValue.of(PolicyKeys.SERVICE_CAMPAIGN_START, SHENYANG, LocalDate.of(2021, 1, 1), null,
                        MonthDay.of(12, 15), basis),
                PolicyValue.of(PolicyKeys.SERVICE_CAMPAIGN_END, SHENYANG, LocalDate.of(2021, 1, 1), null,
                        MonthDay.of(1, 15), basis)));
        assertEquals(DateRange.of(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 1, 15)),
                AssistanceCampaigns.period(winter, SHENYANG, 2021));
        // Dalian keeps the province's dates.
        assertEquals(DateRange.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 2, 2)),
                AssistanceCampaigns.period(winter, DivisionCode.of("210200"), 2021));
    }

    private static AssistanceCampaigns street() {
        NeedsProfileStore profiles = InMemoryStores.needsProfiles();
        VacancyStore vacancies = InMemoryStores.vacancies();
        ServiceRecordStore records = InMemoryStores.serviceRecords();
        ReferralStore referrals = InMemoryStores.referrals();
        LocalDate recorded = LocalDate.of(2020, 12, 1);
        profiles.saveAll(List.of(welder().recordedOn(recorded).build(),
                welder().recordedOn(recorded).person(PersonId.of("P-2")).build(),
                welder().recordedOn(recorded).person(PersonId.of("P-3")).status(EmploymentStatus.EMPLOYED).build()));
        vacancies.saveAll(MatchFixtures.workedExample());
        records.appendAll(List.of(
                ServiceRecord.builder().id("R-1").person(PersonId.of("P-1")).kind(ServiceActionKind.HOME_VISIT)
                        .date(LocalDate.of(2021, 1, 6)).providedBy("hp-001").outcome(ServiceOutcome.DELIVERED).build(),
                ServiceRecord.builder().id("R-2").person(PersonId.of("P-2")).kind(ServiceActionKind.HOME_VISIT)
                        .date(LocalDate.of(2021, 1, 7)).providedBy("hp-001").outcome(ServiceOutcome.REFUSED).build()));
        referrals.saveAll(List.of(Referral.builder().id("F-1").person(PersonId.of("P-1")).vacancyId("V-2")
                .date(LocalDate.of(2021, 1, 11)).providedBy("hp-001").suitable(true)
                .outcome(ReferralOutcome.ACCEPTED_HIRED).outcomeDate(LocalDate.of(2021, 1, 25)).build()));
        return AssistanceCampaigns.of(LN, profiles, vacancies, records, referrals);
    }

    /**
     * On 20 January: P-1 visited; P-2 refused the visit, so still to visit; P-3 employed, in
     * scope but neither to visit nor matched. P-1 and P-2 each get V-2, V-3 and V-1 (the worked
     * example: 3 matches each). F-1 is hired only on the 25th: pending on the 20th, hired on
     * the 2 February view.
     */
    @Test
    void aStreetsLineCountsVisitsMatchesAndReferralOutcomesAsOfTheDate() {
        AssistanceCampaigns campaigns = street();
        CampaignView mid = campaigns.view(SHENYANG, 2021, LocalDate.of(2021, 1, 20), 3);
        assertEquals(1, mid.lines().size());
        CampaignLine line = mid.lines().get(0);
        assertEquals(STREET, line.street());
        assertEquals(3, line.people());
        assertEquals(1, line.visited());
        assertEquals(List.of(PersonId.of("P-2")), line.toVisit());
        assertEquals(6, line.matchesProposed());
        assertEquals(2, line.peopleWithMatches());
        assertEquals(1, line.referrals());
        assertEquals(1, line.outcome(ReferralOutcome.PENDING));
        assertEquals(0, line.outcome(ReferralOutcome.ACCEPTED_HIRED));
        assertEquals(new CampaignIndicators(3, 1, 1, 1, 1, 0, 0), mid.indicators());
        assertEquals(1, mid.peopleToVisit());

        CampaignView end = campaigns.view(SHENYANG, 2021, LocalDate.of(2021, 2, 2), 3);
        assertEquals(1, end.lines().get(0).outcome(ReferralOutcome.ACCEPTED_HIRED));
        assertEquals(new CampaignIndicators(3, 1, 1, 1, 1, 1, 1), end.indicators());
        String table = end.render();
        assertFalse(table.contains("P-1") || table.contains("P-2"), table);
        assertTrue(table.contains("people in scope 3, visited 1, served 1; services delivered 1; referrals 1,"
                + " accepted 1; placements 1"), table);
    }

    @Test
    void beforeTheCampaignNothingIsCountedYet() {
        CampaignView before = street().view(SHENYANG, 2021, LocalDate.of(2021, 1, 1), 3);
        assertEquals(new CampaignIndicators(3, 0, 0, 0, 0, 0, 0), before.indicators());
        assertEquals(2, before.peopleToVisit());
    }

    @Test
    void badInputCarriesStableCodes() {
        assertCode("campaign.k", () -> street().view(SHENYANG, 2021, LocalDate.of(2021, 1, 20), 0));
        Map<ReferralOutcome, Integer> none = Map.of();
        CampaignLine line = new CampaignLine(STREET, 1, 0, List.of(PersonId.of("P-1")), 0, 0, 0, none);
        CampaignIndicators zero = new CampaignIndicators(0, 0, 0, 0, 0, 0, 0);
        DateRange period = DateRange.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 2, 2));
        assertCode("campaign.street", () -> CampaignView.of(DivisionCode.of("210200"), period, period.end(),
                List.of(line), zero));
        assertCode("campaign.duplicate-street", () -> CampaignView.of(SHENYANG, period, period.end(),
                List.of(line, line), zero));
        assertCode("campaign.negative-count", () -> new CampaignLine(STREET, -1, 0, List.of(), 0, 0, 0, none));
        assertCode("campaign.negative-count", () -> new CampaignLine(STREET, 1, 0, List.of(), 0, 0, 0,
                Map.of(ReferralOutcome.REFUSED, -1)));
        assertCode("campaign.count-mismatch", () -> new CampaignLine(STREET, 1, 1, List.of(PersonId.of("P-1")), 0, 0,
                0, none));
        assertCode("campaign.count-mismatch", () -> new CampaignLine(STREET, 1, 0, List.of(), 0, 0, 2,
                Map.of(ReferralOutcome.PENDING, 1)));
        assertCode("campaign.negative-count", () -> new CampaignIndicators(0, 0, 0, 0, -3, 0, 0));
        assertCode("campaign.count-mismatch", () -> new CampaignIndicators(1, 1, 1, 1, 1, 1, 2));
        assertFalse(line.toString().contains("P-1"), line.toString());
    }
}
