package org.jobassist.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvinceRunTest {

    /** The subsidy batch at 1:100 of the news item's size, to keep the test quick. */
    static final int DIVISOR = 100;

    @TempDir
    static Path dir;

    private static String output;

    private static String runAndCapture() throws IOException {
        if (output == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                assertEquals(0, ProvinceRun.run(out, DIVISOR, dir.resolve("chart.svg")));
            }
            output = bytes.toString(StandardCharsets.UTF_8);
        }
        return output;
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    @Test
    void theSubsidyBatchAccountsForEveryCaseAndPaysNothingTwice() throws IOException {
        String out = runAndCapture();
        // 212,000 / 100 trainees of 5,119 / 100 enterprises; 57,000 / 100 refund units.
        Matcher training = Pattern.compile("work-for-training for 2120 employees of 51 enterprises: ([\\d,]+) granted, "
                + "([\\d,]+) not eligible, ([\\d,]+) rejected; ([\\d,]+) ledger entries").matcher(out);
        assertTrue(training.find(), out);
        assertEquals(2120, number(training.group(1)) + number(training.group(2)) + number(training.group(3)));
        assertEquals(0, number(training.group(3)), "no case may be refused by the ledger");
        long entries = number(training.group(4));
        // At most 6 months a trainee, at least one for each one granted.
        assertTrue(entries >= number(training.group(1)) && entries <= 6 * number(training.group(1)), out);
        Matcher refunds = Pattern.compile("job-stabilisation refunds for 570 units: ([\\d,]+) granted, ([\\d,]+) not "
                + "eligible, ([\\d,]+) rejected; ([\\d,]+) ledger entries").matcher(out);
        assertTrue(refunds.find(), out);
        assertEquals(570, number(refunds.group(1)) + number(refunds.group(2)) + number(refunds.group(3)));
        // One entry per unit and year.
        assertEquals(number(refunds.group(1)), number(refunds.group(4)));
        Matcher again = Pattern.compile("granted again: ([\\d,]+) cases already granted, ([\\d,]+) entries recorded")
                .matcher(out);
        assertTrue(again.find(), out);
        assertEquals(number(training.group(1)), number(again.group(1)));
        assertEquals(0, number(again.group(2)));
    }

    @Test
    void theAssessmentMonthIsPartOfTheRun() throws IOException {
        String out = runAndCapture();
        assertTrue(out.contains("Liaoning 2021: help 60000 people with employment difficulties into work"), out);
        String svg = Files.readString(dir.resolve("chart.svg"));
        assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), svg);
    }

    @Test
    void countsAcceptedAndRejectedIdentityNumbersAndCreditCodes() throws IOException {
        String output = runAndCapture();
        assertTrue(output.contains("accepted 6, rejected 3"), output);
        assertTrue(output.contains("accepted 1, rejected 2"), output);
        assertTrue(output.contains("[resident-id.check-character]"), output);
        assertTrue(output.contains("[resident-id.birth-date]"), output);
        assertTrue(output.contains("[resident-id.length]"), output);
        assertTrue(output.contains("[credit-code.character]"), output);
    }

    @Test
    void printsNoIdentityNumberInClear() throws IOException {
        String output = runAndCapture();
        for (String number : ProvinceRun.ID_NUMBERS) {
            // Any 8 consecutive characters of a number would include its birth date.
            for (int i = 0; i + 8 <= number.length(); i++) {
                String run = number.substring(i, i + 8);
                assertFalse(output.contains(run), () -> "output shows part of an identity number: " + run);
            }
        }
        assertTrue(output.contains("210102********1238"), output);
    }

    @Test
    void printsRetirementUnderTheLawInForceOnEachDate() throws IOException {
        String output = runAndCapture();
        // Man born 1965-04: 2025-04 under the old law, 2025-05 under the 2024 reform (DOMAIN.md §4).
        assertTrue(output.matches("(?s).*210102\\*{8}1238\\s+1965-04-15\\s+MALE\\s+2025-04\\s+2025-05\\s+60y1m.*"), output);
        // Woman (worker, 50) born 1975-03: 2025-05 at 50y2m.
        assertTrue(output.matches("(?s).*210115\\*{8}2044\\s+1975-03-12\\s+FEMALE\\s+2025-03\\s+2025-05\\s+50y2m.*"), output);
        // Man born 1995-12: 63.
        assertTrue(output.matches("(?s).*211104\\*{8}5719\\s+1995-12-01\\s+MALE\\s+2055-12\\s+2058-12\\s+63y0m.*"), output);
    }

    @Test
    void readsMinimumWagesFromThePolicyPackAndSaysWhichAreNotConfigured() throws IOException {
        String output = runAndCapture();
        assertTrue(output.contains("210100 沈阳市  ¥1,910.00"), output);
        assertTrue(output.contains("210200 大连市  ¥1,910.00"), output);
        assertTrue(output.contains("210300 鞍山市  not configured in the pack [policy.value-unknown]"), output);
    }

    @Test
    void quickStartRunsAsTheReadmeShowsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            QuickStart.run(out);
        }
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("210102********1238 born 1965-04-15, MALE"), output);
        assertTrue(output.contains("statutory retirement: 2025-05"), output);
        assertTrue(output.contains("minimum wage in 辽中区: ¥1,640.00"), output);
    }
}
