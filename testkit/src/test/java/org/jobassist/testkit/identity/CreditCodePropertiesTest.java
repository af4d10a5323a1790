package org.jobassist.testkit.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Rejections;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

class CreditCodePropertiesTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    @Test
    void everyGeneratedCodeParsesFromItsTextAndRoundTrips() {
        Properties.qt().forAll(Identities.creditCodes()).checkAssert(code -> {
            UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.parse(code.value());
            assertEquals(code, parsed);
            assertEquals(code.value(), parsed.value());
            assertEquals(code.value(), parsed.toString());
        });
    }

    @Test
    void everySingleCharacterSubstitutionIsRejected() {
        Properties.qt().withExamples(300).forAll(Identities.creditCodes().texts()).checkAssert(text -> {
            char[] chars = text.toCharArray();
            for (int position = 0; position < chars.length; position++) {
                char original = chars[position];
                for (int k = 0; k < ALPHABET.length(); k++) {
                    char replacement = ALPHABET.charAt(k);
                    if (replacement == original) {
                        continue;
                    }
                    chars[position] = replacement;
                    String changed = new String(chars);
                    assertTrue(UnifiedSocialCreditCode.tryParse(changed).isEmpty(),
                            () -> "accepted " + changed + " made from " + text);
                }
                chars[position] = original;
            }
        });
    }

    @Test
    void everyNearMissIsRejectedWithItsLabelledCode() {
        Properties.qt().forAll(Identities.creditCodeNearMisses()).checkAssert(miss ->
                Rejections.assertRejected(miss, () -> UnifiedSocialCreditCode.parse(miss.text())));
    }

    @Test
    void nearMissesCoverEveryRule() {
        Set<String> codes = new TreeSet<>();
        for (NearMiss miss : Samples.draw(Identities.creditCodeNearMisses(), 400, Properties.seed())) {
            codes.add(miss.expectedCode());
        }
        assertEquals(Set.of("credit-code.length", "credit-code.character", "credit-code.division-code",
                "credit-code.check-character"), codes);
    }

    @Test
    void invalidCodesAreNeverAccepted() {
        Properties.qt().forAll(Identities.invalidCreditCodes()).checkAssert(text ->
                assertFalse(UnifiedSocialCreditCode.isValid(text), text));
    }

    @Test
    void theOrganisationCodeCarriesItsGb11714Check() {
        Properties.qt().forAll(Identities.creditCodes()).checkAssert(code -> {
            String organisation = code.value().substring(8, 17);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                char c = organisation.charAt(i);
                sum += Character.digit(c, 36) * ORGANISATION_WEIGHTS[i];
            }
            int check = 11 - sum % 11;
            char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
            assertEquals(expected, organisation.charAt(8), organisation);
        });
    }

    @Test
    void registeringDivisionsComeFromTheTableByDefault() {
        Properties.qt().forAll(Identities.creditCodes()).checkAssert(code ->
                assertTrue(Divisions.builtIn().isKnown(code.divisionCode()), code::toString));
    }

    @Test
    void aDivisionKnobKeepsTheRegisteringDivisionInside() {
        DivisionCode anshan = DivisionCode.of("210300");
        Set<DivisionCode> seen = new TreeSet<>();
        for (UnifiedSocialCreditCode code : Samples.draw(Identities.creditCodes().in(anshan), 500, Properties.seed())) {
            assertTrue(anshan.contains(code.divisionCode()), code::toString);
            seen.add(code.divisionCode());
        }
        assertTrue(seen.contains(anshan), "the city itself registers too");
        assertTrue(seen.size() > 1, "and so do its counties");
        DivisionCode elsewhere = DivisionCode.of("350100");
        for (UnifiedSocialCreditCode code : Samples.draw(Identities.creditCodes().in(elsewhere), 20, 1L)) {
            assertEquals(elsewhere, code.divisionCode());
        }
    }

    @Test
    void theCheckCharacterOfTheStandardsExample() {
        // DOMAIN.md §5: 91350100M000100Y43.
        assertEquals('3', Identities.creditCodeCheckCharacter("91350100M000100Y4"));
        assertEquals('4', Checks.organisationCode("M000100Y".toCharArray(), 0));
        assertThrows(IllegalArgumentException.class, () -> Identities.creditCodeCheckCharacter("91350100M000100Y"));
        assertThrows(IllegalArgumentException.class, () -> Identities.creditCodeCheckCharacter("91350100M000100O4"));
    }
}
