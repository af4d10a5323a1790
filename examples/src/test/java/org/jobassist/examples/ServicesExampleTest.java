package org.jobassist.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The campaign's lines, worked out by hand with the Liaoning weights (skills 40 × min(n, 3) / 3,
 * district 20, wage 25 or 25 × wage / expected rounded down, willingness 15 or 7 for flexible
 * work only) and the default commute limit of 30 km:
 * <ul>
 *   <li>P-01 (welding certified, forklift; Heping; 4,000): V-01 13+20+25+15 = 73; V-02
 *       13+0+⌊25 × 3,600 / 4,000⌋ = 22, +15 = 50; V-03 0+20+⌊25 × 2,400 / 4,000⌋ = 15, +15 = 50,
 *       after V-02 by id;</li>
 *   <li>P-02 (home care; needs accommodation; home county Heping; 3,000; eligible): V-04
 *       13+20+25+15 = 73; V-03 0+20+20+15 = 55; V-05 0+20+⌊25 × 2,000 / 3,000⌋ = 16, +15 = 51;</li>
 *   <li>P-03 (no skill; flexible work only; day shifts, 6 hours): V-03 0+20+25+7 = 52;</li>
 *   <li>P-05 (forklift; prefers Shenhe; 3,500; 10 km): V-02 13+20+25+15 = 73; V-03
 *       0+0+⌊25 × 2,400 / 3,500⌋ = 17, +15 = 32.</li>
 * </ul>
 * Campaign as of 2 February: street A has P-01 and P-02, both visited, 3 + 3 matches, referrals
 * F-01 (hired), F-02 (not hired), F-03 (pending); street B has P-03 (not at home), P-04
 * (employed: not to visit, not matched) and P-05, 1 + 2 matches, referrals F-04 (refused),
 * F-05 (hired only on 10 February: pending on the 2nd) and F-06 (no answer). Services
 * delivered in the campaign, R-05 (R-03 had no answer, R-06 was in
 * December); people served: P-01, P-02, P-03 (services) and P-05 (referrals); accepted: F-01,
 * F-02; placed: P-01.
 */
class ServicesExampleTest {

    private static final int[] WIDTHS = {6, 7, 8, 7, 9, 7, 5, 9, 7, 9};

    private static String output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertEquals(0, ServicesExample.run(out));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A table row: the label left in 9 columns, then each count right-aligned in its column. */
    private static String row(String label, int... counts) {
        StringBuilder sb = new StringBuilder(label);
        while (sb.length() < 9) {
            sb.append(' ');
        }
        for (int i = 0; i < counts.length; i++) {
            String c = Integer.toString(counts[i]);
            sb.append(" ").append(" ".repeat(WIDTHS[i] - c.length())).append(c);
        }
        return sb.toString();
    }

    private static void assertLine(String output, String line) {
        assertTrue(output.lines().anyMatch(l -> l.equals(line)), () -> "missing line <" + line + "> in\n" + output);
    }

    @Test
    void campaignDatesEventAndProposals() {
        String out = output();
        assertLine(out, "Employment Assistance Month 2021 in Shenyang: 2021-01-02/2021-02-02");
        assertLine(out, "event E-2021-AM ASSISTANCE_MONTH: 5 vacancies");
        assertLine(out, "P-01: V-01 73 (13+20+25+15, 0 m), V-02 50 (13+0+22+15, 5004 m), V-03 50 (0+20+15+15, 0 m)");
        assertLine(out, "P-02: V-04 73 (13+20+25+15, 1001 m), V-03 55 (0+20+20+15, 0 m), V-05 51 (0+20+16+15, 0 m)");
        assertLine(out, "P-03: V-03 52 (0+20+25+7, 0 m)");
        assertLine(out, "P-04: EMPLOYED, not matched");
        assertLine(out, "P-05: V-02 73 (13+20+25+15, 5004 m), V-03 32 (0+0+17+15, 0 m)");
    }

    @Test
    void everyVacancyNotProposedSaysWhy() {
        List<String> expected = List.of(
                "P-01",
                "  not V-04: match.skills-missing",
                "  not V-05: match.public-welfare-post-not-eligible",
                "  not V-06: match.too-far",
                "P-02",
                "  not V-01: match.skills-missing, match.certificate-missing, match.accommodation",
                "  not V-02: match.skills-missing, match.accommodation",
                "  not V-06: match.accommodation, match.too-far",
                "P-03",
                "  not V-01: match.skills-missing, match.certificate-missing, match.hours",
                "  not V-02: match.skills-missing, match.hours, match.night-shift",
                "  not V-04: match.skills-missing, match.hours",
                "  not V-05: match.public-welfare-post-not-eligible",
                "  not V-06: match.hours, match.too-far",
                "P-04",
                "P-05",
                "  not V-01: match.skills-missing, match.certificate-missing",
                "  not V-04: match.skills-missing",
                "  not V-05: match.public-welfare-post-not-eligible",
                "  not V-06: match.too-far");
        List<String> actual = output().lines().filter(l -> l.startsWith("P-0") || l.startsWith("  not "))
                .map(l -> l.startsWith("P-0") ? l.substring(0, 4) : l).toList();
        assertEquals(expected, actual);
    }

    @Test
    void planStatusOfP01AgainstTheStandard() {
        // Guidance R-04; referrals F-01 and F-02 (neither without answer); no training yet.
        String out = output();
        String plan = out.lines().filter(l -> l.startsWith("plan of P-01, 2021, as of 2021-02-02:")).findFirst()
                .orElseThrow(() -> new AssertionError(out));
        assertTrue(plan.contains(" CAREER_GUIDANCE 1/1"), plan);
        assertTrue(plan.contains(" JOB_REFERRAL 2/3"), plan);
        assertTrue(plan.contains(" TRAINING 0/1"), plan);
        assertTrue(plan.endsWith("; complete: no"), plan);
    }

    @Test
    void campaignViewTableAndIndicators() {
        String out = output();
        assertLine(out, "Employment Assistance Month 2021-01-02/2021-02-02, 210100, as of 2021-02-02");
        assertLine(out, "street    people visited to-visit matches referrals pending hired not-hired refused no-answer");
        assertLine(out, row("210102001", 2, 2, 0, 6, 3, 1, 1, 1, 0, 0));
        assertLine(out, row("210102002", 3, 0, 2, 3, 3, 1, 0, 0, 1, 1));
        assertLine(out, row("total", 5, 2, 2, 9, 6, 2, 1, 1, 1, 1));
        assertLine(out, "people in scope 5, visited 2, served 4; services delivered 4; referrals 6, accepted 2;"
                + " placements 1");
        assertLine(out, "to visit in 210102002: [P-03, P-05]");
    }
}
