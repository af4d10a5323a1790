package org.jobassist.api.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Skill, StreetCode, Location and WorkConstraints: parsing, every error code, distances. */
class ValuesTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);

    static List<String> codes(Executable e) {
        InvalidInputException x = assertThrows(InvalidInputException.class, e);
        return x.violations().stream().map(Violation::code).toList();
    }

    static void rejected(String code, String input, Executable e) {
        InvalidInputException x = assertThrows(InvalidInputException.class, e);
        assertEquals(List.of(code), x.violations().stream().map(Violation::code).toList(), input);
        assertFalse(!input.isEmpty() && x.getMessage().contains(input), "the message repeats the input " + input);
    }

    @Test
    void skillCodes() {
        assertEquals("home-care", Skill.of("home-care").code());
        assertEquals(Skill.parse("welding"), Skill.of("welding"));
        assertEquals("welding", Skill.of("welding").toString());
        assertTrue(Skill.of("a").compareTo(Skill.of("b")) < 0);
        assertEquals(Optional.of(Skill.of("cnc-machining")), Skill.tryParse("cnc-machining"));
        for (String bad : new String[] {"", "Welding", "home--care", "-welding", "welding-", "焊工", "home care",
                "x".repeat(65)}) {
            rejected("skill.code", bad, () -> Skill.parse(bad));
            assertEquals(Optional.empty(), Skill.tryParse(bad), bad);
        }
        assertEquals(Optional.empty(), Skill.tryParse(null));
        assertThrows(NullPointerException.class, () -> Skill.parse(null));
    }

    @Test
    void streetCodes() {
        StreetCode s = StreetCode.of("210102001");
        assertAll(
                () -> assertEquals(DivisionCode.of("210102"), s.county()),
                () -> assertEquals("210102001", s.code()),
                () -> assertEquals(s, StreetCode.of(DivisionCode.of("210102"), 1)),
                () -> assertEquals("210102015", StreetCode.of(DivisionCode.of("210102"), 15).toString()),
                () -> assertEquals(Optional.of(s), StreetCode.tryParse("210102001")),
                () -> assertEquals(Optional.empty(), StreetCode.tryParse("2101020011")),
                () -> assertEquals(Optional.empty(), StreetCode.tryParse(null)));
        rejected("street.length", "21010200", () -> StreetCode.parse("21010200"));
        rejected("street.character", "21010200x", () -> StreetCode.parse("21010200x"));
        rejected("street.county", "210100001", () -> StreetCode.parse("210100001"));
        rejected("street.county", "000102001", () -> StreetCode.parse("000102001"));
        rejected("street.number", "210102000", () -> StreetCode.parse("210102000"));
        rejected("street.number", "0", () -> StreetCode.of(DivisionCode.of("210102"), 0));
        rejected("street.number", "1000", () -> StreetCode.of(DivisionCode.of("210102"), 1000));
        rejected("street.county", "210100", () -> StreetCode.of(DivisionCode.of("210100"), 1));
    }

    @Test
    void locations() {
        Location shenyang = Location.ofMicroDegrees(41_805_000, 123_432_000);
        assertEquals(41_805_000, shenyang.latitudeMicroDegrees());
        assertEquals(123_432_000, shenyang.longitudeMicroDegrees());
        assertEquals(shenyang, Location.ofMicroDegrees(41_805_000, 123_432_000));
        assertEquals(List.of("location.latitude"), codes(() -> Location.ofMicroDegrees(90_000_001, 0)));
        assertEquals(List.of("location.longitude"), codes(() -> Location.ofMicroDegrees(0, -180_000_001)));
        assertEquals(List.of("location.latitude", "location.longitude"),
                codes(() -> Location.ofMicroDegrees(-90_000_001, 180_000_001)));
        Location.ofMicroDegrees(90_000_000, 180_000_000);
    }

    @Test
    void distancesAgainstKnownValues() {
        Location a = Location.ofMicroDegrees(41_000_000, 123_000_000);
        // One degree of latitude on a sphere of 6,371,008.8 m: 2πR/360 = 111,195.08 m.
        assertEquals(111_195, a.distanceMetresTo(Location.ofMicroDegrees(42_000_000, 123_000_000)));
        // One micro-degree of latitude is 0.11 m, which rounds to 0.
        assertEquals(0, a.distanceMetresTo(Location.ofMicroDegrees(41_000_001, 123_000_000)));
        // Shenyang to Dalian, against the haversine great-circle distance: within 0.5%.
        long d = Location.ofMicroDegrees(41_805_000, 123_432_000)
                .distanceMetresTo(Location.ofMicroDegrees(38_914_000, 121_615_000));
        double h = haversine(41.805, 123.432, 38.914, 121.615);
        assertTrue(Math.abs(d - h) < h * 0.005, "Shenyang-Dalian " + d + " against " + h);
        // Across the antimeridian the short way: 2 degrees of longitude at the equator.
        assertEquals(222_390, Location.ofMicroDegrees(0, 179_000_000)
                .distanceMetresTo(Location.ofMicroDegrees(0, -179_000_000)));
    }

    private static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
    }

    @Test
    void distanceIsSymmetricAndZeroOnlyNearby() {
        qt().withFixedSeed(SEED).forAll(integers().between(38_000_000, 43_000_000),
                integers().between(118_000_000, 126_000_000), integers().between(-500_000, 500_000),
                integers().between(-500_000, 500_000)).checkAssert((lat, lon, dLat, dLon) -> {
                    Location p = Location.ofMicroDegrees(lat, lon);
                    Location q = Location.ofMicroDegrees(lat + dLat, lon + dLon);
                    assertEquals(p.distanceMetresTo(q), q.distanceMetresTo(p));
                    assertEquals(0, p.distanceMetresTo(p));
                    // A latitude step alone is at least 0.11 m per micro-degree, less the rounding.
                    assertTrue(p.distanceMetresTo(q) >= Math.abs(dLat) * 111 / 1000 - 1);
                });
    }

    @Test
    void workConstraints() {
        WorkConstraints c = WorkConstraints.of(8, 5000, true, false);
        assertEquals(OptionalInt.of(8), c.maxDailyHours());
        assertEquals(OptionalInt.of(5000), c.maxCommuteMetres());
        assertTrue(c.needsAccommodation());
        assertEquals(OptionalInt.empty(), WorkConstraints.NONE.maxDailyHours());
        assertNotEquals(c, WorkConstraints.NONE);
        assertEquals(List.of("constraints.hours"), codes(() -> WorkConstraints.of(0, 1, false, false)));
        assertEquals(List.of("constraints.hours"), codes(() -> WorkConstraints.of(25, 1, false, false)));
        assertEquals(List.of("constraints.commute"), codes(() -> WorkConstraints.of(8, -1, false, false)));
        WorkConstraints.of(24, 0, false, false);
    }
}
