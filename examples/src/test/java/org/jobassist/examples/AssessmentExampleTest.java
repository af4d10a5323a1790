package org.jobassist.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.impl.InMemoryStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The expected lines are worked out by hand. With a linear plan, September expects 9/12 of a
 * target: ⌈12 × 3/4⌉ = 9 of a city's 12, ⌈168 × 3/4⌉ = 126 of the province's 168, and a count
 * of m by the end of month m; a city is behind in a month when it has fewer than that.
 */
class AssessmentExampleTest {

    @TempDir
    Path tmp;

    private static void assertLine(String output, String line) {
        assertTrue(output.lines().anyMatch(l -> l.equals(line)), () -> "missing line <" + line + "> in\n" + output);
    }

    private static String capture(IoAction action) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            action.run(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private interface IoAction {
        void run(PrintStream out) throws IOException;
    }

    /**
     * The small set: Shenyang one outcome a month and a second in September (10); Dalian 9 in
     * March; Anshan 4 in January, zero-employment family members; Fushun 8 in September, on
     * public welfare posts; the other ten cities 9 each in September. Rejected: a Shenyang
     * person counted again in October, an unrecognised person in Benxi. Dandong has one more,
     * in October, after the month assessed.
     */
    private static List<EmploymentOutcome> smallSet(RecognitionStore recognitions) {
        List<EmploymentOutcome> outcomes = new ArrayList<>();
        List<Division> cities = Divisions.builtIn().cities();
        for (int m = 1; m <= 9; m++) {
            outcomes.add(recognised(recognitions, "S-" + m, "210100", LocalDate.of(2021, m, 5), Channel.EMPLOYER,
                    AssessmentExample.LOW_INCOME));
        }
        outcomes.add(recognised(recognitions, "S-10", "210100", LocalDate.of(2021, 9, 20), Channel.EMPLOYER,
                AssessmentExample.LOW_INCOME));
        for (int i = 1; i <= 9; i++) {
            outcomes.add(recognised(recognitions, "D-" + i, "210200", LocalDate.of(2021, 3, i),
                    Channel.FLEXIBLE_OR_SELF_EMPLOYMENT, AssessmentExample.LOW_INCOME));
        }
        for (int i = 1; i <= 4; i++) {
            outcomes.add(recognised(recognitions, "A-" + i, "210300", LocalDate.of(2021, 1, 10 + i), Channel.EMPLOYER,
                    AssessmentExample.ZERO_EMPLOYMENT));
        }
        for (int i = 1; i <= 8; i++) {
            outcomes.add(recognised(recognitions, "F-" + i, "210400", LocalDate.of(2021, 9, i),
                    Channel.PUBLIC_WELFARE_POST, AssessmentExample.LOW_INCOME));
        }
        for (Division city : cities.subList(4, 14)) {
            for (int i = 1; i <= 9; i++) {
                outcomes.add(recognised(recognitions, city.code() + "-" + i, city.code().code(),
                        LocalDate.of(2021, 9, 10 + i), Channel.EMPLOYER, AssessmentExample.LOW_INCOME));
            }
        }
        outcomes.add(AssessmentExample.outcome("O-S-1-again", PersonId.of("S-1"), DivisionCode.of("210100"),
                LocalDate.of(2021, 10, 3), Channel.EMPLOYER, AssessmentExample.LOW_INCOME));
        outcomes.add(AssessmentExample.outcome("O-U-1", PersonId.of("U-1"), DivisionCode.of("210500"),
                LocalDate.of(2021, 9, 10), Channel.EMPLOYER));
        outcomes.add(recognised(recognitions, "DD-10", "210600", LocalDate.of(2021, 10, 8), Channel.EMPLOYER,
                AssessmentExample.LOW_INCOME));
        return outcomes;
    }

    private static EmploymentOutcome recognised(RecognitionStore recognitions, String person, String city,
                                                LocalDate date, Channel channel, String category) {
        AssessmentExample.recognise(recognitions, PersonId.of(person), category);
        return AssessmentExample.outcome("O-" + person, PersonId.of(person), DivisionCode.of(city), date, channel,
                category);
    }

    private String runSmall(Path svg) throws IOException {
        Map<DivisionCode, Integer> twelve = new LinkedHashMap<>();
        for (Division city : Divisions.builtIn().cities()) {
            twelve.put(city.code(), 12);
        }
        RecognitionStore recognitions = InMemoryStores.recognitions();
        List<EmploymentOutcome> outcomes = smallSet(recognitions);
        return capture(out -> AssessmentExample.assess(AssessmentExample.plan(twelve, 168), outcomes, recognitions,
                AssessmentExample.MONTH, out, svg));
    }

    @Test
    void smallSetCountsEveryOutcome() throws IOException {
        String output = runSmall(tmp.resolve("small.svg"));
        // 10 + 9 + 4 + 8 + 10 × 9 = 121 by September, and Dandong's October outcome.
        assertLine(output, "Outcomes recorded: 122 accepted, 0 already recorded, 2 rejected");
        assertLine(output, "Rejected outcomes: outcome.duplicate-in-year 1, outcome.not-recognised 1");
    }

    @Test
    void smallSetRemindsTheTwoCitiesBehind() throws IOException {
        String output = runSmall(tmp.resolve("small.svg"));
        // Anshan: 4 since January, behind from May (4 < 5): May to September, 5 months.
        assertLine(output, "  ESCALATED reminder to 鞍山市 (210300), 2021-09: BEHIND, gap -5, 5 consecutive months behind");
        // Fushun: nothing until September's 8 < 9: behind all 9 months.
        assertLine(output, "  ESCALATED reminder to 抚顺市 (210400), 2021-09: BEHIND, gap -1, 9 consecutive months behind");
        assertLine(output, "  (2 sent)");
    }

    @Test
    void smallSetTable() throws IOException {
        String output = runSmall(tmp.resolve("small.svg"));
        assertLine(output, "Progress 2021-09, plan 2021 (illustrative split, not the official one)");
        assertLine(output, "Code    City      Target  Achieved  Completion  Expected  Expected count  Gap  Status       Months behind");
        // 10/12 = 83.3%, one above the 9 expected.
        assertLine(output, "210100  沈阳市        12        10       83.3%     75.0%               9   +1  AHEAD                    0");
        // Behind in January and February, then 9 from March: on schedule in September.
        assertLine(output, "210200  大连市        12         9       75.0%     75.0%               9    0  ON_SCHEDULE              0");
        assertLine(output, "210300  鞍山市        12         4       33.3%     75.0%               9   -5  BEHIND                   5");
        assertLine(output, "210400  抚顺市        12         8       66.7%     75.0%               9   -1  BEHIND                   9");
        assertLine(output, "211400  葫芦岛市      12         9       75.0%     75.0%               9    0  ON_SCHEDULE              0");
        // 121/168 = 72.02%; behind 126 in September and behind 14m in every earlier month.
        assertLine(output, "210000  辽宁省       168       121       72.0%     75.0%             126   -5  BEHIND                   9");
    }

    @Test
    void smallSetChannelAndSubsetShares() throws IOException {
        String output = runSmall(tmp.resolve("small.svg"));
        // Employer 10 + 4 + 90 = 104, flexible 9 (Dalian), posts 8 (Fushun), of 121.
        assertTrue(output.contains("   104  channel total          121    86.0%"), output);
        assertTrue(output.contains("     9  channel total          121     7.4%"), output);
        assertTrue(output.contains("     8  channel total          121     6.6%"), output);
        // Anshan's 4 zero-employment family members: 4/121 = 3.3%; no poverty-alleviated worker.
        assertTrue(output.contains("zero-employment family members      4  channel total          121     3.3%"), output);
        assertTrue(output.contains("poverty-alleviated workers          0  channel total          121     0.0%"), output);
    }

    @Test
    void newsItemShares() throws IOException {
        String output = capture(AssessmentExample::printNewsItemShares);
        // DOMAIN.md §0 and the contract: 20.1% / 70.3% / 9.6%, and 2,296 → 3.8%, of 60,055.
        assertLine(output, "News item of 9 November 2021, shares of the channel total 60055:");
        assertLine(output, "  单位就业 12085 = 20.1%");
        assertLine(output, "  灵活就业和自主创业 42217 = 70.3%");
        assertLine(output, "  公益性岗位安置 5753 = 9.6%");
        assertLine(output, "  零就业家庭成员 2296 = 3.8%");
        // 3,236 / 60,055 = 5.39%.
        assertLine(output, "  脱贫劳动力 3236 = 5.4%");
    }

    @Test
    void smallSetChartHasFourteenBars() throws Exception {
        Path svg = tmp.resolve("charts").resolve("small.svg");
        String output = runSmall(svg);
        assertLine(output, "Chart written to " + svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        int bars = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").equals("bar")) {
                bars++;
                if (rect.getAttribute("id").equals("bar-210300")) {
                    // 4/12 = 33.3% → 333 tenths of 1000 → 100 px of 300, behind → red.
                    assertEquals("100", rect.getAttribute("height"));
                    assertEquals("#c62828", rect.getAttribute("fill"));
                }
            }
        }
        assertEquals(14, bars);
    }

