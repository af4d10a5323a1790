package org.jobassist.impl.internal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

class PolicyPackReaderTest {

    static final PolicyKey<Money> AMOUNT = PolicyKey.money("t.amount");
    static final PolicyKey<Ratio> RATE = PolicyKey.ratio("t.rate");
    static final PolicyKey<Integer> COUNT = PolicyKey.count("t.count");
    static final PolicyKey<Period> PERIOD = PolicyKey.duration("t.period");
    static final PolicyKey<LocalDate> DAY = PolicyKey.date("t.day");
    static final PolicyKey<MonthDay> YEARLY = PolicyKey.monthDay("t.yearly");
    static final PolicyKey<Set<String>> CODES = PolicyKey.codeSet("t.codes");
    static final PolicyKey<String> TEXT = PolicyKey.text("t.text");
    static final Map<String, PolicyKey<?>> CATALOGUE = Stream.of(AMOUNT, RATE, COUNT, PERIOD, DAY, YEARLY, CODES, TEXT)
            .collect(Collectors.toMap(PolicyKey::name, Function.identity()));
    static final PolicyPackReader READER = new PolicyPackReader(name -> Optional.ofNullable(CATALOGUE.get(name)));

    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final LocalDate JAN_2021 = LocalDate.of(2021, 1, 1);

    /** A valid pack document with the given values (JSON objects, comma-separated). */
    static String doc(String values) {
        return """
            {"format": "jobassist.policy-pack/1", "id": "test", "version": "1",
             "name": {"en": "Test"}, "jurisdiction": "210000",
             "legalBases": {"b1": {"documentNumber": "测试〔2021〕1号", "titleZh": "测试", "titleEn": "Test",
                                   "article": null, "effectiveDate": "2021-01-01"}},
             "values": [%s]}
            """.formatted(values);
    }

    static String value(String key, String json) {
        return """
            {"key": "%s", "jurisdiction": "210000", "effectiveFrom": "2021-01-01", "value": %s, "legalBasis": "b1"}
            """.formatted(key, json);
    }

    static List<Violation> violations(String json) {
        return assertThrows(InvalidInputException.class, () -> READER.read(json)).violations();
    }

    static void assertSingle(String json, String path, String code) {
        List<Violation> violations = violations(json);
        assertEquals(List.of(path + " " + code),
                violations.stream().map(v -> v.path() + " " + v.code()).toList(), violations::toString);
    }

    @Test
    void readsEveryValueType() {
        PolicyPack pack = READER.read(doc(String.join(",",
                value("t.amount", "\"1910.00\""), value("t.rate", "\"0.7%\""), value("t.count", "2"),
                value("t.period", "\"P20D\""), value("t.day", "\"2021-01-01\""), value("t.yearly", "\"--01-02\""),
                value("t.codes", "[\"210123\", \"210124\"]"), value("t.text", "\"说明\""))));
        assertEquals(Money.ofYuan(1910), pack.resolve(AMOUNT, SHENYANG, JAN_2021).value());
        assertEquals(Ratio.of(7, 1000), pack.resolve(RATE, SHENYANG, JAN_2021).value());
        assertEquals(2, pack.resolve(COUNT, SHENYANG, JAN_2021).value());
        assertEquals(Period.ofDays(20), pack.resolve(PERIOD, SHENYANG, JAN_2021).value());
        assertEquals(JAN_2021, pack.resolve(DAY, SHENYANG, JAN_2021).value());
        assertEquals(MonthDay.of(1, 2), pack.resolve(YEARLY, SHENYANG, JAN_2021).value());
        assertEquals(Set.of("210123", "210124"), pack.resolve(CODES, SHENYANG, JAN_2021).value());
        assertEquals("说明", pack.resolve(TEXT, SHENYANG, JAN_2021).value());
        assertEquals("test", pack.id());
        assertEquals("1", pack.version());
        assertEquals(Map.of("en", "Test"), pack.name());
        assertEquals(LIAONING, pack.jurisdiction());
        assertEquals(new LegalBasis("测试〔2021〕1号", "测试", "Test", null, JAN_2021),
                pack.resolve(AMOUNT, SHENYANG, JAN_2021).legalBasis());
    }

