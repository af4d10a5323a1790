package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.MAPPER;
import static org.jobassist.impl.jackson.JsonSupport.assertCode;
import static org.jobassist.impl.jackson.JsonSupport.read;
import static org.jobassist.impl.jackson.JsonSupport.reject;
import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.Explanation.Outcome;
import org.jobassist.api.law.LegalBasis;
import org.junit.jupiter.api.Test;

/** The audit shape of an explanation: golden JSON, reading back, and the errors of bad audit records. */
class ExplanationJsonTest {

    static final LegalBasis NOTICE = LegalBasis.of("辽人社发〔2021〕7号", "关于做好就业援助工作的通知",
            "Notice on employment assistance", LocalDate.of(2021, 1, 1)).withArticle("3");

    /** A "why not" tree: near retirement fails because the statutory month is too far off. */
    static Explanation nearRetirement() {
        Explanation month = Explanation.builder("retirement.statutory-month")
                .description("statutory retirement month")
                .input("birthMonth", "1960-01")
                .input("class", "MALE_60")
                .value("2020-01")
                .build();
        return Explanation.builder("category.near-retirement")
                .description("within 5 years of statutory retirement")
                .input("asOf", "2021-06-30")
                .input("idNumber", "110105********002X")
                .satisfied(false)
                .legalBasis(NOTICE)
                .child(month)
                .build();
    }

    /** Written by hand: the audit contract of docs/json.md, so that the shape cannot drift unnoticed. */
    static final String GOLDEN = "{\"schemaVersion\":1,"
            + "\"rule\":\"category.near-retirement\","
            + "\"description\":\"within 5 years of statutory retirement\","
            + "\"outcome\":\"NOT_SATISFIED\","
            + "\"inputs\":{\"asOf\":\"2021-06-30\",\"idNumber\":\"110105********002X\"},"
            + "\"legalBasis\":[{\"documentNumber\":\"辽人社发〔2021〕7号\",\"titleZh\":\"关于做好就业援助工作的通知\","
            + "\"titleEn\":\"Notice on employment assistance\",\"article\":\"3\",\"effectiveDate\":\"2021-01-01\"}],"
            + "\"children\":[{"
            + "\"rule\":\"retirement.statutory-month\","
            + "\"description\":\"statutory retirement month\","
            + "\"outcome\":\"VALUE\","
            + "\"result\":\"2020-01\","
            + "\"inputs\":{\"birthMonth\":\"1960-01\",\"class\":\"MALE_60\"},"
            + "\"legalBasis\":[],"
            + "\"children\":[]}]}";

    record Decision(String id, Explanation explanation, List<Explanation> alternatives) {}

    @Test
    void goldenShape() {
        assertEquals(GOLDEN, write(nearRetirement()));
    }

    @Test
    void schemaVersionIsOne() {
        // Changing the shape means changing the version, this test, the golden JSON and docs/json.md.
        assertEquals(1, Explanation.SCHEMA_VERSION);
    }

    @Test
    void goldenReadsBack() {
        assertEquals(nearRetirement(), read(GOLDEN, Explanation.class));
    }

    @Test
    void eachExplanationValueInARecordCarriesTheVersion() {
        Explanation leaf = Explanation.builder("a.b").satisfied(true).build();
        Decision decision = new Decision("d1", nearRetirement(), List.of(leaf));
        String json = write(decision);
        assertTrue(json.contains("\"alternatives\":[{\"schemaVersion\":1,\"rule\":\"a.b\",\"description\":\"\","
                + "\"outcome\":\"SATISFIED\",\"inputs\":{},\"legalBasis\":[],\"children\":[]}]"), json);
        assertEquals(decision, read(json, Decision.class));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        Explanation read = read("{\"schemaVersion\":1,\"rule\":\"a.b\",\"outcome\":\"NOT_APPLICABLE\"}", Explanation.class);
        assertEquals(Explanation.builder("a.b").outcome(Outcome.NOT_APPLICABLE).build(), read);
    }

    @Test
    void aChildMayRepeatTheSameVersion() {
        Explanation read = read("{\"schemaVersion\":1,\"rule\":\"a\",\"outcome\":\"SATISFIED\",\"children\":"
                + "[{\"schemaVersion\":1,\"rule\":\"b\",\"outcome\":\"SATISFIED\"}]}", Explanation.class);
        assertEquals("b", read.children().get(0).rule());
    }

