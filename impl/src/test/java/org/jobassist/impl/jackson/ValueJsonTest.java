package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.read;
import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** Each value type written as its canonical JSON form and read back, alone and inside containers. */
class ValueJsonTest {

    /** DOMAIN.md §identity example: a woman born 1949-12-31 in Chaoyang, Beijing. */
    static final String CHAOYANG_ID = "11010519491231002X";
    /** DOMAIN.md §identity example of a unified social credit code. */
    static final String CREDIT_CODE = "91350100M000100Y43";

    record Person(ResidentIdNumber idNumber, DivisionCode residence, Money income) {}

    record Payroll(String name, List<Person> people, Map<String, Money> totals) {}

    record Employer(UnifiedSocialCreditCode creditCode, Ratio share, DateRange period, RetirementAge age) {}

    @Nested
    class ResidentIdNumbers {

        @Test
        void writtenAsTheCanonicalEighteenCharactersInClear() {
            assertEquals("\"" + CHAOYANG_ID + "\"", write(ResidentIdNumber.parse(CHAOYANG_ID)));
        }

        @Test
        void readBackFromTheCanonicalText() {
            assertEquals(ResidentIdNumber.parse(CHAOYANG_ID), read("\"" + CHAOYANG_ID + "\"", ResidentIdNumber.class));
        }

        @Test
        void lowerCaseCheckCharacterIsReadAndWrittenInUpperCase() {
            ResidentIdNumber id = read("\"11010519491231002x\"", ResidentIdNumber.class);
            assertEquals("\"" + CHAOYANG_ID + "\"", write(id));
        }

        @Test
        void mapKeysAreTheNumberNotItsMaskedToString() {
            Map<ResidentIdNumber, Money> paid = Map.of(ResidentIdNumber.parse(CHAOYANG_ID), Money.ofFen(12345));
            assertEquals("{\"" + CHAOYANG_ID + "\":\"123.45\"}", write(paid));
            assertEquals(paid, read(write(paid), new TypeReference<Map<ResidentIdNumber, Money>>() {}));
        }
    }

    @Nested
    class CreditCodes {

        @Test
        void writtenAndReadAsEighteenCharacters() {
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(CREDIT_CODE);
            assertEquals("\"" + CREDIT_CODE + "\"", write(code));
            assertEquals(code, read("\"" + CREDIT_CODE + "\"", UnifiedSocialCreditCode.class));
        }
    }

    @Nested
    class DivisionCodes {

        @Test
        void writtenAndReadAsSixDigits() {
            assertEquals("\"210115\"", write(DivisionCode.of("210115")));
            assertEquals(DivisionCode.of("210115"), read("\"210115\"", DivisionCode.class));
        }

        @Test
        void asMapKeys() {
            Map<DivisionCode, Integer> counts = new LinkedHashMap<>();
            counts.put(DivisionCode.of("210100"), 3);
            counts.put(DivisionCode.of("210115"), 1);
            assertEquals("{\"210100\":3,\"210115\":1}", write(counts));
            assertEquals(counts, read("{\"210100\":3,\"210115\":1}", new TypeReference<Map<DivisionCode, Integer>>() {}));
        }
    }

    @Nested
    class Amounts {

        @Test
        void writtenAsTheCanonicalDecimalString() {
            assertEquals("\"1234.50\"", write(Money.ofFen(123450)));
            assertEquals("\"-3.00\"", write(Money.ofYuan(-3)));
            assertEquals("\"0.00\"", write(Money.ZERO));
        }

        @Test
        void readFromEveryTextFormOfParse() {
            assertEquals(Money.ofFen(123450), read("\"1234.50\"", Money.class));
            assertEquals(Money.ofFen(123450), read("\"1234.5\"", Money.class));
            assertEquals(Money.ofFen(123450), read("\"¥1,234.50\"", Money.class));
            assertEquals(Money.ofFen(123450), read("\"1234.50元\"", Money.class));
        }

        @Test
        void readFromAPlainJsonNumberExactly() {
            assertEquals(Money.ofFen(123450), read("1234.5", Money.class));
            assertEquals(Money.ofFen(191000), read("1910", Money.class));
            assertEquals(Money.ofFen(-1), read("-0.01", Money.class));
            // 0.1 + 0.2 in binary floating point is not 0.3; read from the digits it is exact.
            assertEquals(Money.ofFen(30), read("0.30", Money.class));
            assertEquals(Money.ofFen(Long.MAX_VALUE), read("92233720368547758.07", Money.class));
        }
    }

    @Nested
    class Ratios {

        @Test
        void writtenAsTheCanonicalFractionOrDecimal() {
            assertEquals("\"2/3\"", write(Ratio.of(2, 3)));
            assertEquals("\"0.055\"", write(Ratio.percent("5.5")));
            assertEquals("\"1\"", write(Ratio.ONE));
        }

