package org.jobassist.testkit.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;
import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Rejections;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

class ResidentIdNumberPropertiesTest {

    private static final String ID_ALPHABET = "0123456789X";

    @Test
    void everyGeneratedNumberParsesFromItsTextAndRoundTrips() {
        Properties.qt().forAll(Identities.residentIdNumbers()).checkAssert(id -> {
            ResidentIdNumber parsed = ResidentIdNumber.parse(id.value());
            assertEquals(id, parsed);
            assertEquals(id.value(), parsed.value());
            assertEquals(id.hashCode(), parsed.hashCode());
        });
    }

    @Test
    void everyGeneratedTextIsCanonical() {
        Properties.qt().forAll(Identities.residentIdNumbers().texts()).checkAssert(text ->
                assertEquals(text, ResidentIdNumber.parse(text).value()));
    }

    @Test
    void everySingleCharacterSubstitutionIsRejected() {
        Properties.qt().withExamples(300).forAll(Identities.residentIdNumbers().texts()).checkAssert(text -> {
            char[] chars = text.toCharArray();
            for (int position = 0; position < chars.length; position++) {
                char original = chars[position];
                for (int k = 0; k < ID_ALPHABET.length(); k++) {
                    char replacement = ID_ALPHABET.charAt(k);
                    if (replacement == original) {
                        continue;
                    }
                    chars[position] = replacement;
                    String changed = new String(chars);
                    assertTrue(ResidentIdNumber.tryParse(changed).isEmpty(),
                            () -> "accepted " + changed + " made from " + text);
                }
                chars[position] = original;
            }
        });
    }

    @Test
    void everyNearMissIsRejectedWithItsLabelledCode() {
        Properties.qt().forAll(Identities.residentIdNearMisses()).checkAssert(miss ->
                Rejections.assertRejected(miss, () -> ResidentIdNumber.parse(miss.text())));
    }

    @Test
    void nearMissesCoverEveryRule() {
        Set<String> codes = new TreeSet<>();
        for (NearMiss miss : Samples.draw(Identities.residentIdNearMisses(), 500, Properties.seed())) {
            codes.add(miss.expectedCode());
        }
        assertEquals(Set.of("resident-id.length", "resident-id.character", "resident-id.birth-date",
                "resident-id.address-code", "resident-id.check-character"), codes);
    }

    @Test
    void invalidNumbersAreNeverAccepted() {
        Properties.qt().forAll(Identities.invalidResidentIdNumbers()).checkAssert(text ->
                assertFalse(ResidentIdNumber.isValid(text), text));
    }

    @Test
    void legacyNumbersConvertByInsertingTheCenturyAndTheCheck() {
        Properties.qt().forAll(Identities.legacyResidentIdNumbers()).checkAssert(legacy -> {
            assertEquals(15, legacy.length());
            String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
            ResidentIdNumber converted = ResidentIdNumber.fromLegacy(legacy);
            assertEquals(first17, converted.value().substring(0, 17));
            assertEquals(1900, converted.birthDate().getYear() / 100 * 100);
        });
    }

