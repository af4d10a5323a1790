package org.jobassist.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The expected lines are worked out by hand from DOMAIN.md §3 and the figures in
 * {@link SubsidyExample}: the employer pays 800 + 300 + 35 yuan a month for the man; the post
 * pays 400 + 150 + 17.50; 辽中区's minimum wage is 1,540 before and 1,640 from 2021-11-01.
 */
class SubsidyExampleTest {

    private static String output;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertEquals(0, SubsidyExample.run(out));
        }
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertLine(String line) {
        assertTrue(output.lines().anyMatch(l -> l.equals(line)), () -> "missing line <" + line + "> in\n" + output);
    }

    @Test
    void theParametersViewShowsTheCountysMinimumWage() {
        assertLine("  minimum-wage.monthly = ¥1,640.00 (set by 210115)");
    }

    @Test
    void theEmployerIsPaidItsOwnShareOnly() {
        // 800 + 300 + 35 = 1,135 a month; the individual's 320 + 80 + 15 are not subsidised; 3 months.
        assertLine("  pension ¥800.00 + medical ¥300.00 + unemployment ¥35.00 = ¥1,135.00 a month × 3 = ¥3,405.00");
        assertTrue(output.contains("财社〔2017〕164号"), output);
    }

    @Test
    void thePostIsPaidAtEachMonthsMinimumWageInTwoRuns() {
        // 1,540 + 567.50 = 2,107.50 × 2 = 4,215.00; 1,640 + 567.50 = 2,207.50 × 2 = 4,415.00; 8,630.00 in all.
        assertLine("  2021-09..2021-10: wage ¥1,540.00 + social-insurance ¥567.50 = ¥2,107.50 a month, ¥4,215.00");
        assertLine("  2021-11..2021-12: wage ¥1,640.00 + social-insurance ¥567.50 = ¥2,207.50 a month, ¥4,415.00");
        assertLine("  together ¥8,630.00");
    }

    @Test
    void fiveOfAHundredPassesAndAMediumEnterpriseGetsSixtyPercent() {
        // 60% of (80,000 + 20,000) = 60,000.
        assertLine("  eligible, refund ¥60,000.00");
    }

    @Test
    void workForTrainingStopsAtSixMonths() {
        assertLine("  6 months (2021-03..2021-08) × ¥500.00 = ¥3,000.00");
    }

    @Test
    void theLedgerCountsTheMonthsPaysNothingTwiceAndRefusesTheOverlap() {
        // 30 × 1,135 = 34,050; then 36 − 30 = 6 months × 1,135 = 6,810.
        assertLine("  2021-03..2023-08: 30 months recorded, ¥34,050.00");
        assertLine("  flexible 2021-05: refused, ledger.exclusive-overlap; the ledger still holds 30 entries");
        assertLine("  2023-09..2024-06: the ledger shows 30 months enjoyed before; 6 months recorded, ¥6,810.00");
        assertLine("  the same grant again: 0 recorded, 6 already present");
        assertLine("  2024-03: social-insurance.duration-exhausted");
    }

    @Test
    void theWhatIfChangesOnlyTheMonthsFromNovember() {
        // Base 1,540 + 1,640 + 1,640 = 4,820; alternative 1,540 + 1,700 + 1,700 = 4,940.
        assertLine("  3 cases, 2 changed; base ¥4,820.00, alternative ¥4,940.00, difference ¥120.00");
    }

    @Test
    void noIdNumberIsPrintedInClear() {
        assertFalse(output.contains(SubsidyExample.MAN.value()));
        assertFalse(output.contains(SubsidyExample.WOMAN.value()));
    }
}
