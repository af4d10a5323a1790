package org.jobassist.examples.province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV input: the sample folder read whole, then each reason code on one bad row added to
 * a copy of it. The sample has 28 household rows (14 households), 42 people, 14 relations,
 * 28 evidence and 28 outcomes, so an added row is on line 30, 44, 16, 30 or 30.
 */
class CsvInputTest {

    @TempDir
    Path tmp;

    private static Path sample() throws URISyntaxException {
        return Path.of(CsvInputTest.class.getResource("/province-input/people.csv").toURI()).getParent();
    }

    private Path copy() throws IOException, URISyntaxException {
        Path dir = tmp.resolve("input");
        Files.createDirectories(dir);
        for (String f : CsvInput.FILES) {
            Files.copy(sample().resolve(f), dir.resolve(f));
        }
        return dir;
    }

    /** Reads a copy of the sample with {@code row} added to {@code file}; checks the other files are whole. */
    private CsvInput.Result withRow(String file, String row) throws IOException, URISyntaxException {
        Path dir = copy();
        Files.writeString(dir.resolve(file), row + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        CsvInput.Result r = CsvInput.read(dir);
        for (CsvInput.FileCount c : r.counts()) {
            if (!c.file().equals(file)) {
                assertEquals(0, c.rejected(), c.file());
            }
        }
        return r;
    }

    private static void assertRejected(CsvInput.Result r, String file, int line, String code, String column,
                                       String... notShown) {
        assertEquals(List.of(new CsvInput.Rejection(file, line, code, column)), r.rejections());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("rejected: " + file + " line " + line + ": " + code), printed);
        for (String s : notShown) {
            assertFalse(printed.contains(s), () -> "the message shows the row's content " + s);
        }
    }

    private static int accepted(CsvInput.Result r, String file) {
        return r.counts().stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow().accepted();
    }

    @Test
    void theSampleIsReadWhole() throws Exception {
        CsvInput.Result r = CsvInput.read(sample());
        assertEquals(List.of(), r.rejections());
        assertEquals(List.of(new CsvInput.FileCount("households.csv", true, 28, 0),
                new CsvInput.FileCount("people.csv", true, 42, 0),
                new CsvInput.FileCount("relations.csv", true, 14, 0),
                new CsvInput.FileCount("evidence.csv", true, 28, 0),
                new CsvInput.FileCount("outcomes.csv", true, 28, 0)), r.counts());
        Population p = r.population();
        assertEquals(42, p.people().size());
        assertEquals(14, p.households().size());
        // 28 household members and 14 marriages.
        assertEquals(28 + 14, p.relations().size());
        assertEquals(28, p.outcomes().orElseThrow().size());
        // Every fifth outcome or so is on a public welfare post, with its employer.
        assertEquals(p.outcomes().get().stream().filter(o -> o.channel().name().equals("PUBLIC_WELFARE_POST")).count(),
                p.postEmployers().size());
    }

    @Test
    void theSampleRunsAYear() throws Exception {
        YearResult year = ProgrammeYear.run(CsvInput.read(sample()).population(), new MemoryStoreSet(),
                org.jobassist.impl.PolicyPacks.liaoning(), line -> { });
        assertEquals(12, year.months().size());
        // Every outcome of the sample is of a person recognised on its day: all 28 count.
        assertEquals(28, year.december().province().achieved());
        assertEquals(14, year.december().province().target());
    }

