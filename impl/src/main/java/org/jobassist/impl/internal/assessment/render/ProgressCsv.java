package org.jobassist.impl.internal.assessment.render;

import java.util.List;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.match.CampaignIndicators;
import org.jobassist.api.service.match.CampaignTotals;

/**
 * Progress reports as CSV after RFC 4180: a header row of stable column names, one row per
 * city in report order and one for the province, CRLF line ends, fields quoted only when they
 * hold a comma, a double quote, CR or LF (quotes doubled). Stateless.
 */
public final class ProgressCsv {

    /** The column names, in order; part of the CSV's contract. */
    public static final List<String> COLUMNS = List.of("month", "level", "code", "name", "target", "achieved",
            "completion", "completion_percent", "expected", "expected_percent", "expected_count", "gap", "status",
            "months_behind");

    private static final String CRLF = "\r\n";

    private ProgressCsv() {}

    /**
     * The report as CSV. {@code completion} and {@code expected} are exact ratios in the
     * canonical text of {@link org.jobassist.api.money.Ratio} ({@code 0.75}, {@code 7/9}); the
     * {@code _percent} columns are the same rounded half-up to one decimal, without a sign.
     * {@code level} is {@code city} or {@code province}.
     *
     * @param report the report
     * @return the CSV text
     */
    public static String render(ProgressReport report) {
        StringBuilder out = new StringBuilder();
        record(COLUMNS, out);
        for (CityProgress line : report.cities()) {
            record(fields(report, "city", line), out);
        }
        record(fields(report, "province", report.province()), out);
        return out.toString();
    }

    /** The column names of the campaign totals' CSV, in order; part of its contract. */
    public static final List<String> CAMPAIGN_COLUMNS = List.of("year", "as_of", "level", "code", "name", "period",
            "people_in_scope", "people_visited", "people_served", "services_delivered", "referrals",
            "referrals_accepted", "placements");

    /**
     * The Employment Assistance Month's totals as CSV: the header row, one row per city in
     * code order, then the province row, whose {@code period} is empty.
     *
     * @param totals the totals
     * @return the CSV text
     */
    public static String render(CampaignTotals totals) {
        StringBuilder out = new StringBuilder();
        record(CAMPAIGN_COLUMNS, out);
        for (CampaignTotals.Line line : totals.lines()) {
            record(fields(totals, "city", line.city(), line.period().toString(), line.indicators()), out);
        }
        record(fields(totals, "province", totals.province(), "", totals.total()), out);
        return out.toString();
    }

    private static List<String> fields(CampaignTotals totals, String level, DivisionCode division, String period,
                                       CampaignIndicators i) {
        return List.of(Integer.toString(totals.year()), totals.asOf().toString(), level, division.code(),
                CityNames.zh(division), period, Integer.toString(i.peopleInScope()),
                Integer.toString(i.peopleVisited()), Integer.toString(i.peopleServed()),
                Integer.toString(i.servicesDelivered()), Integer.toString(i.referrals()),
                Integer.toString(i.referralsAccepted()), Integer.toString(i.placements()));
    }

    private static List<String> fields(ProgressReport report, String level, CityProgress line) {
        return List.of(report.month().toString(), level, line.division().code(), CityNames.zh(line.division()),
                Integer.toString(line.target()), Integer.toString(line.achieved()), line.completion().toString(),
                Percents.number(line.completion()).toPlainString(), line.expected().toString(),
                Percents.number(line.expected()).toPlainString(), Integer.toString(line.expectedCount()),
                Integer.toString(line.gap()), line.status().name(), Integer.toString(line.monthsBehind()));
    }

    private static void record(List<String> fields, StringBuilder out) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    /**
     * One field, quoted when RFC 4180 requires it.
     *
     * @param value the value
     * @return the field as written
     * @throws NullPointerException if {@code value} is null
     */
    public static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
