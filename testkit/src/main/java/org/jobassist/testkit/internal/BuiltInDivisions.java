package org.jobassist.testkit.internal;

import java.util.ArrayList;
import java.util.List;

import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;

/**
 * The codes of {@link Divisions#builtIn()} sorted by level, worked out once for the
 * generators. Not part of the published API.
 */
public final class BuiltInDivisions {

    private static final List<DivisionCode> ALL = codes(Divisions.builtIn().all(), null);
    private static final List<DivisionCode> CITIES = codes(Divisions.builtIn().cities(), null);
    private static final List<DivisionCode> COUNTIES = codes(Divisions.builtIn().all(), DivisionLevel.COUNTY);

    private BuiltInDivisions() {}

    /**
     * Every code of the table, in code order.
     *
     * @return an unmodifiable list
     */
    public static List<DivisionCode> all() {
        return ALL;
    }

    /**
     * The 14 prefecture-level cities.
     *
     * @return an unmodifiable list
     */
    public static List<DivisionCode> cities() {
        return CITIES;
    }

    /**
     * Every county-level code of the table.
     *
     * @return an unmodifiable list
     */
    public static List<DivisionCode> counties() {
        return COUNTIES;
    }

    /**
     * The county-level codes of the table that lie within {@code code}: its counties for a
     * province or city of the table, the code itself for a county, and for a code the table
     * does not hold, the code itself (any well-formed code may stand as an address).
     *
     * @param code the code
     * @return an unmodifiable, non-empty list
     */
    public static List<DivisionCode> countiesWithin(DivisionCode code) {
        if (code.level() == DivisionLevel.COUNTY || !Divisions.builtIn().isKnown(code)) {
            return List.of(code);
        }
        List<DivisionCode> within = new ArrayList<>();
        for (DivisionCode county : COUNTIES) {
            if (code.contains(county)) {
                within.add(county);
            }
        }
        return within.isEmpty() ? List.of(code) : List.copyOf(within);
    }

    /**
     * The codes of the table that lie within {@code code}, itself included, at any level; the
     * code alone if the table does not hold it.
     *
     * @param code the code
     * @return an unmodifiable, non-empty list
     */
    public static List<DivisionCode> within(DivisionCode code) {
        if (!Divisions.builtIn().isKnown(code)) {
            return List.of(code);
        }
        List<DivisionCode> within = new ArrayList<>();
        for (DivisionCode c : ALL) {
            if (code.contains(c)) {
                within.add(c);
            }
        }
        return List.copyOf(within);
    }

    private static List<DivisionCode> codes(List<Division> divisions, DivisionLevel level) {
        List<DivisionCode> codes = new ArrayList<>();
        for (Division d : divisions) {
            if (level == null || d.level() == level) {
                codes.add(d.code());
            }
        }
        return List.copyOf(codes);
    }
}