    @Test
    void readsUnknownValuesNotesArticlesAndOpenOrClosedRanges() {
        PolicyPack pack = READER.read(doc("""
            {"key": "t.amount", "jurisdiction": "210100", "effectiveFrom": "2020-01-01", "effectiveTo": "2020-12-31",
             "unknown": true, "note": "no figure"},
            {"key": "t.amount", "jurisdiction": "210100", "effectiveFrom": "2021-01-01", "effectiveTo": null,
             "value": "1910", "legalBasis": "b1", "article": "第三条", "note": "assumed"}
            """));
        List<PolicyValue<Money>> series = pack.series(AMOUNT, SHENYANG);
        assertTrue(series.get(0).isUnknown());
        assertEquals(Optional.of("no figure"), series.get(0).note());
        assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), series.get(0).effectiveTo());
        assertEquals(Optional.of("第三条"), series.get(1).legalBasis().map(LegalBasis::article));
        assertEquals(Optional.of("assumed"), series.get(1).note());
        assertEquals(Optional.empty(), series.get(1).effectiveTo());
    }

    @Test
    void readsFromAStream() throws IOException {
        PolicyPack pack = READER.read(new ByteArrayInputStream(
                doc(value("t.count", "3")).getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, pack.resolve(COUNT, LIAONING, JAN_2021).value());
    }

    @Test
    void malformedJsonGivesLineAndColumnWithoutQuotingTheDocument() {
        List<Violation> violations = violations("{\"format\": \"jobassist.policy-pack/1\",\n  \"id\": secretvalue}");
        assertEquals(1, violations.size());
        assertEquals("", violations.get(0).path());
        assertEquals("policy.json", violations.get(0).code());
        assertTrue(violations.get(0).message().contains("line 2"), violations.get(0).message());
        assertFalse(violations.get(0).message().contains("secretvalue"), violations.get(0).message());
    }

    @Test
    void trailingContentAndDuplicateFieldsAreMalformed() {
        assertEquals("policy.json", violations(doc(value("t.count", "3")) + " {}").get(0).code());
        assertEquals("policy.json", violations("{\"id\": \"a\", \"id\": \"b\"}").get(0).code());
    }

    @Test
    void documentMustBeAnObject() {
        assertSingle("[]", "", "policy.type");
        assertSingle("", "", "policy.type");
    }

    @Test
    void wrongOrMissingFormat() {
        assertSingle(doc(value("t.count", "3")).replace("jobassist.policy-pack/1", "jobassist.policy-pack/2"),
                "/format", "policy.format");
        assertSingle(doc(value("t.count", "3")).replace("\"format\": \"jobassist.policy-pack/1\",", ""),
                "/format", "policy.format");
    }

    @Test
    void missingRequiredFields() {
        assertSingle(doc(value("t.count", "3")).replace("\"id\": \"test\",", ""), "/id", "policy.required");
        assertSingle(doc(value("t.count", "3").replace("\"effectiveFrom\": \"2021-01-01\",", "")),
                "/values/0/effectiveFrom", "policy.required");
        assertSingle(doc(value("t.count", "3").replace(", \"legalBasis\": \"b1\"", "")),
                "/values/0/legalBasis", "policy.required");
        assertSingle(doc(value("t.count", "3").replace("\"value\": 3,", "")), "/values/0/value", "policy.required");
        assertSingle(doc("{\"key\": \"t.count\", \"jurisdiction\": \"210000\", \"effectiveFrom\": \"2021-01-01\","
                + " \"unknown\": true}"), "/values/0/note", "policy.required");
        assertEquals(List.of("/legalBasesX policy.unknown-field", "/legalBases policy.required"),
                violations(doc(value("t.count", "3")).replace("\"legalBases\"", "\"legalBasesX\"")).stream()
                        .map(v -> v.path() + " " + v.code()).toList());
    }

    @Test
    void unknownFieldsAtEveryLevel() {
        assertSingle(doc(value("t.count", "3")).replace("\"id\":", "\"colour\": 1, \"id\":"), "/colour",
                "policy.unknown-field");
        assertSingle(doc(value("t.count", "3")).replace("\"article\": null", "\"articel\": null"),
                "/legalBases/b1/articel", "policy.unknown-field");
        assertSingle(doc(value("t.count", "3").replace("\"value\"", "\"a/b~\": 0, \"value\"")),
                "/values/0/a~1b~0", "policy.unknown-field");
    }

    @Test
    void unknownKey() {
        assertSingle(doc(value("t.amount", "\"1.00\"") + "," + value("t.amuont", "\"1.00\"")), "/values/1/key",
                "policy.unknown-key");
    }

    @Test
    void wrongTypes() {
        List<Violation> violations = violations(doc(String.join(",",
                value("t.amount", "\"abc\""), value("t.amount", "1910.00"), value("t.amount", "\"1.234\""),
                value("t.rate", "\"x%\""), value("t.count", "2.5"), value("t.period", "\"20 days\""),
                value("t.yearly", "\"01-02\""), value("t.codes", "\"210123\""), value("t.codes", "[\"\"]"),
                value("t.text", "7"))));
        assertEquals(List.of("/values/0/value", "/values/1/value", "/values/2/value", "/values/3/value",
                        "/values/4/value", "/values/5/value", "/values/6/value", "/values/7/value",
                        "/values/8/value/0", "/values/9/value"),
                violations.stream().map(Violation::path).toList());
        assertTrue(violations.stream().allMatch(v -> v.code().equals("policy.type")), violations::toString);
        assertTrue(violations.stream().noneMatch(v -> v.message().contains("abc")), violations::toString);
    }

    @Test
    void fieldsOfTheWrongJsonType() {
        assertSingle(doc(value("t.count", "3").replace("\"210000\"", "210000")), "/values/0/jurisdiction",
                "policy.type");
        assertSingle(doc(value("t.count", "3").replace("\"value\"", "\"unknown\": \"yes\", \"value\"")),
                "/values/0/unknown", "policy.type");
        assertSingle(doc(value("t.count", "3")).replace("\"values\": [", "\"values\": [1,"), "/values/0",
                "policy.type");
        assertSingle(doc(value("t.count", "3")).replace("{\"en\": \"Test\"}", "\"Test\""), "/name", "policy.type");
    }

    @Test
    void blankText() {
        assertSingle(doc(value("t.count", "3")).replace("\"version\": \"1\"", "\"version\": \"  \""), "/version",
                "policy.blank");
    }

    @Test
    void negativeValues() {
        List<Violation> violations = violations(doc(String.join(",", value("t.amount", "\"-3.00\""),
                value("t.rate", "\"-0.5%\""), value("t.count", "-1"), value("t.period", "\"P-20D\""))));
        assertEquals(List.of("/values/0/value", "/values/1/value", "/values/2/value", "/values/3/value"),
                violations.stream().map(Violation::path).toList());
        assertTrue(violations.stream().allMatch(v -> v.code().equals("policy.negative")), violations::toString);
        assertTrue(violations.stream().noneMatch(v -> v.message().contains("-3")), violations::toString);
    }

    @Test
    void badDates() {
        assertSingle(doc(value("t.count", "3").replace("2021-01-01", "2021-13-01")), "/values/0/effectiveFrom",
                "policy.date");
        assertSingle(doc(value("t.count", "3")).replace("\"effectiveDate\": \"2021-01-01\"", "\"effectiveDate\": 20210101"),
                "/legalBases/b1/effectiveDate", "policy.date");
        assertSingle(doc(value("t.day", "\"2021-02-30\"")), "/values/0/value", "policy.date");
    }

    @Test
    void effectiveFromAfterEffectiveTo() {
        assertSingle(doc(value("t.count", "3").replace("\"value\"", "\"effectiveTo\": \"2020-12-31\", \"value\"")),
                "/values/0/effectiveTo", "policy.date-order");
    }

    @Test
    void malformedDivisionCode() {
        assertSingle(doc(value("t.count", "3").replace("\"210000\"", "\"21010\"")), "/values/0/jurisdiction",
                "policy.division");
        assertSingle(doc(value("t.count", "3")).replaceFirst("\"jurisdiction\": \"210000\"",
                "\"jurisdiction\": \"21x000\""), "/jurisdiction", "policy.division");
    }

    @Test
    void valueOutsideThePacksJurisdiction() {
        assertSingle(doc(value("t.count", "3").replace("\"210000\"", "\"110000\"")), "/values/0/jurisdiction",
                "policy.jurisdiction");
    }

    @Test
    void unknownValueWithAValue() {
        assertSingle(doc(value("t.count", "3").replace("\"value\"", "\"unknown\": true, \"note\": \"n\", \"value\"")),
                "/values/0/value", "policy.unknown-value");
    }

    @Test
    void danglingLegalBasisReference() {
        assertSingle(doc(value("t.count", "3").replace("\"b1\"", "\"b2\"")), "/values/0/legalBasis",
                "policy.legal-basis-ref");
    }

    @Test
    void aBrokenLegalBasisIsReportedOnceNotAgainAtEachReference() {
        assertSingle(doc(value("t.count", "3")).replace("\"titleEn\": \"Test\",", ""), "/legalBases/b1/titleEn",
                "policy.required");
    }

    @Test
    void duplicateCodeInASet() {
        assertSingle(doc(value("t.codes", "[\"210123\", \"210124\", \"210123\"]")), "/values/0/value/2",
                "policy.duplicate");
    }

    @Test
    void overlappingRanges() {
        assertSingle(doc(String.join(",",
                value("t.count", "3").replace("\"value\"", "\"effectiveTo\": \"2021-06-30\", \"value\""),
                value("t.count", "4").replace("2021-01-01", "2021-06-30"))), "/values/1/effectiveFrom",
                "policy.overlap");
    }

    @Test
    void gappedRanges() {
        assertSingle(doc(String.join(",",
                value("t.count", "4").replace("2021-01-01", "2021-07-02"),
                value("t.count", "3").replace("\"value\"", "\"effectiveTo\": \"2021-06-30\", \"value\""))),
                "/values/0/effectiveFrom", "policy.gap");
    }

    @Test
    void adjacentRangesAreFine() {
        PolicyPack pack = READER.read(doc(String.join(",",
                value("t.count", "3").replace("\"value\"", "\"effectiveTo\": \"2021-06-30\", \"value\""),
                value("t.count", "4").replace("2021-01-01", "2021-07-01"))));
        assertEquals(3, pack.resolve(COUNT, LIAONING, LocalDate.of(2021, 6, 30)).value());
        assertEquals(4, pack.resolve(COUNT, LIAONING, LocalDate.of(2021, 7, 1)).value());
    }

    @Test
    void collectsEveryViolationInOneReading() {
        String json = doc(String.join(",",
                value("t.amount", "\"-1.00\""),
                value("t.nope", "1"),
                value("t.count", "3").replace("\"value\"", "\"effectiveTo\": \"2021-06-30\", \"value\""),
                value("t.count", "4").replace("2021-01-01", "2021-08-01"),
                value("t.text", "\"x\"").replace("\"b1\"", "\"b9\"")))
                .replace("\"id\":", "\"extra\": true, \"id\":");
        List<Violation> violations = violations(json);
        assertEquals(List.of(
                "/extra policy.unknown-field",
                "/values/0/value policy.negative",
                "/values/1/key policy.unknown-key",
                "/values/4/legalBasis policy.legal-basis-ref",
                "/values/3/effectiveFrom policy.gap"),
                violations.stream().map(v -> v.path() + " " + v.code()).toList());
    }

    @Test
    void aFaultyValueDoesNotCauseAGapReportInItsSeries() {
        assertSingle(doc(String.join(",",
                value("t.count", "3").replace("\"value\"", "\"effectiveTo\": \"2021-06-30\", \"value\""),
                value("t.count", "-4").replace("2021-01-01", "2021-07-01")
                        .replace("\"value\"", "\"effectiveTo\": \"2021-07-31\", \"value\""),
                value("t.count", "5").replace("2021-01-01", "2021-08-01"))),
                "/values/1/value", "policy.negative");
    }
}
