package org.jobassist.testkit.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.StreetCode;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * Where generated people live and vacancies are: the county-level districts of the 14 cities
 * of {@link Divisions#builtIn()}, a street code in each, and a point near the district's
 * approximate centre. The centres are the cities' real centres (to about 0.01 degree) with
 * each district placed at a fixed offset of up to 0.3 degree from it, worked out from its
 * code, so that points in one district lie within a few kilometres of each other and points
 * of different cities tens to hundreds of kilometres apart.
 *
 * <p>Immutable and thread-safe.
 */
public final class Places {

    /** The cities' centres in micro-degrees (latitude, longitude). */
    private static final Map<String, int[]> CITY_CENTRES = Map.ofEntries(
            Map.entry("210100", new int[] {41_805_000, 123_432_000}),
            Map.entry("210200", new int[] {38_914_000, 121_615_000}),
            Map.entry("210300", new int[] {41_108_000, 122_994_000}),
            Map.entry("210400", new int[] {41_880_000, 123_957_000}),
            Map.entry("210500", new int[] {41_294_000, 123_766_000}),
            Map.entry("210600", new int[] {40_125_000, 124_383_000}),
            Map.entry("210700", new int[] {41_119_000, 121_127_000}),
            Map.entry("210800", new int[] {40_667_000, 122_235_000}),
            Map.entry("210900", new int[] {42_022_000, 121_670_000}),
            Map.entry("211000", new int[] {41_269_000, 123_173_000}),
            Map.entry("211100", new int[] {41_120_000, 122_071_000}),
            Map.entry("211200", new int[] {42_286_000, 123_844_000}),
            Map.entry("211300", new int[] {41_574_000, 120_451_000}),
            Map.entry("211400", new int[] {40_711_000, 120_837_000}));

    /** The spread of points around a district's centre, in micro-degrees (about 3 km). */
    private static final int SPREAD = 30_000;

    private static final List<DivisionCode> CITIES =
            Divisions.builtIn().cities().stream().map(Division::code).toList();
    private static final Map<DivisionCode, List<DivisionCode>> DISTRICTS = new HashMap<>();

    static {
        for (DivisionCode city : CITIES) {
            DISTRICTS.put(city, Divisions.builtIn().children(city).stream().map(Division::code)
                    .filter(c -> c.level() == DivisionLevel.COUNTY).toList());
        }
    }

    private Places() {}

    /**
     * The 14 cities, in code order.
     *
     * @return an unmodifiable list
     */
    public static List<DivisionCode> cities() {
        return CITIES;
    }

    /**
     * The county-level districts of {@code city} in the built-in table.
     *
     * @param city a prefecture-level city of the table
     * @return an unmodifiable list, in code order
     * @throws IllegalArgumentException if {@code city} is not one of the 14 cities
     */
    public static List<DivisionCode> districts(DivisionCode city) {
        List<DivisionCode> d = DISTRICTS.get(Objects.requireNonNull(city, "city"));
        if (d == null || d.isEmpty()) {
            throw new IllegalArgumentException("not a city of the built-in table: " + city);
        }
        return d;
    }

    /**
     * A district of {@code city}, equally likely.
     *
     * @param city a city of the table
     * @return the generator
     * @throws IllegalArgumentException if {@code city} is not one of the 14 cities
     */
    public static Gen<DivisionCode> districtsOf(DivisionCode city) {
        List<DivisionCode> d = districts(city);
        return in -> Draw.pick(in, d);
    }

    /**
     * A district of any of the 14 cities, each city equally likely.
     *
     * @return the generator
     */
    public static Gen<DivisionCode> anyDistrict() {
        return in -> Draw.pick(in, districts(Draw.pick(in, CITIES)));
    }

    /**
     * A street of {@code district}, numbered 1 to 20.
     *
     * @param district a county-level code
     * @return the generator
     */
    public static Gen<StreetCode> streetsOf(DivisionCode district) {
        Objects.requireNonNull(district, "district");
        return in -> StreetCode.of(district, Draw.between(in, 1, 20));
    }

    /**
     * The approximate centre of a county-level district of the table.
     *
     * @param district the district
     * @return the centre
     * @throws IllegalArgumentException if the district's city is not one of the 14
     */
    public static Location centre(DivisionCode district) {
        DivisionCode city = district.parent().orElseThrow();
        int[] c = CITY_CENTRES.get(city.code());
        if (c == null) {
            throw new IllegalArgumentException("not a district of the built-in table: " + district);
        }
        int n = Integer.parseInt(district.code().substring(4));
        // A fixed spiral around the city centre, so districts keep apart and stay in place.
        int dLat = (n * 37 % 61 - 30) * 10_000;
        int dLon = (n * 53 % 61 - 30) * 10_000;
        return Location.ofMicroDegrees(c[0] + dLat, c[1] + dLon);
    }

    /**
     * A point within about 3 km of the centre of {@code district}.
     *
     * @param district the district
     * @return the generator
     */
    public static Gen<Location> near(DivisionCode district) {
        Location c = centre(district);
        return in -> Location.ofMicroDegrees(c.latitudeMicroDegrees() + Draw.between(in, -SPREAD, SPREAD),
                c.longitudeMicroDegrees() + Draw.between(in, -SPREAD, SPREAD));
    }

    /**
     * The point due north of {@code from} whose {@link Location#distanceMetresTo distance} from
     * it is exactly {@code metres}, for tests at a commuting limit. A micro-degree of latitude
     * is about 0.11 m, so every whole distance is reached.
     *
     * @param from the start, south of 80 degrees north
     * @param metres the distance, 0 to 1,000,000
     * @return the point
     * @throws IllegalArgumentException if {@code metres} is out of range
     */
    public static Location atDistance(Location from, long metres) {
        Objects.requireNonNull(from, "from");
        if (metres < 0 || metres > 1_000_000) {
            throw new IllegalArgumentException("metres must be 0 to 1,000,000");
        }
        double perMicroDegree = Location.EARTH_RADIUS_METRES * Math.PI / 180 / 1e6;
        int k = (int) Math.round(metres / perMicroDegree);
        while (north(from, k).distanceMetresTo(from) < metres) {
            k++;
        }
        while (north(from, k).distanceMetresTo(from) > metres) {
            k--;
        }
        Location found = north(from, k);
        if (found.distanceMetresTo(from) != metres) {
            throw new IllegalStateException("no point at exactly " + metres + " m");
        }
        return found;
    }

    private static Location north(Location from, int microDegrees) {
        return Location.ofMicroDegrees(from.latitudeMicroDegrees() + microDegrees, from.longitudeMicroDegrees());
    }
}
