package org.jobassist.examples.province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jobassist.api.region.Division;
import org.jobassist.api.region.Divisions;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the year's {@code index.html} in headless Chromium and checks the rendered DOM: the
 * chart and its 14 bars, and every city's name and code in the table. Chromium is
 * {@code $JOBASSIST_CHROMIUM} or {@code /usr/bin/chromium} ({@code .ci/chromium.sh} installs
 * it); without it the test is skipped, saying so on standard error.
 */
class ReportPageChromiumTest {

    @TempDir
    Path tmp;

    private static Path chromium() {
        String configured = System.getenv("JOBASSIST_CHROMIUM");
        Path binary = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        if (!Files.isExecutable(binary)) {
            String message = "headless Chromium not found at " + binary + ": the HTML report test is skipped"
                    + " (install it with .ci/chromium.sh)";
            System.err.println("[SKIPPED] ReportPageChromiumTest: " + message);
            Assumptions.abort(message);
        }
        return binary;
    }

    @Test
    void theRenderedPageShowsTheChartAndAllFourteenCities() throws IOException, InterruptedException {
        Path chromium = chromium();
        YearResult year = ProgrammeYear.run(GeneratedProvince.generate(1_000, 20211109L), new MemoryStoreSet(),
                PolicyPacks.liaoning(), line -> { });
        List<Path> files = ReportFiles.write(year, tmp.resolve("report"));
        Path page = files.get(files.size() - 1);
        assertEquals(ReportFiles.INDEX, page.getFileName().toString());
        Path dom = tmp.resolve("dom.html");
        Path log = tmp.resolve("chromium.log");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"), "--dump-dom",
                page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish in 2 minutes");
        String errors = read(log);
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + errors);
        String rendered = read(dom);
        // The DOM as Chromium built it: the inline SVG is an element of the page, with its bars.
        assertTrue(rendered.contains("<svg"), rendered);
        Matcher bars = Pattern.compile("<rect[^>]*class=\"bar\"").matcher(rendered);
        int count = 0;
        while (bars.find()) {
            count++;
        }
        assertEquals(14, count, "bars in the chart");
        for (Division city : Divisions.builtIn().cities()) {
            assertTrue(rendered.contains("<td>" + city.code().code() + "</td><td>" + city.nameZh() + "</td>"),
                    () -> city.code() + " missing from the table");
            assertTrue(rendered.contains("id=\"bar-" + city.code().code() + "\""), () -> city.code() + " has no bar");
        }
        assertTrue(rendered.contains("<td>210000</td><td>辽宁省</td>"), "the province line");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
