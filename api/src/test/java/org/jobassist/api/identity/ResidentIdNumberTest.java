package org.jobassist.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class ResidentIdNumberTest {

    /** DOMAIN.md §5: Beijing Chaoyang, born 1949-12-31, female, check X. */
    static final String EXAMPLE = "11010519491231002X";
    /** Shenyang Liaozhong, born 1980-01-01, male; check computed by hand (ISO 7064). */
    static final String LIAOZHONG_MAN = "210115198001010012";
    /** Born on a leap day. */
    static final String LEAP_DAY = "210115200002290044";
    static final String SHENZHEN_FUTIAN = "440304199912310453";

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);

    static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(1000);
    }

    /** ISO 7064 MOD 11-2 in its recursive form, independent of the weight table under test. */
    static char referenceCheck(String seventeenDigits) {
        int p = 0;
        for (int i = 0; i < seventeenDigits.length(); i++) {
            p = (p + seventeenDigits.charAt(i) - '0') * 2 % 11;
        }
        int r = (12 - p) % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    static InvalidInputException rejected(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResidentIdNumber.parse(text));
        assertNoPersonalData(e.getMessage(), text);
        assertEquals(Optional.empty(), ResidentIdNumber.tryParse(text));
        assertFalse(ResidentIdNumber.isValid(text));
        return e;
    }

    /** No run of 6 or more characters of the input (address code, birth date, body) in the message. */
    static void assertNoPersonalData(String message, String input) {
        for (int i = 0; i + 6 <= input.length(); i++) {
            String part = input.substring(i, i + 6);
            assertFalse(message.toUpperCase().contains(part.toUpperCase()),
                    () -> "message shows part of the input: " + message);
        }
    }

    @Nested
    class WorkedExamples {

        @Test
        void beijingChaoyangWomanBornOnNewYearsEveOf1949() {
            ResidentIdNumber id = ResidentIdNumber.parse(EXAMPLE);
            assertEquals(EXAMPLE, id.value());
            assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
            assertEquals(Gender.FEMALE, id.gender());
            assertEquals(DivisionCode.of("110105"), id.addressCode());
        }

        @Test
        void addressCodeOutsideTheBuiltInTableIsAccepted() {
            assertEquals("110105", ResidentIdNumber.parse(EXAMPLE).addressCode().code());
            assertEquals("440304", ResidentIdNumber.parse(SHENZHEN_FUTIAN).addressCode().code());
        }

        @Test
        void oddSequenceDigitIsAMan() {
            ResidentIdNumber id = ResidentIdNumber.parse(LIAOZHONG_MAN);
            assertEquals(Gender.MALE, id.gender());
            assertEquals(LocalDate.of(1980, 1, 1), id.birthDate());
            assertEquals(DivisionCode.of("210115"), id.addressCode());
        }

        @Test
        void leapDayIsAPossibleBirthDate() {
            assertEquals(LocalDate.of(2000, 2, 29), ResidentIdNumber.parse(LEAP_DAY).birthDate());
        }

        @Test
        void lowerCaseXIsAcceptedAndNormalised() {
            ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x");
            assertEquals(EXAMPLE, id.value());
            assertEquals(ResidentIdNumber.parse(EXAMPLE), id);
            assertEquals(Optional.of(id), ResidentIdNumber.tryParse(new StringBuilder("11010519491231002x")));
        }

        @Test
        void canonicalStringInputIsKeptAsIs() {
            String text = new String(EXAMPLE.toCharArray());
            assertSame(text, ResidentIdNumber.parse(text).value());
        }

        @Test
        void anyCharSequenceIsAccepted() {
            assertEquals(EXAMPLE, ResidentIdNumber.parse(new StringBuilder(EXAMPLE)).value());
        }
    }

    @Nested
    class Legacy {

        @Test
        void fifteenDigitFormGetsCenturyAndCheckCharacter() {
            ResidentIdNumber id = ResidentIdNumber.fromLegacy("110105491231002");
            assertEquals(EXAMPLE, id.value());
            assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        }

        @Test
        void fifteenDigitFormOfALiaoningMan() {
            assertEquals(LIAOZHONG_MAN, ResidentIdNumber.fromLegacy("210115800101001").value());
        }

        @Test
        void wrongLength() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> ResidentIdNumber.fromLegacy("11010549123100"));
            assertEquals("resident-id.length", e.code());
            assertTrue(e.getMessage().contains("15"));
        }

        @Test
        void eighteenCharactersAreNotTheLegacyForm() {
            assertEquals("resident-id.length",
                    assertThrows(InvalidInputException.class, () -> ResidentIdNumber.fromLegacy(EXAMPLE)).code());
        }

        @Test
        void nonDigitPositionCountsInTheFifteenDigitText() {
            String text = "1101054912310X2";
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResidentIdNumber.fromLegacy(text));
            assertEquals("resident-id.character", e.code());
            assertTrue(e.getMessage().contains("character at position 14 is not a digit"), e.getMessage());
            assertNoPersonalData(e.getMessage(), text);
        }

        @Test
        void impossibleBirthDate() {
            String text = "110105490230002";
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResidentIdNumber.fromLegacy(text));
            assertEquals("resident-id.birth-date", e.code());
            assertNoPersonalData(e.getMessage(), text);
        }
    }

    @Nested
    class Errors {

        @Test
        void length() {
            InvalidInputException e = rejected("11010519491231002");
            assertEquals("resident-id.length", e.code());
            assertTrue(e.getMessage().contains("18"));
            assertEquals("resident-id.length", rejected("").code());
            assertEquals("resident-id.length", rejected(EXAMPLE + "0").code());
        }

        @Test
        void nonDigitNamesItsPosition() {
            InvalidInputException e = rejected("11010519491231A02X");
            assertEquals("resident-id.character", e.code());
            assertTrue(e.getMessage().contains("character at position 15 is not a digit"), e.getMessage());
        }

        @Test
        void xOnlyAsCheckCharacter() {
            InvalidInputException e = rejected("1101051949123100X2");
            assertEquals("resident-id.character", e.code());
            assertTrue(e.getMessage().contains("position 17"), e.getMessage());
        }

        @Test
        void badCheckCharacter() {
            InvalidInputException e = rejected("11010519491231002Y");
            assertEquals("resident-id.character", e.code());
            assertTrue(e.getMessage().contains("position 18"), e.getMessage());
        }

        @Test
        void fullWidthDigitIsNotADigit() {
            assertEquals("resident-id.character", rejected("１1010519491231002X").code());
        }

        @Test
        void impossibleBirthDates() {
            for (String text : List.of(
                    "210213197502290030", // 1975-02-29: not a leap year; check character is right
                    "110105194913310020", // month 13
                    "110105194900310020", // month 0
                    "110105194904310020", // April 31
                    "110105194912000020", // day 0
                    "110105190002290020", // 1900 is not a leap year
                    "110105179912310020")) { // before 1800
                InvalidInputException e = rejected(text);
                assertEquals("resident-id.birth-date", e.code(), text);
            }
        }

        @Test
        void addressCodeWithProvincePartZero() {
            assertEquals("resident-id.address-code", rejected("001234194912310020").code());
        }

        @Test
        void wrongCheckCharacterShowsOnlyTheCheckCharacters() {
            InvalidInputException e = rejected("110105194912310025");
            assertEquals("resident-id.check-character", e.code());
            assertTrue(e.getMessage().contains("expected X, found 5"), e.getMessage());
        }

        @Test
        void lowerCaseXWhereADigitIsExpected() {
            InvalidInputException e = rejected("21011519800101001x");
            assertEquals("resident-id.check-character", e.code());
            assertTrue(e.getMessage().contains("expected 2, found X"), e.getMessage());
        }

        @Test
        void bornAfterTheGivenDate() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> ResidentIdNumber.parse(EXAMPLE, LocalDate.of(1949, 12, 30)));
            assertEquals("resident-id.birth-date-after", e.code());
            assertNoPersonalData(e.getMessage(), EXAMPLE);
            assertFalse(e.getMessage().contains("1949-12-31"));
        }

        @Test
        void bornOnTheGivenDateIsAccepted() {
            assertEquals(EXAMPLE, ResidentIdNumber.parse(EXAMPLE, LocalDate.of(1949, 12, 31)).value());
        }

        @Test
        void nullIsAProgrammingError() {
            assertThrows(NullPointerException.class, () -> ResidentIdNumber.parse(null));
            assertThrows(NullPointerException.class, () -> ResidentIdNumber.parse(EXAMPLE, null));
            assertThrows(NullPointerException.class, () -> ResidentIdNumber.fromLegacy(null));
            assertEquals(Optional.empty(), ResidentIdNumber.tryParse(null));
            assertFalse(ResidentIdNumber.isValid(null));
        }
    }

    @Nested
    class Privacy {

        @Test
        void toStringIsMasked() {
            ResidentIdNumber id = ResidentIdNumber.parse(EXAMPLE);
            assertEquals("110105********002X", id.masked());
            assertEquals("110105********002X", id.toString());
        }

        @Test
        void maskedFormOfAManFromLiaozhong() {
            assertEquals("210115********0012", ResidentIdNumber.parse(LIAOZHONG_MAN).toString());
        }
    }

    @Nested
    class ValueSemantics {

        @Test
        void equalsHashCodeCompareTo() {
            ResidentIdNumber a = ResidentIdNumber.parse(EXAMPLE);
            ResidentIdNumber b = ResidentIdNumber.parse("11010519491231002x");
            ResidentIdNumber c = ResidentIdNumber.parse(LIAOZHONG_MAN);
            assertEquals(a, b);
            assertEquals(a.hashCode(), b.hashCode());
            assertEquals(0, a.compareTo(b));
            assertNotEquals(a, c);
            assertTrue(a.compareTo(c) < 0);
            assertTrue(c.compareTo(a) > 0);
            assertNotEquals(a, EXAMPLE);
        }
    }

    @Nested
    class Laws {

        @Test
        void everySingleCharacterSubstitutionIsRejected() {
            String alphabet = "0123456789Xx";
            for (String valid : List.of(EXAMPLE, LIAOZHONG_MAN, LEAP_DAY, SHENZHEN_FUTIAN)) {
                int tried = 0;
                for (int position = 0; position < valid.length(); position++) {
                    for (char c : alphabet.toCharArray()) {
                        if (Character.toUpperCase(c) == valid.charAt(position)) {
                            continue;
                        }
                        char[] chars = valid.toCharArray();
                        chars[position] = c;
                        String changed = new String(chars);
                        tried++;
                        assertFalse(ResidentIdNumber.tryParse(changed).isPresent(), changed);
                    }
                }
                assertTrue(tried >= 18 * 10, "every position and character tried");
            }
        }

        @Test
        void numbersWithTheReferenceCheckCharacterParseAndRoundTrip() {
            qt().forAll(integers().between(11_0000, 99_9999),
                            localDates().withDaysBetween(LocalDate.of(1900, 1, 1).toEpochDay(),
                                    LocalDate.of(2021, 12, 31).toEpochDay()),
                            integers().between(0, 999))
                    .checkAssert((address, birth, sequence) -> {
                        String body = String.format("%06d%04d%02d%02d%03d", address,
                                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
                        String text = body + referenceCheck(body);
                        ResidentIdNumber id = ResidentIdNumber.parse(text);
                        assertEquals(text, id.value());
                        assertEquals(birth, id.birthDate());
                        assertEquals(sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE, id.gender());
                        assertEquals(String.format("%06d", address), id.addressCode().code());
                        for (char other : "0123456789X".toCharArray()) {
                            if (other != referenceCheck(body)) {
                                InvalidInputException e = assertThrows(InvalidInputException.class,
                                        () -> ResidentIdNumber.parse(body + other));
                                assertEquals("resident-id.check-character", e.code());
                                assertNoPersonalData(e.getMessage(), body + other);
                            }
                        }
                    });
        }

        @Test
        void eighteenDigitStringsAreJudgedLikeTheReference() {
            qt().forAll(strings().betweenCodePoints('0', '9').ofLength(18))
                    .checkAssert(text -> {
                        boolean checkRight = referenceCheck(text.substring(0, 17)) == text.charAt(17);
                        if (!checkRight) {
                            assertFalse(ResidentIdNumber.isValid(text), text);
                        }
                        if (ResidentIdNumber.isValid(text)) {
                            assertTrue(checkRight);
                            assertEquals(text, ResidentIdNumber.parse(text).value());
                        }
                    });
        }

        @Test
        void tryParseNeverThrowsAndAgreesWithParse() {
            qt().forAll(strings().betweenCodePoints('0' - 2, 'z').ofLengthBetween(0, 20))
                    .checkAssert(text -> {
                        Optional<ResidentIdNumber> parsed = ResidentIdNumber.tryParse(text);
                        assertEquals(parsed.isPresent(), ResidentIdNumber.isValid(text));
                        if (parsed.isPresent()) {
                            assertEquals(parsed.get(), ResidentIdNumber.parse(text));
                        } else {
                            InvalidInputException e = assertThrows(InvalidInputException.class,
                                    () -> ResidentIdNumber.parse(text));
                            assertTrue(e.code().startsWith("resident-id."));
                            assertNoPersonalData(e.getMessage(), text);
                        }
                    });
        }
    }
}