    @Test
    void fullRunWithTheIllustrativeSplit() throws IOException {
        Path svg = tmp.resolve("assessment-2021-09.svg");
        String output = capture(out -> assertEquals(0, AssessmentExample.run(out, svg)));
        assertTrue(Files.size(svg) > 0);
        // 1.1 × 58,520... : twelve cities at 110% of their targets, Fuxin 1,936 and Chaoyang 2,766 by December.
        assertLine(output, "Outcomes recorded: 63222 accepted, 0 already recorded, 3 rejected");
        assertLine(output, "City targets: illustrative split, not the official one; outcomes generated for the example.");
        // Fuxin, 2,800: ⌊2800 × 55/120⌋ = 1283 by May, + ⌊2800 × 16/120⌋ = 373 → 1656 of 2100 expected.
        assertLine(output, "210900  阜新市      2800      1656       59.1%     75.0%            2100   -444  BEHIND              4");
        // Chaoyang, 4,000: 1833 + 533 = 2366; 59.15% rounds half-up to 59.2%.
        assertLine(output, "211300  朝阳市      4000      2366       59.2%     75.0%            3000   -634  BEHIND              4");
        assertLine(output, "210100  沈阳市     10000      8250       82.5%     75.0%            7500   +750  AHEAD               0");
        assertLine(output, "210000  辽宁省     60000     47912       79.9%     75.0%           45000  +2912  AHEAD               0");
        // Behind from June (Fuxin 1376 < 1400, Chaoyang 1966 < 2000): four months, escalated after three.
        assertLine(output, "  ESCALATED reminder to 阜新市 (210900), 2021-09: BEHIND, gap -444, 4 consecutive months behind");
        assertLine(output, "  ESCALATED reminder to 朝阳市 (211300), 2021-09: BEHIND, gap -634, 4 consecutive months behind");
        assertLine(output, "Rejected outcomes: outcome.duplicate-in-year 1, outcome.not-recognised 2");
    }
}
