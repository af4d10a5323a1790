package org.jobassist.examples.province;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.impl.AssessmentReports;
import org.jobassist.impl.jackson.JobAssistModule;

/**
 * Writes a year's reports into a folder: the December progress report as JSON (the Jackson
 * module's form, indicators included), CSV and the SVG chart, the month lines as CSV, and
 * {@code index.html}, a self-contained page with the table and the chart.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportFiles {

    /** The HTML page's file name. */
    public static final String INDEX = "index.html";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JobAssistModule())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportFiles() {}

    /**
     * Writes the reports, creating the folder if needed; existing files of the same names are
     * replaced.
     *
     * @param year the year
     * @param dir the folder
     * @return the files written, in the order written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(YearResult year, Path dir) throws IOException {
        Files.createDirectories(dir);
        ProgressReport report = year.december();
        String stem = "progress-" + report.month();
        String svg = AssessmentReports.toSvg(report);
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve(stem + ".json"), json(report)));
        written.add(write(dir.resolve(stem + ".csv"), AssessmentReports.toCsv(report)));
        written.add(write(dir.resolve(stem + ".svg"), svg));
        written.add(write(dir.resolve("months.csv"), monthsCsv(year.months())));
        written.add(write(dir.resolve(INDEX), HtmlPage.render(year, svg)));
        return written;
    }

    /**
     * The report as JSON.
     *
     * @param report the report
     * @return the JSON text, indented
     */
    static String json(ProgressReport report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The month lines as RFC 4180 CSV (CRLF line ends); every field is a number or a month,
     * so nothing needs quoting.
     *
     * @param months the lines
     * @return the CSV text
     */
    static String monthsCsv(List<MonthLine> months) {
        StringBuilder b = new StringBuilder("month,recognised,newly_recognised,exited,outcomes_accepted,"
                + "outcomes_refused,achieved,zero_employment_open,zero_employment_cleared,subsidy_entries,"
                + "subsidy_amount,completion_percent,expected_percent,cities_behind,reminders,escalated,"
                + "discrepancies\r\n");
        for (MonthLine m : months) {
            b.append(m.month()).append(',').append(m.recognised()).append(',').append(m.newlyRecognised())
                    .append(',').append(m.exited()).append(',').append(m.outcomesAccepted()).append(',')
                    .append(m.outcomesRejected()).append(',').append(m.achieved()).append(',')
                    .append(m.zeroEmploymentOpen()).append(',').append(m.zeroEmploymentCleared()).append(',')
                    .append(m.subsidyEntries()).append(',').append(m.subsidyAmount().yuan().toPlainString())
                    .append(',').append(Percent.of(m.completion())).append(',').append(Percent.of(m.expected()))
                    .append(',').append(m.citiesBehind()).append(',').append(m.reminders()).append(',')
                    .append(m.escalated()).append(',').append(m.discrepancies()).append("\r\n");
        }
        return b.toString();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
