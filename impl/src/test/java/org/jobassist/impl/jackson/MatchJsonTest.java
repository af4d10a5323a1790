package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.match.CampaignIndicators;
import org.jobassist.api.service.match.CampaignLine;
import org.jobassist.api.service.match.CampaignTotals;
import org.jobassist.api.service.match.CampaignView;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchFilter;
import org.jobassist.api.service.match.MatchScore;
import org.jobassist.api.service.match.PersonMatch;
import org.jobassist.api.service.match.VacancyMatch;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;

/** The JSON shapes of job matching and the Employment Assistance Month, written by hand. */
class MatchJsonTest {

    private static final PersonId P1 = PersonId.of("P-1");
    private static final MatchScore SCORE = new MatchScore(40, 20, 15, 10);
    private static final Explanation WHY = Explanation.builder("service.match").description("proposed")
            .input("person", "P-1").input("vacancy", "V-2").satisfied(true)
            .child(Explanation.builder("service.match.distance").satisfied(true).build()).build();
    private static final String WHY_JSON = "{\"schemaVersion\":1,\"rule\":\"service.match\",\"description\":"
            + "\"proposed\",\"outcome\":\"SATISFIED\",\"inputs\":{\"person\":\"P-1\",\"vacancy\":\"V-2\"},"
            + "\"legalBasis\":[],\"children\":[{\"rule\":\"service.match.distance\",\"description\":\"\","
            + "\"outcome\":\"SATISFIED\",\"inputs\":{},\"legalBasis\":[],\"children\":[]}]}";
    private static final DateRange JAN = DateRange.of(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 2, 2));
    private static final DivisionCode LIAONING = DivisionCode.of("210000");
    private static final DivisionCode SHENYANG = DivisionCode.of("210100");
    private static final DivisionCode DALIAN = DivisionCode.of("210200");

    @Test
    void aScoreCarriesItsFactorsAndTotal() {
        assertEquals("{\"skills\":40,\"district\":20,\"wage\":15,\"willingness\":10,\"total\":85}", write(SCORE));
    }

    @Test
    void matchesFromEitherSideCarryTheirExplanation() {
        String pair = "\"person\":\"P-1\",\"vacancyId\":\"V-2\",\"score\":{\"skills\":40,\"district\":20,"
                + "\"wage\":15,\"willingness\":10,\"total\":85},\"distanceMetres\":1200,\"explanation\":";
        assertEquals("{" + pair + WHY_JSON + "}", write(new VacancyMatch(P1, "V-2", SCORE, 1200, WHY)));
        assertEquals("{" + pair + WHY_JSON + "}", write(new PersonMatch(P1, "V-2", SCORE, 1200, WHY)));
    }

    @Test
    void aCheckListsEachFailedFilterWithItsReasonCode() {
        MatchCheck failed = new MatchCheck(P1, "V-9", List.of(MatchFilter.NIGHT_SHIFT, MatchFilter.TOO_FAR),
                new MatchScore(0, 20, 0, 10), 31_000, WHY);
        assertEquals("{\"person\":\"P-1\",\"vacancyId\":\"V-9\",\"passed\":false,\"failed\":["
                + "{\"filter\":\"NIGHT_SHIFT\",\"code\":\"match.night-shift\",\"rule\":\"service.match.night-shift\"},"
                + "{\"filter\":\"TOO_FAR\",\"code\":\"match.too-far\",\"rule\":\"service.match.distance\"}],"
                + "\"score\":{\"skills\":0,\"district\":20,\"wage\":0,\"willingness\":10,\"total\":30},"
                + "\"distanceMetres\":31000,\"explanation\":" + WHY_JSON + "}", write(failed));
        MatchCheck passed = new MatchCheck(P1, "V-2", List.of(), SCORE, 1200, WHY);
        assertTrue(write(passed).startsWith("{\"person\":\"P-1\",\"vacancyId\":\"V-2\",\"passed\":true,\"failed\":[],"),
                write(passed));
    }

    private static final String LINE_JSON = "{\"street\":\"210102001\",\"people\":3,\"visited\":1,"
            + "\"toVisit\":[\"P-2\"],\"matchesProposed\":6,\"peopleWithMatches\":2,\"referrals\":1,"
            + "\"outcomes\":{\"PENDING\":0,\"ACCEPTED_HIRED\":1,\"ACCEPTED_NOT_HIRED\":0,\"REFUSED\":0,"
            + "\"NO_ANSWER\":0}}";

    private static CampaignLine line() {
        return new CampaignLine(StreetCode.of("210102001"), 3, 1, List.of(PersonId.of("P-2")), 6, 2, 1,
                Map.of(ReferralOutcome.ACCEPTED_HIRED, 1));
    }

    @Test
    void campaignLineIndicatorsAndView() {
        assertEquals(LINE_JSON, write(line()));
        CampaignIndicators ind = new CampaignIndicators(3, 1, 1, 1, 1, 1, 1);
        String indJson = "{\"peopleInScope\":3,\"peopleVisited\":1,\"peopleServed\":1,\"servicesDelivered\":1,"
                + "\"referrals\":1,\"referralsAccepted\":1,\"placements\":1}";
        assertEquals(indJson, write(ind));
        CampaignView view = CampaignView.of(SHENYANG, JAN, LocalDate.of(2021, 2, 2), List.of(line()), ind);
        assertEquals("{\"city\":\"210100\",\"cityName\":\"沈阳市\",\"period\":\"2021-01-02/2021-02-02\","
                + "\"asOf\":\"2021-02-02\",\"lines\":[" + LINE_JSON + "],\"peopleToVisit\":1,\"indicators\":"
                + indJson + "}", write(view));
    }

    private static CampaignTotals totals() {
        return CampaignTotals.of(LIAONING, 2021, LocalDate.of(2021, 2, 2), List.of(
                new CampaignTotals.Line(DALIAN, DateRange.of(LocalDate.of(2021, 1, 16), LocalDate.of(2021, 2, 15)),
                        new CampaignIndicators(1, 1, 1, 1, 2, 1, 0)),
                new CampaignTotals.Line(SHENYANG, JAN, new CampaignIndicators(3, 1, 1, 1, 1, 1, 1))));
    }

    /** Cities in code order whatever the input order; the total is 1+3, 1+1, 1+1, 1+1, 2+1, 1+1, 0+1. */
    private static final String TOTALS_JSON = "{\"province\":\"210000\",\"year\":2021,\"asOf\":\"2021-02-02\","
            + "\"cities\":[{\"city\":\"210100\",\"cityName\":\"沈阳市\",\"period\":\"2021-01-02/2021-02-02\","
            + "\"peopleInScope\":3,\"peopleVisited\":1,\"peopleServed\":1,\"servicesDelivered\":1,\"referrals\":1,"
            + "\"referralsAccepted\":1,\"placements\":1},"
            + "{\"city\":\"210200\",\"cityName\":\"大连市\",\"period\":\"2021-01-16/2021-02-15\","
            + "\"peopleInScope\":1,\"peopleVisited\":1,\"peopleServed\":1,\"servicesDelivered\":1,\"referrals\":2,"
            + "\"referralsAccepted\":1,\"placements\":0}],"
            + "\"total\":{\"city\":\"210000\",\"cityName\":\"辽宁省\",\"peopleInScope\":4,\"peopleVisited\":2,"
            + "\"peopleServed\":2,\"servicesDelivered\":2,\"referrals\":3,\"referralsAccepted\":2,\"placements\":1}}";

    @Test
    void campaignTotalsWithTheirProvinceLine() {
        assertEquals(TOTALS_JSON, write(totals()));
    }

    @Test
    void indicatorsWriteTheCampaignOnlyWhenAttached() {
        Indicators plain = Indicators.of(LIAONING, LocalDate.of(2021, 1, 31), List.of(), 0,
                DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31)), List.of());
        String without = write(plain);
        assertEquals(-1, without.indexOf("\"campaign\""), without);
        String with = write(plain.withCampaign(totals()));
        assertEquals(without.substring(0, without.length() - 1) + ",\"campaign\":" + TOTALS_JSON + "}", with);
    }

    /** Person ids are written in clear whatever the disclosure: they are surrogate keys, not identity numbers. */
    @Test
    void personIdsAreTheSameUnderEitherDisclosure() {
        ObjectMapper clear = JsonMapper.builder().addModule(new JobAssistModule(IdNumberDisclosure.CLEAR)).build();
        VacancyMatch m = new VacancyMatch(P1, "V-2", SCORE, 1200, WHY);
        try {
            assertEquals(write(m), clear.writeValueAsString(m));
            assertEquals(write(line()), clear.writeValueAsString(line()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
