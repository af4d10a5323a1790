package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.SEED;
import static org.jobassist.impl.jackson.JsonSupport.assertCode;
import static org.jobassist.impl.jackson.JsonSupport.assertNotEchoed;
import static org.jobassist.impl.jackson.JsonSupport.idNumber;
import static org.jobassist.impl.jackson.JsonSupport.read;
import static org.jobassist.impl.jackson.JsonSupport.reject;
import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Round trips through JSON, checked on generated values with the build's fixed seed. */
class JsonPropertiesTest {

    record Holder<T>(T value, List<T> list, Map<String, T> map) {}

    record Person(ResidentIdNumber idNumber) {}

    static final long MIN_EPOCH_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    static final long MAX_EPOCH_DAY = LocalDate.of(2100, 12, 31).toEpochDay();

    static final List<DivisionCode> CODES =
            Divisions.builtIn().all().stream().map(Division::code).collect(Collectors.toList());

    static Gen<LocalDate> dates() {
        return longs().between(MIN_EPOCH_DAY, MAX_EPOCH_DAY).map(LocalDate::ofEpochDay);
    }

    @Test
    void moneyFromFen() {
        qt().withFixedSeed(SEED).forAll(longs().all()).checkAssert(fen -> {
            Money money = Money.ofFen(fen);
            String json = write(money);
            // The JSON is the amount in yuan with exactly two decimals, computed here from the fen.
            assertEquals("\"" + BigDecimal.valueOf(fen, 2).toPlainString() + "\"", json);
            assertEquals(money, read(json, Money.class));
        });
    }

    @Test
    void moneyFromAJsonNumberIsExact() {
        qt().withFixedSeed(SEED).forAll(longs().all()).checkAssert(fen -> {
            String number = BigDecimal.valueOf(fen, 2).toPlainString();
            assertEquals(Money.ofFen(fen), read(number, Money.class));
        });
    }

    @Test
    void ratioFromNumeratorAndDenominator() {
        qt().withFixedSeed(SEED)
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
        qt().withFixedSeed(SEED).forAll(dates(), dates()).checkAssert((a, b) -> {
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
        qt().withFixedSeed(SEED).forAll(dates()).checkAssert(start -> {
            DateRange range = DateRange.startingOn(start);
            assertEquals("\"" + start + "/..\"", write(range));
            assertEquals(range, read(write(range), DateRange.class));
        });
    }

    @Test
    void builtInDivisionCodes() {
        qt().withFixedSeed(SEED).forAll(arbitrary().pick(CODES)).checkAssert(code -> {
            assertEquals("\"" + code.code() + "\"", write(code));
            Holder<DivisionCode> holder = new Holder<>(code, List.of(code, code), Map.of(code.code(), code));
            assertEquals(holder, read(write(holder), new TypeReference<Holder<DivisionCode>>() {}));
        });
    }

    @Test
    void residentIdNumbersFromBirthDateAndSequence() {
        qt().withFixedSeed(SEED)
                .forAll(arbitrary().pick(CODES), dates(), integers().between(0, 999))
                .checkAssert((address, birth, sequence) -> {
                    String text = idNumber(address.code(), birth, sequence);
                    ResidentIdNumber id = ResidentIdNumber.parse(text);
                    assertEquals("\"" + text + "\"", write(id));
                    assertEquals(id, read(write(id), ResidentIdNumber.class));
                });
    }

    @Test
    void changedCheckCharacterIsRejectedWithoutEcho() {
        qt().withFixedSeed(SEED)
                .forAll(arbitrary().pick(CODES), dates(), integers().between(0, 999), integers().between(1, 10))
                .checkAssert((address, birth, sequence, shift) -> {
                    String valid = idNumber(address.code(), birth, sequence);
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
        qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Explanation tree = tree(new Random(seed), 0);
            String json = write(tree);
            assertEquals(tree, read(json, Explanation.class));
            assertEquals(json, write(read(json, Explanation.class)));
        });
    }

    /** A random, valid explanation tree of depth at most 3, with text that needs JSON escaping. */
    private static Explanation tree(Random random, int depth) {
        String[] words = {"age", "near-retirement", "x1", "zero-employment", "category"};
        String rule = words[random.nextInt(words.length)] + "." + words[random.nextInt(words.length)];
        Explanation.Builder builder = Explanation.builder(rule)
                .description(random.nextBoolean() ? "" : "说明 \"quoted\" \\ line\nbreak " + random.nextInt());
        int inputs = random.nextInt(4);
        for (int i = 0; i < inputs; i++) {
            builder.input("in" + i + "-" + random.nextInt(100), "v" + random.nextLong());
        }
        Explanation.Outcome outcome = Explanation.Outcome.values()[random.nextInt(Explanation.Outcome.values().length)];
        builder.outcome(outcome);
        if (outcome == Explanation.Outcome.VALUE || random.nextBoolean()) {
            builder.result(Long.toString(random.nextLong()));
        }
        int bases = random.nextInt(3);
        for (int i = 0; i < bases; i++) {
            LegalBasis basis = LegalBasis.of("辽人社发〔2021〕" + random.nextInt(50) + "号", "通知", "Notice");
            if (random.nextBoolean()) {
                basis = basis.withArticle(Integer.toString(1 + random.nextInt(30)));
            }
            if (random.nextBoolean()) {
                basis = basis.withEffectiveDate(LocalDate.ofEpochDay(random.nextInt(30_000)));
            }
            builder.legalBasis(basis);
        }
        if (depth < 3) {
            int children = random.nextInt(3);
            for (int i = 0; i < children; i++) {
                builder.child(tree(random, depth + 1));
            }
        }
        return builder.build();
    }
}
