package org.jobassist.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

class UnifiedSocialCreditCodeTest {

    /** DOMAIN.md §5 (the example of GB 32100-2015). */
    static final String EXAMPLE = "91350100M000100Y43";
    /** Synthetic codes; check characters computed by hand. */
    static final String SHENYANG_ENTERPRISE = "91210100MA0Y5QJ018";
    static final String LIAONING_INSTITUTION = "12210000400000000P";

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("jobassist.seed", 20211109L)).withExamples(1000);
    }

    /** The check character from powers of 3 modulo 31, independent of the weight table under test. */
    static char referenceCheck(String seventeen) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(seventeen.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static InvalidInputException rejected(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> UnifiedSocialCreditCode.parse(text));
        assertEquals(Optional.empty(), UnifiedSocialCreditCode.tryParse(text));
        assertFalse(UnifiedSocialCreditCode.isValid(text));
        for (int i = 0; i + 6 <= text.length(); i++) {
            assertFalse(e.getMessage().contains(text.substring(i, i + 6)), e.getMessage());
        }
        return e;
    }

    @Test
    void standardExample() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(EXAMPLE);
        assertEquals(EXAMPLE, code.value());
        assertEquals('9', code.registrationAuthority());
        assertEquals('1', code.organisationType());
        assertEquals(DivisionCode.of("350100"), code.divisionCode());
    }

    @Test
    void institutionRegisteredInLiaoning() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(LIAONING_INSTITUTION);
        assertEquals('1', code.registrationAuthority());
        assertEquals('2', code.organisationType());
        assertEquals(DivisionCode.LIAONING, code.divisionCode());
    }

    @Test
    void toStringShowsTheCodeOfAnOrganisation() {
        assertEquals(EXAMPLE, UnifiedSocialCreditCode.parse(EXAMPLE).toString());
    }

    @Test
    void length() {
        InvalidInputException e = rejected("91350100M000100Y4");
        assertEquals("credit-code.length", e.code());
        assertTrue(e.getMessage().contains("found 17"), e.getMessage());
        assertEquals("credit-code.length", rejected("").code());
    }

    @Test
    void lettersOutsideTheAlphabet() {
        for (char excluded : "IOSVZ".toCharArray()) {
            InvalidInputException e = rejected("91350100M000100" + excluded + "43");
            assertEquals("credit-code.character", e.code());
            assertTrue(e.getMessage().contains("character at position 16"), e.getMessage());
        }
    }

    @Test
    void lowerCaseIsRejected() {
        InvalidInputException e = rejected("91350100m000100Y43");
        assertEquals("credit-code.character", e.code());
        assertTrue(e.getMessage().contains("position 9"), e.getMessage());
    }

    @Test
    void nonAsciiCharacter() {
        assertEquals("credit-code.character", rejected("9135010０M000100Y43").code());
    }

    @Test
    void divisionPartMustBeSixDigits() {
        assertEquals("credit-code.division-code", rejected("913501A0M000100Y43").code());
        assertEquals("credit-code.division-code", rejected("910001000000100Y43").code());
    }

    @Test
    void wrongCheckCharacter() {
        InvalidInputException e = rejected("91350100M000100Y44");
        assertEquals("credit-code.check-character", e.code());
        assertTrue(e.getMessage().contains("expected 3, found 4"), e.getMessage());
    }

    @Test
    void nullHandling() {
        assertThrows(NullPointerException.class, () -> UnifiedSocialCreditCode.parse(null));
        assertEquals(Optional.empty(), UnifiedSocialCreditCode.tryParse(null));
        assertFalse(UnifiedSocialCreditCode.isValid(null));
    }

    @Test
    void valueSemantics() {
        UnifiedSocialCreditCode a = UnifiedSocialCreditCode.parse(EXAMPLE);
        UnifiedSocialCreditCode b = UnifiedSocialCreditCode.parse(new StringBuilder(EXAMPLE));
        UnifiedSocialCreditCode c = UnifiedSocialCreditCode.parse(SHENYANG_ENTERPRISE);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertNotEquals(a, c);
        assertTrue(c.compareTo(a) < 0);
    }

    @Test
    void everySingleCharacterSubstitutionIsRejected() {
        for (String valid : List.of(EXAMPLE, SHENYANG_ENTERPRISE, LIAONING_INSTITUTION)) {
            assertTrue(UnifiedSocialCreditCode.isValid(valid), valid);
            int tried = 0;
            for (int position = 0; position < valid.length(); position++) {
                for (char c : ALPHABET.toCharArray()) {
                    if (c == valid.charAt(position)) {
                        continue;
                    }
                    char[] chars = valid.toCharArray();
                    chars[position] = c;
                    String changed = new String(chars);
                    tried++;
                    assertFalse(UnifiedSocialCreditCode.tryParse(changed).isPresent(), changed);
                }
            }
            assertEquals(18 * 30, tried);
        }
    }

    @Test
    void codesWithTheReferenceCheckCharacterParse() {
        qt().forAll(lists().of(integers().between(0, 30)).ofSize(9), integers().between(11_0000, 99_9999))
                .checkAssert((identifier, division) -> {
                    StringBuilder body = new StringBuilder("91").append(String.format("%06d", division));
                    identifier.forEach(i -> body.append(ALPHABET.charAt(i)));
                    String text = body.toString() + referenceCheck(body.toString());
                    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);
                    assertEquals(text, code.value());
                    assertEquals(String.format("%06d", division), code.divisionCode().code());
                });
    }

    @Test
    void tryParseNeverThrowsAndAgreesWithParse() {
        qt().forAll(strings().betweenCodePoints('0', 'Z').ofLengthBetween(16, 19))
                .checkAssert(text -> {
                    Optional<UnifiedSocialCreditCode> parsed = UnifiedSocialCreditCode.tryParse(text);
                    if (parsed.isPresent()) {
                        assertEquals(parsed.get(), UnifiedSocialCreditCode.parse(text));
                    } else {
                        assertTrue(assertThrows(InvalidInputException.class, () -> UnifiedSocialCreditCode.parse(text))
                                .code().startsWith("credit-code."));
                    }
                });
    }
}
