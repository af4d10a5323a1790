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
        // 3,000 people: 75 work-for-training enterprises (1,500 trainees, one case each) and 750 refund units.
        Matcher again = Pattern.compile("([\\d,]+) enterprise cases, ([\\d,]+) refused; the enterprise cases granted "
                + "again: ([\\d,]+) cases already granted, ([\\d,]+) entries recorded").matcher(out);
        assertTrue(again.find(), out);
        assertEquals(1_500 + 750, number(again.group(1)));
        assertEquals(0, number(again.group(4)), "nothing may be paid twice");
        assertTrue(number(again.group(3)) > 0, out);
    }

    @Test
    void printsOneProgressLinePerMonthInOrder() throws IOException {
        String out = runAndCapture();
        Matcher month = Pattern.compile("(?m)^  (2021-\\d\\d)  recognised ([\\d,]+) .* outcomes \\+([\\d,]+) = ([\\d,]+) ")
                .matcher(out);
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            assertTrue(month.find(), "line of month " + m + " missing in\n" + out);
            assertEquals(String.format("2021-%02d", m), month.group(1));
            sum += number(month.group(3));
            // The running total is the sum of the months' outcomes.
            assertEquals(sum, number(month.group(4)), month.group());
        }
        assertFalse(month.find(), "more than 12 month lines");
    }

    @Test
    void theProvinceLineIsTheSumOfTheFourteenCities() throws IOException {
        String out = runAndCapture();
        Matcher city = Pattern.compile("(?m)^(21\\d\\d00)  \\S+\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+%").matcher(
                out.substring(out.indexOf("Progress 2021-12")));
        int cities = 0;
        long target = 0;
        long achieved = 0;
        long provinceTarget = -1;
        long provinceAchieved = -1;
        while (city.find()) {
            if (city.group(1).equals("210000")) {
                provinceTarget = number(city.group(2));
                provinceAchieved = number(city.group(3));
                break;
            }
            cities++;
            target += number(city.group(2));
            achieved += number(city.group(3));
        }
        assertEquals(14, cities, out);
        assertEquals(target, provinceTarget);
        assertEquals(achieved, provinceAchieved);
        Matcher december = Pattern.compile("(?m)^  2021-12 .* outcomes \\+[\\d,]+ = ([\\d,]+) ").matcher(out);
        assertTrue(december.find(), out);
        assertEquals(achieved, number(december.group(1)));
    }

    @Test
    void theTwoSlowCitiesAreBehindAndEscalated() throws IOException {
        String out = runAndCapture();
        // Fuxin and Chaoyang place a third as many people a month from June.
        assertTrue(out.matches("(?s).*\n  ESCALATED reminder to 阜新市 \\(210900\\), 2021-12: BEHIND.*"), out);
        assertTrue(out.matches("(?s).*\n  ESCALATED reminder to 朝阳市 \\(211300\\), 2021-12: BEHIND.*"), out);
    }

    @Test
    void writesTheReportsItNames() throws IOException {
        String out = runAndCapture();
        Path folder = dir.resolve("out");
        assertTrue(out.contains("Reports written to " + folder + ":"), out);
        for (String name : new String[] {"progress-2021-12.json", "progress-2021-12.csv", "progress-2021-12.svg",
                "months.csv", "index.html"}) {
            Path file = folder.resolve(name);
            assertTrue(out.contains("  " + file), name);
            assertTrue(Files.size(file) > 0, name);
        }
        String json = Files.readString(folder.resolve("progress-2021-12.json"));
        assertTrue(json.contains("\"2021-12\"") && json.contains("\"210900\""), json);
        String csv = Files.readString(folder.resolve("progress-2021-12.csv"));
        // A header, 14 cities and the province.
        assertEquals(16, csv.split("\r\n").length, csv);
        assertEquals(13, Files.readString(folder.resolve("months.csv")).split("\r\n").length);
        String html = Files.readString(folder.resolve("index.html"));
        assertTrue(html.contains("<svg") && !html.contains("<?xml") && !html.contains("src=")
                && !html.contains("href="), "the page is self-contained");
    }

    @Test
    void anUnknownStoreOrOptionIsRefusedClearly() {
        IllegalArgumentException store = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ProvinceRun.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        Options.parse("--store", "oracle")));
        assertEquals("--store must be memory or h2", store.getMessage());
        IllegalArgumentException people = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Options.parse("--people", "many"));
        assertEquals("--people needs a whole number", people.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Options.parse("--out"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Options.parse("--colour", "red"));
        Options defaults = Options.parse();
        assertEquals(Options.DEFAULT_PEOPLE, defaults.people());
        assertEquals(Path.of("target", "province-run"), defaults.out());
        assertEquals("memory", defaults.store());
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
