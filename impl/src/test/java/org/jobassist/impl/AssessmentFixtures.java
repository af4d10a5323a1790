package org.jobassist.impl;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.assessment.Share;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;

/**
 * Small progress reports built by hand for the renderer and JSON tests: September 2021 of a
 * linear plan, so the expected completion is 9/12 = 3/4 and the expected count is
 * ⌈target × 3/4⌉.
 */
public final class AssessmentFixtures {

    /** The report month. */
    public static final YearMonth SEPTEMBER = YearMonth.of(2021, 9);
    /** The label the examples use. */
    public static final String LABEL = "illustrative split, not the official one";
    static final Ratio THREE_QUARTERS = Ratio.of(3, 4);

    private AssessmentFixtures() {}

    /**
     * A line of September with the expected count ⌈target × 3/4⌉.
     *
     * @param code the division code
     * @param target the target
     * @param achieved the achieved count
     * @param status the status
     * @param monthsBehind months behind, positive exactly when behind
     * @return the line
     */
    public static CityProgress line(String code, int target, int achieved, ProgressStatus status, int monthsBehind) {
        int expectedCount = (target * 3 + 3) / 4;
        Ratio completion = target == 0 ? Ratio.ONE : Ratio.of(achieved, target);
        return new CityProgress(DivisionCode.of(code), target, achieved, completion, THREE_QUARTERS, expectedCount,
                achieved - expectedCount, status, monthsBehind);
    }

    /**
     * Three cities and the province, with shares and rejections:
     * <pre>
     * 210100 沈阳市  900  700  7/9  expected 675  +25  ON_SCHEDULE
     * 210200 大连市  800  720  9/10 expected 600  +120 AHEAD
     * 210300 鞍山市  300  150  1/2  expected 225  -75  BEHIND, 3 months
     * 210000 辽宁省 2000 1570 157/200 expected 1500 +70 AHEAD
     * </pre>
     * Channels 400 + 1000 + 170 = 1570; 60 zero-employment family members.
     *
     * @return the report
     */
    public static ProgressReport small() {
        return ProgressReport.builder(SEPTEMBER).planLabel(LABEL)
                .city(line("210100", 900, 700, ProgressStatus.ON_SCHEDULE, 0))
                .city(line("210200", 800, 720, ProgressStatus.AHEAD, 0))
                .city(line("210300", 300, 150, ProgressStatus.BEHIND, 3))
                .province(line("210000", 2000, 1570, ProgressStatus.AHEAD, 0))
                .channelShare(new Share("employer", 400, "channel total", 1570))
                .channelShare(new Share("flexible-or-self-employment", 1000, "channel total", 1570))
                .channelShare(new Share("public-welfare-post", 170, "channel total", 1570))
                .subsetShare(new Share("zero-employment family members", 60, "channel total", 1570))
                .rejectedByReason(Map.of("outcome.not-recognised", 1L, "outcome.duplicate-in-year", 3L))
                .build();
    }

    /**
     * The 14 cities, each with a target of 100 and {@code achieved.get(i)} achieved (so a
     * completion of that many percent), status from the expected count 75.
     *
     * @param achieved 14 counts
     * @return the report
     */
    public static ProgressReport fourteen(List<Integer> achieved) {
        List<Division> cities = Divisions.builtIn().cities();
        ProgressReport.Builder b = ProgressReport.builder(SEPTEMBER).planLabel(LABEL);
        int total = 0;
        for (int i = 0; i < cities.size(); i++) {
            int a = achieved.get(i);
            total += a;
            ProgressStatus status = a < 75 ? ProgressStatus.BEHIND : a > 75 ? ProgressStatus.AHEAD
                    : ProgressStatus.ON_SCHEDULE;
            b.city(line(cities.get(i).code().code(), 100, a, status, a < 75 ? 1 : 0));
        }
        ProgressStatus province = total < 1050 ? ProgressStatus.BEHIND : total > 1050 ? ProgressStatus.AHEAD
                : ProgressStatus.ON_SCHEDULE;
        return b.province(line("210000", 1400, total, province, total < 1050 ? 1 : 0)).build();
    }
}