        @Test
        void readFromFractionDecimalPercentAndPlainNumber() {
            assertEquals(Ratio.of(2, 3), read("\"2/3\"", Ratio.class));
            assertEquals(Ratio.of(55, 1000), read("\"0.055\"", Ratio.class));
            assertEquals(Ratio.of(55, 1000), read("\"5.5%\"", Ratio.class));
            assertEquals(Ratio.of(55, 1000), read("0.055", Ratio.class));
        }

        /** DOMAIN.md: "5 of 100 = 5%". */
        @Test
        void fiveOfAHundredIsWrittenAsItsExactDecimal() {
            assertEquals("\"0.05\"", write(Ratio.of(5, 100)));
        }
    }

    @Nested
    class DateRanges {

        @Test
        void closedRangeWrittenAndReadAsStartSlashEnd() {
            DateRange year = DateRange.ofYear(2021);
            assertEquals("\"2021-01-01/2021-12-31\"", write(year));
            assertEquals(year, read("\"2021-01-01/2021-12-31\"", DateRange.class));
        }

        @Test
        void openEndedRangeWrittenAndReadWithTwoDots() {
            DateRange open = DateRange.startingOn(LocalDate.of(2021, 11, 1));
            assertEquals("\"2021-11-01/..\"", write(open));
            assertEquals(open, read("\"2021-11-01/..\"", DateRange.class));
        }
    }

    @Nested
    class RetirementAges {

        /** DOMAIN.md: a man born 1965-01 retires at 60 years and 1 month. */
        @Test
        void sixtyYearsOneMonthIsAnObject() {
            assertEquals("{\"years\":60,\"months\":1}", write(new RetirementAge(60, 1)));
            assertEquals(new RetirementAge(60, 1), read("{\"months\":1,\"years\":60}", RetirementAge.class));
        }
    }

    @Nested
    class LegalBases {

        @Test
        void nullFieldsAreLeftOut() {
            LegalBasis basis = LegalBasis.of("辽人社发〔2021〕7号", "关于就业援助的通知", "Notice on employment assistance");
            assertEquals("{\"documentNumber\":\"辽人社发〔2021〕7号\",\"titleZh\":\"关于就业援助的通知\","
                    + "\"titleEn\":\"Notice on employment assistance\"}", write(basis));
            assertEquals(basis, read(write(basis), LegalBasis.class));
        }

        @Test
        void everyFieldWrittenInOrder() {
            LegalBasis basis = LegalBasis.of("国发〔1978〕104号", "国务院关于工人退休、退职的暂行办法", "Interim Measures",
                    LocalDate.of(1978, 6, 2)).withArticle("1");
            assertEquals("{\"documentNumber\":\"国发〔1978〕104号\",\"titleZh\":\"国务院关于工人退休、退职的暂行办法\","
                    + "\"titleEn\":\"Interim Measures\",\"article\":\"1\",\"effectiveDate\":\"1978-06-02\"}", write(basis));
            assertEquals(basis, read(write(basis), LegalBasis.class));
        }

        @Test
        void explicitNullsAreRead() {
            LegalBasis basis = read("{\"documentNumber\":\"X\",\"titleZh\":\"甲\",\"titleEn\":\"A\","
                    + "\"article\":null,\"effectiveDate\":null}", LegalBasis.class);
            assertEquals(LegalBasis.of("X", "甲", "A"), basis);
        }
    }

    @Nested
    class InsideContainers {

        @Test
        void recordsListsAndMapsRoundTrip() {
            Person woman = new Person(ResidentIdNumber.parse(CHAOYANG_ID), DivisionCode.of("210115"), Money.ofFen(191000));
            Payroll payroll = new Payroll("march", List.of(woman), Map.of("subsidy", Money.ofFen(50)));
            String json = write(payroll);
            assertEquals("{\"name\":\"march\",\"people\":[{\"idNumber\":\"" + CHAOYANG_ID + "\",\"residence\":\"210115\","
                    + "\"income\":\"1910.00\"}],\"totals\":{\"subsidy\":\"0.50\"}}", json);
            assertEquals(payroll, read(json, Payroll.class));
        }

        @Test
        void everyStringTypeInOneRecord() {
            Employer employer = new Employer(UnifiedSocialCreditCode.parse(CREDIT_CODE), Ratio.of(2, 3),
                    DateRange.ofYear(2021), new RetirementAge(55, 0));
            String json = write(employer);
            assertEquals("{\"creditCode\":\"" + CREDIT_CODE + "\",\"share\":\"2/3\",\"period\":\"2021-01-01/2021-12-31\","
                    + "\"age\":{\"years\":55,\"months\":0}}", json);
            assertEquals(employer, read(json, Employer.class));
        }

        @Test
        void listsOfValues() {
            List<Money> amounts = List.of(Money.ofFen(1), Money.ofYuan(1910));
            assertEquals("[\"0.01\",\"1910.00\"]", write(amounts));
            assertEquals(amounts, read("[\"0.01\",\"1910.00\"]", new TypeReference<List<Money>>() {}));
        }

        @Test
        void nullFieldsStayNull() {
            assertEquals(new Person(null, null, null),
                    read("{\"idNumber\":null,\"residence\":null,\"income\":null}", Person.class));
        }
    }
}
