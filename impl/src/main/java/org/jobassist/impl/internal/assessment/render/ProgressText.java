package org.jobassist.impl.internal.assessment.render;

import static org.jobassist.impl.internal.assessment.render.TextTable.Align.LEFT;
import static org.jobassist.impl.internal.assessment.render.TextTable.Align.RIGHT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.Share;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.match.CampaignIndicators;
import org.jobassist.api.service.match.CampaignTotals;
import org.jobassist.api.subsidy.LedgerTotal;

/** Progress reports and indicators as plain-text tables. Stateless. */
public final class ProgressText {

    private ProgressText() {}

    /**
     * The report as text: a title line with the month and the plan label, the table of the
     * cities and the province, the channel and subset shares, and the rejected outcomes.
     *
     * @param report the report
     * @return the text, lines ended by {@code \n}
     */
    public static String render(ProgressReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Progress ").append(report.month()).append(", plan ").append(report.planYear());
        if (!report.planLabel().isEmpty()) {
            out.append(" (").append(report.planLabel()).append(')');
        }
        out.append('\n');
        TextTable table = new TextTable(
                List.of("Code", "City", "Target", "Achieved", "Completion", "Expected", "Expected count", "Gap",
                        "Status", "Months behind"),
                List.of(LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, LEFT, RIGHT));
        for (CityProgress line : report.cities()) {
            table.row(cells(line));
        }
        table.separator().row(cells(report.province()));
        out.append(table.render());
        shares("Channel shares", report.channelShares(), out);
        shares("Subset shares", report.subsetShares(), out);
        out.append('\n').append("Rejected outcomes: ");
        if (report.rejectedByReason().isEmpty()) {
            out.append("none");
        } else {
            String sep = "";
            for (Map.Entry<String, Long> reason : report.rejectedByReason().entrySet()) {
                out.append(sep).append(reason.getKey()).append(' ').append(reason.getValue());
                sep = ", ";
            }
        }
        out.append('\n');
        report.indicators().ifPresent(i -> out.append('\n').append(render(i)));
        return out.toString();
    }

    private static List<String> cells(CityProgress line) {
        return List.of(line.division().code(), CityNames.zh(line.division()), Integer.toString(line.target()),
                Integer.toString(line.achieved()), Percents.display(line.completion()),
                Percents.display(line.expected()), Integer.toString(line.expectedCount()), signed(line.gap()),
                line.status().name(), Integer.toString(line.monthsBehind()));
    }

    private static void shares(String title, List<Share> shares, StringBuilder out) {
        if (shares.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        TextTable table = new TextTable(List.of("Share", "Count", "Of", "Denominator", "Percent"),
                List.of(LEFT, RIGHT, LEFT, RIGHT, RIGHT));
        for (Share share : shares) {
            table.row(List.of(share.name(), Long.toString(share.count()), share.denominatorName(),
                    Long.toString(share.denominator()), share.formatted()));
        }
        out.append(table.render());
    }

    /**
     * The indicators as text: the clearing table with its province line and the subsidy
     * table per kind and city followed by the province lines.
     *
     * @param indicators the indicators
     * @return the text, lines ended by {@code \n}
     */
    public static String render(Indicators indicators) {
        StringBuilder out = new StringBuilder();
        out.append("Zero-employment family clearing as of ").append(indicators.clearingAsOf()).append('\n');
        TextTable clearing = new TextTable(
                List.of("Code", "City", "Open", "Overdue", "Cleared on time", "Cleared late", "Total", "On time"),
                List.of(LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT));
        for (Indicators.Clearing line : indicators.clearingByCity()) {
            clearing.row(cells(line));
        }
        clearing.separator().row(cells(indicators.clearingProvince()));
        out.append(clearing.render());
        out.append("Identified after that date: ").append(indicators.notYetIdentified()).append('\n');
        out.append('\n').append("Subsidies paid ").append(indicators.subsidyPeriod()).append('\n');
        TextTable subsidies = new TextTable(
                List.of("Kind", "Code", "City", "Payees", "Persons", "Entries", "Amount"),
                List.of(LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT));
        for (LedgerTotal total : indicators.subsidiesByCity()) {
            subsidies.row(cells(total));
        }
        subsidies.separator();
        for (LedgerTotal total : indicators.subsidiesProvince()) {
            subsidies.row(cells(total));
        }
        out.append(subsidies.render());
        indicators.campaign().ifPresent(c -> out.append('\n').append(render(c)));
        return out.toString();
    }

    /**
     * The Employment Assistance Month's totals as text: a title line with the year and the
     * date, one row per city with its campaign dates and counts, and the province row.
     *
     * @param totals the totals
     * @return the text, lines ended by {@code \n}
     */
    public static String render(CampaignTotals totals) {
        StringBuilder out = new StringBuilder();
        out.append("Employment Assistance Month ").append(totals.year()).append(" as of ").append(totals.asOf())
                .append('\n');
        TextTable table = new TextTable(
                List.of("Code", "City", "Campaign", "In scope", "Visited", "Served", "Services", "Referrals",
                        "Accepted", "Placements"),
                List.of(LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT));
        for (CampaignTotals.Line line : totals.lines()) {
            table.row(cells(line.city(), line.period().toString(), line.indicators()));
        }
        table.separator().row(cells(totals.province(), "", totals.total()));
        out.append(table.render());
        return out.toString();
    }

    private static List<String> cells(DivisionCode division, String period, CampaignIndicators i) {
        return List.of(division.code(), CityNames.zh(division), period, Integer.toString(i.peopleInScope()),
                Integer.toString(i.peopleVisited()), Integer.toString(i.peopleServed()),
                Integer.toString(i.servicesDelivered()), Integer.toString(i.referrals()),
                Integer.toString(i.referralsAccepted()), Integer.toString(i.placements()));
    }

    private static List<String> cells(Indicators.Clearing line) {
        Optional<Ratio> onTime = line.onTimeRate();
        return List.of(line.city().code(), CityNames.zh(line.city()), Integer.toString(line.open()),
                Integer.toString(line.overdue()), Integer.toString(line.clearedOnTime()),
                Integer.toString(line.clearedLate()), Integer.toString(line.total()),
                onTime.map(Percents::display).orElse("-"));
    }

    private static List<String> cells(LedgerTotal total) {
        return List.of(total.kind().code(), total.city().code(), CityNames.zh(total.city()),
                Integer.toString(total.payees()), Integer.toString(total.persons()), Long.toString(total.entries()),
                total.amount().toString());
    }

    private static String signed(int gap) {
        return gap > 0 ? "+" + gap : Integer.toString(gap);
    }
}
