package org.jobassist.api.service;

import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A point on the earth in whole micro-degrees (millionths of a degree, about 0.1 m) of WGS 84
 * latitude and longitude. Integers keep equal inputs equal across platforms and make the type
 * cheap to store.
 *
 * <p>Error codes of {@link #ofMicroDegrees(int, int)}: {@code location.latitude} (outside
 * ±90 degrees), {@code location.longitude} (outside ±180 degrees).
 *
 * <p>A home location is personal data: hosts should not log it. Immutable and thread-safe.
 */
public final class Location {

    /** The mean earth radius used by {@link #distanceMetresTo}, in metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private static final int MAX_LATITUDE = 90_000_000;
    private static final int MAX_LONGITUDE = 180_000_000;

    private final int latitude;
    private final int longitude;

    private Location(int latitude, int longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /**
     * A location from micro-degrees.
     *
     * @param latitude micro-degrees north (negative: south), at most 90,000,000 in size
     * @param longitude micro-degrees east (negative: west), at most 180,000,000 in size
     * @return the location
     * @throws InvalidInputException {@code location.latitude}, {@code location.longitude}
     */
    public static Location ofMicroDegrees(int latitude, int longitude) {
        List<Violation> faults = new ArrayList<>();
        if (latitude < -MAX_LATITUDE || latitude > MAX_LATITUDE) {
            faults.add(new Violation("latitude", "location.latitude", "a latitude is within 90 degrees"));
        }
        if (longitude < -MAX_LONGITUDE || longitude > MAX_LONGITUDE) {
            faults.add(new Violation("longitude", "location.longitude", "a longitude is within 180 degrees"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return new Location(latitude, longitude);
    }

    /**
     * The latitude.
     *
     * @return micro-degrees north
     */
    public int latitudeMicroDegrees() {
        return latitude;
    }

    /**
     * The longitude.
     *
     * @return micro-degrees east
     */
    public int longitudeMicroDegrees() {
        return longitude;
    }

    /**
     * The distance to {@code other} in whole metres, by the equirectangular approximation
     * (longitude difference scaled by the cosine of the mean latitude, then Pythagoras on a
     * sphere of {@link #EARTH_RADIUS_METRES}). Within a province it is within about 0.5% of the
     * great-circle distance, which is ample for a commuting limit; it is symmetric and 0 for
     * equal points. Longitude differences are taken the short way round the antimeridian.
     * {@link StrictMath} makes the answer the same on every JVM and processor, so a ranking that
     * depends on a distance never changes with the machine.
     *
     * @param other the other point
     * @return metres, rounded half up
     * @throws NullPointerException if {@code other} is null
     */
    public long distanceMetresTo(Location other) {
        long dLonMicro = Math.abs((long) other.longitude - longitude);
        if (dLonMicro > MAX_LONGITUDE) {
            dLonMicro = 2L * MAX_LONGITUDE - dLonMicro;
        }
        double meanLat = StrictMath.toRadians(((long) latitude + other.latitude) / 2e6);
        double x = StrictMath.toRadians(dLonMicro / 1e6) * StrictMath.cos(meanLat);
        double y = StrictMath.toRadians(((long) other.latitude - latitude) / 1e6);
        return Math.round(EARTH_RADIUS_METRES * StrictMath.sqrt(x * x + y * y));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location other && latitude == other.latitude && longitude == other.longitude;
    }

    @Override
    public int hashCode() {
        return 31 * latitude + longitude;
    }

    /** {@return the micro-degrees, for diagnostics only} */
    @Override
    public String toString() {
        return "Location[" + latitude + ", " + longitude + "]";
    }
}
