package org.jobassist.impl.internal.match;

import org.jobassist.api.service.Location;

/**
 * Bounding boxes in micro-degrees that hold every point within a distance, as
 * {@link Location#distanceMetresTo} measures it: the indexes scan the box and test the exact
 * distance only for what falls inside, so they drop nothing the exact test would keep.
 */
final class Geo {

    /** Metres per micro-degree of latitude on the sphere {@link Location} uses. */
    static final double METRES_PER_MICRO_DEGREE = Location.EARTH_RADIUS_METRES * Math.PI / 180 / 1e6;

    static final int MAX_LATITUDE = 90_000_000;
    static final int MAX_LONGITUDE = 180_000_000;

    private Geo() {}

    /**
     * The half-height of the box in micro-degrees of latitude. The distance of two points is
     * at least the radius times their latitude difference in radians, and a rounded distance
     * within {@code metres} is below {@code metres + 1/2}; one micro-degree more absorbs the
     * floating point.
     */
    static long latitudeReach(long metres) {
        return (long) Math.ceil((metres + 1) / METRES_PER_MICRO_DEGREE) + 1;
    }

    /**
     * The half-width of the box in micro-degrees of longitude for points whose latitudes lie
     * within {@code maxAbsLatitude} of the equator, or -1 when the box would reach a pole or
     * wrap: then every longitude is scanned. {@code distanceMetresTo} scales the longitude
     * difference by the cosine of the mean latitude, which is at least the cosine at
     * {@code maxAbsLatitude}.
     */
    static long longitudeReach(long metres, long maxAbsLatitude) {
        if (maxAbsLatitude >= 89_000_000L) {
            return -1;
        }
        double cos = StrictMath.cos(StrictMath.toRadians(maxAbsLatitude / 1e6));
        long reach = (long) Math.ceil((metres + 1) / (METRES_PER_MICRO_DEGREE * cos)) + 1;
        return reach >= MAX_LONGITUDE ? -1 : reach;
    }
}