    @Test
    void legacyNumbersNeedABirthRangeInThe1900s() {
        IdNumberGen born2000s = Identities.residentIdNumbers()
                .bornBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2005, 1, 1));
        assertThrows(IllegalArgumentException.class, born2000s::legacyTexts);
        // A range reaching into the 1900s is cut to them.
        IdNumberGen straddling = Identities.residentIdNumbers()
                .bornBetween(LocalDate.of(1999, 12, 1), LocalDate.of(2005, 1, 1));
        for (String legacy : Samples.draw(straddling.legacyTexts(), 200, Properties.seed())) {
            assertEquals("9912", legacy.substring(6, 10), legacy);
        }
    }

    @Test
    void birthDatesStayWithinTheRangeAndReachBothEnds() {
        LocalDate earliest = LocalDate.of(1964, 2, 27);
        LocalDate latest = LocalDate.of(1964, 3, 2);
        Set<LocalDate> seen = new TreeSet<>();
        for (ResidentIdNumber id : Samples.draw(Identities.residentIdNumbers().bornBetween(earliest, latest), 500,
                Properties.seed())) {
            seen.add(id.birthDate());
        }
        assertEquals(Set.of(LocalDate.of(1964, 2, 27), LocalDate.of(1964, 2, 28), LocalDate.of(1964, 2, 29),
                LocalDate.of(1964, 3, 1), LocalDate.of(1964, 3, 2)), seen);
    }

    @Test
    void theDefaultsAreBirthsFrom1940To2008InACountyOfTheTable() {
        Properties.qt().forAll(Identities.residentIdNumbers()).checkAssert(id -> {
            assertFalse(id.birthDate().isBefore(LocalDate.of(1940, 1, 1)));
            assertFalse(id.birthDate().isAfter(LocalDate.of(2008, 12, 31)));
            assertEquals(DivisionLevel.COUNTY, id.addressCode().level());
            assertTrue(Divisions.builtIn().isKnown(id.addressCode()));
        });
    }

    @Test
    void genderKnobSetsTheParityOfTheSequence() {
        Properties.qt().forAll(Identities.residentIdNumbers().gender(Gender.FEMALE)).checkAssert(id -> {
            assertEquals(Gender.FEMALE, id.gender());
            assertEquals(0, (id.value().charAt(16) - '0') % 2);
        });
        Properties.qt().forAll(Identities.residentIdNumbers().gender(Gender.MALE)).checkAssert(id -> {
            assertEquals(Gender.MALE, id.gender());
            assertEquals(1, (id.value().charAt(16) - '0') % 2);
        });
        Set<Gender> both = new TreeSet<>();
        for (ResidentIdNumber id : Samples.draw(
                Identities.residentIdNumbers().gender(Gender.MALE).anyGender(), 100, Properties.seed())) {
            both.add(id.gender());
        }
        assertEquals(Set.of(Gender.MALE, Gender.FEMALE), both);
    }

    @Test
    void aCityKnobGivesCountiesInsideTheCity() {
        DivisionCode shenyang = DivisionCode.of("210100");
        Set<DivisionCode> seen = new TreeSet<>();
        Properties.qt().forAll(Identities.residentIdNumbers().in(shenyang)).checkAssert(id -> {
            assertTrue(shenyang.contains(id.addressCode()), id.addressCode()::toString);
            assertEquals(DivisionLevel.COUNTY, id.addressCode().level());
            assertTrue(Divisions.builtIn().isKnown(id.addressCode()));
            seen.add(id.addressCode());
        });
        assertTrue(seen.contains(DivisionCode.of("210115")), "Liaozhong District is one of Shenyang's counties");
    }

    @Test
    void aCountyKnobOrACodeOutsideTheTableIsUsedAsItIs() {
        DivisionCode liaozhong = DivisionCode.of("210115");
        DivisionCode chaoyangBeijing = DivisionCode.of("110105");
        DivisionCode daWaWithdrawn = DivisionCode.of("211121");
        for (DivisionCode code : new DivisionCode[] {liaozhong, chaoyangBeijing, daWaWithdrawn}) {
            for (ResidentIdNumber id : Samples.draw(Identities.residentIdNumbers().in(code), 50, Properties.seed())) {
                assertEquals(code, id.addressCode());
            }
        }
    }

    @Test
    void theProvinceKnobCoversCountiesOfEveryCity() {
        Set<DivisionCode> cities = new TreeSet<>();
        for (ResidentIdNumber id : Samples.draw(Identities.residentIdNumbers().in(DivisionCode.LIAONING), 3000,
                Properties.seed())) {
            assertTrue(DivisionCode.LIAONING.contains(id.addressCode()));
            cities.add(id.addressCode().parent().orElseThrow());
        }
        assertEquals(14, cities.size());
    }

    @Test
    void knobsCombine() {
        LocalDate earliest = LocalDate.of(1975, 3, 1);
        LocalDate latest = LocalDate.of(1975, 3, 31);
        DivisionCode dalian = DivisionCode.of("210200");
        Properties.qt().forAll(Identities.residentIdNumbers().in(dalian).gender(Gender.FEMALE)
                .bornBetween(earliest, latest)).checkAssert(id -> {
                    assertTrue(dalian.contains(id.addressCode()));
                    assertEquals(Gender.FEMALE, id.gender());
                    assertFalse(id.birthDate().isBefore(earliest) || id.birthDate().isAfter(latest));
                });
    }

    @Test
    void knobsAreCheckedAndLeaveTheOriginalUnchanged() {
        IdNumberGen defaults = Identities.residentIdNumbers();
        assertThrows(IllegalArgumentException.class,
                () -> defaults.bornBetween(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> defaults.bornBetween(LocalDate.of(1799, 12, 31), LocalDate.of(1800, 1, 1)));
        assertThrows(NullPointerException.class, () -> defaults.gender(null));
        defaults.gender(Gender.MALE).in(DivisionCode.of("210115"));
        assertSame(defaults, Identities.residentIdNumbers());
        assertEquals("IdNumberGen[born 1940-01-01..2008-12-31, any gender, "
                + Divisions.builtIn().all().stream().filter(d -> d.level() == DivisionLevel.COUNTY).count()
                + " address codes]", defaults.toString());
    }

    @Test
    void theCheckCharacterOfTheStandardsExample() {
        // DOMAIN.md §5: 11010519491231002X, Beijing Chaoyang, born 1949-12-31, female, check X.
        assertEquals('X', Identities.residentIdCheckCharacter("11010519491231002"));
        assertEquals('X', Identities.residentIdCheckCharacter("11010519491231002X"));
        assertThrows(IllegalArgumentException.class, () -> Identities.residentIdCheckCharacter("1101051949123100"));
        assertThrows(IllegalArgumentException.class, () -> Identities.residentIdCheckCharacter("1101051949123100A"));
    }

    @Test
    void generatedNumbersAreShownInClearInFailureReports() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
        assertEquals("11010519491231002X", Identities.residentIdNumbers().asString(id));
    }
}
