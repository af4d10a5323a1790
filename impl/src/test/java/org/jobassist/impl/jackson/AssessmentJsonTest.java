package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.assessment.Share;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.AssessmentFixtures;
import org.junit.jupiter.api.Test;

/** JSON of the assessment results: exact ratios as text, display percentages, city names. */
class AssessmentJsonTest {

    @Test
    void cityLine() {
        assertEquals("{\"city\":\"210100\",\"cityName\":\"沈阳市\",\"target\":900,\"achieved\":700,"
                + "\"completion\":\"7/9\",\"completionPercent\":\"77.8%\",\"expected\":\"0.75\","
                + "\"expectedPercent\":\"75.0%\",\"expectedCount\":675,\"gap\":25,\"status\":\"ON_SCHEDULE\","
                + "\"monthsBehind\":0}",
                write(AssessmentFixtures.line("210100", 900, 700, ProgressStatus.ON_SCHEDULE, 0)));
    }

    @Test
    void shareOfTheNewsItem() {
        // DOMAIN.md §0: 12,085 hired by employers of the channel total 60,055 is 20.1%.
        assertEquals("{\"name\":\"employer\",\"count\":12085,\"denominatorName\":\"channel total\","
                + "\"denominator\":60055,\"fraction\":\"2417/12011\",\"percent\":\"20.1%\"}",
                write(new Share("employer", 12085, "channel total", 60055)));
    }

    @Test
    void reminder() {
        assertEquals("{\"city\":\"210300\",\"cityName\":\"鞍山市\",\"month\":\"2021-09\",\"status\":\"BEHIND\","
                + "\"gap\":-75,\"monthsBehind\":3,\"escalated\":true}",
                write(new Reminder(DivisionCode.of("210300"), YearMonth.of(2021, 9), ProgressStatus.BEHIND, -75, 3,
                        true)));
    }

    @Test
    void report() throws Exception {
        JsonNode json = JsonSupport.MAPPER.readTree(write(AssessmentFixtures.small()));
        assertEquals(2021, json.get("planYear").intValue());
        assertEquals("2021-09", json.get("month").textValue());
        assertEquals(AssessmentFixtures.LABEL, json.get("planLabel").textValue());
        assertEquals(3, json.get("cities").size());
        assertEquals("鞍山市", json.get("cities").get(2).get("cityName").textValue());
        assertEquals("0.5", json.get("cities").get(2).get("completion").textValue());
        assertEquals("辽宁省", json.get("province").get("cityName").textValue());
        assertEquals("0.785", json.get("province").get("completion").textValue());
        assertEquals("78.5%", json.get("province").get("completionPercent").textValue());
        assertEquals("63.7%", json.get("channelShares").get(1).get("percent").textValue());
        assertEquals("3.8%", json.get("subsetShares").get(0).get("percent").textValue());
        assertEquals(3, json.get("rejectedByReason").get("outcome.duplicate-in-year").intValue());
        assertEquals(List.of("outcome.duplicate-in-year", "outcome.not-recognised"),
                iterable(json.get("rejectedByReason")));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void indicators() {
        DivisionCode dalian = DivisionCode.of("210200");
        Indicators indicators = Indicators.of(DivisionCode.LIAONING, LocalDate.of(2021, 9, 30),
                List.of(new Indicators.Clearing(dalian, 1, 0, 2, 1)), 0,
                DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 9, 30)),
                List.of(new LedgerTotal(SubsidyKind.WORK_FOR_TRAINING, dalian, 2, 9, 27, Money.parse("13500.00"))));
        assertEquals("{\"province\":\"210000\",\"clearing\":{\"asOf\":\"2021-09-30\",\"cities\":["
                + "{\"city\":\"210200\",\"cityName\":\"大连市\",\"open\":1,\"overdue\":0,\"clearedOnTime\":2,"
                + "\"clearedLate\":1,\"total\":4,\"onTimeRate\":\"2/3\",\"onTimePercent\":\"66.7%\"}],"
                + "\"province\":{\"city\":\"210000\",\"cityName\":\"辽宁省\",\"open\":1,\"overdue\":0,"
                + "\"clearedOnTime\":2,\"clearedLate\":1,\"total\":4,\"onTimeRate\":\"2/3\",\"onTimePercent\":\"66.7%\"},"
                + "\"notYetIdentified\":0},"
                + "\"subsidies\":{\"period\":\"2021-01-01/2021-09-30\",\"cities\":["
                + "{\"kind\":\"work-for-training\",\"city\":\"210200\",\"cityName\":\"大连市\",\"payees\":2,"
                + "\"persons\":9,\"entries\":27,\"amount\":\"13500.00\"}],\"province\":["
                + "{\"kind\":\"work-for-training\",\"city\":\"210000\",\"cityName\":\"辽宁省\",\"payees\":2,"
                + "\"persons\":9,\"entries\":27,\"amount\":\"13500.00\"}]}}",
                write(indicators));
    }
}