    @Test
    void aMissingPeopleFileIsAnError() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("people.csv"));
        IOException e = assertThrows(IOException.class, () -> CsvInput.read(dir));
        assertTrue(e.getMessage().startsWith("no people.csv"), e.getMessage());
    }

    @Test
    void aMissingOtherFileCountsAsAbsent() throws Exception {
        Path dir = copy();
        Files.delete(dir.resolve("relations.csv"));
        CsvInput.Result r = CsvInput.read(dir);
        assertEquals(new CsvInput.FileCount("relations.csv", false, 0, 0), r.counts().get(2));
        assertEquals(0, r.population().relations().size() - 28, "the members only");
    }

    @Test
    void header() throws Exception {
        Path dir = copy();
        Files.writeString(dir.resolve("evidence.csv"), "person,flag\r\nP01A,DISABILITY_CERTIFICATE\r\n");
        CsvInput.Result r = CsvInput.read(dir);
        assertEquals(List.of(new CsvInput.Rejection("evidence.csv", 1, "csv.header", "")), r.rejections());
        assertEquals(0, accepted(r, "evidence.csv"));
    }

    @Test
    void quote() throws Exception {
        assertRejected(withRow("outcomes.csv", "O-X,P01A,210100,2021-05-05,EMP\"LOYER,"), "outcomes.csv", 30,
                "csv.quote", "");
    }

    @Test
    void quotedFieldsAreRead() throws Exception {
        CsvInput.Result r = withRow("outcomes.csv", "\"O-X\",\"P01B\",210100,2021-12-05,\"EMPLOYER\",");
        assertEquals(List.of(), r.rejections());
        assertEquals(29, accepted(r, "outcomes.csv"));
    }

    @Test
    void columns() throws Exception {
        assertRejected(withRow("relations.csv", "SPOUSE,P01C,P01S"), "relations.csv", 16, "csv.columns", "");
    }

    @Test
    void required() throws Exception {
        assertRejected(withRow("evidence.csv", "P01A,MODEL_WORKER,,2021-01-01,2021-01-01,,"), "evidence.csv", 30,
                "csv.required", "reference");
    }

    @Test
    void date() throws Exception {
        assertRejected(withRow("people.csv", "PX,210102197001100214,MALE_60,210102,,2020-06-01/2020-02-30,"),
                "people.csv", 44, "csv.date", "registrations", "210102197001100214");
    }

    @Test
    void value() throws Exception {
        assertRejected(withRow("outcomes.csv", "O-X,P01A,210100,2021-05-05,HIRED,"), "outcomes.csv", 30, "csv.value",
                "channel", "HIRED");
    }

    @Test
    void duplicate() throws Exception {
        CsvInput.Result r = withRow("outcomes.csv", "O-01-1,P01A,210100,2021-05-05,EMPLOYER,");
        assertRejected(r, "outcomes.csv", 30, "csv.duplicate", "outcome_id");
        assertEquals(28, accepted(r, "outcomes.csv"));
    }

    @Test
    void unknownPerson() throws Exception {
        assertRejected(withRow("evidence.csv", "NOBODY,MODEL_WORKER,R-1,2021-01-01,2021-01-01,,"), "evidence.csv", 30,
                "csv.unknown-person", "person_id", "NOBODY");
    }

    @Test
    void unknownHousehold() throws Exception {
        assertRejected(withRow("people.csv", "PX,210102197001100214,MALE_60,210102,H99,2020-06-01/..,"),
                "people.csv", 44, "csv.unknown-household", "household_id", "H99");
    }

    @Test
    void inconsistent() throws Exception {
        assertRejected(withRow("households.csv",
                        "H01,210102,RURAL,false,P01K,false,2001-01-01,MALE_60,true,true,false,false,"),
                "households.csv", 30, "csv.inconsistent", "registration");
    }

    @Test
    void outsideYear() throws Exception {
        assertRejected(withRow("outcomes.csv", "O-X,P01A,210100,2022-01-05,EMPLOYER,"), "outcomes.csv", 30,
                "csv.outside-year", "date");
    }

    @Test
    void theLibrarysCodeForABadIdentityNumber() throws Exception {
        // The sample's first person with the last character changed.
        assertRejected(withRow("people.csv", "PX,210102197001100215,MALE_60,210102,,2020-06-01/..,"), "people.csv", 44,
                "resident-id.check-character", "", "210102197001100215", "2101021970");
    }

    @Test
    void theLibrarysCodeForAPersonRecord() throws Exception {
        // A man's identity number with a women's retirement class.
        assertRejected(withRow("people.csv", "PX,210102197001100214,FEMALE_WORKER_50,210102,,2020-06-01/..,"),
                "people.csv", 44, "person.retirement-class-gender", "");
    }

    @Test
    void theLibrarysCodeForAKinshipFact() throws Exception {
        // A marriage before the spouses were born; the other 14 relations stay.
        CsvInput.Result r = withRow("relations.csv", "SPOUSE,P02C,P03S,1950-01-01");
        assertRejected(r, "relations.csv", 16, "kinship.before-birth", "");
        assertEquals(14, accepted(r, "relations.csv"));
    }

    @Test
    void theLibrarysCodeForAPostEmployer() throws Exception {
        assertRejected(withRow("outcomes.csv", "O-X,P01B,210100,2021-12-05,PUBLIC_WELFARE_POST,91350100M000100Y44"),
                "outcomes.csv", 30, "credit-code.check-character", "", "91350100M000100Y44");
    }

    @Test
    void theLibrarysCodeForEvidence() throws Exception {
        assertRejected(withRow("evidence.csv", "P01A,MODEL_WORKER,R 1,2021-01-01,2021-01-01,,"), "evidence.csv", 30,
                "evidence.reference-format", "");
    }
}
