package org.jobassist.impl;

import java.util.Objects;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.service.match.CampaignTotals;
import org.jobassist.impl.internal.assessment.render.ProgressCsv;
import org.jobassist.impl.internal.assessment.render.ProgressSvg;
import org.jobassist.impl.internal.assessment.render.ProgressText;

/**
 * Renderings of the monthly progress report (月度进度通报) for people and for other programs:
 * an aligned plain-text table, RFC 4180 CSV and a standalone SVG bar chart. For JSON, register
 * {@link org.jobassist.impl.jackson.JobAssistModule}.
 *
 * <p>Percentages shown are the exact ratios rounded half-up to one decimal, once, for display;
 * machine-read forms (CSV, JSON) carry the exact ratios too. City names are the Chinese names
 * of the built-in division table, next to the six-digit codes. The outputs are deterministic:
 * the same report gives the same text.
 *
 * <p>Stateless and thread-safe.
 */
public final class AssessmentReports {

    private AssessmentReports() {}

    /**
     * The report as a plain-text table for a fixed-width font, Chinese characters counted as
     * two columns: a title line with the month and the plan label; one line per city with
     * code, name, target, achieved, completion %, expected % (时序进度), expected count, gap
     * (signed), status and consecutive months behind; the province line below a rule; then the
     * channel shares, the subset shares and the rejected outcomes by reason; then, when the
     * report carries indicators, {@link #toText(Indicators)}.
     *
     * @param report the report
     * @return the text, lines ended by {@code \n}
     * @throws NullPointerException if {@code report} is null
     */
    public static String toText(ProgressReport report) {
        return ProgressText.render(Objects.requireNonNull(report, "report"));
    }

    /**
     * The indicators as plain text: zero-employment clearing per city (open, overdue, cleared
     * on time, cleared late, total, on-time rate) with the province line, then the subsidies
     * per kind and city with the province lines; then, when attached, the Employment
     * Assistance Month's totals as {@link #toText(CampaignTotals)}.
     *
     * @param indicators the indicators
     * @return the text, lines ended by {@code \n}
     * @throws NullPointerException if {@code indicators} is null
     */
    public static String toText(Indicators indicators) {
        return ProgressText.render(Objects.requireNonNull(indicators, "indicators"));
    }

    /**
     * The Employment Assistance Month's totals (就业援助月成效) as plain text: a title line with
     * the year and the date, then per city its code, name, campaign dates, people in scope,
     * visited and served, services delivered, referrals, referrals accepted and placements,
     * and the province line (the sum of the cities) below a rule.
     *
     * @param totals the totals
     * @return the text, lines ended by {@code \n}
     * @throws NullPointerException if {@code totals} is null
     */
    public static String toText(CampaignTotals totals) {
        return ProgressText.render(Objects.requireNonNull(totals, "totals"));
    }

    /**
     * The Employment Assistance Month's totals as CSV (RFC 4180, as
     * {@link #toCsv(ProgressReport)}): a header row, one row per city in code order, then the
     * province row. The columns, whose names are stable: {@code year, as_of, level, code, name,
     * period, people_in_scope, people_visited, people_served, services_delivered, referrals,
     * referrals_accepted, placements}. {@code level} is {@code city} or {@code province};
     * {@code period} is the city's campaign dates ({@code 2021-01-02/2021-02-02}), empty on
     * the province row. The report's own CSV keeps its columns; a report's campaign totals are
     * written with this method, from {@code report.indicators().flatMap(Indicators::campaign)}
     * (named apart from {@code toCsv} so that existing calls stay unambiguous).
     *
     * @param totals the totals
     * @return the CSV text
     * @throws NullPointerException if {@code totals} is null
     */
    public static String toCampaignCsv(CampaignTotals totals) {
        return ProgressCsv.render(Objects.requireNonNull(totals, "totals"));
    }

    /**
     * The report as CSV (RFC 4180: CRLF line ends, quoting only where needed): a header row,
     * one row per city in report order, then the province row. The columns, whose names are
     * stable: {@code month, level, code, name, target, achieved, completion,
     * completion_percent, expected, expected_percent, expected_count, gap, status,
     * months_behind}. {@code level} is {@code city} or {@code province}; {@code completion}
     * and {@code expected} are exact ratios ({@code 0.75}, {@code 7/9}) that
     * {@link org.jobassist.api.money.Ratio#parse} reads back; the {@code _percent} columns are
     * them in percent, one decimal, half-up, without a sign.
     *
     * @param report the report
     * @return the CSV text
     * @throws NullPointerException if {@code report} is null
     */
    public static String toCsv(ProgressReport report) {
        return ProgressCsv.render(Objects.requireNonNull(report, "report"));
    }

    /**
     * The report as a standalone SVG 1.1 document: a bar per city (completion, coloured by
     * status: green ahead, blue on schedule, red behind), a dashed line at the expected
     * completion for the month, a percentage scale, Chinese city names with codes, a legend,
     * and a title with the month and the plan label. It references no external resource and
     * is byte-for-byte deterministic; coordinates are whole pixels computed with integer
     * arithmetic. Each bar is a {@code rect} of class {@code bar} with id
     * {@code bar-<code>}.
     *
     * @param report the report
     * @return the SVG text, to be written as UTF-8
     * @throws NullPointerException if {@code report} is null
     */
    public static String toSvg(ProgressReport report) {
        return ProgressSvg.render(Objects.requireNonNull(report, "report"));
    }
}
