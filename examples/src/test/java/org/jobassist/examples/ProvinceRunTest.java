package org.jobassist.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProvinceRunTest {

    private static String runAndCapture() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertEquals(0, ProvinceRun.run(out));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void countsAcceptedAndRejectedIdentityNumbersAndCreditCodes() {
        String output = runAndCapture();
        assertTrue(output.contains("accepted 6, rejected 3"), output);
        assertTrue(output.contains("accepted 1, rejected 2"), output);
        assertTrue(output.contains("[resident-id.check-character]"), output);
        assertTrue(output.contains("[resident-id.birth-date]"), output);
        assertTrue(output.contains("[resident-id.length]"), output);
        assertTrue(output.contains("[credit-code.character]"), output);
    }

    @Test
    void printsNoIdentityNumberInClear() {
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
    void printsRetirementUnderTheLawInForceOnEachDate() {
        String output = runAndCapture();
        // Man born 1965-04: 2025-04 under the old law, 2025-05 under the 2024 reform (DOMAIN.md §4).
        assertTrue(output.matches("(?s).*210102\\*{8}1238\\s+1965-04-15\\s+MALE\\s+2025-04\\s+2025-05\\s+60y1m.*"), output);
        // Woman (worker, 50) born 1975-03: 2025-05 at 50y2m.
        assertTrue(output.matches("(?s).*210115\\*{8}2044\\s+1975-03-12\\s+FEMALE\\s+2025-03\\s+2025-05\\s+50y2m.*"), output);
        // Man born 1995-12: 63.
        assertTrue(output.matches("(?s).*211104\\*{8}5719\\s+1995-12-01\\s+MALE\\s+2055-12\\s+2058-12\\s+63y0m.*"), output);
    }

    @Test
    void readsMinimumWagesFromThePolicyPackAndSaysWhichAreNotConfigured() {
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
