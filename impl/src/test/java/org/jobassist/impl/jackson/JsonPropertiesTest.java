package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.assertCode;
import static org.jobassist.impl.jackson.JsonSupport.assertNotEchoed;
import static org.jobassist.impl.jackson.JsonSupport.read;
import static org.jobassist.impl.jackson.JsonSupport.reject;
import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.jobassist.testkit.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.law.Explanations;
import org.jobassist.testkit.region.Regions;
import org.jobassist.testkit.time.Dates;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round trips through JSON, checked on the testkit's generated values with the build's fixed
 * seed.
 */
class JsonPropertiesTest {

    record Holder<T>(T value, List<T> list, Map<String, T> map) {}

    record Person(ResidentIdNumber idNumber) {}

    static Gen<LocalDate> dates() {
        return Dates.between(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31));
    }

    @Test
    void moneyFromFen() {
        qt().forAll(longs().all()).checkAssert(fen -> {
            Money money = Money.ofFen(fen);
            String json = write(money);
            // The JSON is the amount in yuan with exactly two decimals, computed here from the fen.
            assertEquals("\"" + BigDecimal.valueOf(fen, 2).toPlainString() + "\"", json);
            assertEquals(money, read(json, Money.class));
        });
    }

    @Test
    void moneyFromAJsonNumberIsExact() {
        qt().forAll(longs().all()).checkAssert(fen -> {
            String number = BigDecimal.valueOf(fen, 2).toPlainString();
            assertEquals(Money.ofFen(fen), read(number, Money.class));
        });
    }

    @Test
    void ratioFromNumeratorAndDenominator() {
        qt()
                .forAll(longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(1, 1_000_000_000L))
                .checkAssert((n, d) -> {
                    Ratio ratio = Ratio.of(n, d);
                    Ratio back = read(write(ratio), Ratio.class);
                    assertEquals(ratio, back);
                    // Exact: n/d and back agree after cross-multiplying, computed without the class.
                    assertEquals(back.numerator().multiply(BigInteger.valueOf(d)),
                            BigInteger.valueOf(n).multiply(back.denominator()));
                });
    }

    @Test
    void dateRangeFromTwoDates() {
        qt().forAll(dates(), dates()).checkAssert((a, b) -> {
            LocalDate start = a.isBefore(b) ? a : b;
            LocalDate end = a.isBefore(b) ? b : a;
            DateRange range = DateRange.of(start, end);
            String json = write(range);
            assertEquals("\"" + start + "/" + end + "\"", json);
            assertEquals(range, read(json, DateRange.class));
        });
    }

    @Test
    void openEndedDateRange() {
        qt().forAll(dates()).checkAssert(start -> {
            DateRange range = DateRange.startingOn(start);
            assertEquals("\"" + start + "/..\"", write(range));
            assertEquals(range, read(write(range), DateRange.class));
        });
    }

    @Test
    void builtInDivisionCodes() {
        qt().forAll(Regions.divisions()).checkAssert(code -> {
            assertEquals("\"" + code.code() + "\"", write(code));
            Holder<DivisionCode> holder = new Holder<>(code, List.of(code, code), Map.of(code.code(), code));
            assertEquals(holder, read(write(holder), new TypeReference<Holder<DivisionCode>>() {}));
        });
    }

    @Test
    void residentIdNumbers() {
        qt().forAll(Identities.residentIdNumbers()).checkAssert(id -> {
            assertEquals("\"" + id.value() + "\"", write(id));
            assertEquals(id, read(write(id), ResidentIdNumber.class));
            Person person = new Person(id);
            assertEquals(person, read(write(person), Person.class));
        });
    }

    @Test
    void changedCheckCharacterIsRejectedWithoutEcho() {
        qt().forAll(Identities.residentIdNumbers(), integers().between(1, 10))
                .checkAssert((id, shift) -> {
                    String valid = id.value();
                    String checks = "0123456789X";
                    char wrong = checks.charAt((checks.indexOf(valid.charAt(17)) + shift) % 11);
                    String text = valid.substring(0, 17) + wrong;
                    InvalidValueException e = reject("{\"idNumber\":\"" + text + "\"}", Person.class);
                    assertCode("resident-id.check-character", e);
                    assertNotEchoed(text, e.getMessage());
                    assertNull(e.getValue());
                });
    }

    @Test
    void explanationTrees() {
        // The testkit's trees carry quotes, backslashes, line breaks and non-BMP characters.
        qt().withExamples(300).forAll(Explanations.explanations()).checkAssert(tree -> {
            String json = write(tree);
            assertEquals(tree, read(json, Explanation.class));
            assertEquals(json, write(read(json, Explanation.class)));
        });
    }
}
