package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.MAPPER;
import static org.jobassist.impl.jackson.JsonSupport.assertCode;
import static org.jobassist.impl.jackson.JsonSupport.assertNotEchoed;
import static org.jobassist.impl.jackson.JsonSupport.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementAge;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Malformed JSON values: the error names the JSON path and the code, and never quotes personal data. */
class MalformedJsonTest {

    record Person(ResidentIdNumber idNumber) {}

    record Payroll(List<Person> people) {}

    record Account(Money balance, Ratio share, DivisionCode region, DateRange period) {}

    /** The path as Jackson records it: field names and indexes from the root. */
    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "[\"" + r.getFieldName() + "\"]" : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
    }

    @Nested
    class ResidentIdNumbers {

        /** The Chaoyang example with its check character changed from X to 3. */
        static final String WRONG_CHECK = "110105194912310023";

        @Test
        void errorNamesThePathAndCodeButNotTheNumber() {
            String json = "{\"people\":[{\"idNumber\":\"" + ValueJsonTest.CHAOYANG_ID + "\"},"
                    + "{\"idNumber\":\"" + WRONG_CHECK + "\"}]}";
            InvalidValueException e = reject(json, Payroll.class);
            assertEquals("[\"people\"][1][\"idNumber\"]", path(e));
            String message = e.getMessage();
            assertTrue(message.contains("[\"people\"]"), message);
            assertTrue(message.contains("[1]"), message);
            assertTrue(message.contains("[\"idNumber\"]"), message);
            assertCode("resident-id.check-character", e);
            assertNotEchoed(WRONG_CHECK, message);
            assertNotEchoed(WRONG_CHECK, e.getOriginalMessage());
            assertNull(e.getValue(), "the rejected number must not be kept");
            assertEquals(ResidentIdNumber.class, e.getTargetType());
        }

        @Test
        void isAJacksonInvalidFormatException() {
            assertThrows(InvalidFormatException.class,
                    () -> MAPPER.readValue("\"" + WRONG_CHECK + "\"", ResidentIdNumber.class));
        }

        @Test
        void everyRuleKeepsTheNumberOutOfTheMessage() {
            Map<String, String> bad = Map.of(
                    "resident-id.length", "11010519491231002",
                    "resident-id.character", "1101051949123100AX",
                    "resident-id.birth-date", "110105194902300021",
                    "resident-id.address-code", "001050194912310021",
                    "resident-id.check-character", WRONG_CHECK);
            bad.forEach((code, text) -> {
                InvalidValueException e = reject("{\"idNumber\":\"" + text + "\"}", Person.class);
                assertCode(code, e);
                assertEquals("[\"idNumber\"]", path(e));
                assertNotEchoed(text, e.getMessage());
                assertNull(e.getValue());
            });
        }

        @Test
        void mapKeyErrorKeepsTheNumberOut() {
            InvalidValueException e = reject("{\"" + WRONG_CHECK + "\":\"1.00\"}",
                    new TypeReference<Map<ResidentIdNumber, Money>>() {});
            assertCode("resident-id.check-character", e);
            assertNotEchoed(WRONG_CHECK, e.getMessage());
            assertNull(e.getValue());
        }

        @Test
        void aNumberIsTheWrongKindOfValue() {
            InvalidValueException e = reject("{\"idNumber\":110105194912310023}", Person.class);
            assertCode("json.type", e);
            assertEquals("[\"idNumber\"]", path(e));
            assertNotEchoed(WRONG_CHECK, e.getMessage());
        }
    }

    @Nested
    class OtherScalars {

        @Test
        void creditCode() {
            InvalidValueException e = reject("[\"91350100M000100Y4\"]", new TypeReference<List<UnifiedSocialCreditCode>>() {});
            assertCode("credit-code.length", e);
            assertEquals("[0]", path(e));
            assertCode("credit-code.check-character",
                    reject("\"91350100M000100Y44\"", UnifiedSocialCreditCode.class));
        }

        @Test
        void divisionCode() {
            InvalidValueException e = reject("{\"region\":\"21011\"}", Account.class);
            assertCode("division-code.length", e);
            assertEquals("[\"region\"]", path(e));
            assertTrue(e.getMessage().contains("[\"region\"]"), e.getMessage());
            assertCode("division-code.character", reject("\"21011a\"", DivisionCode.class));
            assertCode("division-code.province", reject("\"001234\"", DivisionCode.class));
        }

        @Test
        void divisionCodeAsMapKey() {
            InvalidValueException e = reject("{\"2101\":1}", new TypeReference<Map<DivisionCode, Integer>>() {});
            assertCode("division-code.length", e);
        }

        @Test
        void money() {
            InvalidValueException e = reject("{\"balance\":\"12.345\"}", Account.class);
            assertCode("money.scale", e);
            assertEquals("[\"balance\"]", path(e));
            assertEquals("12.345", e.getValue());
            assertCode("money.format", reject("\"twelve\"", Money.class));
            assertCode("money.overflow", reject("\"92233720368547758.08\"", Money.class));
        }

        @Test
        void moneyAsANumberIsReadExactlyOrRefused() {
            assertCode("money.scale", reject("0.125", Money.class));
            assertCode("money.format", reject("1e3", Money.class));
            assertCode("money.overflow", reject("92233720368547758.08", Money.class));
        }

        @Test
        void ratio() {
            InvalidValueException e = reject("{\"share\":\"2/0\"}", Account.class);
            assertCode("ratio.zero-denominator", e);
            assertEquals("[\"share\"]", path(e));
            assertCode("ratio.format", reject("\"two thirds\"", Ratio.class));
            assertCode("ratio.format", reject("5.5e-2", Ratio.class));
        }

        @Test
        void dateRange() {
            InvalidValueException e = reject("{\"period\":\"2021-12-31/2021-01-01\"}", Account.class);
            assertCode("date-range.order", e);
            assertEquals("[\"period\"]", path(e));
            assertCode("date-range.format", reject("\"2021-01-01..2021-12-31\"", DateRange.class));
        }

        @Test
        void wrongKindsOfValue() {
            assertCode("json.type", reject("{\"balance\":true}", Account.class));
            assertCode("json.type", reject("{\"share\":[1]}", Account.class));
            assertCode("json.type", reject("{\"period\":{}}", Account.class));
            assertCode("json.type", reject("{\"region\":210115}", Account.class));
        }
    }

    @Nested
    class Objects {

        @Test
        void retirementAge() {
            InvalidValueException e = reject("[{\"years\":60,\"months\":12}]", new TypeReference<List<RetirementAge>>() {});
            assertCode("retirement-age.range", e);
            assertEquals("[0]", path(e));
            assertCode("json.required", reject("{\"years\":60}", RetirementAge.class));
            InvalidValueException type = reject("{\"years\":\"60\",\"months\":0}", RetirementAge.class);
            assertCode("json.type", type);
            assertEquals("[\"years\"]", path(type));
            assertCode("json.type", reject("\"60y3m\"", RetirementAge.class));
        }

        @Test
        void legalBasis() {
            InvalidValueException e = reject("{\"documentNumber\":\" \",\"titleZh\":\"甲\",\"titleEn\":\"A\"}",
                    LegalBasis.class);
            assertCode("legal-basis.document-number", e);
            InvalidValueException missing = reject("{\"documentNumber\":\"X\",\"titleEn\":\"A\"}", LegalBasis.class);
            assertCode("json.required", missing);
            assertTrue(missing.getMessage().contains("titleZh"), missing.getMessage());
            InvalidValueException date = reject("{\"documentNumber\":\"X\",\"titleZh\":\"甲\",\"titleEn\":\"A\","
                    + "\"effectiveDate\":\"2021-02-30\"}", LegalBasis.class);
            assertCode("legal-basis.effective-date", date);
            assertEquals("[\"effectiveDate\"]", path(date));
        }

        @Test
        void unknownFieldsAreRefusedAsJacksonDoesForBeans() {
            assertThrows(UnrecognizedPropertyException.class,
                    () -> MAPPER.readValue("{\"years\":60,\"months\":0,\"days\":3}", RetirementAge.class));
        }
    }
}
