package org.jobassist.testkit.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;
import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Rejections;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void everyGeneratedCodeParsesFromItsTextAndRoundTrips() {
        Properties.qt().forAll(Regions.wellFormedCodes()).checkAssert(code -> {
            DivisionCode parsed = DivisionCode.parse(code.code());
            assertEquals(code, parsed);
            assertEquals(code.code(), parsed.code());
        });
        Properties.qt().forAll(Regions.divisions()).checkAssert(code ->
                assertEquals(code, DivisionCode.parse(code.toString())));
    }

    @Test
    void countiesAreCountyLevelDivisionsOfTheTable() {
        Properties.qt().forAll(Regions.counties()).checkAssert(code -> {
            assertEquals(DivisionLevel.COUNTY, code.level());
            assertTrue(Divisions.builtIn().isKnown(code));
        });
    }

    @Test
    void citiesAreTheFourteen() {
        Set<String> seen = new TreeSet<>();
        for (DivisionCode city : Samples.draw(Regions.cities(), 1000, Properties.seed())) {
            seen.add(city.code());
        }
        assertEquals(Set.of("210100", "210200", "210300", "210400", "210500", "210600", "210700", "210800",
                "210900", "211000", "211100", "211200", "211300", "211400"), seen);
    }

    @Test
    void countiesOfACityLieInsideIt() {
        Properties.qt().withExamples(50).forAll(Regions.cities()).checkAssert(city ->
                Properties.qt().withExamples(20).forAll(Regions.countiesOf(city)).checkAssert(county -> {
                    assertEquals(DivisionLevel.COUNTY, county.level());
                    assertEquals(city, county.parent().orElseThrow());
                }));
        Set<String> shenyang = new TreeSet<>();
        for (DivisionCode county : Samples.draw(Regions.countiesOf(DivisionCode.of("210100")), 500, 1L)) {
            shenyang.add(county.code());
        }
        assertTrue(shenyang.containsAll(Set.of("210115", "210123", "210124", "210181")), shenyang::toString);
    }

    @Test
    void countiesOfNeedsACityOfTheTable() {
        assertThrows(IllegalArgumentException.class, () -> Regions.countiesOf(DivisionCode.of("210115")));
        assertThrows(IllegalArgumentException.class, () -> Regions.countiesOf(DivisionCode.of("110100")));
        assertThrows(IllegalArgumentException.class, () -> Regions.countiesOf(DivisionCode.LIAONING));
    }

    @Test
    void theProvinceIsLiaoning() {
        assertEquals(DivisionCode.of("210000"), Samples.draw(Regions.province(), 1, 1L).get(0));
    }

    @Test
    void wellFormedCodesMostlyLieOutsideTheTable() {
        long outside = Samples.draw(Regions.wellFormedCodes(), 200, Properties.seed()).stream()
                .filter(code -> !Divisions.builtIn().isKnown(code)).count();
        assertTrue(outside > 150, "outside the table: " + outside);
    }

    @Test
    void everyNearMissIsRejectedWithItsLabelledCode() {
        Properties.qt().forAll(Regions.divisionCodeNearMisses()).checkAssert(miss ->
                Rejections.assertRejected(miss, () -> DivisionCode.parse(miss.text())));
        Set<String> codes = new TreeSet<>();
        for (NearMiss miss : Samples.draw(Regions.divisionCodeNearMisses(), 200, Properties.seed())) {
            codes.add(miss.expectedCode());
        }
        assertEquals(Set.of("division-code.length", "division-code.character", "division-code.province"), codes);
    }
}
