package org.jobassist.api.region;

/**
 * The level of an administrative division (行政区划级别) in the GB/T 2260 hierarchy, read from
 * the shape of its six-digit code.
 */
public enum DivisionLevel {
    /** Province-level division (省级), code {@code xx0000}: province, autonomous region, municipality. */
    PROVINCE,
    /** Prefecture-level division (地级), code {@code xxxx00}: prefecture-level city, prefecture, league. */
    PREFECTURE,
    /** County-level division (县级), any other code: district, county, county-level city, banner. */
    COUNTY
}
