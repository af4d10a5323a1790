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

import org.jobassist.examples.province.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvinceRunTest {

    /** A small province, to keep the test quick. */
    static final int PEOPLE = 3_000;

    @TempDir
    static Path dir;

    private static String output;

    static String runAndCapture() throws IOException {
        if (output == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                assertEquals(0, ProvinceRun.run(out, Options.parse("--people", String.valueOf(PEOPLE), "--out",
                        dir.resolve("out").toString())));
            }
            output = bytes.toString(StandardCharsets.UTF_8);
        }
        return output;
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    @Test
    void theEnterpriseSubsidiesArePaidOnce() throws IOException {
        String out = runAndCapture();
        // 3,000 people: 75 work-for-training enterprises (6,000 trainees, one case each) and 750 refund units.
        Matcher again = Pattern.compile("([\\d,]+) enterprise cases, ([\\d,]+) refused; the enterprise cases granted "
                + "again: ([\\d,]+) cases already granted, ([\\d,]+) entries recorded").matcher(out);
        assertTrue(again.find(), out);
        assertEquals(6_000 + 750, number(again.group(1)));
        assertEquals(0, number(again.group(4)), "nothing may be paid twice");
        assertTrue(number(again.group(3)) > 0, out);
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