    @Test
    void missingSchemaVersionIsRefused() {
        assertCode("explanation.schema-version",
                reject("{\"rule\":\"a.b\",\"outcome\":\"SATISFIED\"}", Explanation.class));
    }

    @Test
    void unknownSchemaVersionIsRefused() {
        InvalidValueException e = reject("{\"schemaVersion\":2,\"rule\":\"a.b\",\"outcome\":\"SATISFIED\"}",
                Explanation.class);
        assertCode("explanation.schema-version", e);
        assertTrue(e.getMessage().contains("found 2"), e.getMessage());
        assertCode("explanation.schema-version",
                reject("{\"schemaVersion\":\"1\",\"rule\":\"a.b\",\"outcome\":\"SATISFIED\"}", Explanation.class));
        assertCode("explanation.schema-version",
                reject("{\"schemaVersion\":1.0,\"rule\":\"a.b\",\"outcome\":\"SATISFIED\"}", Explanation.class));
    }

    @Test
    void errorDeepInTheTreeNamesItsPath() {
        String json = GOLDEN.replace("\"outcome\":\"VALUE\"", "\"outcome\":\"MAYBE\"");
        InvalidValueException e = reject(json, Explanation.class);
        assertCode("explanation.outcome", e);
        assertEquals("[\"children\"][0][\"outcome\"]", MalformedJsonTest.path(e));
        assertTrue(e.getMessage().contains("[\"children\"]->java.util.List[0]"), e.getMessage());
    }

    @Test
    void badLegalBasisInsideTheTreeNamesItsPath() {
        String json = GOLDEN.replace("\"effectiveDate\":\"2021-01-01\"", "\"effectiveDate\":\"2021-13-01\"");
        InvalidValueException e = reject(json, Explanation.class);
        assertCode("legal-basis.effective-date", e);
        assertEquals("[\"legalBasis\"][0][\"effectiveDate\"]", MalformedJsonTest.path(e));
    }

    @Test
    void requiredFieldsAndBuilderRules() {
        assertCode("json.required", reject("{\"schemaVersion\":1,\"outcome\":\"SATISFIED\"}", Explanation.class));
        assertCode("json.required", reject("{\"schemaVersion\":1,\"rule\":\"a\"}", Explanation.class));
        assertCode("explanation.rule",
                reject("{\"schemaVersion\":1,\"rule\":\"Not A Rule\",\"outcome\":\"SATISFIED\"}", Explanation.class));
        assertCode("explanation.outcome",
                reject("{\"schemaVersion\":1,\"rule\":\"a\",\"outcome\":\"VALUE\"}", Explanation.class));
        assertCode("explanation.input", reject("{\"schemaVersion\":1,\"rule\":\"a\",\"outcome\":\"SATISFIED\","
                + "\"inputs\":{\"x\":\"1\",\"x\":\"2\"}}", Explanation.class));
    }

    @Test
    void wrongKindsOfValue() {
        InvalidValueException input = reject("{\"schemaVersion\":1,\"rule\":\"a\",\"outcome\":\"SATISFIED\","
                + "\"inputs\":{\"age\":57}}", Explanation.class);
        assertCode("json.type", input);
        assertEquals("[\"inputs\"][\"age\"]", MalformedJsonTest.path(input));
        assertCode("json.type", reject("{\"schemaVersion\":1,\"rule\":\"a\",\"outcome\":\"SATISFIED\","
                + "\"children\":{}}", Explanation.class));
        assertCode("json.type", reject("[]", Explanation.class));
    }

    @Test
    void unknownFieldsFollowTheMappersSetting() {
        String json = "{\"schemaVersion\":1,\"rule\":\"a\",\"outcome\":\"SATISFIED\",\"extra\":{\"x\":[1]}}";
        assertThrows(UnrecognizedPropertyException.class, () -> MAPPER.readValue(json, Explanation.class));
        Explanation lenient = assertDoesNotThrowRead(json);
        assertEquals("a", lenient.rule());
    }

    private static Explanation assertDoesNotThrowRead(String json) {
        try {
            return MAPPER.readerFor(Explanation.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
