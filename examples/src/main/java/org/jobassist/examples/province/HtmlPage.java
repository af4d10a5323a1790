package org.jobassist.examples.province;

import java.util.List;

import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.crosscheck.DiscrepancyKind;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.subsidy.LedgerTotal;

/**
 * The year's report as one self-contained HTML page: the December progress table of the 14
 * cities and the province, the chart inlined as SVG, the month lines, the indicators, the
 * reminders and the cross-check. It loads nothing (no script, style sheet, font or image from
 * elsewhere) and every text it inserts is escaped.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlPage {

    private HtmlPage() {}

    /**
     * The page.
     *
     * @param year the year
     * @param svg the chart, a standalone SVG document (its XML declaration is dropped)
     * @return the HTML text
     */
    public static String render(YearResult year, String svg) {
        ProgressReport report = year.december();
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape("Province run " + report.month())).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:1200px}"
                        + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:2px 8px}"
                        + "td.n{text-align:right}tr.province td{font-weight:bold;border-top:2px solid #333}"
                        + ".BEHIND{color:#c62828}.AHEAD{color:#2e7d32}</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape("辽宁省 2021 — province run, progress " + report.month())).append("</h1>\n");
        h.append("<p>").append(escape(year.population())).append("<br>")
                .append(escape("Plan: " + report.planLabel())).append("</p>\n");
        h.append("<h2>Progress of the 14 cities</h2>\n<div id=\"chart\">\n").append(inline(svg)).append("</div>\n");
        progressTable(h, report);
        monthsTable(h, year.months());
        report.indicators().ifPresent(i -> indicators(h, i));
        h.append("<h2>Reminders, ").append(escape(report.month().toString())).append("</h2>\n<ul id=\"reminders\">\n");
        for (Reminder r : year.reminders()) {
            h.append("<li>").append(escape((r.escalated() ? "ESCALATED " : "") + name(r.city()) + " (" + r.city()
                    + "): " + r.status() + ", gap " + r.gap() + ", " + r.monthsBehind()
                    + " consecutive months behind")).append("</li>\n");
        }
        h.append("</ul>\n<h2>Cross-check at the year end</h2>\n<table id=\"cross-check\">\n"
                + "<tr><th>Discrepancy</th><th>Count</th></tr>\n");
        for (DiscrepancyKind k : DiscrepancyKind.values()) {
            h.append("<tr><td>").append(escape(k.code())).append("</td><td class=\"n\">")
                    .append(year.crossCheck().count(k)).append("</td></tr>\n");
        }
        h.append("</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void progressTable(StringBuilder h, ProgressReport report) {
        h.append("<table id=\"progress\">\n<tr><th>Code</th><th>City</th><th>Target</th><th>Achieved</th>"
                + "<th>Completion</th><th>Expected</th><th>Expected count</th><th>Gap</th><th>Status</th>"
                + "<th>Months behind</th></tr>\n");
        for (CityProgress c : report.cities()) {
            row(h, c, "city");
        }
        row(h, report.province(), "province");
        h.append("</table>\n");
    }

    private static void row(StringBuilder h, CityProgress c, String kind) {
        h.append("<tr class=\"").append(kind).append("\"><td>").append(escape(c.division().code())).append("</td><td>")
                .append(escape(name(c.division()))).append("</td><td class=\"n\">").append(c.target())
                .append("</td><td class=\"n\">").append(c.achieved()).append("</td><td class=\"n\">")
                .append(Percent.of(c.completion())).append("%</td><td class=\"n\">").append(Percent.of(c.expected()))
                .append("%</td><td class=\"n\">").append(c.expectedCount()).append("</td><td class=\"n\">")
                .append(c.gap() > 0 ? "+" : "").append(c.gap()).append("</td><td class=\"")
                .append(c.status()).append("\">").append(c.status()).append("</td><td class=\"n\">")
                .append(c.monthsBehind()).append("</td></tr>\n");
    }

    private static void monthsTable(StringBuilder h, List<MonthLine> months) {
        h.append("<h2>Month by month</h2>\n<table id=\"months\">\n<tr><th>Month</th><th>Recognised</th><th>New</th>"
                + "<th>Ended</th><th>Outcomes</th><th>Refused</th><th>Achieved</th><th>Zero-employment open</th>"
                + "<th>Cleared</th><th>Subsidy entries</th><th>Subsidies</th><th>Completion</th><th>Expected</th>"
                + "<th>Behind</th><th>Reminders</th><th>Discrepancies</th></tr>\n");
        for (MonthLine m : months) {
            h.append("<tr><td>").append(m.month()).append("</td>");
            for (Object v : List.of(m.recognised(), m.newlyRecognised(), m.exited(), m.outcomesAccepted(),
                    m.outcomesRejected(), m.achieved(), m.zeroEmploymentOpen(), m.zeroEmploymentCleared(),
                    m.subsidyEntries())) {
                h.append("<td class=\"n\">").append(v).append("</td>");
            }
            h.append("<td class=\"n\">").append(escape(m.subsidyAmount().format())).append("</td><td class=\"n\">")
                    .append(Percent.of(m.completion())).append("%</td><td class=\"n\">").append(Percent.of(m.expected()))
                    .append("%</td><td class=\"n\">").append(m.citiesBehind()).append("</td><td class=\"n\">")
                    .append(m.reminders()).append("</td><td class=\"n\">").append(m.discrepancies()).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void indicators(StringBuilder h, Indicators i) {
        h.append("<h2>Zero-employment families, cleared by ").append(escape(i.clearingAsOf().toString()))
                .append("</h2>\n<table id=\"zero-employment\">\n<tr><th>Code</th><th>City</th><th>Open</th>"
                        + "<th>Overdue</th><th>Cleared on time</th><th>Cleared late</th></tr>\n");
        for (Indicators.Clearing c : i.clearingByCity()) {
            clearing(h, c, "city");
        }
        clearing(h, i.clearingProvince(), "province");
        h.append("</table>\n<h2>Subsidies paid, ").append(escape(i.subsidyPeriod().toString()))
                .append("</h2>\n<table id=\"subsidies\">\n<tr><th>Kind</th><th>Payees</th><th>Persons</th>"
                        + "<th>Entries</th><th>Amount</th></tr>\n");
        for (LedgerTotal t : i.subsidiesProvince()) {
            h.append("<tr><td>").append(escape(t.kind().code())).append("</td><td class=\"n\">").append(t.payees())
                    .append("</td><td class=\"n\">").append(t.persons()).append("</td><td class=\"n\">")
                    .append(t.entries()).append("</td><td class=\"n\">").append(escape(t.amount().format()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void clearing(StringBuilder h, Indicators.Clearing c, String kind) {
        h.append("<tr class=\"").append(kind).append("\"><td>").append(escape(c.city().code())).append("</td><td>")
                .append(escape(name(c.city()))).append("</td><td class=\"n\">").append(c.open())
                .append("</td><td class=\"n\">").append(c.overdue()).append("</td><td class=\"n\">")
                .append(c.clearedOnTime()).append("</td><td class=\"n\">").append(c.clearedLate())
                .append("</td></tr>\n");
    }

    private static String name(DivisionCode code) {
        return Divisions.builtIn().find(code).map(d -> d.nameZh()).orElse(code.code());
    }

    /** The SVG document without its XML declaration, which HTML does not allow inside a page. */
    static String inline(String svg) {
        String s = svg.strip();
        if (s.startsWith("<?xml")) {
            s = s.substring(s.indexOf("?>") + 2).strip();
        }
        return s + "\n";
    }

    /**
     * Text escaped for HTML content and attribute values.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
