package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.money.Ratio;
import org.jobassist.impl.internal.assessment.render.ProgressCsv;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The text, CSV and SVG renderings. Expected outputs are written by hand from the figures in
 * {@link AssessmentFixtures#small()}: percentages rounded half-up to one decimal (7/9 =
 * 77.78% → 77.8%, 400/1570 = 25.48% → 25.5%), Chinese names counted two columns wide.
 */
class AssessmentReportsTest {

    static final String SMALL_TEXT = String.join("",
            "Progress 2021-09, plan 2021 (illustrative split, not the official one)\n",
            "Code    City    Target  Achieved  Completion  Expected  Expected count   Gap  Status       Months behind\n",
            "--------------------------------------------------------------------------------------------------------\n",
            "210100  沈阳市     900       700       77.8%     75.0%             675   +25  ON_SCHEDULE              0\n",
            "210200  大连市     800       720       90.0%     75.0%             600  +120  AHEAD                    0\n",
            "210300  鞍山市     300       150       50.0%     75.0%             225   -75  BEHIND                   3\n",
            "--------------------------------------------------------------------------------------------------------\n",
            "210000  辽宁省    2000      1570       78.5%     75.0%            1500   +70  AHEAD                    0\n",
            "\n",
            "Channel shares\n",
            "Share                        Count  Of             Denominator  Percent\n",
            "-----------------------------------------------------------------------\n",
            "employer                       400  channel total         1570    25.5%\n",
            "flexible-or-self-employment   1000  channel total         1570    63.7%\n",
            "public-welfare-post            170  channel total         1570    10.8%\n",
            "\n",
            "Subset shares\n",
            "Share                           Count  Of             Denominator  Percent\n",
            "--------------------------------------------------------------------------\n",
            "zero-employment family members     60  channel total         1570     3.8%\n",
            "\n",
            "Rejected outcomes: outcome.duplicate-in-year 3, outcome.not-recognised 1\n");

    static final String SMALL_CSV = String.join("\r\n",
            "month,level,code,name,target,achieved,completion,completion_percent,expected,expected_percent,"
                    + "expected_count,gap,status,months_behind",
            "2021-09,city,210100,沈阳市,900,700,7/9,77.8,0.75,75.0,675,25,ON_SCHEDULE,0",
            "2021-09,city,210200,大连市,800,720,0.9,90.0,0.75,75.0,600,120,AHEAD,0",
            "2021-09,city,210300,鞍山市,300,150,0.5,50.0,0.75,75.0,225,-75,BEHIND,3",
            "2021-09,province,210000,辽宁省,2000,1570,0.785,78.5,0.75,75.0,1500,70,AHEAD,0",
            "");

    @Test
    void textTableOfASmallReport() {
        assertEquals(SMALL_TEXT, AssessmentReports.toText(AssessmentFixtures.small()));
    }

    @Test
    void textWithoutSharesOrRejections() {
        ProgressReport bare = ProgressReport.builder(AssessmentFixtures.SEPTEMBER)
                .city(AssessmentFixtures.line("211400", 40, 10, ProgressStatus.BEHIND, 1))
                .province(AssessmentFixtures.line("210000", 40, 10, ProgressStatus.BEHIND, 1)).build();
        // ⌈40 × 3/4⌉ = 30; 10 − 30 = −20; 葫芦岛市 is four characters, eight columns.
        assertEquals(String.join("",
                "Progress 2021-09, plan 2021\n",
                "Code    City      Target  Achieved  Completion  Expected  Expected count  Gap  Status  Months behind\n",
                "----------------------------------------------------------------------------------------------------\n",
                "211400  葫芦岛市      40        10       25.0%     75.0%              30  -20  BEHIND              1\n",
                "----------------------------------------------------------------------------------------------------\n",
                "210000  辽宁省        40        10       25.0%     75.0%              30  -20  BEHIND              1\n",
                "\n",
                "Rejected outcomes: none\n"), AssessmentReports.toText(bare));
    }

    @Test
    void csvOfASmallReport() {
        assertEquals(SMALL_CSV, AssessmentReports.toCsv(AssessmentFixtures.small()));
    }

    @Test
    void csvParsesBackToTheSameNumbers() {
        ProgressReport report = AssessmentFixtures.small();
        List<List<String>> rows = parseCsv(AssessmentReports.toCsv(report));
        assertEquals(5, rows.size());
        List<String> header = rows.get(0);
        List<CityProgress> lines = new ArrayList<>(report.cities());
        lines.add(report.province());
        for (int i = 0; i < lines.size(); i++) {
            List<String> row = rows.get(i + 1);
            CityProgress line = lines.get(i);
            assertEquals(line.division().code(), row.get(header.indexOf("code")));
            assertEquals(line.target(), Integer.parseInt(row.get(header.indexOf("target"))));
            assertEquals(line.achieved(), Integer.parseInt(row.get(header.indexOf("achieved"))));
            assertEquals(line.completion(), Ratio.parse(row.get(header.indexOf("completion"))));
            assertEquals(line.expected(), Ratio.parse(row.get(header.indexOf("expected"))));
            assertEquals(line.expectedCount(), Integer.parseInt(row.get(header.indexOf("expected_count"))));
            assertEquals(line.gap(), Integer.parseInt(row.get(header.indexOf("gap"))));
            assertEquals(line.status(), ProgressStatus.valueOf(row.get(header.indexOf("status"))));
            assertEquals(line.monthsBehind(), Integer.parseInt(row.get(header.indexOf("months_behind"))));
        }
        assertEquals("province", rows.get(4).get(header.indexOf("level")));
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() {
        // A host's own table may name a division "A, "B"": RFC 4180 quotes it and doubles the quotes.
        assertEquals("\"A, \"\"B\"\"\"", ProgressCsv.field("A, \"B\""));
        assertEquals(List.of(List.of("x", "A, \"B\"", "y\r\nz")), parseCsv("x,\"A, \"\"B\"\"\",\"y\r\nz\"\r\n"));
    }

    static Document parseSvg(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Integer> achieved() {
        // Shenyang 80%, Dalian 100%, Anshan 60% (behind), the rest 75% (on schedule).
        List<Integer> achieved = new ArrayList<>(Collections.nCopies(14, 75));
        achieved.set(0, 80);
        achieved.set(1, 100);
        achieved.set(2, 60);
        return achieved;
    }

    @Test
    void svgParsesAsXmlWithFourteenBars() throws Exception {
        String svg = AssessmentReports.toSvg(AssessmentFixtures.fourteen(achieved()));
        Document doc = parseSvg(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("1.1", root.getAttribute("version"));
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        List<Element> bars = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("bar")) {
                bars.add(rect);
            }
        }
        assertEquals(14, bars.size());
        // Scale 0–100% over 300 px from y = 370: 80% is 240 px high; slot 0 starts at x = 80, bar 10 px in.
        Element shenyang = bars.get(0);
        assertEquals("bar-210100", shenyang.getAttribute("id"));
        assertEquals(List.of("90", "130", "30", "240", "#2e7d32"), List.of(shenyang.getAttribute("x"),
                shenyang.getAttribute("y"), shenyang.getAttribute("width"), shenyang.getAttribute("height"),
                shenyang.getAttribute("fill")));
        // Anshan, slot 2: 60% → 180 px, behind → red.
        Element anshan = bars.get(2);
        assertEquals(List.of("bar-210300", "190", "190", "180", "#c62828"), List.of(anshan.getAttribute("id"),
                anshan.getAttribute("x"), anshan.getAttribute("y"), anshan.getAttribute("height"),
                anshan.getAttribute("fill")));
        // Huludao, slot 13: x = 80 + 650 + 10; 75% → 225 px, on schedule → blue.
        Element huludao = bars.get(13);
        assertEquals(List.of("bar-211400", "740", "145", "#1565c0"), List.of(huludao.getAttribute("id"),
                huludao.getAttribute("x"), huludao.getAttribute("y"), huludao.getAttribute("fill")));
        // The expected line at 75%: y = 370 − 225 = 145, across every slot.
        Element expected = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").item(0);
        assertTrue(expected.getAttribute("points").startsWith("80,145 130,145 180,145 230,145 "),
                expected.getAttribute("points"));
        assertTrue(expected.getAttribute("points").endsWith(" 730,145 780,145"), expected.getAttribute("points"));
        String title = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
        assertEquals("Completion by city, 2021-09 (时序进度)", title);
        assertTrue(svg.contains(">Plan 2021: illustrative split, not the official one</text>"));
        assertTrue(svg.contains(">葫芦岛市</text>"));
        assertTrue(svg.contains(">80.0%</text>"));
        assertTrue(svg.contains(">100%</text>"), "the top of the scale");
        assertFalse(svg.contains("href"), "no external resource");
        assertFalse(svg.contains("<!DOCTYPE"));
        assertFalse(svg.contains("<image"));
        assertFalse(svg.contains("<style"));
    }

    @Test
    void svgScaleGrowsAboveOneHundredPercent() throws Exception {
        List<Integer> achieved = achieved();
        achieved.set(1, 130);
        String svg = AssessmentReports.toSvg(AssessmentFixtures.fourteen(achieved));
        parseSvg(svg);
        // Top 150% (the next 25% step above 130%): 130% → 300 × 1300 / 1500 = 260 px.
        assertTrue(svg.contains("id=\"bar-210200\" x=\"140\" y=\"110\" width=\"30\" height=\"260\""), svg);
        // 80% → 300 × 800 / 1500 = 160 px.
        assertTrue(svg.contains("id=\"bar-210100\" x=\"90\" y=\"210\" width=\"30\" height=\"160\""), svg);
        assertTrue(svg.contains(">150%</text>"));
        assertTrue(svg.contains(">125%</text>"));
        // The 75% line: 300 × 750 / 1500 = 150 px, y = 220.
        assertTrue(svg.contains("points=\"80,220 130,220 180,220 "));
    }

    @Test
    void svgRoundsThirdsHalfUpOnce() {
        List<Integer> achieved = achieved();
        ProgressReport thirds = ProgressReport.builder(AssessmentFixtures.SEPTEMBER).planLabel("a < b & c")
                .city(AssessmentFixtures.line("210100", 300, 100, ProgressStatus.BEHIND, 2))
                .city(AssessmentFixtures.line("210200", 300, 200, ProgressStatus.BEHIND, 1))
                .province(AssessmentFixtures.fourteen(achieved).province()).build();
        String svg = AssessmentReports.toSvg(thirds);
        // 1/3 = 33.3% → 333 tenths → 300 × 333 / 1000 = 99.9 → 100 px; 2/3 → 667 → 200.1 → 200 px.
        assertTrue(svg.contains("id=\"bar-210100\" x=\"90\" y=\"270\" width=\"30\" height=\"100\""), svg);
        assertTrue(svg.contains("id=\"bar-210200\" x=\"140\" y=\"170\" width=\"30\" height=\"200\""), svg);
        assertTrue(svg.contains("Plan 2021: a &lt; b &amp; c"));
        // Cities on different curves would get a step: here both expect 75%, one flat line.
        assertTrue(svg.contains("points=\"80,145 130,145 180,145\""), svg);
    }

    @Test
    void svgExpectedLineStepsWhereCitiesExpectDifferentShares() {
        CityProgress half = new CityProgress(org.jobassist.api.region.DivisionCode.of("210200"), 100, 40,
                Ratio.of(2, 5), Ratio.of(1, 2), 50, -10, ProgressStatus.BEHIND, 1);
        ProgressReport report = ProgressReport.builder(AssessmentFixtures.SEPTEMBER).planLabel("two curves")
                .city(AssessmentFixtures.line("210100", 100, 80, ProgressStatus.AHEAD, 0)).city(half)
                .province(AssessmentFixtures.line("210000", 200, 120, ProgressStatus.BEHIND, 1)).build();
        // 75% → y = 370 − 225 = 145 over slot 0; 50% → y = 370 − 150 = 220 over slot 1.
        assertTrue(AssessmentReports.toSvg(report).contains("points=\"80,145 130,145 130,220 180,220\""));
    }

    @Test
    void outputsAreDeterministic() {
        ProgressReport report = AssessmentFixtures.fourteen(achieved());
        assertEquals(AssessmentReports.toSvg(report), AssessmentReports.toSvg(AssessmentFixtures.fourteen(achieved())));
        assertEquals(AssessmentReports.toText(report), AssessmentReports.toText(report));
    }

    @Test
    void nullReportsAreRefused() {
        assertThrows(NullPointerException.class, () -> AssessmentReports.toText((ProgressReport) null));
        assertThrows(NullPointerException.class, () -> AssessmentReports.toCsv(null));
        assertThrows(NullPointerException.class, () -> AssessmentReports.toSvg(null));
    }

    @Test
    void indicatorsAsText() {
        var indicators = AssessmentIndicators.of(PolicyPacks.liaoning(), AssessmentIndicatorsTest.cases(),
                AssessmentIndicatorsTest.ledger(), AssessmentIndicatorsTest.AS_OF, AssessmentIndicatorsTest.TO_SEPTEMBER);
        List<String> lines = AssessmentReports.toText(indicators).lines().toList();
        assertEquals("Zero-employment family clearing as of 2021-09-30", lines.get(0));
        assertEquals("Code    City      Open  Overdue  Cleared on time  Cleared late  Total  On time", lines.get(1));
        assertEquals("210100  沈阳市       1        1                1             0      3   100.0%", lines.get(3));
        assertEquals("210200  大连市       1        0                0             1      2     0.0%", lines.get(4));
        assertEquals("210300  鞍山市       0        0                0             0      0        -", lines.get(5));
        assertEquals("210000  辽宁省       2        1                1             1      5    50.0%", lines.get(18));
        assertEquals("Identified after that date: 1", lines.get(19));
        assertEquals("Subsidies paid 2021-01-01/2021-09-30", lines.get(21));
        assertEquals("public-welfare-post  210100  沈阳市       1        1        2  3620.00", lines.get(24));
        assertEquals("work-for-training    210000  辽宁省       2        2        2  1000.00", lines.get(29));
    }

    /** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0, "the last record ends with CRLF");
        return rows;
    }
}
